/** A1 addresses as Office.js takes and returns them: cells, ranges, whole rows and columns, sheet parts. */
import { columnIndex, columnLetter, quoteSheetName, rangesOverlap, subtractRange } from '../../../core/workbook/a1';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const WHOLE_SHEET: Box = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };

/** Splits `'It''s'!A1:B2` into sheet and range; the sheet is undefined when absent. */
export function splitSheet(address: string): { sheet: string | undefined; range: string } {
  const text = address.startsWith('=') ? address.slice(1) : address;
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === '!' && !quoted) bang = i;
  }
  if (bang < 0) return { sheet: undefined, range: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; col?: number };

function corner(part: string): Corner | null {
  const c = CELL.exec(part);
  if (c) return { row: Number(c[2]) - 1, col: columnIndex(c[1]!) };
  const col = COLUMN.exec(part);
  if (col) return { col: columnIndex(col[1]!) };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  return null;
}

/** The box of `A1`, `A1:C9`, `C:E` or `4:9` (no sheet part); null when malformed or off the grid. */
export function parseBox(range: string): Box | null {
  const [a, b = a] = range.trim().split(':');
  if (a === undefined) return null;
  const p = corner(a);
  const q = corner(b ?? a);
  if (!p || !q) return null;
  const wholeColumns = p.row === undefined && q.row === undefined && p.col !== undefined && q.col !== undefined;
  const wholeRows = p.col === undefined && q.col === undefined && p.row !== undefined && q.row !== undefined;
  if (!wholeColumns && !wholeRows && (p.row === undefined || p.col === undefined || q.row === undefined || q.col === undefined)) return null;
  const r1 = wholeColumns ? 0 : Math.min(p.row!, q.row!);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const c1 = wholeRows ? 0 : Math.min(p.col!, q.col!);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(p.col!, q.col!);
  if (r2 >= MAX_ROWS || c2 >= MAX_COLUMNS || r1 < 0 || c1 < 0) return null;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** `A1`, `A1:C9`, `C:E` or `4:9`, as Excel writes it. */
export function boxAddress(box: Box): string {
  if (box.rows === MAX_ROWS && box.row === 0) return `${columnLetter(box.col)}:${columnLetter(box.col + box.cols - 1)}`;
  if (box.cols === MAX_COLUMNS && box.col === 0) return `${box.row + 1}:${box.row + box.rows}`;
  const tl = `${columnLetter(box.col)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return tl;
  return `${tl}:${columnLetter(box.col + box.cols - 1)}${box.row + box.rows}`;
}

/** `'Risk register'!A1:B2`, quoted only where Excel quotes. */
export function qualifiedAddress(sheet: string, box: Box): string {
  return `${quoteSheetName(sheet)}!${boxAddress(box)}`;
}

export function cellCount(box: Box): number {
  return box.rows * box.cols;
}

export const intersects: (a: Box, b: Box) => boolean = rangesOverlap;

export function contains(outer: Box, inner: Box): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function intersection(a: Box, b: Box): Box | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return { row, col, rows: Math.min(a.row + a.rows, b.row + b.rows) - row, cols: Math.min(a.col + a.cols, b.col + b.cols) - col };
}

/** The parts of `a` outside `b`, as up to four rectangles. */
export const subtract: (a: Box, b: Box) => Box[] = subtractRange;
