/**
 * One panel request as one `Excel.run`: read the workbook, let the core answer, apply its plan.
 * The task pane (through the bridge) and the ribbon's function command both come here.
 */
import type { ActionOutcome, PanelRequest, PanelResponse } from '../core/actions';
import { respond } from '../core/actions';
import type { EngineOptions } from '../core/engine';
import { VERSION } from '../core/engine';
import type { CellValue, WorkbookSnapshot } from '../core/workbook/snapshot';
import { columnLetter } from '../core/workbook/a1';
import { snapshotValue } from './excel-cell-values';
import { RESPONSE_BUDGET_BYTES, jsonBytes } from './excel-limits';
import type { WorkbookPlan } from '../core/workbook/plan';
import { applyPlan } from './excel-apply-plan';
import { ExcelHostError, friendlyError } from './excel-errors';
import { NOTES_UNSUPPORTED, planHasNotes } from './excel-notes';
import type { ReadResult } from './excel-read-snapshot';
import { readWorkbook } from './excel-read-snapshot';
import type { ExcelSupport } from './excel-requirements';
import { excelSupport } from './excel-requirements';
import { personLocale } from './excel-locale';
import { maxOf } from '../core/arrays';

/** What one run cost, for tests and diagnostics. */
export interface RunReport {
  /** Round trips spent reading (two for any workbook that fits the first read). */
  readonly readSyncs: number;
  /** Round trips spent writing; the last one also verifies. Zero when nothing changed. */
  readonly writeBatches: number;
  readonly plan: WorkbookPlan | null;
}

/** The core's `respond`, possibly elsewhere (the task pane runs it in a Web Worker). */
export type Respond = (snapshot: WorkbookSnapshot, request: PanelRequest, options: EngineOptions) => Promise<PanelResponse>;

export interface RunOptions {
  /** ISO date-time of the action; the clock by default. */
  readonly now?: string;
  /** Where the core runs; in this thread by default. */
  readonly respond?: Respond;
  readonly onReport?: (report: RunReport) => void;
}

export const GENERATOR = `Riskbook ${VERSION}`;

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

/** Non-empty cells of a grid as `row,col=value` lines, row by row. */
function cellLines(values: readonly (readonly CellValue[])[], row0: number, col0: number, convert: (v: unknown) => CellValue): string[] {
  const out: string[] = [];
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const v = convert(raw);
      if (v !== null && v !== '') out.push(`${row0 + r},${col0 + c}=${JSON.stringify(v)}`);
    }),
  );
  return out;
}

/**
 * Whether a sheet the plan changes in place (the register, the Methodology) changed since it was
 * read: a co-author's edit in Excel on the web lands between two requests. One round trip before
 * the first write reads their used ranges again; Office.js cannot make a write in the same
 * request depend on a value read in it, so the check cannot ride with the writes.
 */
async function changedSince(context: Excel.RequestContext, read: ReadResult, plan: WorkbookPlan): Promise<{ sheet: string | undefined; syncs: number }> {
  const watched = plan.sheets
    .filter((sp) => sp.mode === 'update')
    .map((sp) => read.state.sheets.find((s) => s.name.toLowerCase() === sp.name.toLowerCase()))
    .filter((s): s is NonNullable<typeof s> => s !== undefined);
  if (watched.length === 0) return { sheet: undefined, syncs: 0 };
  // One response holds about RESPONSE_BUDGET_BYTES: a register larger than that is compared on
  // its extent and on as many leading rows as fit, not cell by cell to the end.
  let budget = RESPONSE_BUDGET_BYTES;
  const checks = watched.map((s) => {
    const grid = read.snapshot.sheets.find((g) => g.name === s.name)?.values ?? [];
    const cols = Math.max(1, maxOf(grid.map((r) => r.length)));
    const bytes = Math.max(1, jsonBytes(grid));
    const rows = Math.max(1, Math.min(grid.length, Math.floor((grid.length * budget) / bytes)));
    budget = Math.max(0, budget - Math.min(bytes, budget));
    const used = s.proxy.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const head = s.proxy.getRange(`A1:${columnLetter(cols - 1)}${rows}`);
    head.load('values');
    return { sheet: s, grid, rows, used, head };
  });
  try {
    await context.sync();
  } catch (err) {
    throw friendlyError(err, 'reading the workbook', 'Nothing was changed.');
  }
  for (const { sheet, grid, rows, used, head } of checks) {
    const was = cellLines(grid.slice(0, rows), 0, 0, (v) => v as CellValue);
    const now = cellLines(head.values as unknown[][] as CellValue[][], 0, 0, snapshotValue);
    const lastRow = grid.reduce((last, r, i) => (r.some((v) => v !== null && v !== '') ? i + 1 : last), 0);
    const liveLast = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    if (was.join('\n') !== now.join('\n') || lastRow !== liveLast) return { sheet: sheet.name, syncs: 1 };
  }
  return { sheet: undefined, syncs: 1 };
}

/** The request inside an existing request context. */
export async function runInContext(context: Excel.RequestContext, request: PanelRequest, support: ExcelSupport, options: RunOptions = {}): Promise<ActionOutcome> {
  let read: ReadResult;
  try {
    read = await readWorkbook(context, support);
  } catch (err) {
    throw friendlyError(err, 'reading the workbook', 'Nothing was changed.');
  }
  let response: PanelResponse;
  try {
    const locale = personLocale();
    const engineOptions: EngineOptions = { now: options.now ?? new Date().toISOString(), generator: GENERATOR, ...(locale !== undefined ? { locale } : {}) };
    response = options.respond ? await options.respond(read.snapshot, request, engineOptions) : respond(read.snapshot, request, engineOptions);
  } catch (err) {
    throw new ExcelHostError(`Riskbook hit an internal error (${firstLine(err)}). Nothing was changed.`);
  }
  let writeBatches = 0;
  let checkSyncs = 0;
  if (response.plan && planHasNotes(response.plan) && !support.api118) {
    options.onReport?.({ readSyncs: read.syncs, writeBatches: 0, plan: response.plan });
    return { ok: false, message: NOTES_UNSUPPORTED };
  }
  if (response.plan) {
    const changed = await changedSince(context, read, response.plan);
    checkSyncs = changed.syncs;
    if (changed.sheet !== undefined) {
      options.onReport?.({ readSyncs: read.syncs + checkSyncs, writeBatches: 0, plan: response.plan });
      return {
        ok: false,
        message: `"${changed.sheet}" changed while Riskbook was working (someone else is editing the workbook). Nothing was written; run it again.`,
      };
    }
  }
  let noteReads = 0;
  if (response.plan) ({ writeBatches, noteReads } = await applyPlan(context, response.plan, read.state, support, read.snapshot));
  options.onReport?.({ readSyncs: read.syncs + checkSyncs + noteReads, writeBatches, plan: response.plan });
  return response.outcome;
}

/**
 * Runs one panel request against the open workbook. Problems a person can fix in the workbook
 * resolve as `ok: false`; a failure of Excel or of the add-in rejects with one line to show.
 */
export async function runRequest(request: PanelRequest, options: RunOptions = {}): Promise<ActionOutcome> {
  try {
    const support = excelSupport();
    return await Excel.run((context) => runInContext(context, request, support, options));
  } catch (err) {
    throw friendlyError(err, 'working on the workbook');
  }
}
