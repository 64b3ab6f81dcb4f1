/**
 * A stand-in for the core's Web Worker in Jest, where `new Worker(new URL(…, import.meta.url))`
 * cannot run: excel-addin/core-worker.ts itself, loaded in a module registry of its own with
 * `self` as its scope, answering on a later turn of the event loop. Messages cross as structured
 * clones, as they cross between threads, so anything a worker could not be sent fails here too.
 */
type Handler = ((e: { data: unknown }) => void) | null;

interface WorkerScope {
  onmessage: Handler;
  postMessage(answer: unknown): void;
}

export class FakeCoreWorker {
  /** Every worker started, in order. */
  static readonly started: FakeCoreWorker[] = [];
  onmessage: Handler = null;
  onerror: ((e: { message: string }) => void) | null = null;
  /** The calls the page sent, as the worker received them. */
  readonly received: unknown[] = [];
  private readonly scope: WorkerScope;

  constructor() {
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (answer) => {
        const data = structuredClone(answer);
        setTimeout(() => this.onmessage?.({ data }), 0);
      },
    };
    const globals = globalThis as unknown as { self?: unknown };
    const before = globals.self;
    globals.self = scope;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../excel-addin/core-worker');
      });
    } finally {
      globals.self = before;
    }
    this.scope = scope;
    FakeCoreWorker.started.push(this);
  }

  postMessage(message: unknown): void {
    const data = structuredClone(message);
    this.received.push(data);
    setTimeout(() => this.scope.onmessage?.({ data }), 0);
  }

  terminate(): void {
    this.scope.onmessage = null;
  }
}
