/**
 * Reading Methodology cells: plain text of a cell, and zod shapes for the values it may hold.
 * zod/mini, not classic zod: the same checks at a third of the size, which matters in the Apps
 * Script bundle (re-evaluated on every call) and the task pane.
 */
import * as z from 'zod/mini';
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

export const textCell = z.pipe(
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
  z.transform((v: PlainCell) => cellText(v)),
);

/** A number, or text that is one (some hosts hand numbers typed into text cells back as text). */
export const numberCell = z.pipe(
  z.union([z.number(), z.pipe(z.string().check(z.trim(), z.regex(NUMBER_TEXT)), z.transform(Number))]),
  z.number(),
);

export const wholeNumberCell = z.pipe(numberCell, z.int());

/** Text that passes `accept`, turned into what `read` makes of it (a scoring method, a decision…). */
export function choiceCell<T>(read: (text: string) => T | null): z.ZodMiniType<T> {
  return z.pipe(
    z.pipe(textCell, z.string().check(z.refine((t) => read(t) !== null))),
    z.transform((t: string) => read(t)!),
  );
}

type Shape = Readonly<Record<string, z.ZodMiniType>>;

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
