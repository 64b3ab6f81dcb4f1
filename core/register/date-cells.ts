/**
 * Reading approval and review dates. A date cell is a serial number; text is accepted only when it
 * cannot mean two dates: `2026-03-01`, `2026/03/01`, `1 March 2026`, `March 1, 2026`, `1-Mar-2026`.
 * `03/04/2026` is March or April depending on who typed it, so it is refused rather than guessed.
 */
import { serialFromIso } from '../dates';
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';

export type ParsedDate =
  | { readonly kind: 'blank' }
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'invalid'; readonly text: string };

/** 9999-12-31, the last date spreadsheets can show. */
const MAX_SERIAL = 2958465;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-.]+([a-z]+)\.?,?[\s\-.]+(\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/;

function serialOf(year: number, month: number | undefined, day: number): number | null {
  if (month === undefined) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return serialFromIso(`${year}-${pad(month)}-${pad(day)}`);
}

function serialFromText(text: string): number | null {
  const t = text.trim().toLowerCase().replace(WEEKDAY, '');
  let m = YEAR_FIRST.exec(t);
  if (m) return serialOf(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return serialOf(Number(m[3]), MONTHS[m[2]!], Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return serialOf(Number(m[3]), MONTHS[m[1]!], Number(m[2]));
  return null;
}

export function parseDateCell(cell: CellValue): ParsedDate {
  if (cell === null) return { kind: 'blank' };
  if (isCellError(cell)) return { kind: 'invalid', text: cell.error };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'TRUE' : 'FALSE' };
  if (typeof cell === 'number') {
    // A date-time serial keeps its day; the time of day does not matter for approvals and reviews.
    return Number.isFinite(cell) && cell >= 1 && cell < MAX_SERIAL + 1
      ? { kind: 'date', serial: Math.floor(cell) }
      : { kind: 'invalid', text: String(cell) };
  }
  if (cell.trim() === '') return { kind: 'blank' };
  const serial = serialFromText(cell);
  return serial === null ? { kind: 'invalid', text: cell } : { kind: 'date', serial };
}
