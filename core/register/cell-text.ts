/** Cells read as text: free-text fields keep what was typed; numbers and booleans are stringified. */
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';

/** The text of a cell, untrimmed; '' for blank and for error values (reported separately). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
