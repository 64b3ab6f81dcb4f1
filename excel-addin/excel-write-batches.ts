/**
 * Writing a plan as a few requests of bounded size. Every change is a step with an estimated
 * request size; steps over many rows (cell blocks, number formats, row heights) may be cut between
 * rows. Steps are packed in order into batches of about REQUEST_BUDGET_BYTES, and each batch is
 * one round trip, so the number of round trips follows the size of the change, never the number
 * of cells or sheets. A step is cut only where a batch fills up, so cutting adds one range proxy
 * per extra batch and nothing per row.
 */
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
      const [a, b] = [from, to];
      current.push({ bytes, run: () => step.runRows(a, b) });
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
 * Sends the batches, one round trip each. Calculation is suspended once per batch (a register's
 * formulas would otherwise recalculate after every block), and so is screen updating where
 * ExcelApi 1.9 offers it.
 */
export async function sendBatches(context: Excel.RequestContext, batches: readonly Piece[][], support: ExcelSupport, progress: SendProgress): Promise<void> {
  const application = context.workbook.application;
  for (const batch of batches) {
    application.suspendApiCalculationUntilNextSync();
    if (support.api19) application.suspendScreenUpdatingUntilNextSync();
    for (const piece of batch) piece.run();
    await context.sync();
    progress.sent++;
  }
}
