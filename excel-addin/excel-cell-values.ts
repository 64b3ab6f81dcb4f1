/**
 * Plan cells → what to write into `Range.values`, and what `Range.values` / `Range.formulas`
 * return → the core's plain cell values and canonical formulas.
 *
 * Writing through `Range.values` is typing: Excel reads a string that starts with `=`, `+` or `-`
 * as a formula (the Range.values reference says so), `@` likewise, and turns strings that look
 * like numbers, dates, times, percentages, booleans or error values into those. A leading
 * apostrophe is Excel's documented way to enter anything as text: the apostrophe is not part of
 * the value (it reads back without it) and only marks the cell as typed-as-text. So a plan string
 * that Excel could take for anything but the same text is written with an apostrophe in front.
 * The text number format `@` would also do, but it would change the cell's format for good and
 * turn a formula later typed into the cell into text.
 */
import { stripFilePrefixes } from '../core/formula/formula-text';
import type { PlanCell } from '../core/workbook/plan';
import type { CellValue } from '../core/workbook/snapshot';

/** What one cell of a `Range.values` write array may be; null leaves the cell as it is. */
export type ExcelInput = string | number | boolean | null;

/**
 * Strings Excel might store as something other than the same text: formula starts, an apostrophe
 * of their own (which Excel would swallow), leading white space, anything with a digit (numbers,
 * dates, times, fractions and currencies in any locale), booleans and error literals. Erring on
 * the side of the apostrophe costs nothing: the value reads back the same.
 */
export function needsQuotePrefix(text: string): boolean {
  return /^[=+\-@'\s]/.test(text) || /\d/.test(text) || /^(true|false)$/i.test(text) || text.startsWith('#');
}

/** The value to put into a `Range.values` array for a plan cell. */
export function excelInput(cell: PlanCell): ExcelInput {
  if (cell === null) return null;
  if (typeof cell === 'object') return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if (typeof cell === 'string') return cell !== '' && needsQuotePrefix(cell) ? `'${cell}` : cell;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}

/** Error values as Excel returns them in `Range.values` (strings, told apart by valueTypes). */
const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#CONNECT!',
  '#BUSY!',
  '#PYTHON!',
]);

/**
 * A value from `Range.values` as the core sees it. Excel returns error values as their text; a
 * cell holding the text "#N/A" typed with an apostrophe reads as the error too, which loading
 * `valueTypes` for every cell would tell apart at the cost of a third array per read.
 */
export function snapshotValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return ERROR_LITERALS.has(value) ? { error: value } : value;
  return null;
}

/**
 * The canonical formula of a cell from `Range.formulas` beside `Range.values`, or null. For a cell
 * without a formula Excel returns its value in `formulas`, so a text cell that starts with `=`
 * (entered with an apostrophe) returns the same string in both; a formula returns its result in
 * `values`. Only a formula whose result is its own text would be taken for text.
 */
export function snapshotFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula === value) return null;
  return canonicalFormula(formula);
}

/** Removes `_xlfn.` / `_xlws.` markers outside string literals and quoted sheet names. */
export function canonicalFormula(formula: string): string {
  return formula.includes('_xl') ? stripFilePrefixes(formula) : formula;
}
