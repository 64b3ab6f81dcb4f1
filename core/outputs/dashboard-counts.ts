/**
 * Live counts for the Dashboard: how many of a sheet's rows meet some conditions, as a formula
 * every spreadsheet program computes alike. A count is COUNTIFS, one per run of rows; where a
 * condition needs a text compared as text and never as the date it spells (a review date typed as
 * "2026-09-14", which COUNTIFS would also match against date cells), that count is SUMPRODUCT.
 *
 * Which rows a count covers is settled when Riskbook writes the sheet (the rows the engine read as
 * risks, actions or controls); what they hold is read live, so the figures follow what people type.
 */
import { formulaString } from '../formula/allow-list';
import { rangeAddress, sheetReference } from '../workbook/a1';
import { exactCriterion } from './heatmap';

/** One condition on a cell of the counted row, in column `col` (0-based, of the sheet). */
export type Criterion =
  /** The cell is this text, in any case (an exact COUNTIFS criterion). */
  | { readonly col: number; readonly kind: 'is'; readonly text: string }
  | { readonly col: number; readonly kind: 'isNot'; readonly text: string }
  /** Nothing in the cell (or a formula's empty text). */
  | { readonly col: number; readonly kind: 'blank' }
  /** A COUNTIFS pattern with wildcards, for a column that never holds numbers (LibreOffice matches numbers against patterns). */
  | { readonly col: number; readonly kind: 'matches'; readonly pattern: string }
  /** A date cell (a number at least `from`, when given) before today less `days`. */
  | { readonly col: number; readonly kind: 'before'; readonly days: number; readonly from?: number }
  /** The cell is this text and not a number that reads as it: counted with SUMPRODUCT. */
  | { readonly col: number; readonly kind: 'text'; readonly text: string };

/** 0-based rows, first to last inclusive. */
export interface Run {
  readonly from: number;
  readonly to: number;
}

/** Where a count's ranges are: a sheet's cells, or a name over the rows of a sheet Riskbook rebuilds. */
export interface CountArea {
  /** The reference of one column over a run of rows. */
  column(col: number, run: Run): string;
}

/** A sheet Riskbook only writes beside (the register, a team's SoA or plan): its cells, by name. */
export function sheetArea(sheet: string): CountArea {
  return { column: (col, run) => sheetReference(sheet, rangeAddress(run.from, col, run.to - run.from + 1, 1, true)) };
}

/**
 * A sheet Riskbook rebuilds on every run, through a name over its rows `first`..`last` from column
 * A: a formula naming the sheet itself would break when the old sheet is deleted at the swap.
 */
export function namedArea(name: string, first: number, last: number): CountArea {
  return {
    column: (col, run) => {
      if (run.from === first && run.to === last) return `INDEX(${name},0,${col + 1})`;
      return `INDEX(${name},${run.from - first + 1},${col + 1}):INDEX(${name},${run.to - first + 1},${col + 1})`;
    },
  };
}

/** Consecutive rows as runs, in order; `bridge` says a row between two runs may join them (it can count for nothing). */
export function runsOf(rows: readonly number[], bridge: (row: number) => boolean = () => false): Run[] {
  // Rows usually come in order, one each: sorting and removing repeats is then needless work at
  // 50,000 risks.
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i]! > rows[i - 1]!;
  const sorted = ordered ? rows : [...new Set(rows)].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last.to + 1) {
      last.to = row;
      continue;
    }
    if (last && row > last.to + 1) {
      let gap = last.to + 1;
      while (gap < row && bridge(gap)) gap++;
      if (gap === row) {
        last.to = row;
        continue;
      }
    }
    runs.push({ from: row, to: row });
  }
  return runs;
}

export interface Count {
  readonly area: CountArea;
  readonly runs: readonly Run[];
  readonly where: readonly Criterion[];
}

function withoutWildcards(text: string): string {
  return text.replace(/[~*?]/g, (ch) => `~${ch}`);
}

function countifsCriteria(c: Criterion): string[] {
  switch (c.kind) {
    case 'is':
      return [formulaString(exactCriterion(c.text))];
    case 'isNot':
      return [formulaString(`<>${withoutWildcards(c.text)}`)];
    case 'blank':
      return ['""'];
    case 'matches':
      return [formulaString(c.pattern)];
    case 'before':
      return [`"<"&${today(c.days)}`, ...(c.from !== undefined ? [formulaString(`>=${c.from}`)] : [])];
    case 'text':
      // A programming error: a text condition makes the count a SUMPRODUCT.
      throw new Error('A text condition cannot be a COUNTIFS criterion');
  }
}

function today(days: number): string {
  return days === 0 ? 'TODAY()' : `(TODAY()-${days})`;
}

function sumproductFactor(c: Criterion, range: string): string {
  switch (c.kind) {
    case 'is':
    case 'text':
      return `(${range}=${formulaString(c.text)})`;
    case 'isNot':
      return `(${range}<>${formulaString(c.text)})`;
    case 'blank':
      return `(${range}="")`;
    case 'before':
      return `ISNUMBER(${range})*(${range}<${today(c.days)})${c.from !== undefined ? `*(${range}>=${c.from})` : ''}`;
    case 'matches':
      throw new Error('A pattern cannot be compared in SUMPRODUCT');
  }
}

/** The formula text (no leading `=`) of a count: one term per run, added. "0" over no rows. */
export function countText(count: Count): string {
  if (count.runs.length === 0) return '0';
  const asText = count.where.some((c) => c.kind === 'text');
  const terms = count.runs.map((run) => {
    if (asText) return `SUMPRODUCT(${count.where.map((c) => sumproductFactor(c, count.area.column(c.col, run))).join('*')})`;
    const pairs = count.where.flatMap((c) => countifsCriteria(c).map((crit) => `${count.area.column(c.col, run)},${crit}`));
    return `COUNTIFS(${pairs.join(',')})`;
  });
  return terms.join('+');
}

/** A figure as a sum of counts: each with a sign and, optionally, a factor (a 0/1 condition on today). */
export interface Term {
  readonly count: Count;
  readonly negative?: boolean;
  /** Formula text of a number the count is multiplied by, e.g. `(46279<TODAY()-365)`. */
  readonly factor?: string;
}

export function sumText(terms: readonly Term[]): string {
  const parts: string[] = [];
  for (const t of terms) {
    if (t.count.runs.length === 0) continue;
    const text = countText(t.count);
    const grouped = t.count.runs.length > 1 ? `(${text})` : text;
    const body = t.factor !== undefined ? `${t.factor}*${grouped}` : t.negative ? grouped : text;
    parts.push(`${t.negative ? '-' : parts.length > 0 ? '+' : ''}${body}`);
  }
  return parts.length === 0 ? '0' : parts.join('');
}

/**
 * The texts a column holds that mean one thing (a status that is Done, a Yes), each once in any
 * case, with the words a dropdown offers for it: the conditions "the cell says X". `values` are
 * the raw cells of the rows that mean it. A text too long for a criterion (Excel takes 255
 * characters) cannot be counted and is left out.
 */
export function spellings(values: Iterable<unknown>, words: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const w of words) if (!seen.has(w.toLowerCase())) seen.set(w.toLowerCase(), w);
  for (const v of values) {
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_CRITERION_TEXT) continue;
    if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  }
  return [...seen.values()];
}

/** Room under Excel's 255 characters for a criterion's operator and escapes. */
export const MAX_CRITERION_TEXT = 200;
