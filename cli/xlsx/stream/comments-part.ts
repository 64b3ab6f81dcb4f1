/**
 * A sheet's notes (Excel's plain comments, `<comment ref>` in the part the sheet's comments
 * relationship names), in reading order: by row, then column.
 */
import { cellAddress, columnIndex } from '../../../core/workbook/a1';
import type { CellNote } from '../../../core/workbook/snapshot';
import type { XlsxPackage } from './xlsx-package';
import { StringItem } from './string-item';

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Every note of the part, on whatever cell it sits. ExcelJS drops a note whose cell the file has
 * no `<c>` for (an empty cell without a style), and the text of a note written as one `<t>`
 * rather than in runs; neither is lost here.
 */
export async function readNotes(pkg: XlsxPackage, part: string): Promise<CellNote[]> {
  // By position: a second note on the same cell replaces the first, as in ExcelJS.
  const notes = new Map<string, { row: number; col: number; text: string }>();
  const item = new StringItem();
  let at: { row: number; col: number } | null = null;
  let inText = false;
  await pkg.parse(part, {
    open(name, attributes) {
      if (name === 'comment') {
        const m = CELL.exec(attributes.ref ?? '');
        at = m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : null;
        item.take();
      } else if (name === 'text' && at) inText = true;
      else if (inText) item.open(name);
    },
    close(name) {
      if (name === 'text') inText = false;
      else if (inText) item.close(name);
      else if (name === 'comment' && at) {
        notes.set(`${at.row}:${at.col}`, { ...at, text: item.take() });
        at = null;
      }
    },
    text(text) {
      if (inText) item.text(text);
    },
  });
  return [...notes.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((n) => ({ cell: cellAddress(n.row, n.col), text: n.text }));
}
