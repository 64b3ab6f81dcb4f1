/**
 * What a host read from a workbook: plain data, no host objects.
 *
 * Dates cross every host as spreadsheet serial numbers (days since 1899-12-30), the one
 * representation Excel, Google Sheets, LibreOffice and ExcelJS agree on.
 */

/** A spreadsheet error value such as `#N/A` or `#REF!`, kept distinct from text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

import type { PaperSize } from './plan';

export interface SheetSnapshot {
  readonly name: string;
  /** Rows of cell values, top-left is A1. Rows may be ragged; missing cells are null. */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Formulas parallel to `values`: the canonical English form with a leading `=`
   * (no `_xlfn.` prefix), or null where the cell holds a plain value. Absent when the host
   * read no formulas.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly hidden?: boolean;
  /** Rows the user hid or filtered away (1-based). They are still read. */
  readonly hiddenRows?: readonly number[];
  /** Merged areas in A1 form, e.g. `A1:F1`. */
  readonly merges?: readonly string[];
  /**
   * Cell notes (Excel's plain notes, Google Sheets' notes), where the host reads them. Absent
   * when the sheet has none or the host did not read them: no rule depends on them.
   */
  readonly notes?: readonly CellNote[];
  /** The paper the sheet is set to print on, where the host read it and it is one Riskbook knows. */
  readonly paperSize?: PaperSize;
  /** The sheet's autofilter range (A1 without `$`), where the host read one. */
  readonly autoFilter?: string;
  /**
   * The sheet's print area, where the host read one: A1 ranges without the sheet or `$`
   * (`A1:N60`, `A:N`), comma-separated when there are several. Absent, the whole sheet prints.
   */
  readonly printArea?: string;
}

/** The note on one cell. */
export interface CellNote {
  /** A1, no sheet part, upper case. */
  readonly cell: string;
  readonly text: string;
}

export interface NamedRangeSnapshot {
  readonly name: string;
  /** Absolute reference such as `'Methodology'!$B$5:$B$9`. */
  readonly reference: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly names?: readonly NamedRangeSnapshot[];
  /** The sheet the person has open, when the host knows it (task panes do, files do not). */
  readonly activeSheet?: string;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const wanted = name.toLowerCase();
  return snapshot.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** The value at 0-based (row, col), null when outside the sheet. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

/** The formula at 0-based (row, col), null when the cell holds a plain value. */
export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row]?.[col] ?? null;
}

/** Number of rows up to and including the last row that holds anything. */
export function usedRowCount(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const row = sheet.values[r];
    const frow = sheet.formulas?.[r];
    if (row?.some((v) => v !== null && v !== '') || frow?.some((f) => f !== null && f !== '')) return r + 1;
  }
  return 0;
}

/** Number of columns up to and including the last column that holds anything. */
export function usedColumnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const row of sheet.values) {
    for (let c = row.length - 1; c >= max; c--) {
      const v = row[c];
      if (v !== null && v !== '' && v !== undefined) {
        max = c + 1;
        break;
      }
    }
  }
  return max;
}
