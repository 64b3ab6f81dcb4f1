/**
 * What a fake Range stands for, and the checks every write to one makes: Excel's refusals on a
 * protected sheet and on arrays of the wrong size.
 */
import type { Box } from './addresses';
import { intersects } from './addresses';
import { richError } from './errors';
import type { FakeSheet, FormatProps } from './fake-workbook';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly box: Box;
}

const PROTECTED = "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

export function denyIfProtected(sheet: FakeSheet, allowed: keyof Excel.WorksheetProtectionOptions | null): void {
  if (!sheet.protection.protected) return;
  if (allowed !== null && sheet.protection.options[allowed] === true) return;
  throw richError('AccessDenied', PROTECTED);
}

/** Values may go into unlocked cells of a protected sheet, and nowhere else on it. */
export function denyLockedCells(sheet: FakeSheet, box: Box, touched: (r: number, c: number) => boolean): void {
  if (!sheet.protection.protected) return;
  const unlocks = sheet.formats.some((f) => f.props.locked === false && intersects(f.box, box));
  if (!unlocks) throw richError('AccessDenied', PROTECTED);
  for (let r = 0; r < box.rows; r++) {
    for (let c = 0; c < box.cols; c++) {
      if (touched(r, c) && sheet.isLocked(box.row + r, box.col + c)) throw richError('AccessDenied', PROTECTED);
    }
  }
}

export const WRONG_SIZE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** A 2-D array the size of the box, or a single value Excel applies to every cell. */
export function cellsOf(box: Box, input: unknown): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== box.rows || input.some((row) => !Array.isArray(row) || row.length !== box.cols)) throw richError('InvalidArgument', WRONG_SIZE);
  const rows = input as unknown[][];
  return (r, c) => rows[r]![c];
}

/** A format call on a range, recorded in order like Excel applies them. */
export function applyFormat(t: RangeTarget, props: FormatProps): void {
  denyIfProtected(t.sheet, 'allowFormatCells');
  t.sheet.formats.push({ box: t.box, props });
}

/** The format property of the range's top-left cell (Excel answers null when cells differ). */
export function topLeftFormat(t: RangeTarget): FormatProps {
  return t.sheet.formatAt(t.box.row, t.box.col);
}
