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
  const text = cellText(value).trim();
  switch (field) {
    case 'likelihood':
    case 'impact':
      // A level: a number, a word or a short "4 - Likely"; a sentence is not a level.
      return typeof value === 'number' || text.length <= 30;
    case 'owner':
      return typeof value === 'string' && hasLetter(text) && text.length <= 80;
    case 'controls':
      return true;
    default:
      return typeof value === 'string' && hasLetter(text);
  }
}

/**
 * How many of the risk's own fields hold a value that fits; C, I and A count as one impact.
 * Values `ignored` says are not the risk's (a legend typed across the columns) do not count.
 */
function fittingRiskFields(view: RowView, ignored: (value: CellValue) => boolean = () => false): number {
  const fitting = (field: string, as = field): boolean => {
    if (view.columnOf(field) === undefined) return false;
    const value = view.valueOf(field);
    return fits(as, value) && !ignored(value);
  };
  let n = STORY_FIELDS.filter((f) => fitting(f)).length;
  if (fitting('likelihood')) n++;
  if (IMPACT_FIELDS.some((f) => fitting(f, 'impact'))) n++;
  for (const f of ['owner', 'treatment', 'controls']) if (fitting(f)) n++;
  return n;
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

/** A totals row's label: "Total", "Totals:", "Grand total", "Total risks", "Summe", "Gesamt". */
function isTotalsText(text: string): boolean {
  return text.split(/\s+/).length <= 3 && /^(grand\s+|sub\s*-?)?(totals?|sum|summe|gesamt|insgesamt|totaal|totale|somme|suma|count)\b[\p{L}\s]*:?$/iu.test(text);
}

function ownTexts(view: RowView): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  view.cells.forEach((v, col) => {
    if (typeof v === 'string' && v.trim() !== '') out.push({ col, text: v.trim() });
  });
  return out;
}

/** At least two cells repeat their column's header, and they are most of the row's text. */
function isRepeatedHeader(view: RowView, texts: readonly { col: number; text: string }[]): boolean {
  const same = texts.filter(({ col, text }) => {
    const header = view.headers[col] ?? '';
    return header !== '' && mayNameAlike(header, text) && normalizeHeader(header) === normalizeHeader(text);
  }).length;
  return same >= 2 && same * 2 >= texts.length;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LAST_LETTER_OR_DIGIT = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u;

/**
 * A cheap test that two texts cannot normalise alike (header-words.ts `normalizeHeader`), so that
 * the risks of a long register are not normalised one cell at a time: normalising keeps every
 * letter and digit in order, lower-cased, and drops or spaces out everything else, so texts that
 * start or end with different letters never match. `&` and `#` become words: such texts are
 * always compared.
 */
function mayNameAlike(header: string, text: string): boolean {
  if (/[&#]/.test(header) || /[&#]/.test(text)) return true;
  const same = (pattern: RegExp): boolean => pattern.exec(header)?.[0].toLowerCase() === pattern.exec(text)?.[0].toLowerCase();
  return same(LETTER_OR_DIGIT) && same(LAST_LETTER_OR_DIGIT);
}

export function rowKind(view: RowView): RowKind {
  const filled = view.cells.map((v, col) => ({ v, col })).filter(({ v }) => !isBlankCell(v));
  const texts = ownTexts(view);
  const idCol = view.columnOf('id');
  const id = idCol === undefined ? null : view.valueOf('id');
  const riskFields = fittingRiskFields(view);
  // Nothing of its own (a row inside merges only repeats the row above), or only numbers outside
  // the risk's fields (formula leftovers in a template).
  if (filled.length === 0) return 'blank';
  if (texts.length === 0 && riskFields === 0 && (id === null || isBlankCell(id))) return 'blank';

  if (isRepeatedHeader(view, texts)) return 'repeated-header';
  const first = texts[0];
  const storyText = STORY_FIELDS.some((f) => {
    const col = view.columnOf(f);
    return col !== undefined && col !== first?.col && !isBlankCell(view.cells[col] ?? null);
  });
  if (first && isTotalsText(first.text) && !storyText) return 'totals';
  const aside = (value: CellValue): boolean => typeof value === 'string' && (isLegendText(value.trim()) || isInstructionText(value.trim()));
  if (texts.length > 0 && texts.every(({ text }) => aside(text)) && fittingRiskFields(view, aside) < 2) {
    return texts.some(({ text }) => isLegendText(text)) ? 'legend' : 'instructions';
  }
  if (filled.length === 1 && view.isBanner(filled[0]!.col)) return 'heading';

  if (id !== null && looksLikeId(id)) {
    const others = view.inputColumns.filter((col) => col !== idCol && !isBlankCell(view.cells[col] ?? null)).length;
    // Templates number their rows in advance: an id alone (beside the team's own notes) is an
    // empty row, not a risk.
    return others === 0 && riskFields === 0 ? 'blank' : 'risk';
  }
  if (riskFields >= 2) return 'risk';
  return texts.length === 1 && filled.length === 1 ? 'heading' : 'not-risk-like';
}
