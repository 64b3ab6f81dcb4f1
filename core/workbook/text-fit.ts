/**
 * Row heights for wrapped text. Spreadsheet programs grow a row to fit wrapped text when a person
 * edits it, but not when they open a file someone else wrote (LibreOffice never does, Excel only
 * for rows it has measured), so a generated SoA would print with its justifications clipped.
 * These estimates err towards one line too many: a little white space prints better than a cut.
 */
import { widestWordPixels } from './font-metrics';
import type { PlanCell, RowHeightSpec } from './plan';

/** Points per line of 11 pt text, as Excel and LibreOffice lay it out. */
export const LINE_HEIGHT = 15;
/** Characters of ordinary text that fit in one unit of column width (one `0` of the default font). */
const CHARS_PER_WIDTH_UNIT = 1.1;
/** Room a cell keeps for its padding, in width units. */
const CELL_PADDING = 1;

function textOf(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return '';
  return String(cell);
}

/**
 * Lines `text` takes when word-wrapped in a column `width` units wide: its paragraphs (split at
 * line breaks), each filled word by word, words separated by one space however many were typed.
 * Every generated row comes through here (70,000 of them for a large register's Checks), so the
 * words are found by scanning, not by splitting the text into arrays.
 */
export function wrappedLines(text: string, width: number): number {
  if (text === '') return 1;
  const capacity = lineCapacity(width);
  // Text no longer than a line fits on one, whatever its spacing: words joined by single spaces
  // are never longer than the text they came from.
  if (text.length <= capacity && !text.includes('\n')) return 1;
  let lines = 1;
  let used = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      // A new paragraph starts a new line.
      lines++;
      used = 0;
      i++;
      continue;
    }
    if (isSpace(text, i, code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && text.charCodeAt(end) !== 10 && !isSpace(text, end, text.charCodeAt(end))) end++;
    const length = end - i;
    // A word longer than the line breaks across lines of its own.
    if (used === 0) {
      lines += Math.floor((length - 1) / capacity);
      used = ((length - 1) % capacity) + 1;
    } else if (used + 1 + length <= capacity) {
      used += 1 + length;
    } else {
      lines++;
      lines += Math.floor((length - 1) / capacity);
      used = ((length - 1) % capacity) + 1;
    }
    i = end;
  }
  return lines;
}

/** Characters of ordinary text a line of a column `width` units wide holds. */
function lineCapacity(width: number): number {
  return Math.max(1, Math.floor((width - CELL_PADDING) * CHARS_PER_WIDTH_UNIT));
}


/**
 * `text`, a list joined by `separator` (", "), with line breaks in place of the separator's
 * spaces wherever the next item would not fit on the line. Left to themselves, spreadsheets
 * wrap a line also after a hyphen, and print a risk id as "R-" on one line and "38" on the next;
 * lines broken here, to the cautious estimate above, are never wrapped again. An item longer
 * than a line still wraps, on a line of its own.
 */
export function brokenBetween(text: string, separator: string, width: number): string {
  const capacity = lineCapacity(width);
  const end = separator.trimEnd();
  const items = text.split(separator);
  let out = items[0] ?? '';
  let used = out.length;
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    // Room for the item and the separator that may follow it on the same line.
    if (used + separator.length + item.length + end.length <= capacity) {
      out += separator + item;
      used += separator.length + item.length;
    } else {
      out += `${end}\n${item}`;
      used = item.length;
    }
  }
  return out;
}

const SPACE = /\s/;

/** What `\s` matches, tested without a regular expression for plain ASCII. */
function isSpace(text: string, i: number, code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]!);
}

export interface FitOptions {
  /** Sheet row of `rows[0]`, 0-based. */
  readonly firstRow: number;
  /** Column widths in units, by 0-based column. */
  readonly widths: readonly number[];
  /** Columns whose text wraps. */
  readonly wrapColumns: ReadonlySet<number>;
  readonly lineHeight?: number;
  /** Lines every row gets at least (a header of two-word labels, say). */
  readonly minLines?: number;
  /** Bold text, as in headers: its letters are wider, so fewer fit on a line. */
  readonly bold?: boolean;
}

/** How much of a column's width bold text gets, measured against ordinary text in LibreOffice. */
const BOLD_SHARE = 0.88;

/** The widest a column grows to hold a long word; a longer one (a web address) still breaks. */
export const MAX_WORD_WIDTH = 30;


/**
 * The narrowest column, in width units (a quarter at a time), whose lines hold each word of `text`
 * whole, measured in Calibri's own widths (font-metrics.ts): a column `w` units wide is 7w + 5
 * pixels, of which the cell's padding takes about 3 besides the 5.
 */
export function widthForWords(text: string, bold = false): number {
  return Math.ceil(((widestWordPixels(text, bold) + 3) / 7) * 4) / 4;
}

/** Heights for the rows that need more than one line; rows that fit on one line are left as they are. */
export function fitRowHeights(rows: readonly (readonly PlanCell[])[], options: FitOptions): RowHeightSpec[] {
  const lineHeight = options.lineHeight ?? LINE_HEIGHT;
  const heights: RowHeightSpec[] = [];
  const wrapColumns = [...options.wrapColumns];
  rows.forEach((row, i) => {
    let lines = options.minLines ?? 1;
    for (const col of wrapColumns) {
      const width = options.widths[col];
      if (width === undefined) continue;
      lines = Math.max(lines, wrappedLines(textOf(row[col]), options.bold ? width * BOLD_SHARE : width));
    }
    if (lines > 1) heights.push({ row: options.firstRow + i, height: lines * lineHeight });
  });
  return heights;
}
