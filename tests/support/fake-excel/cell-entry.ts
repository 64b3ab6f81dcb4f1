/**
 * What Excel stores when a value is written through `Range.values` or `Range.formulas`: the same
 * as typing it into the cell. Documented rules the fake follows:
 * - `null` leaves the cell as it is; `''` clears it (docs: excel-add-ins-blank-null-values).
 * - A leading apostrophe enters the rest as text; the apostrophe is not part of the value.
 * - A cell formatted as text (`@`) takes what is typed as text.
 * - A string that starts with `=`, `+` or `-` is a formula (Range.values reference: "Excel
 *   interprets this value as a formula"); `@` starts one too, as Lotus-style entry.
 * - Numbers (with thousands separators, exponent or `%`), ISO dates (the reference advises them
 *   over locale dates), TRUE/FALSE and error literals become numbers, date serials, booleans and
 *   errors. Excel also reads times, fractions, currencies and locale dates; the fake reads only
 *   these shapes, which a host must treat as a subset of what Excel converts.
 */

export type Stored =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly quotePrefix: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'formula'; readonly formula: string };

export const ERROR_LITERALS: ReadonlySet<string> = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);

const NUMBER = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH_MS = Date.UTC(1899, 11, 30);

function parseNumber(text: string): number | null {
  const m = NUMBER.exec(text.trim());
  if (!m || !/\d/.test(m[2]!)) return null;
  const mantissa = Number(m[2]!.replace(/,/g, ''));
  const exponent = m[3] !== undefined ? Number(m[3]) : 0;
  let value = mantissa * 10 ** exponent;
  if (m[1] === '-') value = -value;
  if (m[4] === '%') value /= 100;
  return Number.isFinite(value) ? value : null;
}

function parseIsoDate(text: string): number | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return null;
  return Math.round((ms - EPOCH_MS) / 86400000);
}

/** What Excel stores for `input`; null means the cell is left as it is. */
export function enter(input: unknown, numberFormat: string | undefined): Stored | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'error', code: '#NUM!' };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if (typeof input !== 'string') throw new TypeError(`Cannot enter a ${typeof input} into a cell`);
  if (input === '') return { kind: 'empty' };
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1), quotePrefix: true };
  if (numberFormat === '@') return { kind: 'text', text: input, quotePrefix: false };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  const n = parseNumber(input);
  if (n !== null) return { kind: 'number', value: n };
  const d = parseIsoDate(input);
  if (d !== null) return { kind: 'number', value: d };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  if (ERROR_LITERALS.has(upper)) return { kind: 'error', code: upper };
  if (/^[+\-@]/.test(input)) return { kind: 'formula', formula: `=${input}` };
  return { kind: 'text', text: input, quotePrefix: false };
}
