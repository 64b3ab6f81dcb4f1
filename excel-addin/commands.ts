/**
 * The ribbon's function file: "Recalculate & check" runs the same request as the pane's
 * "Recalculate & check traceability" button, without opening the pane. Excel has no notification
 * API for function commands, so success shows the Checks sheet (every finding, at its cell) and a
 * failure opens a small dialog (notice.html) with the reason.
 *
 * The engine runs in a Web Worker here too, as in the pane: on the function file's own thread a
 * large register would block it for seconds, and desktop Office restarts an add-in that stops
 * answering for about five seconds. The command's runtime itself lives at most five minutes from
 * the click, the notice's time included (office-js-docs-pr, docs/testing/runtimes.md, "Browser
 * runtime"); docs/real-host-check.md has a person check what a notice left open longer does.
 */
import type { ActionOutcome } from '../core/actions';
import { SHEETS } from '../core/workbook/names';
import { workerRespond } from './core-worker-client';
import { startCoreWorker } from './core-worker-start';
import { createExcelBridge } from './excel-bridge';
import type { Respond } from './excel-run-request';
import { runRequest } from './excel-run-request';

/** The FunctionName of the ExecuteFunction button in manifest.xml. */
export const RECALCULATE = 'recalculate';

/** How many problems the dialog lists; its URL carries them. */
const NOTICE_LINES = 6;

interface Notice {
  readonly title: string;
  readonly message: string;
  readonly lines: readonly string[];
}

function failureNotice(outcome: Extract<ActionOutcome, { ok: false }>): Notice {
  return { title: 'Riskbook could not recalculate', message: outcome.message, lines: outcome.problems ?? [] };
}

function errorMessage(err: unknown): string {
  return err instanceof Error && err.message ? err.message : String(err);
}

/** Opens notice.html in an Office dialog and resolves once the person has closed it. */
function showNotice(notice: Notice): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('title', notice.title);
  url.searchParams.set('message', notice.message);
  for (const line of notice.lines.slice(0, NOTICE_LINES)) url.searchParams.append('line', line);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.href, { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      // A message means the Close button; an event means the dialog's own X (it is closed already).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The worker the engine runs in, started at the first click; null where the page cannot start one. */
let engine: Respond | null | undefined;

function engineRespond(): Respond | null {
  if (engine === undefined) engine = workerRespond(startCoreWorker);
  return engine;
}

/** Runs the request; the notice to show when it did not work, null when it did. */
async function recalculateWorkbook(): Promise<Notice | null> {
  let outcome: ActionOutcome;
  try {
    const respond = engineRespond();
    outcome = await runRequest({ kind: 'generate', action: 'recalc' }, respond ? { respond } : {});
  } catch (err) {
    return { title: 'Riskbook could not recalculate', message: errorMessage(err), lines: [] };
  }
  if (!outcome.ok) return failureNotice(outcome);
  // Showing the Checks sheet is a courtesy: the work is done even if Excel refuses it.
  await createExcelBridge()
    .selectCells(outcome.status.sheets.checks ?? SHEETS.checks, ['A1'])
    .catch(() => undefined);
  return null;
}

/**
 * Recalculates the open workbook: scores, traceability, the generated sheets. Always completes the
 * event, which Office waits for before it runs the command again.
 */
export async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const notice = await recalculateWorkbook();
    if (notice) await showNotice(notice).catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady(() => undefined);
Office.actions.associate(RECALCULATE, recalculate);
