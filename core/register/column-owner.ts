/**
 * Who a register column belongs to. Riskbook owns only what it made: a derived column (rating,
 * score, level, the cycle's marks) is Riskbook's when Riskbook appended it or a person handed it over in the mapping;
 * any other column a header names as a score or level is the team's own, read and compared but
 * never written, and never an input to Riskbook's formulas.
 *
 * The settings sheet records who set each column. Where there is no record (a workbook written by
 * an earlier version, or no settings sheet at all) a derived column is Riskbook's only when its
 * header is exactly Riskbook's label and every cell below it is empty or holds Riskbook's own
 * formula for its row: what it shows proves who made it, its name alone proves nothing.
 */
import { levelFormula, ratingFormula, scoreFormula } from '../formula/register-formulas';
import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import { cellText } from './cell-text';
import { minOf } from '../arrays';
import { isCycleMark } from '../cycle/cycle-words';
import { FIELD_LABELS, impactColumnsOf, isDerivedField } from './fields';
import type { ColumnMapping, ColumnSetBy, RegisterField } from './types';

/** How the settings sheet spells who set a column. */
export const SET_BY_TEXT: Readonly<Record<ColumnSetBy, string>> = { riskbook: 'Riskbook', person: 'person', detected: 'detected' };

export function parseSetBy(text: string): ColumnSetBy | null {
  const want = text.trim().toLowerCase();
  return (Object.keys(SET_BY_TEXT) as ColumnSetBy[]).find((k) => SET_BY_TEXT[k].toLowerCase() === want) ?? null;
}

export type Stage = 'inherent' | 'residual';
export type Kind = 'rating' | 'score' | 'level';

export const DERIVED: readonly { readonly field: RegisterField; readonly stage: Stage; readonly kind: Kind }[] = [
  { field: 'inherentRating', stage: 'inherent', kind: 'rating' },
  { field: 'inherentScore', stage: 'inherent', kind: 'score' },
  { field: 'inherentLevel', stage: 'inherent', kind: 'level' },
  { field: 'residualRating', stage: 'residual', kind: 'rating' },
  { field: 'residualScore', stage: 'residual', kind: 'score' },
  { field: 'residualLevel', stage: 'residual', kind: 'level' },
];

export function derivedOf(field: RegisterField): { readonly stage: Stage; readonly kind: Kind } | undefined {
  return DERIVED.find((d) => d.field === field);
}

/** The likelihood column and impact column(s) a stage is scored from; null when one is missing. */
export function stageInputs(mapping: ColumnMapping, stage: Stage): { l: number; i: number[] } | null {
  const l = stage === 'inherent' ? mapping.likelihood : mapping.residualLikelihood;
  const i = stage === 'inherent' ? impactColumnsOf(mapping) : mapping.residualImpact === undefined ? null : [mapping.residualImpact];
  return l === undefined || i === null ? null : { l, i };
}

function normalFormula(f: string): string {
  return f.replace(/[\s$]/g, '').toUpperCase();
}

/** Formulas compared the way a person reads them: case, `$` and spaces do not matter. */
export function sameFormula(a: string, b: string): boolean {
  return normalFormula(a) === normalFormula(b);
}

const hole = (k: string): string => `\uE000${k}\uE001`;
const HOLES = /\uE000(L|I\d+|S)\uE001/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test of whether a formula is Riskbook's own for a derived field in a given row: the rating
 * or score formula over the row's inputs, or the level formula over any cell of the row (a
 * version before this one built levels on whichever column held the score).
 */
export function riskbookFormulaTest(field: RegisterField, mapping: ColumnMapping): (row: number, formula: string) => boolean {
  const d = derivedOf(field);
  if (!d) return () => false;
  if (d.kind === 'level') {
    const template = escapeRegExp(normalFormula(levelFormula(hole('S'))));
    let first = true;
    const pattern = new RegExp(
      `^${template.replace(HOLES, () => {
        const part = first ? '([A-Z]{1,3})([0-9]+)' : '\\1\\2';
        first = false;
        return part;
      })}$`,
    );
    return (row, formula) => {
      const m = pattern.exec(normalFormula(formula));
      return m !== null && Number(m[2]) === row + 1;
    };
  }
  const inputs = stageInputs(mapping, d.stage);
  if (!inputs) return () => false;
  const build = d.kind === 'rating' ? ratingFormula : scoreFormula;
  // Each input is the row's own cell or, where the team merged it down over several risks, a cell
  // above in the same column (the merge's top-left, which holds the value).
  const template = escapeRegExp(normalFormula(build(hole('L'), inputs.i.map((_, k) => hole(`I${k}`)))));
  const pattern = new RegExp(
    `^${template.replace(HOLES, (_, k: string) => `${columnLetter(k === 'L' ? inputs.l : inputs.i[Number(k.slice(1))]!)}([0-9]+)`)}$`,
  );
  return (row, formula) => {
    const m = pattern.exec(normalFormula(formula));
    return m !== null && m.slice(1).every((r) => Number(r) <= row + 1 && Number(r) >= 1);
  };
}

function isEmpty(sheet: SheetSnapshot, row: number, col: number): boolean {
  const f = formulaAt(sheet, row, col);
  const v = cellAt(sheet, row, col);
  return (f === null || f === '') && (v === null || v === '');
}

/**
 * Whether a derived field's column shows that Riskbook made it: its header is exactly Riskbook's
 * label, and every cell below holds Riskbook's own formula for its row or nothing. An empty one
 * counts too: it is what a run stopped after writing its headers and before its formulas and
 * settings leaves (the next run must finish it, not append a second set), and an empty column
 * holds nothing a person typed that a formula could replace.
 */
export function madeByRiskbook(sheet: SheetSnapshot, headerRow: number, col: number, field: RegisterField, mapping: ColumnMapping): boolean {
  if (cellText(cellAt(sheet, headerRow, col)).trim() !== FIELD_LABELS[field]) return false;
  const ours = riskbookFormulaTest(field, mapping);
  const rows = usedRowCount(sheet);
  for (let row = headerRow + 1; row < rows; row++) {
    if (isEmpty(sheet, row, col)) continue;
    const f = formulaAt(sheet, row, col);
    // The cycle's column holds Riskbook's marks as values, not formulas (core/cycle).
    if (field === 'cycleChange' && (f === null || f === '') && isCycleMark(cellText(cellAt(sheet, row, col)))) continue;
    if (f === null || f === '' || !ours(row, f)) return false;
  }
  return true;
}

/**
 * The input columns Riskbook appends where a register has none (residual ratings, the risk
 * owner's sign-off): people fill them in, Riskbook never writes them.
 */
export const APPENDED_INPUTS: ReadonlySet<RegisterField> = new Set(['residualLikelihood', 'residualImpact', 'approvedBy', 'approvalDate', 'acceptanceRationale']);

/** Whether the column below the header holds nothing at all. */
function emptyBelow(sheet: SheetSnapshot, headerRow: number, col: number): boolean {
  const rows = usedRowCount(sheet);
  for (let row = headerRow + 1; row < rows; row++) if (!isEmpty(sheet, row, col)) return false;
  return true;
}

export interface SettledColumns {
  /** Input fields as given; derived fields only where the column is Riskbook's or a person's. */
  readonly mapping: ColumnMapping;
  /** Who set each mapped column; detected ones are absent. */
  readonly setBy: Partial<Record<RegisterField, ColumnSetBy>>;
  /** The team's own derived columns. */
  readonly teamColumns: ColumnMapping;
  /** Further columns a header names as a derived field that already has both: left as user columns. */
  readonly leftOver: readonly { readonly field: RegisterField; readonly first: number; readonly second: number }[];
}

export interface ColumnsToSettle {
  /** A field's column, as saved or detected. */
  readonly mapping: ColumnMapping;
  /** Who set a column, where the settings sheet says so. */
  readonly setBy?: Partial<Record<RegisterField, ColumnSetBy>>;
  /** The team's columns the settings sheet remembers. */
  readonly teamColumns?: ColumnMapping;
  /** Every column whose header names a derived field, in column order. */
  readonly candidates?: Partial<Record<RegisterField, readonly number[]>>;
}

/**
 * Sorts a register's derived columns into Riskbook's (written) and the team's (read, compared).
 * A column someone set keeps its owner; a column with no record is Riskbook's only when
 * `madeByRiskbook`. A derived field keeps at most one column of each owner.
 */
export function settleColumns(sheet: SheetSnapshot, headerRow: number, given: ColumnsToSettle): SettledColumns {
  const mapping: ColumnMapping = {};
  const setBy: Partial<Record<RegisterField, ColumnSetBy>> = {};
  const teamColumns: ColumnMapping = {};
  const leftOver: { field: RegisterField; first: number; second: number }[] = [];
  const inputs: ColumnMapping = {};
  for (const [field, col] of Object.entries(given.mapping) as [RegisterField, number][]) if (!isDerivedField(field)) inputs[field] = col;

  // Columns Riskbook shows it made, with no record of them: what a run that stopped early left.
  const claimedByLooks: number[] = [];
  for (const [field, col] of Object.entries(given.mapping) as [RegisterField, number][]) {
    const who = given.setBy?.[field];
    if (!isDerivedField(field)) {
      mapping[field] = col;
      if (who === 'riskbook' || who === 'person') setBy[field] = who;
    } else if (who === 'riskbook' || who === 'person') {
      mapping[field] = col;
      setBy[field] = who;
    } else if (who === undefined && madeByRiskbook(sheet, headerRow, col, field, inputs)) {
      mapping[field] = col;
      setBy[field] = 'riskbook';
      claimedByLooks.push(col);
    } else teamColumns[field] = col;
  }
  // An input column such a run appended among its own columns is Riskbook's too: right of one
  // that shows Riskbook made it, under Riskbook's exact label, with nothing typed in it yet.
  const firstClaimed = claimedByLooks.length > 0 ? minOf(claimedByLooks) : Infinity;
  for (const [field, col] of Object.entries(given.mapping) as [RegisterField, number][]) {
    if (!APPENDED_INPUTS.has(field) || given.setBy?.[field] !== undefined || col <= firstClaimed) continue;
    if (cellText(cellAt(sheet, headerRow, col)).trim() === FIELD_LABELS[field] && emptyBelow(sheet, headerRow, col)) setBy[field] = 'riskbook';
  }
  const claimed = new Set<number>([...Object.values(mapping), ...Object.values(teamColumns)]);
  for (const [field, col] of Object.entries(given.teamColumns ?? {}) as [RegisterField, number][]) {
    if (!isDerivedField(field) || teamColumns[field] !== undefined || claimed.has(col)) continue;
    teamColumns[field] = col;
    claimed.add(col);
  }
  for (const [field, cols] of Object.entries(given.candidates ?? {}) as [RegisterField, readonly number[]][]) {
    if (!isDerivedField(field)) continue;
    for (const col of cols) {
      if (claimed.has(col)) continue;
      claimed.add(col);
      // A column Riskbook made is never the team's, even when the field has another column now.
      const made = madeByRiskbook(sheet, headerRow, col, field, inputs);
      if (made && mapping[field] === undefined) {
        mapping[field] = col;
        setBy[field] = 'riskbook';
      } else if (!made && teamColumns[field] === undefined) teamColumns[field] = col;
      else leftOver.push({ field, first: mapping[field] ?? teamColumns[field]!, second: col });
    }
  }
  return { mapping, setBy, teamColumns, leftOver };
}
