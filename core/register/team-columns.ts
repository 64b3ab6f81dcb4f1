/**
 * The team's own score, level and rating columns, read and compared with what the methodology
 * gives; never written. A cell that says the same as the method, or nothing, is fine, and so is
 * any cell where the method gives nothing. A risk whose cells say something else on the method's
 * own scale, or a few values off it, is reported once per stage (inherent, residual), at its first
 * such cell, and when more than one risk disagrees one summary names them all. A column that holds
 * mostly values from another scale (the team's own band names, scores the method cannot give) is
 * reported once, at its header, and not cell by cell: comparing two scales word by word would
 * only produce noise.
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { ratingKey } from '../formula/register-formulas';
import { bandFor, reachableScores, scoreFor } from '../methodology/scoring';
import type { Methodology } from '../methodology/types';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, isCellError } from '../workbook/snapshot';
import { cellText, isBlankCell } from './cell-text';
import type { Kind, Stage } from './column-owner';
import { DERIVED, derivedOf } from './column-owner';
import { FIELD_LABELS } from './fields';
import type { LevelRef, RegisterField, RegisterLocation, Risk } from './types';
import { maxOf, minOf } from '../arrays';

/** What the methodology gives for a risk: a rating key, a score or a band name; null when it gives nothing. */
export function methodValue(m: Methodology, kind: Kind, l: LevelRef | null, i: LevelRef | null): string | number | null {
  if (!l || !i) return null;
  if (kind === 'rating') return ratingKey(l.index, i.index);
  const score = scoreFor(m, l.index, i.index);
  if (kind === 'score') return score;
  return bandFor(m, score)?.name ?? null;
}

/** A team's cell read on the method's scale: a comparable key, or null when it is off that scale. */
type Reader = (value: CellValue) => string | null;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/;
const RATING = /^L(\d+)\s*\/\s*I(\d+)$/i;
const HASH = 0x23;

/**
 * An error value, or text that spells one: Google Sheets hands out an error typed into a cell
 * as its text, Excel and .xlsx files as an error. Either is the same cell to a person.
 */
export function errorText(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  if (typeof value !== 'string') return null;
  // Every team cell of every risk is asked: only text that starts with `#` is upper-cased to look.
  const trimmed = value.trim();
  if (trimmed.charCodeAt(0) !== HASH) return null;
  const text = trimmed.toUpperCase();
  return ERROR_TEXT.test(text) ? text : null;
}

function scaleOf(m: Methodology, kind: Kind): { read: Reader; words: string; describe: string } {
  if (kind === 'score') {
    const reachable = new Set(reachableScores(m));
    const all = [...reachable];
    return {
      read: (v) => {
        const text = typeof v === 'number' ? '' : cellText(v).trim();
        const n = typeof v === 'number' ? v : NUMBER.test(text) ? Number(text) : NaN;
        return reachable.has(n) ? String(n) : null;
      },
      words: 'scores',
      describe: all.length > 0 ? `${minOf(all)} to ${maxOf(all)}` : 'none',
    };
  }
  if (kind === 'level') {
    const names = new Map(m.bands.map((b) => [b.name.trim().toLowerCase(), b.name]));
    return {
      // A team that numbers its levels (1 to 3) may hold them as numbers.
      read: (v) => {
        const text = typeof v === 'string' || typeof v === 'number' ? String(v).trim().toLowerCase() : '';
        return names.has(text) ? text : null;
      },
      words: 'levels',
      describe: m.bands.map((b) => b.name).join(', '),
    };
  }
  const l = m.likelihood.length;
  const i = m.impact.length;
  return {
    read: (v) => {
      const k = RATING.exec(cellText(v).trim());
      if (!k) return null;
      const [a, b] = [Number(k[1]), Number(k[2])];
      return a >= 1 && a <= l && b >= 1 && b <= i ? ratingKey(a - 1, b - 1).toLowerCase() : null;
    },
    words: 'ratings',
    describe: `${ratingKey(0, 0)} to ${ratingKey(l - 1, i - 1)}`,
  };
}

function keyOf(expected: string | number): string {
  return typeof expected === 'number' ? String(expected) : expected.toLowerCase();
}

const SHOWN_VALUES = 3;
/** Rows a summary names before "and N more". */
const SHOWN_ROWS = 5;

/** A team's cell that says something else than the method, on the method's own scale. */
export interface TeamDisagreement {
  readonly risk: Risk;
  readonly stage: Stage;
  readonly field: RegisterField;
  readonly col: number;
  readonly header: string;
  readonly value: string;
  readonly expected: string | number;
}

export interface TeamComparison {
  /** Risks with at least one team cell the method gives a value to compare with. */
  readonly compared: readonly Risk[];
  /** The first disagreeing cell of each risk and stage, in row order. */
  readonly disagreements: readonly TeamDisagreement[];
  /** Columns that hold values of another scale, compared as a whole instead of cell by cell. */
  readonly foreign: readonly { readonly field: RegisterField; readonly col: number; readonly header: string; readonly values: readonly string[] }[];
}

/**
 * The team's own derived columns against the method. `skip` names columns compared elsewhere
 * (the inferred method's finding reports a score column no rule reproduces, once).
 */
export function compareTeamColumns(
  sheet: SheetSnapshot,
  location: RegisterLocation,
  risks: readonly Risk[],
  m: Methodology,
  skip: ReadonlySet<RegisterField> = new Set(),
): TeamComparison {
  const columns = DERIVED.flatMap((d) => {
    const col = location.teamColumns?.[d.field];
    return col === undefined || skip.has(d.field) ? [] : [{ ...d, col, header: cellText(cellAt(sheet, location.headerRow, col)).trim(), scale: scaleOf(m, d.kind) }];
  });
  const foreign: TeamComparison['foreign'][number][] = [];
  for (const c of columns) {
    const values: string[] = [];
    let filled = 0;
    let off = 0;
    for (const risk of risks) {
      const v = cellAt(sheet, risk.row, c.col);
      if (isBlankCell(v) || errorText(v) !== null) continue;
      filled++;
      if (c.scale.read(v) !== null) continue;
      off++;
      const text = cellText(v).trim();
      if (!values.includes(text)) values.push(text);
    }
    // Another scale is most of the column; a few values off the method's scale are rows that disagree.
    if (off > 0 && off * 2 > filled) foreign.push({ field: c.field, col: c.col, header: c.header, values });
  }
  const compared: Risk[] = [];
  const disagreements: TeamDisagreement[] = [];
  const onScale = columns.filter((c) => !foreign.some((f) => f.col === c.col));
  if (onScale.length === 0) return { compared, disagreements, foreign };
  // Each stage's columns picked once, not per risk and stage: every risk comes through here.
  const stages = (['inherent', 'residual'] as const).map((stage) => ({ stage, columns: onScale.filter((x) => x.stage === stage) }));
  for (const risk of risks) {
    let seen = false;
    for (const { stage, columns: ofStage } of stages) {
      if (ofStage.length === 0) continue;
      const inherent = stage === 'inherent';
      const l = inherent ? risk.likelihood : risk.residualLikelihood;
      const i = inherent ? risk.impact : risk.residualImpact;
      for (const c of ofStage) {
        const v = cellAt(sheet, risk.row, c.col);
        const expected = methodValue(m, c.kind, l, i);
        // A blank, or a cell the method gives nothing for (its missing or off-scale input is
        // reported already), is no disagreement.
        if (isBlankCell(v) || expected === null) continue;
        seen = true;
        const error = errorText(v);
        if (error === null && c.scale.read(v) === keyOf(expected)) continue;
        disagreements.push({ risk, stage, field: c.field, col: c.col, header: c.header, value: error ?? cellText(v).trim(), expected });
        // One finding per risk and stage: a level that follows a differing score is the same cause.
        break;
      }
    }
    if (seen) compared.push(risk);
  }
  return { compared, disagreements, foreign };
}

/** "A, B, C and 4 more": the first `shown` names, and how many others. */
export function someOf(names: readonly string[], shown: number): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

function riskName(risk: Risk): string {
  return risk.id !== '' ? risk.id : `Row ${risk.row + 1}`;
}

/** Findings about the team's own derived columns, against the method. */
export function teamColumnFindings(
  sheet: SheetSnapshot,
  location: RegisterLocation,
  risks: readonly Risk[],
  m: Methodology,
  skip: ReadonlySet<RegisterField> = new Set(),
): Finding[] {
  const { compared, disagreements, foreign } = compareTeamColumns(sheet, location, risks, m, skip);
  const out: Finding[] = [];
  for (const f of foreign) {
    const kind = derivedOf(f.field)!.kind;
    const scale = scaleOf(m, kind);
    const shown = f.values.slice(0, SHOWN_VALUES).map((t) => `"${t}"`);
    if (f.values.length > SHOWN_VALUES) shown.push(`and ${f.values.length - SHOWN_VALUES} more`);
    out.push(
      finding('register-team-column-other-scale', sheet.name, cellAddress(location.headerRow, f.col), {
        header: f.header,
        column: columnLetter(f.col),
        values: shown.join(', '),
        kind: scale.words,
        scale: scale.describe,
        ours: FIELD_LABELS[f.field],
      }),
    );
  }
  for (const d of disagreements) {
    out.push(
      finding('risk-team-value-differs', sheet.name, cellAddress(d.risk.row, d.col), {
        id: riskName(d.risk),
        header: d.header,
        value: d.value,
        expected: d.expected,
        ours: FIELD_LABELS[d.field],
      }),
    );
  }
  const differing = [...new Set(disagreements.map((d) => d.risk))];
  if (differing.length > 1) {
    out.push(
      finding('register-team-values-differ', sheet.name, cellAddress(location.headerRow, disagreements[0]!.col), {
        count: differing.length,
        total: compared.length,
        rows: someOf(differing.map(riskName), SHOWN_ROWS),
      }),
    );
  }
  return out;
}
