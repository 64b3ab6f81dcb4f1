/**
 * Page breaks that keep sections whole. Spreadsheets break pages wherever a page is full, so a
 * grid prints in two halves or its heading sits alone at the foot of a page. Given the height of
 * every row, a section that would not fit in what is left of the page starts a new one instead.
 *
 * Heights are estimates that err high and the page is taken at full scale: a page a program
 * shrinks to fit a width holds more rows, never fewer, so a section that fits here fits there.
 */
import { parseRange } from './a1';
import type { SheetPlan } from './plan';

/** Rows `first` to `last` (0-based, inclusive) that should print on one page. */
export interface KeptSection {
  readonly first: number;
  readonly last: number;
}

export interface SectionBreakInput {
  /** Sections in order down the sheet, apart from each other. */
  readonly sections: readonly KeptSection[];
  /** Printed height of a row in points. */
  readonly heightOf: (row: number) => number;
  /** Printable height of a page in points. */
  readonly pageHeight: number;
}

/**
 * The rows that start a new page so that no section is split, as the program would lay the
 * pages out: rows fill a page until the next does not fit. A section taller than a page cannot
 * be kept whole; it starts a page of its own so at least its heading prints with its first rows.
 */
export function sectionBreaks(input: SectionBreakInput): number[] {
  const { sections, heightOf, pageHeight } = input;
  const breaks: number[] = [];
  const last = sections.length > 0 ? sections[sections.length - 1]!.last : -1;
  let next = 0;
  let used = 0;
  for (let row = 0; row <= last; row++) {
    const section = sections[next];
    if (section && row === section.first) {
      next++;
      let height = 0;
      for (let r = section.first; r <= section.last; r++) height += heightOf(r);
      if (used > 0 && used + height > pageHeight) {
        breaks.push(row);
        used = 0;
      }
    }
    const h = heightOf(row);
    // The program's own break: the row does not fit on what is left of the page.
    used = used > 0 && used + h > pageHeight ? h : used + h;
  }
  return breaks;
}

/** Points a row takes when nothing sets its height: one line of 11 pt text. */
const DEFAULT_ROW_HEIGHT = 15;
/** A row grows with its largest text: line height over font size, as the programs lay it out. */
const LINE_SPACING = 1.35;

/**
 * The printed height of each row of a sheet Riskbook writes: the height it sets, else one line
 * of the largest text its formats give the row.
 */
export function printedRowHeights(sheet: Pick<SheetPlan, 'rowHeights' | 'formats'>): (row: number) => number {
  const set = new Map<number, number>();
  for (const h of sheet.rowHeights ?? []) set.set(h.row, h.height);
  const largest = new Map<number, number>();
  for (const f of sheet.formats) {
    if (f.fontSize === undefined) continue;
    const at = parseRange(f.range);
    if (!at) continue;
    for (let r = at.row; r < at.row + at.rows; r++) largest.set(r, Math.max(largest.get(r) ?? 0, f.fontSize));
  }
  return (row) => set.get(row) ?? Math.max(DEFAULT_ROW_HEIGHT, (largest.get(row) ?? 0) * LINE_SPACING);
}
