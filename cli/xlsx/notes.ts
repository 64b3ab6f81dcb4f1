/**
 * Cell notes on an ExcelJS workbook. ExcelJS reads a note as plain text when it is one run, and
 * as `{ texts: [...] }` otherwise (Excel writes the author's name as a bold run before the text);
 * it writes back whatever it read, so a person's notes survive a round trip as they were.
 */
import type * as ExcelJS from 'exceljs';
import { cellAddress } from '../../core/workbook/a1';
import { NOTE_SEPARATOR, withNote } from '../../core/workbook/notes';
import type { NoteSpec } from '../../core/workbook/plan';
import type { CellNote } from '../../core/workbook/snapshot';

type ExcelNote = string | Partial<ExcelJS.Comment>;

/** A note's text, its runs joined. */
export function noteText(note: ExcelNote | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Adds the plan's notes. A note the cell already has is kept: the new text goes below it, after
 * a blank line, and the person's runs keep their fonts.
 */
export function addNotes(ws: ExcelJS.Worksheet, notes: readonly NoteSpec[]): void {
  for (const n of notes) {
    const cell = ws.getCell(n.cell);
    const existing = cell.note as ExcelNote | undefined;
    if (existing === undefined || typeof existing === 'string' || noteText(existing).trim() === '') {
      cell.note = withNote(noteText(existing), n.text);
    } else {
      cell.note = { ...existing, texts: [...(existing.texts ?? []), { text: `${NOTE_SEPARATOR}${n.text}` }] };
    }
  }
}

/** The notes of one worksheet row, for the snapshot. ExcelJS keeps a note on the cell, empty or not. */
export function rowNotes(row: ExcelJS.Row): CellNote[] {
  const cells = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells ?? [];
  const out: CellNote[] = [];
  // forEach skips the holes of the sparse array.
  cells.forEach((cell, index) => {
    const note = cell?.note as ExcelNote | undefined;
    if (note === undefined) return;
    out.push({ cell: cellAddress(row.number - 1, index), text: noteText(note) });
  });
  return out;
}
