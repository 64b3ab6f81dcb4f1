/**
 * How a generated sheet prints so that a person can read it. Fitting a wide table to one page
 * width is what spreadsheets offer, and it printed Riskbook's SoA at under 3 pt. Here a sheet is
 * fitted to one page width only while its smallest text stays at 7 pt or more, first in the
 * orientation the sheet prefers, then in the other; a wider table is fitted to as many pages wide
 * as it needs, its first columns (the id and title) repeated on each, so every page reads alone.
 *
 * The estimate follows the way Excel and LibreOffice size a column: a width of w characters of
 * the default font is 7w + 5 pixels at 96 dpi. The pages a table takes are counted the way the
 * programs break them, between columns, so a column never straddles two pages.
 */
import { columnLetter } from './a1';
import type { PageSetupSpec, PaperSize } from './plan';
import { minOf } from '../arrays';

/** No text on a printed page smaller than this, in points. */
export const MIN_PRINT_PT = 7;
/** The size of the text Riskbook writes where no format says otherwise (Calibri 11 and its stand-ins). */
export const BODY_FONT_PT = 11;
/**
 * Margins of every sheet Riskbook lays out, in inches: narrower at the sides than Excel's default
 * (0.7) to give tables room, with room above and below for the header and footer.
 */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** Paper sizes in points, portrait. */
const PAPER: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/**
 * The scale a program picks is never quite what an estimate says (fonts stand in for Calibri,
 * widths round to pixels): the layout keeps this much above the smallest legible scale.
 */
const SAFETY = 1.06;

/** Printed width of a column `width` characters wide, in points. */
export function columnPoints(width: number): number {
  // A hidden column (width 0) takes no room on paper.
  return width <= 0 ? 0 : (7 * width + 5) * 0.75;
}

/** Height of the printable part of the page, in points: between the top and bottom margins. */
export function printableHeight(paper: PaperSize, orientation: PageSetupSpec['orientation']): number {
  const size = PAPER[paper];
  const down = orientation === 'portrait' ? size.height : size.width;
  return down - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
}

/** The shortest printable height of any paper Riskbook prints on, for a layout that must hold on all of them. */
export function shortestPrintableHeight(orientation: PageSetupSpec['orientation']): number {
  return minOf((Object.keys(PAPER) as PaperSize[]).map((paper) => printableHeight(paper, orientation)));
}

/** Width of the printable part of the page, in points. */
export function printableWidth(paper: PaperSize, orientation: PageSetupSpec['orientation']): number {
  const size = PAPER[paper];
  const across = orientation === 'portrait' ? size.width : size.height;
  return across - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
}

export interface PrintLayoutInput {
  /** Widths in characters of the columns that print, from the first. */
  readonly widths: readonly number[];
  /** Leading columns repeated on every page across when the table takes more than one. */
  readonly keyColumns: number;
  readonly paper: PaperSize;
  /** The smallest text the sheet holds, in points. */
  readonly smallestFont?: number;
  readonly prefer: PageSetupSpec['orientation'];
  readonly printTitleRows?: string;
  /** The columns that print when not all of them do (`widths` are theirs), kept in the layout. */
  readonly printColumns?: string;
}

export interface PrintLayout extends Omit<PageSetupSpec, 'scale'> {
  /** The scale the sheet is expected to print at (1 = full size). */
  readonly scale: number;
  /** For a sheet more than a page wide, the whole percentage it prints at (PageSetupSpec.scale). */
  readonly percent?: number;
}

/** Pages across the table takes at `scale`, breaking between columns and repeating the key columns. */
export function pagesAcross(widths: readonly number[], keyColumns: number, printable: number, scale: number): number {
  const capacity = printable / scale;
  const points = widths.map(columnPoints);
  const key = points.slice(0, keyColumns).reduce((a, b) => a + b, 0);
  let pages = 1;
  let used = 0;
  for (let i = 0; i < points.length; i++) {
    const w = points[i]!;
    if (used + w <= capacity || used === 0 || (pages > 1 && used === key)) {
      used += w;
      continue;
    }
    pages++;
    used = key + w;
  }
  return pages;
}

/** The largest scale (at most 1) at which the table takes no more than `pages` pages across. */
function fittingScale(widths: readonly number[], keyColumns: number, printable: number, pages: number): number {
  if (pagesAcross(widths, keyColumns, printable, 1) <= pages) return 1;
  let low = 0.05;
  let high = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (pagesAcross(widths, keyColumns, printable, mid) <= pages) low = mid;
    else high = mid;
  }
  return low;
}

function columnsRange(count: number): string {
  return `${columnLetter(0)}:${columnLetter(count - 1)}`;
}

/**
 * The page setup that prints the table legibly: one page wide in the preferred orientation, else
 * in the other, else landscape over the fewest pages across at a legible scale.
 */
export function choosePrintLayout(input: PrintLayoutInput): PrintLayout {
  const smallest = input.smallestFont ?? BODY_FONT_PT;
  const legible = Math.min(1, (MIN_PRINT_PT * SAFETY) / smallest);
  const base = {
    paperSize: input.paper,
    ...(input.printTitleRows !== undefined ? { printTitleRows: input.printTitleRows } : {}),
    ...(input.printColumns !== undefined ? { printColumns: input.printColumns } : {}),
  };
  const other = input.prefer === 'portrait' ? 'landscape' : 'portrait';
  for (const orientation of [input.prefer, other] as const) {
    const scale = fittingScale(input.widths, 0, printableWidth(input.paper, orientation), 1);
    if (scale >= legible) return { ...base, orientation, pagesWide: 1, scale };
  }
  const printable = printableWidth(input.paper, 'landscape');
  const key = Math.min(input.keyColumns, input.widths.length);
  const pages = pagesAcross(input.widths, key, printable, legible);
  const scale = fittingScale(input.widths, key, printable, pages);
  return {
    ...base,
    orientation: 'landscape',
    pagesWide: pages,
    scale,
    percent: Math.floor(scale * 100),
    ...(key > 0 ? { printTitleColumns: columnsRange(key) } : {}),
  };
}
