/**
 * The team's own score, level and rating columns, read and compared with what the methodology
 * gives; never written. A cell that says the same as the method, or nothing, is fine. A cell that
 * says something else on the method's own scale is reported at that cell. A column that holds
 * values from another scale altogether (the team's own band names, scores the method cannot give)
 * is reported once, at its header, and not cell by cell: comparing two scales word by word would
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
import type { Kind } from './column-owner';
import { DERIVED } from './column-owner';
import { FIELD_LABELS } from './fields';
import type { LevelRef, RegisterLocation, Risk } from './types';

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

/**
 * An error value, or text that spells one: Google Sheets hands out an error typed into a cell
 * as its text, Excel and .xlsx files as an error. Either is the same cell to a person.
 */
function errorText(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/.test(text) ? text : null;
}

function scaleOf(m: Methodology, kind: Kind): { read: Reader; words: string; describe: string } {
  if (kind === 'score') {
    const reachable = new Set(reachableScores(m));
    const all = [...reachable];
    return {
      read: (v) => {
        const text = cellText(v).trim();
        const n = typeof v === 'number' ? v : NUMBER.test(text) ? Number(text) : NaN;
        return reachable.has(n) ? String(n) : null;
      },
      words: 'scores',
      describe: all.length > 0 ? `${Math.min(...all)} to ${Math.max(...all)}` : 'none',
    };
  }
  if (kind === 'level') {
    const names = new Map(m.bands.map((b) => [b.name.trim().toLowerCase(), b.name]));
    return {
      read: (v) => (typeof v === 'string' && names.has(v.trim().toLowerCase()) ? v.trim().toLowerCase() : null),
      words: 'levels',
      describe: m.bands.map((b) => b.name).join(', '),
    };
  }
  const l = m.likelihood.length;
  const i = m.impact.length;
  return {
    read: (v) => {
      const k = /^L(\d+)\s*\/\s*I(\d+)$/i.exec(cellText(v).trim());
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

/** Findings about the team's own derived columns, against the method. */
export function teamColumnFindings(sheet: SheetSnapshot, location: RegisterLocation, risks: readonly Risk[], m: Methodology): Finding[] {
  const out: Finding[] = [];
  for (const d of DERIVED) {
    const col = location.teamColumns?.[d.field];
    if (col === undefined) continue;
    const header = cellText(cellAt(sheet, location.headerRow, col)).trim();
    const scale = scaleOf(m, d.kind);
    const differing: Finding[] = [];
    const foreign: string[] = [];
    for (const risk of risks) {
      const v = cellAt(sheet, risk.row, col);
      if (isBlankCell(v)) continue;
      const [l, i] = d.stage === 'inherent' ? [risk.likelihood, risk.impact] : [risk.residualLikelihood, risk.residualImpact];
      const expected = methodValue(m, d.kind, l, i);
      const error = errorText(v);
      const key = error !== null ? null : scale.read(v);
      if (key === null && error === null) {
        const text = cellText(v).trim();
        if (!foreign.includes(text)) foreign.push(text);
        continue;
      }
      // Where the method gives nothing, the missing or off-scale input is reported already.
      if (expected === null || key === keyOf(expected)) continue;
      differing.push(
        finding('risk-team-value-differs', sheet.name, cellAddress(risk.row, col), {
          id: risk.id !== '' ? risk.id : `Row ${risk.row + 1}`,
          header,
          value: error ?? cellText(v).trim(),
          expected,
          ours: FIELD_LABELS[d.field],
        }),
      );
    }
    if (foreign.length > 0) {
      const shown = foreign.slice(0, SHOWN_VALUES).map((t) => `"${t}"`);
      if (foreign.length > SHOWN_VALUES) shown.push(`and ${foreign.length - SHOWN_VALUES} more`);
      out.push(
        finding('register-team-column-other-scale', sheet.name, cellAddress(location.headerRow, col), {
          header,
          column: columnLetter(col),
          values: shown.join(', '),
          kind: scale.words,
          scale: scale.describe,
          ours: FIELD_LABELS[d.field],
        }),
      );
    } else out.push(...differing);
  }
  return out;
}
