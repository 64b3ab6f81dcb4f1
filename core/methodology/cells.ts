/** Reading Methodology cells: plain text of a cell, and zod shapes for the values it may hold. */
import * as z from 'zod';
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';

/** A cell as text, trimmed; blank is ''. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isCellError(cell)) return cell.error;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** What zod sees: error values become their text (`#N/A`), which no shape accepts as a number. */
export type PlainCell = string | number | boolean | null;

export function plainCell(cell: CellValue | undefined): PlainCell {
  if (cell === undefined) return null;
  return isCellError(cell) ? cell.error : cell;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)$/;

export const textCell = z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => cellText(v));

/** A number, or text that is one (some hosts hand numbers typed into text cells back as text). */
export const numberCell = z.union([z.number(), z.string().trim().regex(NUMBER_TEXT).transform(Number)]).pipe(z.number());

export const wholeNumberCell = numberCell.pipe(z.number().int());

type Shape = Readonly<Record<string, z.ZodType>>;

export interface ParsedRow<S extends Shape> {
  /** The fields that parsed. */
  readonly values: { -readonly [K in keyof S]?: z.output<S[K]> };
  /** The fields that did not, in shape order. */
  readonly failed: readonly (keyof S & string)[];
}

/**
 * Parses a row field by field, so one bad cell still leaves the others usable and each failure
 * can be reported at its own cell.
 */
export function parseRow<S extends Shape>(shape: S, cells: Readonly<Record<keyof S, CellValue | undefined>>): ParsedRow<S> {
  const values: { [K in keyof S]?: z.output<S[K]> } = {};
  const failed: (keyof S & string)[] = [];
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const result = shape[key]!.safeParse(plainCell(cells[key]));
    if (result.success) values[key] = result.data as z.output<S[typeof key]>;
    else failed.push(key);
  }
  return { values, failed };
}
