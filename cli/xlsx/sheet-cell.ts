/** Cells of an ExcelJS worksheet by number, as the plan gives them. */
import type * as ExcelJS from 'exceljs';

/**
 * The cell at 0-based `row` and `col`, made if it is not there yet. ExcelJS's `ws.getCell(r, c)`
 * writes the address out and parses it back, several strings and an object a call, for every
 * cell a plan writes or formats (a million at 50,000 risks); the row's own lookup by column
 * number does neither, and gives the same cell.
 */
export function sheetCell(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getRow(row + 1).getCell(col + 1);
}
