/**
 * The register `riskbook init` starts a team with: a title, a document control block for the
 * team to fill in (read back by register/document-fields.ts for the printed headers and the audit
 * pack's cover), then the header of an empty table with an autofilter, frozen above the rows
 * people type. Columns are as narrow as their header words and usual entries allow, so the table
 * prints at a size a person can read (outputs/print-frame.ts chooses the page setup).
 */
import { DATE_FORMAT } from '../dates';
import { cellAddress, columnLetter, rangeAddress } from '../workbook/a1';
import type { FormatSpec, SheetPlan, ValidationSpec } from '../workbook/plan';
import { HEADER_FILL, HEADER_FONT } from '../outputs/layout';
import { fitRowHeights } from '../workbook/text-fit';

export const NEW_REGISTER_TITLE = 'Information security risk register';

/**
 * The table's columns and their widths in characters: as wide as each header's longest word in
 * bold, the method's own words (an impact of "Noticeable") and a date (`2026-11-02`) need, in
 * Calibri's widths (workbook/font-metrics.ts), and no wider.
 * With the score and level columns Riskbook appends, the table prints one page wide at 7 pt or
 * more on Letter, the narrower paper, with a few characters to spare; long entries wrap.
 */
const COLUMNS: readonly { readonly header: string; readonly width: number }[] = [
  // Also holds the document control labels above the table, which run on over the empty cell beside.
  { header: 'Risk ID', width: 6.5 },
  { header: 'Asset', width: 9 },
  { header: 'Threat', width: 10 },
  { header: 'Vulnerability', width: 11.75 },
  { header: 'Risk description', width: 15 },
  { header: 'Likelihood', width: 9.5 },
  { header: 'Impact', width: 9.75 },
  { header: 'Risk owner', width: 10 },
  { header: 'Treatment', width: 9.75 },
  { header: 'Controls', width: 7.75 },
  { header: 'Residual likelihood', width: 9.5 },
  { header: 'Residual impact', width: 9.75 },
  { header: 'Approved by', width: 9 },
  { header: 'Approval date', width: 10.25 },
  { header: 'Acceptance rationale', width: 10.5 },
  { header: 'Last review', width: 10.25 },
]

const DATE_COLUMNS: ReadonlySet<string> = new Set(['Approval date', 'Last review']);

export const NEW_REGISTER_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/**
 * The document control block, two fields to a row. The labels are those document-fields.ts reads
 * (a label, then its value in the next cell that holds something); the value cells are left for
 * the team.
 */
const DOCUMENT_CONTROL: readonly (readonly [string, string])[] = [
  ['Organisation', 'Owner'],
  ['Version', 'Classification'],
  ['Approved by', 'Approved on'],
];
/**
 * Where each pair of a row sits: the label's column and its value's. A label runs on over the
 * empty cell beside it, so the narrow id column can hold "Organisation".
 */
const PAIR_COLUMNS = [
  { label: 0, value: 2 },
  { label: 3, value: 4 },
] as const;
const BLOCK_TOP = 1;

/** The header row (0-based): below the title, the block and a blank row. */
export const NEW_REGISTER_HEADER_ROW = BLOCK_TOP + DOCUMENT_CONTROL.length + 1;

/** Value cells people fill in: a pale fill and a border say "type here". */
const VALUE_FILL = '#FFF2CC';

/** The cells of the new register sheet, from A1 to its header row. */
export function newRegisterCells(): string[][] {
  const rows: string[][] = [[NEW_REGISTER_TITLE]];
  for (const pair of DOCUMENT_CONTROL) {
    const row: string[] = [];
    pair.forEach((label, i) => {
      const at = PAIR_COLUMNS[i]!;
      while (row.length < at.label) row.push('');
      row.push(label);
      while (row.length <= at.value) row.push('');
    });
    rows.push(row);
  }
  rows.push(['']);
  rows.push([...NEW_REGISTER_HEADERS]);
  return rows;
}

/**
 * The new register's own sheet plan. `dataRows` is how many rows below the header the filter
 * and the wrapping cover: the rows the register's formulas are filled down. `printed` is how many
 * columns print, from A (all of them when absent).
 */
export function newRegisterSheetPlan(sheetName: string, lastColumn: number, dataRows: number, printed = lastColumn + 1): SheetPlan {
  const header = NEW_REGISTER_HEADER_ROW;
  const formats: FormatSpec[] = [{ range: 'A1', bold: true, fontSize: 14 }];
  const validations: ValidationSpec[] = [];
  DOCUMENT_CONTROL.forEach((pair, r) =>
    pair.forEach((label, i) => {
      const row = BLOCK_TOP + r;
      const at = PAIR_COLUMNS[i]!;
      const value = cellAddress(row, at.value);
      formats.push({ range: cellAddress(row, at.label), bold: true });
      // A version typed as 1.0 stays "1.0"; a date reads as a date.
      const kind: FormatSpec = label === 'Approved on' ? { range: value, numberFormat: DATE_FORMAT } : { range: value, numberFormat: '@' };
      formats.push({ ...kind, fill: VALUE_FILL, border: true, horizontalAlignment: 'left' });
      if (label === 'Approved on') validations.push({ range: value, rule: { kind: 'date' }, allowBlank: true, style: 'warning', prompt: 'The date the register was approved' });
    }),
  );
  const width = NEW_REGISTER_HEADERS.length;
  formats.push({ range: rangeAddress(header, 0, 1, width), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, verticalAlignment: 'top' });
  // Entries wrap and rows grow as people type, rather than running under the next column.
  formats.push({ range: rangeAddress(header + 1, 0, dataRows, width), wrap: true, verticalAlignment: 'top' });
  // A date typed or pasted as a number shows as a date.
  COLUMNS.forEach((c, col) => {
    if (DATE_COLUMNS.has(c.header)) formats.push({ range: rangeAddress(header + 1, col, dataRows, 1), numberFormat: DATE_FORMAT });
  });
  const last = columnLetter(lastColumn);
  return {
    name: sheetName,
    mode: 'update',
    frozenRows: header + 1,
    writes: [{ at: 'A1', cells: newRegisterCells() }],
    formats,
    validations,
    conditionalFormats: [],
    columnWidths: COLUMNS.map((c, col) => ({ col, width: c.width })),
    // Two-word headers wrap in the narrow columns: the row is as tall as they need.
    rowHeights: fitRowHeights([NEW_REGISTER_HEADERS], {
      firstRow: header,
      widths: COLUMNS.map((c) => c.width),
      wrapColumns: new Set(COLUMNS.map((_, col) => col)),
      bold: true,
    }),
    autoFilter: `A${header + 1}:${last}${header + 1 + dataRows}`,
    pageSetup: {
      orientation: 'landscape',
      paperSize: 'A4',
      pagesWide: 1,
      printTitleRows: `${header + 1}:${header + 1}`,
      printTitleColumns: 'A:A',
      ...(printed <= lastColumn ? { printColumns: `A:${columnLetter(printed - 1)}` } : {}),
    },
  };
}
