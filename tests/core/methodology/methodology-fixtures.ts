/** Shared helpers for the methodology tests: a fixed stamp, sheets built from plans, arbitraries. */
import * as fc from 'fast-check';
import { HEADINGS } from '../../../core/methodology/methodology-text';
import { methodologyEditPlan } from '../../../core/methodology/methodology-sheet';
import { computeMatrix, reachableScores } from '../../../core/methodology/scoring';
import type { Band, Decision, Methodology, ScaleLevel, ScoringMethod } from '../../../core/methodology/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import type { Stamp } from '../../../core/workbook/stamp';

export const STAMP: Stamp = {
  generator: 'Riskbook 0.1.0',
  generatedAt: '2025-03-14T09:30:00.000Z',
  methodologyVersion: '1.0',
  methodologyHash: '0123456789',
  registerHash: 'abcdef0123',
};

/**
 * The workbook Riskbook's writing of `m` produces: a new sheet, or over an existing workbook the
 * sheet as a person saving `m` in the panel leaves it (methodologyEditPlan).
 */
export function workbookWith(m: Methodology, base: WorkbookSnapshot = { sheets: [] }): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(base);
  const existing = base.sheets.find((s) => s.name === 'Methodology');
  const { sheet, names } = methodologyEditPlan(m, STAMP, existing);
  wb.apply({ sheets: [sheet], names });
  return wb.snapshot();
}

export function methodologySheet(snapshot: WorkbookSnapshot): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === 'Methodology');
  if (!s) throw new Error('no Methodology sheet');
  return s;
}

/** A one-sheet workbook holding `rows` as the Methodology sheet. */
export function sheetOf(rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
  return { sheets: [{ name: 'Methodology', values: rows }] };
}

/** The sheet's rows, as a user would edit them. */
export function rowsOf(snapshot: WorkbookSnapshot): CellValue[][] {
  return methodologySheet(snapshot).values.map((r) => [...r]);
}

/** 0-based row whose column A holds `text` (a level value is a number). */
export function rowWhere(rows: readonly (readonly CellValue[])[], text: string | number): number {
  const i = rows.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no row ${text}`);
  return i;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const headingWords = new Set(Object.values(HEADINGS).map((h) => h.toLowerCase()));

const word = fc
  .string({ minLength: 1, maxLength: 16 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !NUMBER_TEXT.test(s));

const sentence = fc.string({ maxLength: 40 }).map((s) => s.trim());

function scaleArb(): fc.Arbitrary<ScaleLevel[]> {
  return fc.integer({ min: 3, max: 10 }).chain((n) =>
    fc
      .tuple(
        fc.integer({ min: -3, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n - 1, maxLength: n - 1 }),
        fc.uniqueArray(word, { minLength: n, maxLength: n, selector: (s) => s.toLowerCase() }),
        fc.array(sentence, { minLength: n, maxLength: n }),
      )
      .map(([start, steps, labels, descriptions]) => {
        const values = [start];
        for (const s of steps) values.push(values[values.length - 1]! + s);
        return values.map((value, i) => ({ value, label: labels[i]!, description: descriptions[i]! }));
      }),
  );
}

/** Bands that cover every reachable score exactly once: consecutive runs of the reachable scores. */
function bandsArb(reachable: readonly number[]): fc.Arbitrary<Band[]> {
  return fc.array(fc.boolean(), { minLength: reachable.length - 1, maxLength: reachable.length - 1 }).chain((cuts) => {
    const groups: number[][] = [[reachable[0]!]];
    cuts.forEach((cut, i) => (cut ? groups.push([reachable[i + 1]!]) : groups[groups.length - 1]!.push(reachable[i + 1]!)));
    const n = groups.length;
    const names = fc.uniqueArray(
      word.filter((w) => !headingWords.has(w.toLowerCase())),
      { minLength: n, maxLength: n, selector: (s) => s.toLowerCase() },
    );
    const colours = fc.array(fc.stringMatching(/^#[0-9A-Fa-f]{6}$/), { minLength: n, maxLength: n });
    const decisions = fc.array(fc.constantFrom<Decision>('acceptable', 'tolerable', 'unacceptable'), { minLength: n, maxLength: n });
    return fc.tuple(names, colours, decisions).map(([ns, cs, ds]) =>
      groups.map((g, i) => ({ name: ns[i]!, min: g[0]!, max: g[g.length - 1]!, colour: cs[i]!, decision: ds[i]! })),
    );
  });
}

/** Any methodology the validator accepts. */
export const validMethodology: fc.Arbitrary<Methodology> = fc
  .record({
    version: word,
    likelihood: scaleArb(),
    impact: scaleArb(),
    impactDimensions: fc.array(word.filter((w) => !/[,;]/.test(w)), { maxLength: 4 }),
    scoring: fc.constantFrom<ScoringMethod>('multiply', 'add', 'matrix'),
    reviewIntervalDays: fc.integer({ min: 1, max: 3660 }),
  })
  .chain((base) => {
    const matrix =
      base.scoring === 'matrix'
        ? fc.array(fc.array(fc.integer({ min: -5, max: 100 }), { minLength: base.impact.length, maxLength: base.impact.length }), {
            minLength: base.likelihood.length,
            maxLength: base.likelihood.length,
          })
        : fc.constant(computeMatrix(base.scoring, base.likelihood, base.impact));
    return matrix.chain((mx) => {
      const partial: Methodology = { ...base, impactRule: 'max', matrix: mx, bands: [] };
      return bandsArb(reachableScores(partial)).map((bands) => ({ ...partial, bands }));
    });
  });
