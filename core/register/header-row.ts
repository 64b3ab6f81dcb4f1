/**
 * Reading one candidate header row: which column holds which field, and how each was recognised.
 * Registers often group their columns under a merged banner (`Inherent risk` over Likelihood |
 * Impact | Score, `Information Security` over C | I | A), so a header is read with its group:
 * "Probability" under "Residual risk" is the residual likelihood. Where several columns name one
 * field, the one that names it outright wins ("Risk owner" over "Owner" over "Asset owner"); a
 * plain "Review Date" beside "Last Reviewed" is the next review. Only columns of equal standing
 * are ambiguous.
 */
import type { SheetSnapshot } from '../workbook/snapshot';
import { PAIRED_FIELDS, WHEN_OUTRANKED } from './header-vocabulary';
import { headerLayout } from './header-layout';
import type { HeaderRead, Strength } from './header-words';
import { TO_RESIDUAL, ciaLettersIn, dimensionOfLetter, isImpactGroup, normalizeHeader, outranks, readText, senseOfKey, stageOf } from './header-words';
import type { ColumnMapping, HeaderHow, RegisterField } from './types';

export interface Ambiguity {
  readonly field: RegisterField;
  /** 0-based columns: the one used, and the one left as a user column. */
  readonly first: number;
  readonly second: number;
}

/** How a column that names a field was read. */
export interface ColumnReading {
  readonly col: number;
  readonly field: RegisterField;
  readonly how: HeaderHow;
  readonly strength: Strength;
  /** The header names a stage's risk without saying score or level (see `HeaderSense.loose`). */
  readonly loose?: boolean;
  /**
   * What the reading rests on, when it is not exact: the note left out (`(1-5)`), the group
   * label, or for `priority` the 0-based column that names the other field outright.
   */
  readonly detail?: string | number;
}

/** A column that names a field another column names more plainly: left as the team's column. */
export interface PassedOver {
  readonly col: number;
  readonly field: RegisterField;
  /** The 0-based column used for the field. */
  readonly by: number;
}

export interface HeaderRowMatch {
  readonly row: number;
  /** Header text per column, '' where blank (a header spanning two rows counts in the lower one). */
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly ambiguities: readonly Ambiguity[];
  /** Number of distinct fields found. */
  readonly score: number;
  /** How each mapped or ambiguous column was read, in column order. */
  readonly readings: readonly ColumnReading[];
  readonly passedOver: readonly PassedOver[];
  /** 0-based row of the banner above, when the header spans two rows. */
  readonly bannerRow: number | null;
}

/** Header text of every column of a row, up to its last non-blank cell. */
export function headerTexts(sheet: SheetSnapshot, row: number): string[] {
  return headerLayout(sheet, row).cells.map((c) => c.text);
}

/**
 * What a header names read with the banner over it. The two read together win ("Owner" under
 * "Asset" is the asset owner, "Level" under "Residual risk" the residual level), except where the
 * header carries its own stage word; a likelihood, impact, score or level under a stage group
 * takes the group's stage; a single letter under an impact group is an impact dimension.
 */
function readWithGroup(text: string, group: string, letters: ReadonlyMap<string, RegisterField>): HeaderRead | null {
  const alone = readText(text, letters);
  const groupKey = normalizeHeader(group);
  if (groupKey === '' || groupKey === normalizeHeader(text)) return alone;
  const together = senseOfKey(`${groupKey} ${normalizeHeader(text)}`, false) ?? senseOfKey(`${normalizeHeader(text)} ${groupKey}`, false);
  if (together && (!alone || alone.sense.stage === null || together.field === alone.sense.field)) {
    return together.field === alone?.sense.field ? { ...alone, sense: together } : { sense: together, how: 'group', detail: group };
  }
  if (alone) {
    const stage = stageOf(groupKey);
    const residual = TO_RESIDUAL[alone.sense.field];
    if (alone.sense.stage === null && residual && stage === 'residual') return { sense: { ...alone.sense, field: residual, stage }, how: 'group', detail: group };
    if (alone.sense.stage === null && residual && stage === 'current') return { sense: { ...alone.sense, strength: 'generic', stage }, how: 'group', detail: group };
    return alone;
  }
  const letter = dimensionOfLetter(normalizeHeader(text));
  if (letter && isImpactGroup(groupKey)) return { sense: { field: letter, strength: 'outright', stage: null }, how: 'group', detail: group };
  return null;
}

/**
 * Whether reading `a` outranks `b` for a field: a stronger word ("Risk owner" over "Owner"), or for
 * a likelihood or impact one that says its stage ("(Total Inherent) Likelihood" over a bare
 * "Likelihood"). Derived columns of one strength are left to `column-owner.ts`, which tells
 * Riskbook's from the team's.
 */
function ranksAbove(field: RegisterField, a: HeaderRead, b: HeaderRead): boolean {
  if (a.sense.strength !== b.sense.strength) return outranks(a.sense.strength, b.sense.strength);
  return STAGED_INPUTS.has(field) && a.sense.stage !== null && b.sense.stage === null;
}

/** Likelihood and impact fields, whose columns may or may not say their stage. */
const STAGED_INPUTS: ReadonlySet<RegisterField> = new Set(['likelihood', 'impact', 'residualLikelihood', 'residualImpact']);

/** Among columns naming a paired field equally plainly, the one beside its partner's column is used. */
function preferBesidePartner(mapping: ColumnMapping, ambiguities: Ambiguity[]): void {
  for (const [field, partner] of Object.entries(PAIRED_FIELDS) as [RegisterField, RegisterField][]) {
    const at = mapping[partner];
    const mine = ambiguities.filter((a) => a.field === field);
    if (at === undefined || mine.length === 0) continue;
    const cols = [mine[0]!.first, ...mine.map((a) => a.second)];
    const nearest = cols.reduce((b, c) => (Math.abs(c - at) < Math.abs(b - at) ? c : b));
    if (nearest === mapping[field]) continue;
    mapping[field] = nearest;
    const rest = cols.filter((c) => c !== nearest);
    ambiguities.splice(0, ambiguities.length, ...ambiguities.filter((a) => a.field !== field), ...rest.map((c) => ({ field, first: nearest, second: c })));
  }
}

export function matchHeaderRow(sheet: SheetSnapshot, row: number): HeaderRowMatch {
  const layout = headerLayout(sheet, row);
  const headers = layout.cells.map((c) => c.text);
  const letters = ciaLettersIn(headers.map(normalizeHeader));
  const reads: { col: number; read: HeaderRead }[] = [];
  layout.cells.forEach((cell, col) => {
    if (cell.text === '') return;
    const read = readWithGroup(cell.text, cell.group, letters);
    if (read) reads.push({ col, read });
  });

  const mapping: ColumnMapping = {};
  const ambiguities: Ambiguity[] = [];
  const readings: ColumnReading[] = [];
  const passedOver: PassedOver[] = [];
  const outranked: PassedOver[] = [];
  const byField = new Map<RegisterField, { col: number; read: HeaderRead }[]>();
  for (const r of reads) byField.set(r.read.sense.field, [...(byField.get(r.read.sense.field) ?? []), r]);

  const reading = (col: number, field: RegisterField, read: HeaderRead): ColumnReading => ({
    col,
    field,
    how: read.sense.strength === 'fallback' ? 'fallback' : read.how,
    strength: read.sense.strength,
    ...(read.detail !== undefined && read.sense.strength !== 'fallback' ? { detail: read.detail } : {}),
    ...(read.sense.loose ? { loose: true } : {}),
  });
  for (const [field, cols] of byField) {
    const best = cols.reduce((b, c) => (ranksAbove(field, c.read, b.read) ? c : b));
    for (const c of cols) {
      if (ranksAbove(field, best.read, c.read)) outranked.push({ col: c.col, field, by: best.col });
      else if (mapping[field] === undefined) mapping[field] = c.col;
      else ambiguities.push({ field, first: mapping[field]!, second: c.col });
      if (!ranksAbove(field, best.read, c.read)) readings.push(reading(c.col, field, c.read));
    }
  }
  // A column outranked for its field names another where the vocabulary says so, if that one is free.
  for (const o of outranked.sort((a, b) => a.col - b.col)) {
    const instead = WHEN_OUTRANKED[o.field];
    if (instead !== undefined && mapping[instead] === undefined) {
      mapping[instead] = o.col;
      readings.push({ col: o.col, field: instead, how: 'priority', strength: 'generic', detail: o.by });
    } else passedOver.push(o);
  }
  preferBesidePartner(mapping, ambiguities);
  readings.sort((a, b) => a.col - b.col);
  ambiguities.sort((a, b) => a.second - b.second);
  return { row, headers, mapping, ambiguities, score: Object.keys(mapping).length, readings, passedOver, bannerRow: layout.bannerRow };
}
