/**
 * Writing a plan as a few requests of bounded size. Every change is a step with an estimated
 * request size; steps over many rows (cell blocks, number formats, row heights) may be cut between
 * rows. Steps are packed in order into batches of about REQUEST_BUDGET_BYTES, and each batch is
 * one round trip, so the number of round trips follows the size of the change, never the number
 * of cells or sheets. A step is cut only where a batch fills up, so cutting adds one range proxy
 * per extra batch and nothing per row.
 *
 * The sizes are estimates. Should Excel refuse a request as too large all the same
 * (RequestPayloadSizeLimitExceeded, which refuses the whole request before any of it runs), the
 * batch is split in two, between pieces or between the rows of a piece, and sent again.
 */
import { isRequestTooLarge } from './excel-errors';
import { REQUEST_BUDGET_BYTES } from './excel-limits';
import type { ExcelSupport } from './excel-requirements';

export interface SingleStep {
  readonly kind: 'single';
  readonly bytes: number;
  /** Queues the step's calls on the request context. */
  readonly run: () => void;
}

export interface RowsStep {
  readonly kind: 'rows';
  /** Estimated bytes of each row's data. */
  readonly rowBytes: readonly number[];
  /** Estimated bytes of each piece besides its rows (the call, the range address). */
  readonly pieceBytes: number;
  /** Queues the calls for rows [from, to) of the step. */
  readonly runRows: (from: number, to: number) => void;
}

export type WriteStep = SingleStep | RowsStep;

export interface Piece {
  readonly bytes: number;
  readonly run: () => void;
  /** The piece as two that run the same calls between them, where it can be cut (rows). */
  readonly halves?: () => readonly [Piece, Piece];
}

/** Rows [from, to) of a rows step as one piece, cut in two at its middle byte when asked. */
function rowsPiece(step: RowsStep, from: number, to: number): Piece {
  let bytes = step.pieceBytes;
  for (let r = from; r < to; r++) bytes += step.rowBytes[r]!;
  const piece: Piece = { bytes, run: () => step.runRows(from, to) };
  if (to - from < 2) return piece;
  return {
    ...piece,
    halves: () => {
      let mid = from + 1;
      let used = step.rowBytes[from]!;
      while (mid < to - 1 && used + step.rowBytes[mid]! <= (bytes - step.pieceBytes) / 2) used += step.rowBytes[mid++]!;
      return [rowsPiece(step, from, mid), rowsPiece(step, mid, to)];
    },
  };
}

export function single(bytes: number, run: () => void): SingleStep {
  return { kind: 'single', bytes, run };
}

/**
 * Packs steps, in order, into batches of at most `budget` estimated bytes. A single step larger
 * than the budget gets a batch of its own (the plan never holds one: every large change is rows).
 */
export function packBatches(steps: readonly WriteStep[], budget = REQUEST_BUDGET_BYTES): Piece[][] {
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  const close = (): void => {
    if (current.length === 0) return;
    batches.push(current);
    current = [];
    used = 0;
  };
  for (const step of steps) {
    if (step.kind === 'single') {
      if (used + step.bytes > budget) close();
      current.push({ bytes: step.bytes, run: step.run });
      used += step.bytes;
      continue;
    }
    const rows = step.rowBytes.length;
    let from = 0;
    while (from < rows) {
      let to = from;
      let bytes = step.pieceBytes;
      while (to < rows && (used + bytes + step.rowBytes[to]! <= budget || (current.length === 0 && to === from))) {
        bytes += step.rowBytes[to]!;
        to++;
      }
      if (to === from) {
        close();
        continue;
      }
      current.push(rowsPiece(step, from, to));
      used += bytes;
      from = to;
      if (from < rows) close();
    }
  }
  close();
  return batches;
}

/** How far sending got: batches Excel has taken. */
export interface SendProgress {
  sent: number;
}

/**
 * The batch as two smaller ones that run the same calls in the same order: its pieces split at
 * the middle byte, or its one piece cut between rows. Null when it is one piece that cannot be cut.
 */
export function splitBatch(batch: readonly Piece[]): [Piece[], Piece[]] | null {
  if (batch.length > 1) {
    const total = batch.reduce((n, p) => n + p.bytes, 0);
    let at = 1;
    let used = batch[0]!.bytes;
    while (at < batch.length - 1 && used + batch[at]!.bytes <= total / 2) used += batch[at++]!.bytes;
    return [batch.slice(0, at), batch.slice(at)];
  }
  const halves = batch[0]?.halves?.();
  return halves ? [[halves[0]], [halves[1]]] : null;
}

/**
 * Sends the batches, one round trip each. Calculation is suspended once per request (a register's
 * formulas would otherwise recalculate after every block), and so is screen updating where
 * ExcelApi 1.9 offers it. A request Excel refuses as too large ran none of its calls, so it is
 * split and its halves sent in its place; one that cannot be split fails with Excel's reason.
 */
export async function sendBatches(context: Excel.RequestContext, batches: readonly Piece[][], support: ExcelSupport, progress: SendProgress): Promise<void> {
  const application = context.workbook.application;
  const queue: Piece[][] = [...batches].reverse();
  for (let batch = queue.pop(); batch !== undefined; batch = queue.pop()) {
    application.suspendApiCalculationUntilNextSync();
    if (support.api19) application.suspendScreenUpdatingUntilNextSync();
    for (const piece of batch) piece.run();
    try {
      // One request per batch of about REQUEST_BUDGET_BYTES: the 5 MB limit is why there are several.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      const halves = isRequestTooLarge(err) ? splitBatch(batch) : null;
      if (!halves) throw err;
      queue.push(halves[1], halves[0]);
      continue;
    }
    progress.sent++;
  }
}
