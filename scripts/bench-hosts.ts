/**
 * What one action costs each spreadsheet host, in counted host calls rather than time: a
 * "Recalculate & check" (`generate recalc`) and a check (`status`) through the Excel host on the
 * fake Excel (tests/support/fake-excel: round trips, proxies, largest request) and through the
 * built Apps Script bundle on the fake SpreadsheetApp (tests/support/fake-sheets: data calls
 * against all calls). The budgets these counts must stay within are asserted in
 * tests/excel/budgets-*.test.ts and tests/sheets-addon/sheets-budgets.test.ts; the bench only
 * prints them beside the timings.
 */
import type { ActionOutcome, PanelRequest } from '../core/actions';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { runRequest } from '../excel-addin/excel-run-request';
import type { RunRecord } from '../tests/support/fake-excel';
import { createFakeWorkbook, installFakeOffice } from '../tests/support/fake-excel';
import { seedSnapshot } from '../tests/support/fake-sheets/seed';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, GENERATED_NOW, generateRegister } from '../tests/support/register-generator';
import { loadAddon } from '../tests/support/sheets-bundle';

export interface ExcelCost {
  readonly syncs: number;
  readonly proxies: number;
  /** The largest request of the run, in bytes as the fake counts them (Excel on the web refuses 5 MB). */
  readonly largestRequest: number;
}

export interface SheetsCost {
  /** Reads, writes and flushes: what the Apps Script budget counts. */
  readonly data: number;
  /** Every call on SpreadsheetApp and its objects. */
  readonly all: number;
}

export interface HostRow {
  readonly risks: number;
  readonly excel: { readonly recalc: ExcelCost; readonly check: ExcelCost };
  readonly sheets: { readonly recalc: SheetsCost; readonly check: SheetsCost };
}

const RECALC: PanelRequest = { kind: 'generate', action: 'recalc' };
const CHECK: PanelRequest = { kind: 'status' };

function must(outcome: ActionOutcome, what: string): void {
  if (!outcome.ok) throw new Error(`${what} failed: ${outcome.message}`);
}

function excelCost(run: RunRecord): ExcelCost {
  return {
    syncs: run.syncs.length,
    proxies: run.proxies,
    largestRequest: Math.max(0, ...run.syncs.map((s) => s.requestBytes)),
  };
}

/** A recalc, then a check of the recalculated workbook, in the Excel host on the fake Excel. */
async function excelCosts(snapshot: WorkbookSnapshot): Promise<HostRow['excel']> {
  const office = installFakeOffice(globalThis, createFakeWorkbook(snapshot), {});
  try {
    must(await runRequest(RECALC, { now: GENERATED_NOW }), 'Excel recalc');
    const recalc = excelCost(office.lastRun);
    must(await runRequest(CHECK, { now: GENERATED_NOW }), 'Excel check');
    return { recalc, check: excelCost(office.lastRun) };
  } finally {
    office.uninstall();
  }
}

/** The same two actions through the built Code.js (node:vm) on the fake SpreadsheetApp. */
function sheetsCosts(snapshot: WorkbookSnapshot): HostRow['sheets'] {
  const addon = loadAddon({ simulatedClock: true, startMs: Date.parse(GENERATED_NOW) });
  const dateCols = new Set(['Approval date', 'Last review'].map((h) => (GENERATED_HEADERS as readonly string[]).indexOf(h)));
  seedSnapshot(addon.google.model, snapshot, (_sheet, row, col) => row > GENERATED_HEADER_ROW && dateCols.has(col));
  const log = addon.google.log;
  const call = (req: PanelRequest, what: string): SheetsCost => {
    log.reset();
    must(JSON.parse(addon.call<string>('riskbookRequest', JSON.stringify(req))) as ActionOutcome, what);
    const c = log.counts();
    return { data: c.data, all: c.spreadsheet };
  };
  const recalc = call(RECALC, 'Sheets recalc');
  return { recalc, check: call(CHECK, 'Sheets check') };
}

export async function measureHosts(risks: number): Promise<HostRow> {
  const { snapshot } = generateRegister({ risks, seed: 2026, gapRate: 0.05 });
  return { risks, excel: await excelCosts(snapshot), sheets: sheetsCosts(snapshot) };
}

export function hostTable(rows: readonly HostRow[]): string {
  const head = ['risks', 'action', 'Excel syncs', 'Excel proxies', 'largest request', 'Sheets data calls', 'Sheets all calls'];
  const body = rows.flatMap((r) =>
    (['recalc', 'check'] as const).map((action) => [
      r.risks.toLocaleString('en-GB'),
      action,
      String(r.excel[action].syncs),
      String(r.excel[action].proxies),
      `${(r.excel[action].largestRequest / (1024 * 1024)).toFixed(2)} MB`,
      String(r.sheets[action].data),
      String(r.sheets[action].all),
    ]),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
