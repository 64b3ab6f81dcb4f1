/**
 * One request, answered as every host answers it: read a snapshot, let the core respond, apply
 * the plan. Requests that change the workbook run under the document lock, so two editors'
 * runs never interleave, and end with the one `flush()` of the execution before the lock is let
 * go. A run that would pass Apps Script's six-minute limit stops between sheets and leaves a
 * checkpoint; the same request made again finishes it.
 */
import type { ActionOutcome, PanelRequest } from '../core/actions';
import { respond } from '../core/actions';
import type { EngineOptions } from '../core/engine';
import type { WorkbookPlan } from '../core/workbook/plan';
import type { CheckpointStore, RunCheckpoint } from './run-checkpoint';
import { checkpointStore, resumable } from './run-checkpoint';
import type { ApplyResult } from './sheets-apply-plan';
import { PartialApplyError, applyPlanToSheets, stepKey } from './sheets-apply-plan';
import { readWorkbook } from './sheets-read-snapshot';

/** Apps Script ends an execution at six minutes; steps start only while they fit in five. */
export const SAFE_END_MS = 5 * 60 * 1000;
const LOCK_WAIT_MS = 10000;

const READ_ONLY: ReadonlySet<PanelRequest['kind']> = new Set(['status', 'previewSheet']);

/** What a person is told when another run holds the lock past LOCK_WAIT_MS. */
export const LOCK_BUSY_MESSAGE = 'Another Riskbook action is still running on this spreadsheet (another editor\'s, or yours in another tab). Nothing was changed; try again in a moment.';

/**
 * The document lock (the script lock where the script is not bound to a document). When another
 * run holds it for longer than LOCK_WAIT_MS, the request ends as `ok: false` with one line: the
 * menu shows it in an alert, the sidebar as its message.
 */
function withDocumentLock(work: () => ActionOutcome): ActionOutcome {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return { ok: false, message: LOCK_BUSY_MESSAGE };
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

/** The continuing run keeps the first call's change-log entry, so the log describes the run as begun. */
function withSavedChangeLog(plan: WorkbookPlan, saved: RunCheckpoint | null): WorkbookPlan {
  if (!saved?.changeLog) return plan;
  return { ...plan, sheets: [...plan.sheets.filter((s) => s.role !== 'changeLog'), saved.changeLog] };
}

function withNotes(outcome: ActionOutcome, warnings: readonly string[]): ActionOutcome {
  if (!outcome.ok || warnings.length === 0) return outcome;
  return { ...outcome, changes: [...outcome.changes, ...warnings.map((w) => `Note: ${w}`)] };
}

export interface HandleOptions {
  /** When the execution began (Date.now()); the time limit counts from here. */
  readonly startedAt?: number;
}

/** The place to resume from, and what to tell the person, when a run stops before the limit. */
function stopped(request: PanelRequest, now: string, plan: WorkbookPlan, planned: ActionOutcome, saved: RunCheckpoint | null, result: ApplyResult, store: CheckpointStore | null): ActionOutcome {
  const changeLogPlan = plan.sheets.find((s) => s.role === 'changeLog');
  const changeLog = changeLogPlan && !result.done.includes(stepKey(changeLogPlan.name)) ? changeLogPlan : undefined;
  const kept = store?.save({
    v: 1,
    request,
    now,
    savedAt: new Date().toISOString(),
    done: result.done,
    title: saved?.title ?? (planned.ok ? planned.title : ''),
    changes: saved?.changes ?? (planned.ok ? planned.changes : []),
    ...(changeLog ? { changeLog } : {}),
  });
  const written = `${plan.sheets.length - result.remaining.length} of ${plan.sheets.length} sheets written`;
  return {
    ok: false,
    message: kept
      ? `Stopped before Apps Script's six-minute limit with ${written}. Run the same action again to finish; nothing written so far is lost.`
      : `Stopped before Apps Script's six-minute limit with ${written}, and this script cannot save its place. Run the action again.`,
    problems: [`Still to write: ${result.remaining.join(', ')}`],
  };
}

/**
 * What the core is told of this run. The spreadsheet's locale (File > Settings, e.g. `en_US`)
 * chooses the paper of the sheets Riskbook lays out where the register names none; Sheets itself
 * cannot set a sheet's paper (Apps Script has no page setup), but the plan stays the one every
 * host gets.
 */
function engineOptions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: string): EngineOptions {
  const locale = ss.getSpreadsheetLocale();
  return { now, ...(locale ? { locale } : {}) };
}

export function handleRequest(request: PanelRequest, options: HandleOptions = {}): ActionOutcome {
  const startedAt = options.startedAt ?? Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (READ_ONLY.has(request.kind)) {
    const read = readWorkbook(ss);
    return respond(read.snapshot, request, engineOptions(ss, new Date().toISOString())).outcome;
  }
  return withDocumentLock(() => {
    const store = checkpointStore();
    const saved = resumable(store?.saved ?? null, request, startedAt);
    const now = saved?.now ?? new Date(startedAt).toISOString();
    const read = readWorkbook(ss);
    const response = respond(read.snapshot, request, engineOptions(ss, now));
    if (!response.plan) {
      if (store?.saved) store.clear();
      return response.outcome;
    }
    const plan = withSavedChangeLog(response.plan, saved);
    let first = true;
    let result: ApplyResult;
    try {
      result = applyPlanToSheets(ss, plan, read, {
        done: new Set(saved?.done ?? []),
        // At least one sheet per call, so every call makes progress, unless the call has used
        // its time already (a person took minutes over an alert before the run began).
        canStart: (estimateMs) => {
          const go = Date.now() - startedAt + (first ? 0 : estimateMs) <= SAFE_END_MS;
          first = false;
          return go;
        },
      });
    } catch (err) {
      // Sheets has no transactions: the sheets finished before the failure stay. The run keeps
      // its place as it would at the time limit, so the same action again finishes it, to the
      // workbook (and change-log entry) one unbroken run makes.
      if (!(err instanceof PartialApplyError)) throw err;
      SpreadsheetApp.flush();
      if (store && err.done.length > 0) {
        const partial: ApplyResult = { complete: false, done: err.done, remaining: [], warnings: [], wrote: true };
        stopped(request, now, plan, response.outcome, saved, partial, store);
      }
      throw new Error(`${firstLine(err.original)} Sheets Riskbook was rebuilding keep their previous content; run the same action again to finish.`);
    }
    if (result.wrote) SpreadsheetApp.flush();
    if (!result.complete) return stopped(request, now, plan, response.outcome, saved, result, store);
    if (store?.saved) store.clear();
    // A finished continuation reports what the first call found to do.
    const outcome = saved && response.outcome.ok ? { ...response.outcome, title: saved.title, changes: saved.changes } : response.outcome;
    return withNotes(outcome, result.warnings);
  });
}
