/**
 * What every page Riskbook lays out carries when printed: the organisation and classification
 * above, the sheet's name in the middle; the generation stamp, "Page N of M" and the register's
 * version below; on the team's paper, at a size that reads (workbook/print-layout.ts).
 */
import type { DocumentFields } from '../register/document-fields';
import type { HeaderFooterSpec, HeaderFooterText, PageSetupSpec, PaperSize, SheetPlan } from '../workbook/plan';
import { withinHeaderFooterLimit } from '../workbook/header-footer';
import { BODY_FONT_PT, choosePrintLayout, type PrintLayout } from '../workbook/print-layout';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { columnIndex, parseRange } from '../workbook/a1';
import { MAX_WORD_WIDTH, widthForWords } from '../workbook/text-fit';
import { cellKey, coveredCells } from '../workbook/merged-cells';
import { minOf } from '../arrays';

export interface PrintContext {
  readonly paper: PaperSize;
  readonly document: DocumentFields;
  readonly stamp: Stamp;
}

/** Countries whose offices print on Letter; everyone else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'SV', 'DO', 'NI', 'HN', 'BZ']);

/** The paper of the team's register when it names one, else the locale's (A4 outside the Letter countries). */
export function paperFor(register: SheetSnapshot | undefined, locale: string | undefined): PaperSize {
  if (register?.paperSize) return register.paperSize;
  const region = locale ? /[-_]([A-Za-z]{2})\b/u.exec(locale)?.[1]?.toUpperCase() : undefined;
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

const DEFAULT_WIDTH = 8.43;

function text(value: string | undefined): HeaderFooterText | undefined {
  return value === undefined ? undefined : [value];
}

/** The header and footer of every sheet Riskbook lays out. */
export function printFrame(ctx: Pick<PrintContext, 'document' | 'stamp'>): { header: HeaderFooterSpec; footer: HeaderFooterSpec } {
  const { document: doc, stamp } = ctx;
  const left = text(doc.organisation);
  const right = text(doc.classification);
  const version = doc.version !== undefined ? `Version ${doc.version}` : undefined;
  return {
    header: withinHeaderFooterLimit({ ...(left ? { left } : {}), center: [{ field: 'sheet' }], ...(right ? { right } : {}) }),
    footer: withinHeaderFooterLimit({
      left: [`${stamp.generator} · ${stamp.generatedAt.slice(0, 10)} · methodology v${stamp.methodologyVersion}`],
      center: ['Page ', { field: 'page' }, ' of ', { field: 'pages' }],
      ...(version ? { right: [version] } : {}),
    }),
  };
}

/** How many leading columns a print title range such as `A:B` repeats. */
function columnsOf(range: string | undefined): number {
  const last = range?.split(':')[1] ?? range;
  return last !== undefined && /^[A-Z]+$/iu.test(last) ? columnIndex(last) + 1 : 0;
}

/** How many columns the sheet's cells and widths reach. */
function printedColumns(sheet: SheetPlan): number {
  let width = 0;
  for (const w of sheet.writes) {
    const at = parseRange(w.at);
    if (!at) continue;
    for (const row of w.cells) width = Math.max(width, at.col + row.length);
  }
  for (const c of sheet.columnWidths ?? []) width = Math.max(width, c.col + 1);
  return width;
}

/** The page setup of a chosen layout, with the header and footer every laid-out page carries. */
export function framedPageSetup(layout: PrintLayout, ctx: PrintContext): PageSetupSpec {
  return {
    orientation: layout.orientation,
    paperSize: layout.paperSize,
    pagesWide: layout.pagesWide,
    ...(layout.percent !== undefined ? { scale: layout.percent } : {}),
    ...(layout.printTitleRows !== undefined ? { printTitleRows: layout.printTitleRows } : {}),
    ...(layout.printTitleColumns !== undefined ? { printTitleColumns: layout.printTitleColumns } : {}),
    ...(layout.printColumns !== undefined ? { printColumns: layout.printColumns } : {}),
    ...printFrame(ctx),
  };
}

/**
 * The sheet's wrapped columns widened to hold their longest word whole (up to MAX_WORD_WIDTH):
 * a program breaks a word longer than its column's line in the middle ("Vulnerabilit" / "y"),
 * which no row height can mend. Only the width changes; row heights fitted to the narrower column
 * still hold the text. Merged cells wrap in the merge's width and are left as they are.
 */
export function widenedForWords(sheet: SheetPlan): SheetPlan {
  // The rows each column wraps in, and is bold in, as [first, last] pairs.
  const wrapped = new Map<number, [number, number][]>();
  const bold = new Map<number, [number, number][]>();
  for (const f of sheet.formats) {
    if (f.wrap !== true && f.bold !== true) continue;
    const at = parseRange(f.range);
    if (!at) continue;
    for (let col = at.col; col < at.col + at.cols; col++) {
      for (const [set, on] of [[wrapped, f.wrap === true], [bold, f.bold === true]] as const) {
        if (!on) continue;
        const rows = set.get(col) ?? [];
        rows.push([at.row, at.row + at.rows - 1]);
        set.set(col, rows);
      }
    }
  }
  if (wrapped.size === 0) return sheet;
  // Text in a merge wraps in the merge's width, laid out with the merge.
  const merged = coveredCells(sheet.merges ?? []);
  const widths = new Map((sheet.columnWidths ?? []).map((c) => [c.col, c.width]));
  const need = new Map<number, number>();
  // Plain loops: every cell of a 70,000-row RTP comes through here on every run. A text the row
  // above had in the same column, in the same weight, needs no second measure: a risk's several
  // RTP rows repeat its summary, treatment and owner.
  for (const w of sheet.writes) {
    const at = parseRange(w.at);
    if (!at) continue;
    const measured: (string | undefined)[] = [];
    const measuredBold: boolean[] = [];
    for (let r = 0; r < w.cells.length; r++) {
      const cells = w.cells[r]!;
      const row = at.row + r;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (typeof cell !== 'string' || cell === '') continue;
        const col = at.col + c;
        if (!inRows(wrapped.get(col), row) || (merged.size > 0 && merged.has(cellKey(row, col)))) continue;
        const isBold = inRows(bold.get(col), row);
        if (measured[c] === cell && measuredBold[c] === isBold) continue;
        measured[c] = cell;
        measuredBold[c] = isBold;
        const width = Math.min(MAX_WORD_WIDTH, widthForWords(cell, isBold));
        if (width > (need.get(col) ?? widths.get(col) ?? DEFAULT_WIDTH)) need.set(col, width);
      }
    }
  }
  if (need.size === 0) return sheet;
  const columnWidths = [...(sheet.columnWidths ?? []).filter((c) => !need.has(c.col)), ...[...need].map(([col, width]) => ({ col, width }))];
  return { ...sheet, columnWidths: columnWidths.sort((a, b) => a.col - b.col) };
}

/** Whether a row falls in one of the [first, last] pairs. */
function inRows(pairs: readonly (readonly [number, number])[] | undefined, row: number): boolean {
  if (pairs === undefined) return false;
  for (const [first, last] of pairs) if (row >= first && row <= last) return true;
  return false;
}

/**
 * The sheet with its page setup chosen for legibility on the team's paper, and the header and
 * footer every page carries. The orientation the sheet asked for is its preference and its print
 * title columns the ones repeated across pages; a sheet that asked for no page setup is left as is.
 */
export function laidOutForPrint(planned: SheetPlan, ctx: PrintContext): SheetPlan {
  const asked = planned.pageSetup;
  if (!asked) return planned;
  const sheet = widenedForWords(planned);
  const printed = asked.printColumns !== undefined ? columnsOf(asked.printColumns) : printedColumns(sheet);
  const widths: number[] = Array.from({ length: printed }, () => DEFAULT_WIDTH);
  for (const c of sheet.columnWidths ?? []) if (c.col < printed) widths[c.col] = c.width;
  const sizes = sheet.formats.flatMap((f) => (f.fontSize !== undefined ? [f.fontSize] : []));
  sizes.push(BODY_FONT_PT);
  const layout = choosePrintLayout({
    widths,
    keyColumns: columnsOf(asked.printTitleColumns),
    paper: ctx.paper,
    smallestFont: minOf(sizes),
    prefer: asked.orientation,
    ...(asked.printTitleRows !== undefined ? { printTitleRows: asked.printTitleRows } : {}),
    ...(asked.printColumns !== undefined ? { printColumns: asked.printColumns } : {}),
  });
  const framed = framedPageSetup(layout, ctx);
  const pageSetup: PageSetupSpec = asked.rowBreaks !== undefined ? { ...framed, rowBreaks: asked.rowBreaks } : framed;
  return { ...sheet, pageSetup };
}
