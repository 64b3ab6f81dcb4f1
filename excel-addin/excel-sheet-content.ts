/**
 * The steps that put one SheetPlan's content onto a worksheet: cells, layout, formats and
 * conditional formats. Validations, names, protection and the swap of rebuilt sheets come at the
 * end of the last request (excel-apply-plan.ts), once every sheet and name they refer to exists.
 */
import { allWrites } from '../core/workbook/formula-fills';
import { columnLetter, parseRange } from '../core/workbook/a1';
import { runsOfEqualValues } from '../core/workbook/runs';
import type { BlockWrite, ColumnWidthSpec, PageSetupSpec, RowHeightSpec, SheetPlan } from '../core/workbook/plan';
import { sectionCode } from '../core/workbook/header-footer';
import { PRINT_MARGINS } from '../core/workbook/print-layout';
import type { ExcelInput } from './excel-cell-values';
import { excelInput } from './excel-cell-values';
import { ACTION_OVERHEAD_BYTES, callBytes, jsonBytes } from './excel-limits';
import type { ExcelSupport } from './excel-requirements';
import { boundedRange, conditionalFormatSteps, formatLikeSteps, formatSteps } from './excel-sheet-formats';
import type { RowsStep, SingleStep, WriteStep } from './excel-write-batches';
import { single } from './excel-write-batches';
import { appendAll } from '../core/arrays';

/** What the host knows of the sheet a plan writes to before it writes. */
export interface SheetTarget {
  /** The worksheet proxy; a function because a rebuilt sheet's proxy exists only once its step ran. */
  readonly sheet: () => Excel.Worksheet;
  /** True when the sheet is being built (a replace or a new sheet). */
  readonly fresh: boolean;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Formulas of the custom conditional formats already on the sheet, and the formats themselves. */
  readonly existingRules: readonly { readonly rule: Excel.ConditionalFormat; readonly formula: string }[];
}

/**
 * Points from a width in characters as the .xlsx file stores it (what the ExcelJS host writes):
 * pixels = trunc((256·w + trunc(128/7)) / 256 · 7) for Calibri 11's 7-pixel digit, 0.75 pt each.
 */
export function pointsFromCharacters(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/** A cell block as a rows step: one `Range.values` write per piece, null cells left alone. */
function blockStep(sheet: () => Excel.Worksheet, write: BlockWrite): RowsStep | null {
  const at = parseRange(write.at);
  if (!at) throw new Error(`Bad write anchor ${write.at}`);
  const cols = write.cells.reduce((n, row) => Math.max(n, row.length), 0);
  if (cols === 0) return null;
  const rows: ExcelInput[][] = write.cells.map((row) => {
    const out = row.map(excelInput);
    while (out.length < cols) out.push(null);
    return out;
  });
  let first = 0;
  let last = rows.length;
  while (first < last && rows[first]!.every((v) => v === null)) first++;
  while (last > first && rows[last - 1]!.every((v) => v === null)) last--;
  if (first === last) return null;
  const kept = rows.slice(first, last);
  return {
    kind: 'rows',
    rowBytes: kept.map((r) => jsonBytes(r) + 1),
    pieceBytes: callBytes(write.at),
    runRows: (from, to) => {
      const range = sheet().getRangeByIndexes(at.row + first + from, at.col, to - from, cols);
      range.values = kept.slice(from, to);
    },
  };
}

/** Adjacent columns of the same width share one range (and one proxy). */
function columnWidthSteps(sheet: () => Excel.Worksheet, widths: readonly ColumnWidthSpec[]): WriteStep[] {
  return runsOfEqualValues(widths.map((w) => [w.col, w.width] as const)).map(({ start, end, value: width }) => {
    const address = `${columnLetter(start)}:${columnLetter(end)}`;
    return single(callBytes(address, width), () => {
      sheet().getRange(address).format.columnWidth = pointsFromCharacters(width);
    });
  });
}

/**
 * Row heights. With ExcelApi 1.9 all rows go through one `setRowProperties` call over the rows
 * they span (a step cut only between requests); before it, each run of rows with the same height
 * takes a range of its own, which is as many proxies as there are runs.
 */
function rowHeightSteps(sheet: () => Excel.Worksheet, heights: readonly RowHeightSpec[], support: ExcelSupport): WriteStep[] {
  if (heights.length === 0) return [];
  const byRow = new Map<number, number>();
  for (const h of heights) byRow.set(h.row, h.height);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  if (support.api19) {
    const props: Excel.SettableRowProperties[] = [];
    for (let r = first; r <= last; r++) {
      const h = byRow.get(r);
      props.push(h === undefined ? {} : { format: { rowHeight: h } });
    }
    const step: RowsStep = {
      kind: 'rows',
      rowBytes: props.map((p) => jsonBytes(p) + 1),
      pieceBytes: callBytes(`${first + 1}:${last + 1}`),
      runRows: (from, to) => {
        sheet()
          .getRange(`${first + from + 1}:${first + to}`)
          .setRowProperties(props.slice(from, to));
      },
    };
    return [step];
  }
  return runsOfEqualValues(byRow).map(({ start, end, value: height }) => {
    const address = `${start + 1}:${end + 1}`;
    return single(callBytes(address, height), () => {
      sheet().getRange(address).format.rowHeight = height;
    });
  });
}

function freezeStep(target: SheetTarget, sp: SheetPlan): WriteStep[] {
  if (sp.frozenRows === undefined && sp.frozenColumns === undefined) return [];
  // The plan may name one of the two; the other keeps what the sheet had.
  const rows = sp.frozenRows ?? (target.fresh ? 0 : target.frozenRows);
  const cols = sp.frozenColumns ?? (target.fresh ? 0 : target.frozenColumns);
  return [
    single(callBytes(rows, cols), () => {
      const panes = target.sheet().freezePanes;
      if (rows > 0 && cols > 0) panes.freezeAt(`A1:${columnLetter(cols - 1)}${rows}`);
      else if (rows > 0) panes.freezeRows(rows);
      else if (cols > 0) panes.freezeColumns(cols);
      else panes.unfreeze();
    }),
  ];
}

/** Points per inch: Office.js takes margins in points, the plan's PRINT_MARGINS are inches. */
const POINTS_PER_INCH = 72;

/** `2:2` or `A:B` as the absolute whole rows or columns `setPrintTitleRows/Columns` take. */
function wholeLines(range: string): string {
  const [first, last = first] = range.split(':');
  return `$${first}:$${last}`;
}

/**
 * The sheet's whole page setup in one step (one round trip with the rest of the sheet): paper,
 * margins, pages printed across then down, the fit (N pages wide and as many tall as needed,
 * like fitToWidth=N / fitToHeight=0 in a file; else 100 %), print titles, the header and footer
 * on every page (each section in the `&P/&N/&A` code Office.js documents for them, the same as a
 * file's), and the page breaks before given rows. A header, footer or breaks the plan does not
 * name are left as the sheet has them.
 */
function pageSetupStep(target: SheetTarget, page: PageSetupSpec): SingleStep {
  const header = { left: sectionCode(page.header?.left), center: sectionCode(page.header?.center), right: sectionCode(page.header?.right) };
  const footer = { left: sectionCode(page.footer?.left), center: sectionCode(page.footer?.center), right: sectionCode(page.footer?.right) };
  // About twenty calls, and one per break.
  const calls = 20 + (page.rowBreaks?.length ?? 0);
  return single(callBytes(page, header, footer, PRINT_MARGINS) + calls * ACTION_OVERHEAD_BYTES, () => {
    const ws = target.sheet();
    const layout = ws.pageLayout;
    layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = page.paperSize;
    layout.setPrintMargins('Points', {
      left: PRINT_MARGINS.left * POINTS_PER_INCH,
      right: PRINT_MARGINS.right * POINTS_PER_INCH,
      top: PRINT_MARGINS.top * POINTS_PER_INCH,
      bottom: PRINT_MARGINS.bottom * POINTS_PER_INCH,
      header: PRINT_MARGINS.header * POINTS_PER_INCH,
      footer: PRINT_MARGINS.footer * POINTS_PER_INCH,
    });
    // The halves of a table two pages wide print one after the other.
    layout.printOrder = 'OverThenDown';
    // Office.js takes the zoom only as a whole object. OfficeDev/office-js#1860 reports a fit to
    // pages that did not take in Excel on Windows until the Page Layout tab was shown (to verify).
    layout.zoom =
      page.scale !== undefined ? { scale: page.scale } : page.pagesWide > 0 ? { horizontalFitToPages: page.pagesWide, verticalFitToPages: 0 } : { scale: 100 };
    if (page.printTitleRows) layout.setPrintTitleRows(wholeLines(page.printTitleRows));
    if (page.printTitleColumns) layout.setPrintTitleColumns(wholeLines(page.printTitleColumns));
    if (page.printColumns) layout.setPrintArea(wholeLines(page.printColumns));
    if (page.header || page.footer) {
      // The plan's frame replaces the sheet's whole: a section it leaves out prints empty.
      const frame = layout.headersFooters;
      frame.state = 'Default';
      const every = frame.defaultForAllPages;
      every.leftHeader = header.left;
      every.centerHeader = header.center;
      every.rightHeader = header.right;
      every.leftFooter = footer.left;
      every.centerFooter = footer.center;
      every.rightFooter = footer.right;
    }
    if (page.rowBreaks) {
      // The plan names every break the sheet needs: those left from an earlier run go first.
      if (!target.fresh) ws.horizontalPageBreaks.removePageBreaks();
      // Office.js adds a break above the range it is given: the first row of the new page.
      for (const row of page.rowBreaks) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
    }
  });
}

/**
 * Page layout, print area and autofilter need ExcelApi 1.9. Without it they are skipped: the sheet
 * works the same, it only prints with Excel's default page setup and has no filter buttons.
 */
function pageSteps(target: SheetTarget, sp: SheetPlan, support: ExcelSupport): WriteStep[] {
  if (!support.api19) return [];
  const steps: WriteStep[] = [];
  const filter = sp.autoFilter;
  if (filter !== undefined) {
    boundedRange(filter);
    steps.push(single(callBytes(filter), () => target.sheet().autoFilter.apply(filter)));
  }
  const printArea = sp.printArea;
  if (printArea !== undefined) steps.push(single(callBytes(printArea), () => target.sheet().pageLayout.setPrintArea(printArea)));
  if (sp.pageSetup) steps.push(pageSetupStep(target, sp.pageSetup));
  return steps;
}

/**
 * Everything of a sheet's content that does not depend on names or on other sheets, in the order
 * the docs advise for large ranges: layout, values, then formats and conditional formats.
 */
export function sheetContentSteps(target: SheetTarget, sp: SheetPlan, support: ExcelSupport): WriteStep[] {
  const { sheet } = target;
  const steps: WriteStep[] = [];
  const tab = sp.tabColor;
  if (tab !== undefined) {
    steps.push(
      single(callBytes(tab), () => {
        sheet().tabColor = tab;
      }),
    );
  }
  appendAll(steps, freezeStep(target, sp));
  appendAll(steps, columnWidthSteps(sheet, sp.columnWidths ?? []));
  appendAll(steps, rowHeightSteps(sheet, sp.rowHeights ?? [], support));
  // A fill goes cell by cell: R1C1 text would be no shorter, and Office.js documents no way to
  // set one formula for a whole range.
  for (const w of allWrites(sp)) {
    const step = blockStep(sheet, w);
    if (step) steps.push(step);
  }
  for (const like of sp.formatsLike ?? []) appendAll(steps, formatLikeSteps(sheet, like, support.api19));
  for (const f of sp.formats) appendAll(steps, formatSteps(sheet, f));
  if (!target.fresh && sp.conditionalFormats.length > 0) {
    // Excel gives a format's range only through one more round trip per format, so an earlier
    // rule with the same formula on this sheet is taken for Riskbook's own earlier copy and
    // replaced, whatever its range (the reference workbook replaces only an identical range).
    const planned = new Set(sp.conditionalFormats.map((c) => c.formula));
    for (const existing of target.existingRules) {
      if (planned.has(existing.formula)) steps.push(single(callBytes(), () => existing.rule.delete()));
    }
  }
  appendAll(steps, conditionalFormatSteps(sheet, sp.conditionalFormats));
  for (const m of sp.merges ?? []) {
    boundedRange(m);
    steps.push(single(callBytes(m), () => sheet().getRange(m).merge(false)));
  }
  appendAll(steps, pageSteps(target, sp, support));
  return steps;
}
