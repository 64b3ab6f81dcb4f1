/**
 * Shared by the Sheets add-on tests: the example register in the fake, the reference result
 * (core/workbook/memory-workbook.ts applying the same plan), and comparisons that ignore only
 * what no host keeps (trailing blank cells).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { ActionOutcome, PanelRequest } from '../../core/actions';
import { respond } from '../../core/actions';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { LoadedAddon, LoadOptions } from '../support/sheets-bundle';
import { ROOT, loadAddon } from '../support/sheets-bundle';
import { seedXlsx, workbookSnapshot } from '../support/fake-sheets/seed';
import { isoFromSerial } from '../../core/dates';
import type { Edit } from '../core/trail/example-approvals';

export const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
/** The fake's clock starts here, so the add-on's `now` is known. */
export const NOW = '2026-11-23T09:00:00.000Z';

export async function exampleAddon(options: LoadOptions = {}): Promise<LoadedAddon> {
  const addon = loadAddon({ simulatedClock: true, startMs: Date.parse(NOW), ...options });
  await seedXlsx(addon.google, readFileSync(EXAMPLE));
  return addon;
}

export function request(addon: LoadedAddon, req: PanelRequest): ActionOutcome {
  return JSON.parse(addon.call<string>('riskbookRequest', JSON.stringify(req))) as ActionOutcome;
}

/** What a person types in Sheets, as Sheets takes typing: a date as its ISO text, which Sheets reads as a date. */
export function typeInSheets(addon: LoadedAddon, edits: readonly Edit[]): void {
  const g = addon.google.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; LockService: GoogleAppsScript.Lock.LockService };
  const lock = g.LockService.getDocumentLock()!;
  lock.waitLock(1000);
  try {
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    for (const e of edits) {
      const typed = e.date === true && typeof e.value === 'number' ? isoFromSerial(e.value) : e.value;
      ss.getSheetByName(e.sheet)!.getRange(e.cell).setValues([[typed as string | number]]);
    }
  } finally {
    lock.releaseLock();
  }
}

export function okOutcome(outcome: ActionOutcome): ActionOutcome & { ok: true } {
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.message} ${(outcome.problems ?? []).join('; ')}`);
  return outcome;
}

export interface PlainSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
}

function trim<T>(rows: readonly (readonly T[])[], empty: (v: T) => boolean): T[][] {
  const out = rows.map((r) => {
    const line = [...r];
    while (line.length > 0 && empty(line[line.length - 1]!)) line.pop();
    return line;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Sheets as comparable data: values where no formula is, formulas, hidden state, in tab order. */
export function plainSheets(snapshot: WorkbookSnapshot): PlainSheet[] {
  return snapshot.sheets.map((s) => {
    const formulas = s.formulas ?? [];
    const values = s.values.map((row, r) => row.map((v, c) => (formulas[r]?.[c] ? null : v === '' ? null : v)));
    return {
      name: s.name,
      hidden: s.hidden ?? false,
      values: trim(values, (v) => v === null),
      formulas: trim(formulas, (f) => f === null || f === ''),
    };
  });
}

/** The workbook the reference implementation makes of `before` for `req`, and the core's outcome. */
export function reference(before: WorkbookSnapshot, req: PanelRequest, now = NOW): { after: WorkbookSnapshot; outcome: ActionOutcome } {
  const response = respond(before, req, { now });
  const wb = MemoryWorkbook.fromSnapshot(before);
  if (response.plan) wb.apply(response.plan);
  return { after: wb.snapshot(), outcome: response.outcome };
}

export function fakeSnapshot(addon: LoadedAddon): WorkbookSnapshot {
  return workbookSnapshot(addon.google.model);
}

export function readExample(): Buffer {
  return readFileSync(EXAMPLE);
}

export { ROOT };
