/**
 * One panel request as one `Excel.run`: read the workbook, let the core answer, apply its plan.
 * The task pane (through the bridge) and the ribbon's function command both come here.
 */
import type { ActionOutcome, PanelRequest, PanelResponse } from '../core/actions';
import { respond } from '../core/actions';
import type { EngineOptions } from '../core/engine';
import { VERSION } from '../core/engine';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { WorkbookPlan } from '../core/workbook/plan';
import { applyPlan } from './excel-apply-plan';
import { ExcelHostError, friendlyError } from './excel-errors';
import type { ReadResult } from './excel-read-snapshot';
import { readWorkbook } from './excel-read-snapshot';
import type { ExcelSupport } from './excel-requirements';
import { excelSupport } from './excel-requirements';

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
    const engineOptions = { now: options.now ?? new Date().toISOString(), generator: GENERATOR };
    response = options.respond ? await options.respond(read.snapshot, request, engineOptions) : respond(read.snapshot, request, engineOptions);
  } catch (err) {
    throw new ExcelHostError(`Riskbook hit an internal error (${firstLine(err)}). Nothing was changed.`);
  }
  let writeBatches = 0;
  if (response.plan) writeBatches = (await applyPlan(context, response.plan, read.state, support)).writeBatches;
  options.onReport?.({ readSyncs: read.syncs, writeBatches, plan: response.plan });
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
