/**
 * Cells merged down several rows of a register. Teams merge a value over the rows it applies to
 * (five risks under one asset and owner); every spreadsheet program keeps the value on the merge's
 * top-left cell only and reads the covered cells as blank, so the reader maps each covered cell
 * back to the cell that holds the value.
 */
import type { CellRef } from '../workbook/a1';
import { parseRange } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * The covered cells of merges spanning several rows that start below `headerRow`, keyed by
 * `cellKey`, each mapped to the merge's top-left cell. Only the merge's first column is mapped: a
 * block merged across columns too shows its value in that column's place, and spreading it over
 * the next columns would give one value to two different fields.
 */
export function verticalMergeSources(sheet: SheetSnapshot, headerRow: number): Map<string, CellRef> {
  const out = new Map<string, CellRef>();
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (!r || r.rows < 2 || r.row <= headerRow) continue;
    for (let row = r.row + 1; row < r.row + r.rows; row++) out.set(cellKey(row, r.col), { row: r.row, col: r.col });
  }
  return out;
}

/** Top-left cells (`cellKey`) of merges spanning several columns: section headings, not risks. */
export function bannerCells(sheet: SheetSnapshot): Set<string> {
  const out = new Set<string>();
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.cols > 1) out.add(cellKey(r.row, r.col));
  }
  return out;
}
