/**
 * How both .xlsx readers (the streaming one every command uses, and ExcelJS's, kept as its
 * oracle) lay what they read into a snapshot: each cell and each row where it belongs, with the
 * places before it padded (empty cells, empty rows), and a name's sheet always quoted.
 */
import { quoteSheetName } from '../../core/workbook/a1';
import type { CellValue } from '../../core/workbook/snapshot';

/** A cell's value and formula at column `col` (1-based) of a row, the columns before it padded. */
export function putCell(rowValues: CellValue[], rowFormulas: (string | null)[], col: number, value: CellValue, formula: string | null): void {
  while (rowValues.length < col - 1) {
    rowValues.push(null);
    rowFormulas.push(null);
  }
  rowValues[col - 1] = value;
  rowFormulas[col - 1] = formula;
}

/** A row at row `row` (1-based) of a sheet, the rows before it padded with empty ones. */
export function putRow(values: CellValue[][], formulas: (string | null)[][], row: number, rowValues: CellValue[], rowFormulas: (string | null)[]): void {
  while (values.length < row - 1) {
    values.push([]);
    formulas.push([]);
  }
  values[row - 1] = rowValues;
  formulas[row - 1] = rowFormulas;
}

/** A sheet name as a name's reference carries it: `'Lists'!$A$1`, quoted even where it need not be. */
export function alwaysQuoted(sheet: string): string {
  const q = quoteSheetName(sheet);
  return q.startsWith("'") ? q : `'${q}'`;
}
