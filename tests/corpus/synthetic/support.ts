/**
 * What the synthetic corpus files share: writing a block of rows as a team types it, and the
 * formatting that makes a sheet look like a team's (bold header band, widths, wrapped text), so a
 * rendered file reads like the registers it imitates. The scoring helpers compute the team's own
 * score and level columns the way the team's method does, so a file is consistent by construction
 * wherever its scenario says so.
 */
import type * as ExcelJS from 'exceljs';
import { newWorkbook, saveWorkbook } from '../../../cli/xlsx/workbook-io';

export { newWorkbook, saveWorkbook };

/** A value as a person types it; null (or undefined past the end of a row) leaves the cell empty. */
export type Typed = string | number | Date | null | { readonly formula: string; readonly result: number };

/** Writes rows of values from a top-left cell (1-based row and column). */
export function writeRows(ws: ExcelJS.Worksheet, top: number, left: number, rows: readonly (readonly Typed[])[]): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(top + r, left + c).value = value as ExcelJS.CellValue;
    });
  });
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: ExcelJS.Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as ExcelJS.Borders;

/** The header band of a table: bold on a pale fill, wrapped, bordered (rows and columns 1-based, inclusive). */
export function styleHeader(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    // Room for a header wrapped on two or three lines: nothing computes row heights in a file.
    ws.getRow(r).height = 36;
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
  }
}

/** The body of a table: thin borders, text at the top of each cell (one line, as most registers show it). */
export function styleBody(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = THIN;
      cell.alignment = { vertical: 'top' };
    }
  }
}

/** Column widths in characters, from a first column (1-based), and a landscape page one table wide, as teams print a register. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[], left = 1): void {
  widths.forEach((w, i) => {
    ws.getColumn(left + i).width = w;
  });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** A title line above a table. */
export function writeTitle(ws: ExcelJS.Worksheet, row: number, col: number, text: string, size = 14): void {
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = { bold: true, size };
}

/** Merges a block of cells (1-based, inclusive) whose value sits in its top-left cell. */
export function merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  ws.mergeCells(top, left, bottom, right);
}

/** A date as a team types it (a calendar day; Excel stores it as a serial number). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The item at a 0-based index; a miss is a bug in the corpus module, not input to judge. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}

/** Bands by lower bound, lowest first: the label of the highest band whose bound the score reaches. */
export function band<L extends string>(score: number, bands: readonly (readonly [number, L])[]): L {
  let label = at(bands, 0)[1];
  for (const [from, name] of bands) if (score >= from) label = name;
  return label;
}

/**
 * A level from a lookup matrix indexed by two 0-based scale positions (rows: likelihood,
 * columns: impact), as teams keep a coloured matrix beside their register.
 */
export function lookup<L extends string>(matrix: readonly (readonly L[])[], likelihood: number, impact: number): L {
  return at(at(matrix, likelihood), impact);
}
