/**
 * Rectangles and grids: turning a plan's many small ranges into the few batch calls Sheets needs.
 */
import { rangeAddress } from '../core/workbook/a1';
import { rect } from './sheets-read-snapshot';
import { maxOf, minOf } from '../core/arrays';

export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function boxOf(ranges: readonly string[]): Box | null {
  if (ranges.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const a1 of ranges) {
    const r = rect(a1);
    r0 = Math.min(r0, r.row);
    c0 = Math.min(c0, r.col);
    r1 = Math.max(r1, r.row + r.rows - 1);
    c1 = Math.max(c1, r.col + r.cols - 1);
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** The smallest box holding every non-empty box given; null when there is none. */
export function unionOf(boxes: readonly Box[]): Box | null {
  const real = boxes.filter((b) => b.rows > 0 && b.cols > 0);
  if (real.length === 0) return null;
  const r0 = minOf(real.map((b) => b.row));
  const c0 = minOf(real.map((b) => b.col));
  const r1 = maxOf(real.map((b) => b.row + b.rows));
  const c1 = maxOf(real.map((b) => b.col + b.cols));
  return { row: r0, col: c0, rows: r1 - r0, cols: c1 - c0 };
}

export function boxAddress(box: Box): string {
  return rangeAddress(box.row, box.col, box.rows, box.cols);
}

/** A grid over `box` where each range paints its value; later ranges win, as in plan order. */
export function paint<T>(box: Box, items: readonly { range: string; value: T }[]): (T | undefined)[][] {
  const grid: (T | undefined)[][] = [];
  for (let r = 0; r < box.rows; r++) grid.push(new Array<T | undefined>(box.cols).fill(undefined));
  for (const { range, value } of items) {
    const r = rect(range);
    for (let row = r.row; row < r.row + r.rows; row++) {
      const line = grid[row - box.row]!;
      for (let col = r.col; col < r.col + r.cols; col++) line[col - box.col] = value;
    }
  }
  return grid;
}

/**
 * The cells of a painted grid grouped by value, each group as few A1 rectangles as row runs
 * stacked on each other allow. `key` tells equal values apart.
 */
export function rectanglesByValue<T>(box: Box, grid: readonly (readonly (T | undefined)[])[], key: (value: T) => string): { value: T; ranges: string[] }[] {
  interface Open {
    readonly value: T;
    readonly c0: number;
    readonly c1: number;
    readonly r0: number;
    r1: number;
  }
  const groups = new Map<string, { value: T; ranges: string[] }>();
  const emit = (k: string, o: Open): void => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { value: o.value, ranges: [] }));
    g.ranges.push(rangeAddress(box.row + o.r0, box.col + o.c0, o.r1 - o.r0 + 1, o.c1 - o.c0 + 1));
  };
  let open = new Map<string, Open>();
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r]!;
    const next = new Map<string, Open>();
    let c = 0;
    while (c < line.length) {
      const v = line[c];
      if (v === undefined) {
        c++;
        continue;
      }
      const k = key(v);
      let end = c;
      while (end + 1 < line.length && line[end + 1] !== undefined && key(line[end + 1] as T) === k) end++;
      const runKey = `${k}\u0000${c}\u0000${end}`;
      const prev = open.get(runKey);
      if (prev) {
        prev.r1 = r;
        open.delete(runKey);
        next.set(runKey, prev);
      } else {
        next.set(runKey, { value: v, c0: c, c1: end, r0: r, r1: r });
      }
      c = end + 1;
    }
    for (const [runKey, o] of open) emit(runKey.slice(0, runKey.indexOf('\u0000')), o);
    open = next;
  }
  for (const [runKey, o] of open) emit(runKey.slice(0, runKey.indexOf('\u0000')), o);
  return [...groups.values()];
}
