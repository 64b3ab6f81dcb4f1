/**
 * Crossing between the core's plain cell values and what SpreadsheetApp reads and writes.
 *
 * Writing: `setValues` parses a string as if a person typed it, so `=HYPERLINK(…)` becomes a
 * formula, `+44 20` a broken formula, `4` a number and `2025-01-15` a date. A plan string is
 * always text, so any string Sheets could read as something else goes in behind a leading
 * apostrophe (the quote prefix, which Sheets stores as "this is text" and never shows), except in
 * cells formatted as plain text (`@`), where Sheets stores input as typed.
 *
 * Reading: `getValues` returns Date objects for date-formatted cells, at midnight in the
 * spreadsheet's time zone; the core wants spreadsheet serial numbers.
 */
import type { PlanCell } from '../core/workbook/plan';
import type { CellValue } from '../core/workbook/snapshot';
import { BOOLEAN_WORDS, isMonthWord } from './typed-words';

/** Error values as `getValues` reports them: the text of the error, on a formula cell. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!', '#SPILL!', '#CALC!']);

/** A word, then a day or year: "Mär 5", "févr. 3", "Oct 12, 2025", "März 2025". */
const WORD_THEN_NUMBER = /^(\p{L}+)\.?[\s,/-]+\d/u;

/**
 * True when Sheets might read `text` as anything but that same text: a formula, a number, a
 * date, a boolean or an error, in a spreadsheet of any language (typed-words.ts). Only text that
 * opens with a letter and is none of those is safe; everything else gets the quote prefix.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  const first = text.charAt(0);
  // Unicode letters other than the few that open something Sheets parses.
  if (!/\p{L}/u.test(first)) return true;
  if (BOOLEAN_WORDS.has(text.trim().toUpperCase())) return true;
  const word = WORD_THEN_NUMBER.exec(text)?.[1];
  return word !== undefined && isMonthWord(word);
}

/** A plan cell (never null: the caller decides what "leave" means) as input for `setValues`. */
export function toSheetsInput(cell: Exclude<PlanCell, null>, plainTextCell: boolean): string | number | boolean {
  if (typeof cell === 'object') return cell.formula;
  if (typeof cell !== 'string') return cell;
  if (plainTextCell) return cell;
  return needsQuotePrefix(cell) ? `'${cell}` : cell;
}

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

type WallClock = (instant: Date) => { y: number; m: number; d: number; h: number; mi: number; s: number; ms: number };

const clocks = new Map<string, WallClock>();

/**
 * The wall clock of `timeZone`. Apps Script's V8 has Intl with time zones; should it not, the
 * script's own zone (its local time) is the best guess left.
 */
function wallClock(timeZone: string): WallClock {
  const cached = clocks.get(timeZone);
  if (cached) return cached;
  let clock: WallClock;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clock = (instant) => {
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      return { y: parts.year ?? 1899, m: parts.month ?? 12, d: parts.day ?? 30, h: (parts.hour ?? 0) % 24, mi: parts.minute ?? 0, s: parts.second ?? 0, ms: instant.getMilliseconds() };
    };
  } catch {
    clock = (instant) => ({
      y: instant.getFullYear(),
      m: instant.getMonth() + 1,
      d: instant.getDate(),
      h: instant.getHours(),
      mi: instant.getMinutes(),
      s: instant.getSeconds(),
      ms: instant.getMilliseconds(),
    });
  }
  clocks.set(timeZone, clock);
  return clock;
}

/** The spreadsheet serial of a Date `getValues` returned, read on the spreadsheet's wall clock. */
export function serialFromSheetsDate(date: Date, timeZone: string): number | null {
  if (Number.isNaN(date.getTime())) return null;
  const w = wallClock(timeZone)(date);
  const wallMs = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s, w.ms);
  // Whole milliseconds keep time-of-day fractions exact enough for a register.
  return Math.round(wallMs - EPOCH_MS) / DAY_MS;
}

/** One cell of `getValues`/`getFormulas` as the core's value. */
export function cellValueFromSheets(value: unknown, formula: string, timeZone: () => string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    // Only a formula can produce an error; a person who types "#N/A" as text keeps text.
    if (formula !== '' && ERROR_VALUES.has(value)) return { error: value };
    return value;
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return serialFromSheetsDate(value as Date, timeZone());
  }
  return String(value);
}
