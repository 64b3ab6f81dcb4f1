/**
 * Starts the core's Web Worker (core-worker.ts). `new Worker(new URL(…, import.meta.url))` is the
 * form webpack recognises and bundles as a script of its own. This module holds nothing else, so
 * the code that passes it on never meets `import.meta`, and tests give a stand-in for it.
 */
export function startCoreWorker(): Worker {
  return new Worker(new URL('./core-worker.ts', import.meta.url));
}
