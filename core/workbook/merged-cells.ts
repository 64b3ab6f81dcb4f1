/**
 * The cells merges cover, as a set a layout asks "is this cell under a merge?" of: text in a merge
 * wraps in the merge's width, and the cells under it hold nothing of their own.
 */
import { parseRange } from './a1';

/** The key `coveredCells` holds a cell under (0-based row and column). */
export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** Every cell of every merge (A1 ranges; one that does not parse is passed over), by `cellKey`. */
export function coveredCells(merges: readonly string[]): Set<string> {
  const covered = new Set<string>();
  for (const merge of merges) {
    const at = parseRange(merge);
    if (at) for (let r = at.row; r < at.row + at.rows; r++) for (let c = at.col; c < at.col + at.cols; c++) covered.add(cellKey(r, c));
  }
  return covered;
}
