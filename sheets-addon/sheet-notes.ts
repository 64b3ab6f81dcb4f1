/**
 * Cell notes. A note a person wrote is never replaced: the new text goes below it
 * (core/workbook/notes.ts). Notes travel in batches, one `getNotes` and one `setNotes` per column
 * over the rows its notes span, never a call per cell; a note in that span the plan does not name
 * is written back as it was read.
 */
import { parseRange } from '../core/workbook/a1';
import { withNote } from '../core/workbook/notes';
import type { NoteSpec } from '../core/workbook/plan';
import type { SheetTarget } from './sheet-target';
import { maxOf, minOf } from '../core/arrays';

/** The plan's notes of one column, by 0-based row, in plan order. */
function byColumn(notes: readonly NoteSpec[]): Map<number, Map<number, string[]>> {
  const columns = new Map<number, Map<number, string[]>>();
  for (const n of notes) {
    const at = parseRange(n.cell.replace(/\$/g, ''));
    if (!at || at.rows !== 1 || at.cols !== 1) throw new Error(`Bad note cell ${n.cell}`);
    let rows = columns.get(at.col);
    if (!rows) columns.set(at.col, (rows = new Map()));
    rows.set(at.row, [...(rows.get(at.row) ?? []), n.text]);
  }
  return columns;
}

export function applyNotes(t: SheetTarget, notes: readonly NoteSpec[]): void {
  for (const [col, rows] of byColumn(notes)) {
    const first = minOf(rows.keys());
    const last = maxOf(rows.keys());
    const range = t.box({ row: first, col, rows: last - first + 1, cols: 1 });
    // A sheet built by this run has no notes to keep.
    const grid: string[][] = t.fresh ? Array.from({ length: last - first + 1 }, () => ['']) : range.getNotes();
    for (const [row, texts] of rows) {
      const line = grid[row - first]!;
      line[0] = texts.reduce((note: string, text) => withNote(note, text), line[0] ?? '');
    }
    range.setNotes(grid);
  }
}
