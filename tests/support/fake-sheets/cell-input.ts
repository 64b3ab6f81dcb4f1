/**
 * What Sheets stores when a value arrives through `setValues`/`setValue`: strings are parsed as if
 * a person typed them. A leading `=` makes a formula, a leading `+` or `-` before something that
 * is not a number makes a (broken) formula, number-, date- and boolean-looking text becomes a
 * number, date or boolean, and a leading apostrophe keeps the rest as text. A cell formatted as
 * plain text (`@`) stores input as typed.
 *
 * Typed input is read in the spreadsheet's locale (File › Settings): in a German spreadsheet
 * WAHR and FALSCH are booleans and "Mär 5" a date, in a French one VRAI, FAUX and "févr. 3". The
 * fake knows English, German and French; docs/real-host-check.md has a person confirm it on a
 * German-locale sheet.
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

interface LocaleWords {
  readonly booleans: readonly [string, string];
  /** Month names, full and abbreviated, in lower case, January first. */
  readonly months: readonly (readonly string[])[];
}

const LOCALE_WORDS: Readonly<Record<string, LocaleWords>> = {
  en: {
    booleans: ['TRUE', 'FALSE'],
    months: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  },
  de: {
    booleans: ['WAHR', 'FALSCH'],
    months: [['januar', 'jan'], ['februar', 'feb'], ['märz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  },
  fr: {
    booleans: ['VRAI', 'FAUX'],
    months: [['janvier', 'janv'], ['février', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc']],
  },
};

/**
 * The words of a locale such as `de_DE`, English's with them: whether a German sheet still reads
 * TRUE or "Jan 5" is to verify, and the fake takes the stricter view that it does.
 */
function wordsOf(locale: string): LocaleWords[] {
  const own = LOCALE_WORDS[locale.split(/[_-]/)[0]!.toLowerCase()];
  return own && own !== LOCALE_WORDS.en ? [own, LOCALE_WORDS.en!] : [LOCALE_WORDS.en!];
}

/** A year for a date typed without one: the fake's calendar has no "this year". */
const YEAR_WHEN_MISSING = 2026;

function dateOf(text: string, words: readonly LocaleWords[]): number | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m) return serialOfYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (m) return serialOfYmd(Number(m[3]), Number(m[1]), Number(m[2]));
  // "Mär 5", "févr. 3 2025", "October 12, 2025": a month name of the locale, then the day.
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?$/u.exec(text.trim());
  if (m) {
    for (const w of words) {
      const month = w.months.findIndex((names) => names.includes(m![1]!.toLowerCase()));
      if (month >= 0) return serialOfYmd(m[3] ? Number(m[3]) : YEAR_WHEN_MISSING, month + 1, Number(m[2]));
    }
  }
  return null;
}

export const EMPTY: ParsedInput = { cell: null, dateTyped: false };

export function parseInput(input: unknown, plainText: boolean, zone: string, locale = 'en_GB'): ParsedInput {
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
  const words = wordsOf(locale);
  const upper = text.trim().toUpperCase();
  const truth = words.find((w) => w.booleans.includes(upper));
  if (truth) return { cell: { v: upper === truth.booleans[0], f: null }, dateTyped: false };
  const d = dateOf(text, words);
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
