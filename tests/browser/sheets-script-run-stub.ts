/**
 * What the sidebar browser test injects before the page's own script (bundled by esbuild into one
 * classic script): a `google.script.run` like the one Apps Script gives a sidebar, answering
 * `riskbookRequest` and `riskbookSelectCells` from an in-memory copy of the workbook the test puts
 * in `window.__riskbookSnapshot`. Like the real one it takes a fresh handler chain per call,
 * answers asynchronously, passes JSON text both ways and reports failures to the failure handler.
 */
import type { PanelRequest } from '../../core/actions';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createMemoryBridge } from '../../ui/memory-bridge';

/** What the test reads through `page.evaluate`: plain JSON only. */
export interface SheetsStubHandle {
  /** Server calls so far: the function and the type of each argument the page passed. */
  calls(): { fn: string; argTypes: string[] }[];
  workbook(): WorkbookSnapshot;
  selected(): { sheet: string; cells: readonly string[] } | null;
}

interface StubWindow {
  __riskbookSnapshot?: WorkbookSnapshot;
  __riskbookNow?: string;
  google?: unknown;
  riskbookSheetsStub?: SheetsStubHandle;
}

const host = window as unknown as StubWindow;
const seed = host.__riskbookSnapshot;
if (!seed) throw new Error('sheets stub: window.__riskbookSnapshot is missing');
const bridge = createMemoryBridge(seed, { now: host.__riskbookNow });
const calls: { fn: string; argTypes: string[] }[] = [];

type Handler = (value: unknown) => void;

function runner(success: Handler | null, failure: Handler | null): Record<string, unknown> {
  const answer = (work: () => Promise<unknown>): void => {
    // The real runner always answers later, in a separate execution.
    setTimeout(() => {
      work().then(
        (value) => success?.(value),
        (err: unknown) => failure?.(err instanceof Error ? err : new Error(String(err))),
      );
    }, 10);
  };
  return {
    withSuccessHandler: (handler: Handler) => runner(handler, failure),
    withFailureHandler: (handler: Handler) => runner(success, handler),
    riskbookRequest: (requestJson: unknown) => {
      calls.push({ fn: 'riskbookRequest', argTypes: [typeof requestJson] });
      answer(async () => {
        if (typeof requestJson !== 'string') throw new Error('Riskbook expected the request as JSON text.');
        return JSON.stringify(await bridge.request(JSON.parse(requestJson) as PanelRequest));
      });
    },
    riskbookSelectCells: (sheet: unknown, cells: unknown) => {
      calls.push({ fn: 'riskbookSelectCells', argTypes: [typeof sheet, typeof cells] });
      // As the server does: one string, the ranges separated by commas.
      answer(async () => bridge.selectCells(String(sheet), String(cells).split(',')));
    },
  };
}

host.google = { script: { run: runner(null, null) } };
host.riskbookSheetsStub = {
  calls: () => calls.map((c) => ({ ...c })),
  workbook: () => bridge.workbook(),
  selected: () => bridge.selected(),
};
