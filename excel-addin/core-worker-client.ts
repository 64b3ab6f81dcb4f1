/**
 * Runs `respond` in excel-addin/core-worker.ts, a Web Worker. The task pane and the ribbon's
 * function file both start one (core-worker-start.ts): a recalculation of a large register keeps
 * the engine busy for seconds, and desktop Office restarts an add-in whose page does not answer
 * for about five seconds (office-js-docs-pr, docs/concepts/resource-limits-and-performance-optimization.md,
 * "Application blocking").
 */
import type { PanelResponse } from '../core/actions';
import type { Respond } from './excel-run-request';
import type { WorkerAnswer, WorkerCall } from './core-worker';

/** A `respond` that runs in the worker `start` starts, or null where the page cannot start one. */
export function workerRespond(start: () => Worker): Respond | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return null;
  }
  let next = 0;
  const pending = new Map<number, { resolve: (response: PanelResponse) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
    const call = pending.get(e.data.id);
    if (!call) return;
    pending.delete(e.data.id);
    if ('error' in e.data) call.reject(new Error(e.data.error));
    else call.resolve(e.data.response);
  };
  worker.onerror = (e) => {
    // A worker that fails to start or crashes fails every call waiting on it, with its reason.
    for (const call of pending.values()) call.reject(new Error(e.message || 'the calculation worker stopped'));
    pending.clear();
  };
  return (snapshot, request, options) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      const message: WorkerCall = { id, snapshot, request, options };
      worker.postMessage(message);
    });
}
