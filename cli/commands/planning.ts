/**
 * A recalculation's plan, worked out from the file's bytes: read with the streaming reader,
 * checked (not empty, the named sheet there), and planned by the engine.
 *
 * The `riskbook` bundle plans on a worker thread (`planOnWorkerThreads`, set by main.ts) while the
 * main thread loads ExcelJS's model of the same file, which the plan is then applied to. The two
 * are about as long as each other on a large register (about 3 s each at 50,000 risks), and on
 * two cores they overlap; the engine also runs on a heap of its own, without ExcelJS's model in
 * it. Where no bundle is named (the tests run the commands in-process) the plan is worked out
 * here first and the model loaded after, as before.
 */
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import type { EngineOptions, GenerateAction, PlanResult } from '../engine';
import { generate, startCycle } from '../engine';
import { CliError } from '../errors';
import { assertNotEmpty, readLine, snapshotFrom } from '../io/read-input';
import { assertSheetExists } from './common';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';

/** What a command asks of the engine, as data: it crosses to the planning thread. */
export type Planner = { readonly kind: 'generate'; readonly action: GenerateAction } | { readonly kind: 'new-cycle' };

export interface PlanInput {
  /** The file as the person named it, for messages. */
  readonly path: string;
  readonly data: Uint8Array;
  readonly planner: Planner;
  /** The sheet named with --sheet, which must exist. */
  readonly sheet: string | undefined;
  readonly options: EngineOptions;
}

export type Report = Omit<PlanResult, 'plan'>;

export interface Planned {
  readonly plan: WorkbookPlan;
  readonly report: Report;
  /** The names of the sheets the streaming reader found, each of which the copy must hold. */
  readonly sheetNames: readonly string[];
  /** The progress line for what was read. */
  readonly readLine: string;
}

function compute(planner: Planner, snapshot: WorkbookSnapshot, options: EngineOptions): PlanResult {
  switch (planner.kind) {
    case 'generate':
      return generate(snapshot, planner.action, options);
    case 'new-cycle':
      return startCycle(snapshot, options);
  }
}

/** Reads and plans on this thread. A problem the person can fix is thrown as a CliError. */
export async function planFromBytes(input: PlanInput): Promise<Planned> {
  const snapshot = await snapshotFrom(input.path, Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength));
  const read = { path: input.path, snapshot, lostOnCopy: [] };
  assertNotEmpty(read);
  assertSheetExists(read, input.sheet);
  const { plan, ...report } = compute(input.planner, snapshot, input.options);
  return { plan, report, sheetNames: snapshot.sheets.map((s) => s.name), readLine: readLine(snapshot) };
}

/** What the planning thread sends back: the plan, or the one line to say instead. */
type Reply = { readonly ok: true; readonly planned: Planned } | { readonly ok: false; readonly forPerson: boolean; readonly message: string };

/** Marks the worker data of a planning thread, so the bundle knows what it was started for. */
const PLANNING = 'riskbookPlanning';

let workerScript: string | undefined;

/** From now on, plan on worker threads that run `script` (the bundle's own file). */
export function planOnWorkerThreads(script: string): void {
  workerScript = script;
}

/** Whether `planAside` plans on another thread, so the caller can do something else meanwhile. */
export function plansAside(): boolean {
  return workerScript !== undefined;
}

/** The plan, worked out on a worker thread when one is set up, or else on this one. */
export function planAside(input: PlanInput): Promise<Planned> {
  const script = workerScript;
  if (script === undefined) return planFromBytes(input);
  return new Promise<Planned>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(script, { workerData: { [PLANNING]: input } });
    worker.once('message', (reply: Reply) => {
      settled = true;
      if (reply.ok) resolve(reply.planned);
      else reject(reply.forPerson ? new CliError(reply.message) : new Error(reply.message));
    });
    worker.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the planning thread stopped without a plan (exit code ${code})`));
    });
  });
}

/**
 * On a planning thread: works out the plan the main thread asked for and sends it back. False
 * on any other thread, which then runs the command as usual.
 */
export function servePlanning(): boolean {
  const data = workerData as { [PLANNING]?: PlanInput } | null;
  if (isMainThread || !parentPort || !data?.[PLANNING]) return false;
  const port = parentPort;
  planFromBytes(data[PLANNING]).then(
    (planned) => port.postMessage({ ok: true, planned } satisfies Reply),
    (err: unknown) => {
      const forPerson = err instanceof CliError;
      const message = err instanceof Error ? (forPerson || !process.env.RISKBOOK_DEBUG ? err.message : (err.stack ?? err.message)) : String(err);
      port.postMessage({ ok: false, forPerson, message } satisfies Reply);
    },
  );
  return true;
}
