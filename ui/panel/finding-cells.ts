/** Where a finding is, as a host selects it and as a person goes through it cell by cell. */
import type { PanelFinding } from '../../core/actions';
import { cellAddress, parseRange } from '../../core/workbook/a1';

/** The ranges to select for a finding: all of a grouped one's, else its cell (A1 for a whole sheet). */
export function rangesOf(f: Pick<PanelFinding, 'cell' | 'cells'>): readonly string[] {
  return f.cells ?? [f.cell === '' ? 'A1' : f.cell];
}

/**
 * The cells of `ranges` one by one, the first `limit` of them, and how many more there are: a
 * plan's 20,000 undated actions must not become 20,000 buttons.
 */
export function cellsOfRanges(ranges: readonly string[], limit: number): { cells: string[]; more: number } {
  const cells: string[] = [];
  let total = 0;
  for (const range of ranges) {
    const r = parseRange(range);
    if (!r) continue;
    total += r.rows * r.cols;
    for (let row = r.row; row < r.row + r.rows && cells.length < limit; row++) {
      for (let col = r.col; col < r.col + r.cols && cells.length < limit; col++) cells.push(cellAddress(row, col));
    }
  }
  return { cells, more: total - cells.length };
}
