/**
 * Which rows below a register's header hold risks. Registers carry more than risks between their
 * first and last row: legends ("Likelihood: 1 = Rare, 5 = Almost certain"), instructions, section
 * headings, a header repeated after a page break, a totals row. A row is a risk when it has an id,
 * or when at least two of the risk's own fields hold values that fit them; everything else that
 * holds text is skipped and said so in `map`, never read as a risk with a dozen missing fields.
 */
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import { cellText, isBlankCell } from './cell-text';
import { normalizeHeader } from './fields';

/** Why a row that holds text is not read as a risk. */
export type SkipReason = 'legend' | 'instructions' | 'heading' | 'repeated-header' | 'totals' | 'not-risk-like';

/** `blank`: nothing to read and nothing to say (empty, numbered in advance, numbers only). */
export type RowKind = 'blank' | 'risk' | SkipReason;

export interface RowView {
  /**
   * The row's own cells across the table, by 0-based column. Formula results in the team's other
   * columns are left out: a template fills those on empty rows too.
   */
  readonly cells: readonly CellValue[];
  /** The 0-based columns of the fields a person types in (every mapped field but derived ones). */
  readonly inputColumns: readonly number[];
  /** The header text of each column of the table. */
  readonly headers: readonly string[];
  /** The 0-based column of a field, undefined when the register has none. */
  columnOf(field: string): number | undefined;
  /** What a field's cell stands for on this row: its own value, or the value of a merge over it. */
  valueOf(field: string): CellValue;
  /** Whether a cell is the top-left of a merge spanning several columns (a banner). */
  isBanner(col: number): boolean;
}

const STORY_FIELDS = ['threat', 'vulnerability', 'description', 'title'] as const;
const IMPACT_FIELDS = ['impact', 'impactC', 'impactI', 'impactA'] as const;
const OTHER_RISK_FIELDS = ['owner', 'treatment', 'controls'] as const;

const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/**
 * An id looks like one: a number, or a short code holding a digit (`R-12`, `RSK 0042`), or a
 * single upper-case token (`HR-A`). `Operational risks` typed in the id column is a heading.
 */
export function looksLikeId(value: CellValue): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (text === '' || text.length > 20) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length > 2) return false;
  return /\d/.test(text) || (tokens.length === 1 && /^[\p{Lu}\d][\p{Lu}\d._\-/]*$/u.test(text));
}

/** Whether a field's value is the kind of value that field holds. Error values stand for one. */
function fits(field: string, value: CellValue): boolean {
  if (isBlankCell(value)) return false;
  if (isCellError(value)) return true;
  // The text is worked out only where it is looked at: every cell of a register comes through here.
  switch (field) {
    case 'likelihood':
    case 'impact':
      // A level: a number, a word or a short "4 - Likely"; a sentence is not a level.
      return typeof value === 'number' || cellText(value).trim().length <= 30;
    case 'owner': {
      if (typeof value !== 'string') return false;
      return hasLetter(value) && value.trim().length <= 80;
    }
    case 'controls':
      return true;
    default:
      // Trimming takes no letter away.
      return typeof value === 'string' && hasLetter(value);
  }
}

/**
 * How many of the risk's own fields hold a value that fits; C, I and A count as one impact.
 * Values `ignored` says are not the risk's (a legend typed across the columns) do not count.
 * Loops over the fields rather than a filtered array each: every row of a register comes
 * through here, some rows twice.
 */
function fittingRiskFields(view: RowView, ignored?: (value: CellValue) => boolean): number {
  let n = 0;
  for (const f of STORY_FIELDS) if (fitting(view, f, f, ignored)) n++;
  if (fitting(view, 'likelihood', 'likelihood', ignored)) n++;
  for (const f of IMPACT_FIELDS) {
    if (fitting(view, f, 'impact', ignored)) {
      n++;
      break;
    }
  }
  for (const f of OTHER_RISK_FIELDS) if (fitting(view, f, f, ignored)) n++;
  return n;
}

/** A field of the risk holds a value that fits it `as` one kind of field, and not one `ignored`. */
function fitting(view: RowView, field: string, as: string, ignored: ((value: CellValue) => boolean) | undefined): boolean {
  if (view.columnOf(field) === undefined) return false;
  const value = view.valueOf(field);
  return fits(as, value) && !(ignored?.(value) ?? false);
}

/** Keys and scales: "1 = Rare, 5 = Almost certain", "H = High; M = Medium", "Legend:", "Key". */
function isLegendText(text: string): boolean {
  if (/^(legend|key|scale|scales|rating scale|scoring|scoring key|legende|légende|leyenda|legenda)\s*:?$/iu.test(text)) return true;
  const pairs = text.match(/(^|[\s,;(:/])[\p{L}\p{N}+.]{1,12}\s*(=|:=|→|->)\s*\p{L}/gu) ?? [];
  return pairs.length >= 2;
}

/** Instructions to whoever fills the sheet in, in the languages registers are kept in. */
function isInstructionText(text: string): boolean {
  return (
    /^(instructions?|guidance|how to|please|hinweise?|anleitung|bitte|consignes?|instrucciones|instruções|istruzioni|instructies)\b/iu.test(text) ||
    /^(note|notes|nb|nota|remarque|n\.b\.)\s*:/iu.test(text) ||
    // Imperatives that also begin risks ("Complete loss of power") count only with what they address.
    /\b(one row per|(this|the) (sheet|template|tab|register|table|column|dropdown)s?\b|from the (list|dropdown))/iu.test(text)
  );
}

const TOTALS_LABEL = /^(grand\s+|sub\s*-?)?(totals?|sum|summe|gesamt|insgesamt|totaal|totale|somme|suma|count)\b[\p{L}\s]*:?$/iu;

/** A totals row's label: "Total", "Totals:", "Grand total", "Total risks", "Summe", "Gesamt". */
function isTotalsText(text: string): boolean {
  return TOTALS_LABEL.test(text) && text.split(/\s+/).length <= 3;
}


/** The row's own text in a column, trimmed; '' when it holds none. */
function ownText(view: RowView, col: number): string {
  const v = view.cells[col];
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * The row's own texts, counted, with the column of the first: every row of a register comes
 * through here, so the texts are read where they are, not gathered into an array per row.
 */
function ownTexts(view: RowView): { count: number; firstCol: number } {
  let count = 0;
  let firstCol = -1;
  for (let col = 0; col < view.cells.length; col++) {
    if (ownText(view, col) === '') continue;
    if (count++ === 0) firstCol = col;
  }
  return { count, firstCol };
}

/** Every text of the row passes `test` (true for a row without text). */
function everyText(view: RowView, test: (text: string) => boolean): boolean {
  for (let col = 0; col < view.cells.length; col++) {
    const text = ownText(view, col);
    if (text !== '' && !test(text)) return false;
  }
  return true;
}

/** What a header is compared by, worked out once per header row rather than once per risk. */
interface HeaderKey {
  readonly normalized: string;
  /** First and last letter or digit, lower-cased ('' when it has none). */
  readonly first: string;
  readonly last: string;
  /** It holds `&` or `#`, which normalising turns into words: always compared in full. */
  readonly words: boolean;
}

const HEADER_KEYS = new WeakMap<readonly string[], readonly (HeaderKey | null)[]>();

function headerKeys(headers: readonly string[]): readonly (HeaderKey | null)[] {
  let keys = HEADER_KEYS.get(headers);
  if (!keys) {
    keys = headers.map((h) => (h === '' ? null : { normalized: normalizeHeader(h), first: firstLetter(h), last: lastLetter(h), words: WORD_SIGNS.test(h) }));
    HEADER_KEYS.set(headers, keys);
  }
  return keys;
}

/** At least two cells repeat their column's header, and they are at least half of the row's texts (`texts` of them). */
function isRepeatedHeader(view: RowView, texts: number): boolean {
  const keys = headerKeys(view.headers);
  let same = 0;
  for (let col = 0; col < view.cells.length; col++) {
    const header = keys[col];
    if (!header) continue;
    const text = ownText(view, col);
    if (text !== '' && mayNameAlike(header, text) && header.normalized === normalizeHeader(text)) same++;
  }
  return same >= 2 && same * 2 >= texts;
}

const WORD_SIGNS = /[&#]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LAST_LETTER_OR_DIGIT = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u;

/**
 * The first letter or digit of a text, lower-cased; '' when it has none. Every cell of a long
 * register comes here: ASCII is read character by character, and the Unicode expression is run
 * only from the first character outside ASCII.
 */
export function firstLetter(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return LETTER_OR_DIGIT.exec(text)?.[0].toLowerCase() ?? '';
    if (isAsciiLetterOrDigit(c)) return asciiLower(c);
  }
  return '';
}

/** The last letter or digit of a text, lower-cased; '' when it has none. Read as `firstLetter`, from the end. */
export function lastLetter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return LAST_LETTER_OR_DIGIT.exec(text)?.[0].toLowerCase() ?? '';
    if (isAsciiLetterOrDigit(c)) return asciiLower(c);
  }
  return '';
}

/** The only letters and digits (`\p{L}`, `\p{N}`) below 0x80. */
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** One-character strings below 0x100 are V8's own, so this allocates nothing. */
function asciiLower(c: number): string {
  return String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
}

/**
 * A cheap test that a text and a header cannot normalise alike (header-words.ts
 * `normalizeHeader`), so that the risks of a long register are not normalised one cell at a
 * time: normalising keeps every letter and digit in order, lower-cased, and drops or spaces out
 * everything else, so texts that start or end with different letters never match. `&` and `#`
 * become words: such texts are always compared.
 */
function mayNameAlike(header: HeaderKey, text: string): boolean {
  if (header.words || WORD_SIGNS.test(text)) return true;
  return header.first === firstLetter(text) && header.last === lastLetter(text);
}

const isAside = (value: CellValue): boolean => {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return isLegendText(text) || isInstructionText(text);
};

export function rowKind(view: RowView): RowKind {
  const cells = view.cells;
  let filled = 0;
  let firstFilled = -1;
  for (let col = 0; col < cells.length; col++) {
    if (isBlankCell(cells[col])) continue;
    if (filled++ === 0) firstFilled = col;
  }
  // Nothing of its own (a row inside merges only repeats the row above), or only numbers outside
  // the risk's fields (formula leftovers in a template).
  if (filled === 0) return 'blank';
  const texts = ownTexts(view);
  const idCol = view.columnOf('id');
  const id = idCol === undefined ? null : view.valueOf('id');
  const riskFields = fittingRiskFields(view);
  if (texts.count === 0 && riskFields === 0 && (id === null || isBlankCell(id))) return 'blank';

  if (isRepeatedHeader(view, texts.count)) return 'repeated-header';
  if (texts.count > 0 && isTotalsText(ownText(view, texts.firstCol)) && !hasStoryBesides(view, texts.firstCol)) return 'totals';
  if (texts.count > 0 && everyText(view, isAside) && fittingRiskFields(view, isAside) < 2) {
    return everyText(view, (text) => !isLegendText(text)) ? 'instructions' : 'legend';
  }
  if (filled === 1 && view.isBanner(firstFilled)) return 'heading';

  if (id !== null && looksLikeId(id)) {
    // Templates number their rows in advance: an id alone (beside the team's own notes) is an
    // empty row, not a risk.
    if (riskFields > 0) return 'risk';
    for (const col of view.inputColumns) if (col !== idCol && !isBlankCell(cells[col] ?? null)) return 'risk';
    return 'blank';
  }
  if (riskFields >= 2) return 'risk';
  return texts.count === 1 && filled === 1 ? 'heading' : 'not-risk-like';
}

/** A story field other than the one at `col` holds something. */
function hasStoryBesides(view: RowView, col: number): boolean {
  return STORY_FIELDS.some((f) => {
    const at = view.columnOf(f);
    return at !== undefined && at !== col && !isBlankCell(view.cells[at] ?? null);
  });
}
