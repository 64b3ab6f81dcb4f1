/**
 * The core in a Web Worker. A recalculation of a large register keeps the engine busy for
 * seconds; on the task pane's own thread that freezes the pane, and Excel restarts an add-in that
 * stops answering. Here it runs beside the pane, which keeps its spinner and its focus.
 */
import type { PanelRequest, PanelResponse } from '../core/actions';
import { respond } from '../core/actions';
import type { EngineOptions } from '../core/engine';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

export interface WorkerCall {
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
  readonly request: PanelRequest;
  readonly options: EngineOptions;
}

export type WorkerAnswer = { readonly id: number; readonly response: PanelResponse } | { readonly id: number; readonly error: string };

// A dedicated worker's global scope; the DOM lib has no separate type for it.
const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerCall>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (e) => {
  const { id, snapshot, request, options } = e.data;
  try {
    scope.postMessage({ id, response: respond(snapshot, request, options) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
