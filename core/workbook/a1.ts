/** A1 addressing: column letters, cell and range addresses, quoted sheet references. */

/** A sheet's size in Excel and in an .xlsx file: rows, and columns (A to XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Letters of the first columns, worked out once: every cell address of a large sheet needs one. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  // col is 0-based
  if (col >= 0 && col < 1024) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1` for 0-based (row, col). */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** `A1:C9` for a 0-based rectangle given by its top-left and size. */
export function rangeAddress(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const tl = cellAddress(row, col, absolute);
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${cellAddress(row + rows - 1, col + cols - 1, absolute)}`;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The parts of `a` outside `b`, as up to four rectangles (what is left of a rule's range when another takes part of it). */
export function subtractRange(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!rangesOverlap(a, b)) return [a];
  const out: RangeRef[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (a.row + a.rows > b.row + b.rows) out.push({ row: b.row + b.rows, col: a.col, rows: a.row + a.rows - (b.row + b.rows), cols: a.cols });
  if (b.col > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  if (a.col + a.cols > b.col + b.cols) out.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: a.col + a.cols - (b.col + b.cols) });
  return out;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(a1: string): CellRef | null {
  // Read character by character: a request parses addresses by the hundred thousand (ranges,
  // findings' cells). Anything this does not read plainly goes to the pattern.
  const n = a1.length;
  let i = a1.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < n; i++) {
    const c = a1.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (i < n && a1.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < n; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  const digits = i - digitsFrom;
  if (i === n && letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7) return { row: row - 1, col: col - 1 };
  return parsedByPattern(a1);
}

function parsedByPattern(a1: string): CellRef | null {
  const m = CELL.exec(a1.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses `A1` or `A1:C9` (no sheet part). */
export function parseRange(a1: string): RangeRef | null {
  const [a, b] = a1.split(':');
  if (a === undefined) return null;
  const tl = parseCell(a);
  if (!tl) return null;
  if (b === undefined) return { ...tl, rows: 1, cols: 1 };
  const br = parseCell(b);
  if (!br) return null;
  const row = Math.min(tl.row, br.row);
  const col = Math.min(tl.col, br.col);
  return { row, col, rows: Math.abs(br.row - tl.row) + 1, cols: Math.abs(br.col - tl.col) + 1 };
}

/**
 * A sheet name as it must appear in a formula or defined name: quoted whenever it is not a
 * plain identifier, with embedded apostrophes doubled.
 */
export function quoteSheetName(name: string): string {
  // Letters only (two or more) can never be read as a cell, an R1C1 reference or a number.
  if (/^[A-Za-z_][A-Za-z_]+$/.test(name) && !/^(RC|CR|rc|cr)$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Risk register'!$B$5:$B$9` */
export function sheetReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}

/** Splits `'It''s'!A1:B2` into its sheet name and range. Returns null when malformed. */
export function splitSheetReference(ref: string): { sheet: string; range: string } | null {
  const text = ref.startsWith('=') ? ref.slice(1) : ref;
  const bang = text.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: text.slice(bang + 1).replace(/\$/g, '') };
}
