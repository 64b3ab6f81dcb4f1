/**
 * The Checks sheet: every finding of the last check, worst first, each with a link to its cell.
 * Nothing on it is people's: it is rebuilt whole every time.
 */
import type { Finding, Severity } from '../findings/finding';
import { sortFindings, summarize } from '../findings/finding';
import { assertPortable, formulaString } from '../formula/allow-list';
import { rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { FormatSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { frameFormats, headerFormat } from './layout';
import { fitRowHeights } from '../workbook/text-fit';

export const CHECKS_TITLE = 'Checks';
export const CHECKS_HEADERS = ['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix'] as const;
const WIDTHS = [10, 34, 24, 8, 60, 50];

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Rows: title, stamp, blank, count labels, counts, blank, header. */
const COUNTS_ROW = 3;
export const CHECKS_HEADER_ROW = 6;

/**
 * A link to a cell in this workbook. The sheet name is always quoted (apostrophes doubled), and
 * the whole target is a formula string (double quotes doubled).
 */
export function cellLink(sheet: string, cell: string): { formula: string } {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return { formula: assertPortable(`=HYPERLINK(${formulaString(target)},${formulaString(cell)})`) };
}

export function checksSheetPlan(findings: readonly Finding[], stamp: Stamp): { sheet: SheetPlan } {
  const sorted = sortFindings(findings);
  const summary = summarize(sorted);
  const width = CHECKS_HEADERS.length;
  const cells: PlanCell[][] = [
    [CHECKS_TITLE],
    [stampLine(stamp)],
    [],
    ['Errors', 'Warnings', 'Info', 'Total'],
    [summary.errors, summary.warnings, summary.infos, summary.total],
    [],
    [...CHECKS_HEADERS],
  ];
  for (const f of sorted) {
    cells.push([SEVERITY_LABEL[f.severity], f.code, f.sheet, f.cell === '' ? '' : cellLink(f.sheet, f.cell), f.message, f.fix]);
  }

  const first = CHECKS_HEADER_ROW + 1;
  const formats: FormatSpec[] = [
    ...frameFormats(),
    { range: rangeAddress(COUNTS_ROW, 0, 1, 4), bold: true },
    { range: rangeAddress(COUNTS_ROW + 1, 0, 1, 4), fontSize: 14, horizontalAlignment: 'left' },
    { range: rangeAddress(COUNTS_ROW, 0, 2, 1), fill: SEVERITY_FILL.error },
    { range: rangeAddress(COUNTS_ROW, 1, 2, 1), fill: SEVERITY_FILL.warning },
    { range: rangeAddress(COUNTS_ROW, 2, 2, 1), fill: SEVERITY_FILL.info },
    headerFormat(rangeAddress(CHECKS_HEADER_ROW, 0, 1, width)),
  ];
  if (sorted.length > 0) {
    formats.push({ range: rangeAddress(first, 0, sorted.length, width), border: true, verticalAlignment: 'top' });
    formats.push({ range: rangeAddress(first, 4, sorted.length, 2), wrap: true });
    // Findings are sorted worst first, so each severity is one run of rows.
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i === sorted.length || sorted[i]!.severity !== sorted[start]!.severity) {
        formats.push({ range: rangeAddress(first + start, 0, i - start, 1), fill: SEVERITY_FILL[sorted[start]!.severity] });
        start = i;
      }
    }
  }

  const grid = cells.map((r) => {
    const out = [...r];
    while (out.length < width) out.push(null);
    return out;
  });
  const sheet: SheetPlan = {
    name: SHEETS.checks,
    mode: 'replace',
    frozenRows: CHECKS_HEADER_ROW + 1,
    columnWidths: WIDTHS.map((w, col) => ({ col, width: w })),
    rowHeights: fitRowHeights(grid.slice(first), { firstRow: first, widths: WIDTHS, wrapColumns: new Set([4, 5]) }),
    writes: [{ at: 'A1', cells: grid }],
    formats,
    validations: [],
    conditionalFormats: [],
    autoFilter: rangeAddress(CHECKS_HEADER_ROW, 0, 1 + sorted.length, width),
    pageSetup: { orientation: 'landscape', fitToWidth: true, printTitleRows: `${CHECKS_HEADER_ROW + 1}:${CHECKS_HEADER_ROW + 1}` },
  };
  return { sheet };
}
