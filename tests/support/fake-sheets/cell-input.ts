/**
 * What Sheets stores when a value arrives through `setValues`/`setValue`: strings are parsed as if
 * a person typed them. A leading `=` makes a formula, a leading `+` or `-` before something that
 * is not a number makes a (broken) formula, number-, date- and boolean-looking text becomes a
 * number, date or boolean, and a leading apostrophe keeps the rest as text. A cell formatted as
 * plain text (`@`) stores input as typed.
 */
import { serialOfDate, serialOfYmd } from './time-zone';

export type Stored = number | string | boolean | { readonly error: string } | null;

export interface StoredCell {
  /** The value, or for a formula the value it was seeded with (the fake never calculates). */
  readonly v: Stored;
  /** The formula with its leading `=`, or null. */
  readonly f: string | null;
}

export interface ParsedInput {
  readonly cell: StoredCell | null;
  /** Sheets gives a cell a date format when a date is typed into an unformatted cell. */
  readonly dateTyped: boolean;
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!']);
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

function numberOf(text: string): number | null {
  const t = text.trim().replace(/^\$/, '');
  if (t === '' || !NUMBER.test(t) || !/\d/.test(t)) return null;
  const percent = t.endsWith('%');
  const n = Number(t.replace(/,/g, '').replace(/%$/, ''));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

function dateOf(text: string): number | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m) return serialOfYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (m) return serialOfYmd(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

export const EMPTY: ParsedInput = { cell: null, dateTyped: false };

export function parseInput(input: unknown, plainText: boolean, zone: string): ParsedInput {
  if (input === null || input === undefined || input === '') return EMPTY;
  if (typeof input === 'number') return { cell: { v: Number.isFinite(input) ? input : { error: '#NUM!' }, f: null }, dateTyped: false };
  if (typeof input === 'boolean') return { cell: { v: input, f: null }, dateTyped: false };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    return { cell: { v: serialOfDate(input as Date, zone), f: null }, dateTyped: true };
  }
  if (typeof input !== 'string') return { cell: { v: String(input), f: null }, dateTyped: false };
  const text = input;
  if (plainText) return { cell: { v: text, f: null }, dateTyped: false };
  if (text.startsWith("'")) return { cell: text.length > 1 ? { v: text.slice(1), f: null } : null, dateTyped: false };
  if (text.startsWith('=') && text.length > 1) return { cell: { v: null, f: text }, dateTyped: false };
  const n = numberOf(text);
  if (n !== null) return { cell: { v: n, f: null }, dateTyped: false };
  if (text.startsWith('+') || text.startsWith('-')) {
    // Typed in Sheets, `+44 20` is read as the formula `=+44 20`, which does not parse.
    return { cell: { v: { error: '#ERROR!' }, f: `=${text}` }, dateTyped: false };
  }
  if (/^(true|false)$/i.test(text.trim())) return { cell: { v: text.trim().toLowerCase() === 'true', f: null }, dateTyped: false };
  const d = dateOf(text);
  if (d !== null) return { cell: { v: d, f: null }, dateTyped: true };
  if (ERRORS.has(text.trim().toUpperCase())) return { cell: { v: { error: text.trim().toUpperCase() }, f: null }, dateTyped: false };
  return { cell: { v: text, f: null }, dateTyped: false };
}

/** Number formats that make `getValues` return a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dy]/i.test(bare) || /h+:m+/i.test(bare);
}
