/** Reading cells the way a person meant them: trimmed text, dates as serials, Yes/No. */
import { serialFromIso } from '../dates';
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import type { PlanCell } from '../workbook/plan';

export function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

export function isBlank(value: CellValue | undefined): boolean {
  return textOf(value) === '';
}

/** A label as a person reads it: case and surrounding spaces do not count. */
export function textKey(text: string): string {
  return text.trim().toLowerCase();
}

/** Case- and space-insensitive comparison, as a person reads two labels. */
export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/** A date cell as a serial: a number as is, or text written as YYYY-MM-DD. */
export function serialOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return serialFromIso(value.trim());
  return null;
}

/** A Yes/No cell; booleans and Y/N count too, anything else is undecided. */
export function yesNoOf(value: CellValue | undefined): 'yes' | 'no' | null {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  const t = textOf(value).toLowerCase();
  if (t === 'yes' || t === 'y' || t === 'true') return 'yes';
  if (t === 'no' || t === 'n' || t === 'false') return 'no';
  return null;
}

/**
 * A cell read from a sheet, as it must be written back to keep it exactly: its formula when it
 * has one, otherwise its value. An error value with no formula can only be kept as its text.
 */
export function carryCell(value: CellValue | undefined, formula: string | null | undefined): PlanCell {
  if (formula !== null && formula !== undefined && formula !== '') return { formula };
  // Hosts read an empty cell as null or ''; both are written back as nothing.
  if (value === null || value === undefined || value === '') return null;
  if (isCellError(value)) return value.error;
  return value;
}

export function isEmptyPlanCell(cell: PlanCell | undefined): boolean {
  return cell === null || cell === undefined || cell === '';
}
