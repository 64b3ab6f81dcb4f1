/**
 * The HostBridge of the Google Sheets sidebar: each request is one `google.script.run` call to the
 * server's `riskbookRequest` (sheets-addon/sidebar-server.ts), promisified. Requests and outcomes
 * cross as JSON text, so a date anywhere in them travels as its ISO string and nothing depends on
 * how Apps Script copies objects (it rejects Dates and drops undefined).
 */
import type { ActionOutcome, PanelRequest } from '../../core/actions';
import { MAX_SELECTED_RANGES } from '../../core/requests';
import type { HostBridge } from '../../ui/host-bridge';

/** The part of the page-side `google.script.run` the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  riskbookRequest(requestJson: string): void;
  riskbookSelectCells(sheet: string, cells: string): void;
}

interface AppsScriptPage {
  google?: { script?: { run?: ScriptRunner } };
}

/** The runner Apps Script puts on a sidebar page; null anywhere else. */
export function pageScriptRunner(page: unknown = globalThis): ScriptRunner | null {
  return (page as AppsScriptPage).google?.script?.run ?? null;
}

function failureText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  if (typeof error === 'string' && error !== '') return error;
  return 'Google Sheets did not answer. Reload the sidebar and try again.';
}

/** One server call: a fresh runner chain each time, so concurrent calls never share handlers. */
function call<T>(runner: () => ScriptRunner, invoke: (run: ScriptRunner) => void, read: (value: unknown) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value) => {
        try {
          resolve(read(value));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      })
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    invoke(run);
  });
}

export function createSheetsBridge(runner: () => ScriptRunner | null = () => pageScriptRunner()): HostBridge {
  const run = (): ScriptRunner => {
    const r = runner();
    if (!r) throw new Error('This page is not running inside Google Sheets (google.script.run is missing).');
    return r;
  };
  return {
    host: 'sheets',
    request(request: PanelRequest): Promise<ActionOutcome> {
      return call(
        run,
        (r) => r.riskbookRequest(JSON.stringify(request)),
        (value) => {
          if (typeof value !== 'string') throw new Error('Riskbook received an answer it could not read.');
          return JSON.parse(value) as ActionOutcome;
        },
      );
    },
    selectCells(sheet: string, cells: readonly string[]): Promise<void> {
      // One string crosses google.script.run whatever the number of ranges.
      const list = cells.slice(0, MAX_SELECTED_RANGES).join(',');
      return call(
        run,
        (r) => r.riskbookSelectCells(sheet, list),
        () => undefined,
      );
    },
  };
}
