/**
 * The fake's `Excel.run` and request context. Like Office.js, every call on a proxy only queues
 * an operation; `sync()` sends the queue as one request and runs it in order. The fake measures
 * each request (about the UTF-8 bytes of its operations' JSON) and response, rejects either over 5 MB as
 * Excel on the web does, stops at the first failing operation without undoing the ones before it
 * (Office batches are not transactions), and counts round trips, proxies, calculation and screen
 * suspensions for tests to hold a host to its budgets.
 */
import { richError } from './errors';
import type { FakeWorkbook } from './fake-workbook';
import { FakeWorkbookProxy } from './workbook-proxies';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake supports: '1.8', '1.9', '1.13'… Default '1.13'. */
  readonly apiVersion?: string;
  /**
   * Excel on the web: "a payload size limit for requests and responses of 5MB"
   * (office-js-docs-pr, docs/concepts/resource-limits-and-performance-optimization.md), taken
   * as 5,000,000 bytes of UTF-8, the stricter reading of "MB".
   */
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
  /** Reads over this many cells return null instead of values, as Excel may (5,000,000). */
  readonly readCellLimit?: number;
}

export type OperationKind = 'bind' | 'load' | 'set' | 'call';

export interface OperationInfo {
  readonly kind: OperationKind;
  /** The Office.js class, e.g. `Range`, `WorksheetProtection`. */
  readonly objectKind: string;
  /** Property or method; for a load, the paths loaded. */
  readonly member: string;
  /** The sheet the operation acts on, where there is one. */
  readonly sheet: string | undefined;
  /** True when the operation changes the workbook. */
  readonly write: boolean;
}

export interface ExecutedOperation extends OperationInfo {
  /** 0-based index of the sync that ran it, within its run. */
  readonly sync: number;
}

export interface SyncRecord {
  readonly index: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  /** Operations that change the workbook. */
  readonly writes: number;
  calculationSuspensions: number;
  screenUpdatingSuspensions: number;
  /** Cells of the largest `values`/`formulas` read in this sync. */
  largestRead: number;
  /** The error code Excel answered this sync with, when it failed. */
  failure?: string;
}

export interface RunRecord {
  readonly syncs: SyncRecord[];
  proxies: number;
  readonly proxiesByKind: Map<string, number>;
  /** Every operation Excel ran, in order. */
  readonly executed: ExecutedOperation[];
}

export interface InjectedFailure {
  readonly when: (op: OperationInfo, run: RunRecord) => boolean;
  /** Default GeneralException. */
  readonly code?: string;
  readonly message?: string;
}

export interface QueuedOperation {
  readonly kind: OperationKind;
  readonly objectKind: string;
  readonly member: string;
  readonly bytes: number;
  readonly write: boolean;
  /** ExcelApi set the operation needs; below it Excel answers ApiNotFound. */
  readonly minApi?: string;
  readonly sheet: () => string | undefined;
  /** Runs the operation; returns the bytes it adds to the response. */
  readonly execute: () => number;
}

/** Fixed cost of a request and of each operation in it (object path, action type, ids). */
export const REQUEST_OVERHEAD_BYTES = 64;
export const OPERATION_OVERHEAD_BYTES = 40;

/** The web's limit on a request and on a response, in bytes (see FakeExcelOptions). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

function versionAtLeast(have: string, want: string): boolean {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** The fake Excel application: its workbook, its options and what every run cost. */
export class FakeExcel {
  readonly runs: RunRecord[] = [];
  readonly options: Required<FakeExcelOptions>;
  private failures: InjectedFailure[] = [];

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.options = {
      apiVersion: options.apiVersion ?? '1.13',
      requestLimitBytes: options.requestLimitBytes ?? PAYLOAD_LIMIT_BYTES,
      responseLimitBytes: options.responseLimitBytes ?? PAYLOAD_LIMIT_BYTES,
      readCellLimit: options.readCellLimit ?? 5_000_000,
    };
  }

  get lastRun(): RunRecord {
    const run = this.runs[this.runs.length - 1];
    if (!run) throw new Error('Excel.run was never called');
    return run;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.options.apiVersion, version);
  }

  private beforeSyncs: { index: number; fn: () => void }[] = [];

  /**
   * Runs `fn` once, just before the run's sync number `index` (0-based) reaches Excel: another
   * person's edit (Excel on the web, co-authoring) landing between two of the add-in's requests.
   */
  onBeforeSync(index: number, fn: () => void): void {
    this.beforeSyncs.push({ index, fn });
  }

  takeBeforeSync(index: number): (() => void)[] {
    const due = this.beforeSyncs.filter((b) => b.index === index);
    this.beforeSyncs = this.beforeSyncs.filter((b) => b.index !== index);
    return due.map((b) => b.fn);
  }

  /** The next operation matching `when` fails with `code`, once. */
  failWhen(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  takeFailure(op: OperationInfo, run: RunRecord): InjectedFailure | undefined {
    const i = this.failures.findIndex((f) => f.when(op, run));
    if (i < 0) return undefined;
    const [failure] = this.failures.splice(i, 1);
    return failure;
  }

  /** `Excel.run`: a fresh request context; queued operations left at the end are synced. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const record: RunRecord = { syncs: [], proxies: 0, proxiesByKind: new Map(), executed: [] };
    this.runs.push(record);
    const context = new FakeRequestContext(this, record);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: QueuedOperation[] = [];
  private commits: (() => void)[] = [];
  private current: SyncRecord | null = null;

  constructor(
    readonly excel: FakeExcel,
    readonly record: RunRecord,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  countProxy(kind: string): void {
    this.record.proxies++;
    this.record.proxiesByKind.set(kind, (this.record.proxiesByKind.get(kind) ?? 0) + 1);
  }

  enqueue(op: QueuedOperation): void {
    this.queue.push(op);
  }

  /** Runs `commit` once the current sync has succeeded: loaded values reach proxies only then. */
  afterSync(commit: () => void): void {
    this.commits.push(commit);
  }

  /** Counters of the sync now running, for operations that count themselves. */
  get running(): SyncRecord {
    if (!this.current) throw new Error('No sync is running');
    return this.current;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    const requestBytes = ops.reduce((n, op) => n + op.bytes + OPERATION_OVERHEAD_BYTES, REQUEST_OVERHEAD_BYTES);
    const record: SyncRecord = {
      index: this.record.syncs.length,
      requestBytes,
      responseBytes: 0,
      operations: ops.length,
      writes: ops.filter((op) => op.write).length,
      calculationSuspensions: 0,
      screenUpdatingSuspensions: 0,
      largestRead: 0,
    };
    this.record.syncs.push(record);
    try {
      await this.runRequest(ops, record);
    } catch (err) {
      record.failure = (err as { code?: string }).code ?? 'GeneralException';
      throw err;
    }
    const commits = this.commits;
    this.commits = [];
    for (const commit of commits) commit();
  }

  private async runRequest(ops: readonly QueuedOperation[], record: SyncRecord): Promise<void> {
    const requestBytes = record.requestBytes;
    // A round trip: nothing runs before the caller has let go.
    await Promise.resolve();
    for (const edit of this.excel.takeBeforeSync(record.index)) edit();
    const options = this.excel.options;
    if (requestBytes > options.requestLimitBytes) {
      // Refused whole, before any operation runs: nothing of the request reaches the workbook.
      throw richError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    this.current = record;
    try {
      for (const op of ops) {
        let sheet: string | undefined;
        try {
          sheet = op.sheet();
        } catch {
          sheet = undefined;
        }
        const info: OperationInfo = { kind: op.kind, objectKind: op.objectKind, member: op.member, sheet, write: op.write };
        const failure = this.excel.takeFailure(info, this.record);
        if (failure) throw richError(failure.code ?? 'GeneralException', failure.message ?? 'An internal error has occurred.', `${op.objectKind}.${op.member}`);
        if (op.minApi !== undefined && !this.excel.supports(op.minApi)) {
          throw richError('ApiNotFound', `The API you are trying to use could not be found (${op.objectKind}.${op.member} needs ExcelApi ${op.minApi}).`);
        }
        record.responseBytes += op.execute();
        this.record.executed.push({ ...info, sync: record.index });
      }
    } finally {
      this.current = null;
    }
    if (record.responseBytes > options.responseLimitBytes) {
      throw richError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
    }
  }
}
