/**
 * LibreOffice as the referee for methods a symmetric 5 x 5 cannot check: `riskbook recalc` writes
 * the register's live formulas for a 4 x 5 L x I, a 3 x 6 L + I, a 5 x 5 lookup matrix that is not
 * symmetric, and a register scored on Confidentiality / Integrity / Availability impact columns
 * with the highest-impact rule; LibreOffice computes them; every risk's score, level and rating,
 * and every heatmap count, must equal what an independent scorer (tests/support/independent-scorer.ts,
 * written from the methodology's definition, not from the core) says — and what the core says.
 *
 * Each case's risks have likelihood and impact at different positions, so a formula that swaps
 * them shows; the C / I / A register has risks whose highest impact is neither the lowest nor the
 * first column, so MIN or "the first column" instead of MAX shows too.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { methodologySheetPlan } from '../../core/methodology/methodology-sheet';
import { readMethodology } from '../../core/methodology/read-methodology';
import type { Band, Methodology, ScoringMethod } from '../../core/methodology/types';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, findSheet, isCellError } from '../../core/workbook/snapshot';
import { combinedImpact, scoreOf } from '../support/independent-scorer';
import { libreOfficeMissing, recalculateAllWithLibreOffice } from '../support/libreoffice';
import type { DrawnLevel, DrawnRisk } from '../support/method-arbitraries';
import { CIA_DIMENSIONS, IMPACT_WORDS, LEVEL_FORMS, LIKELIHOOD_WORDS, computedMatrix } from '../support/method-arbitraries';
import { requires } from '../support/prerequisite';
import type { ExpectedRow } from '../support/scored-register';
import { METHOD_STAMP, SCORED_NOW, SCORED_REGISTER_SHEET, expectedRows, registerRows } from '../support/scored-register';
import { runCli, tempDir } from './support/cli-build';
import { expectedCount, registerExpectations } from './support/core-expectations';

const describeWithLibreOffice = requires('the formula oracle tests', libreOfficeMissing()).describe;

const GREEN = '#C6EFCE';
const AMBER = '#FFEB9C';
const RED = '#FFC7CE';

function scale(words: readonly string[], values: readonly number[]) {
  return values.map((value, k) => ({ value, label: words[k]!, description: `Level ${k + 1}` }));
}

function band(name: string, min: number, max: number, colour: string, decision: Band['decision']): Band {
  return { name, min, max, colour, decision };
}

function method(options: {
  likelihood: readonly number[];
  impact: readonly number[];
  scoring: ScoringMethod;
  matrix?: number[][];
  bands: Band[];
  cia?: boolean;
}): Methodology {
  const likelihood = scale(LIKELIHOOD_WORDS, options.likelihood);
  const impact = scale(IMPACT_WORDS, options.impact);
  return {
    version: '2.0',
    likelihood,
    impact,
    impactDimensions: options.cia ? [...CIA_DIMENSIONS] : [],
    impactRule: 'max',
    scoring: options.scoring,
    matrix: options.scoring === 'matrix' ? options.matrix! : computedMatrix(options.scoring, likelihood, impact),
    bands: options.bands,
    reviewIntervalDays: 365,
  };
}

type Typed = number | null | 'off';

/** A risk by 1-based positions (null blank, 'off' off the scale); each cell typed a different way. */
function risk(k: number, l: Typed, impacts: readonly Typed[], rl: Typed, ri: Typed, treatment: DrawnRisk['treatment'] = 'mitigate'): DrawnRisk {
  const at = (p: Typed): DrawnLevel => (typeof p === 'number' ? p - 1 : p);
  const cells = 3 + impacts.length;
  return {
    id: `R-${String(k).padStart(2, '0')}`,
    likelihood: at(l),
    impacts: impacts.map(at),
    residualLikelihood: at(rl),
    residualImpact: at(ri),
    treatment,
    approvedBy: treatment === 'accept' ? 'Risk owner' : '',
    approvalDate: null,
    controls: treatment === 'mitigate' ? ['8.7'] : [],
    forms: Array.from({ length: cells }, (_, j) => LEVEL_FORMS[(k + j) % LEVEL_FORMS.length]!),
  };
}

interface Case {
  readonly name: string;
  readonly method: Methodology;
  readonly risks: readonly DrawnRisk[];
}

const CASES: readonly Case[] = [
  {
    name: 'a 4 x 5 Likelihood x Impact method',
    method: method({
      likelihood: [1, 2, 3, 4],
      impact: [1, 2, 3, 4, 5],
      scoring: 'multiply',
      // Reachable: 1 2 3 4 5 6 8 9 10 12 15 16 20.
      bands: [band('Low', 1, 4, GREEN, 'acceptable'), band('Medium', 5, 10, AMBER, 'tolerable'), band('High', 11, 20, RED, 'unacceptable')],
    }),
    risks: [
      risk(1, 4, [5], 2, 5),
      risk(2, 1, [5], 1, 4),
      risk(3, 4, [1], 3, 1),
      risk(4, 3, [2], 1, 2),
      risk(5, 2, [4], 2, 1, 'accept'),
      risk(6, 3, [5], 3, 4, 'transfer'),
      risk(7, null, [3], null, null),
      risk(8, 2, ['off'], 1, 1),
      risk(9, 4, [3], 4, 5),
      risk(10, 1, [2], 'off', 2),
    ],
  },
  {
    name: 'a 3 x 6 Likelihood + Impact method',
    method: method({
      likelihood: [1, 2, 3],
      impact: [1, 2, 3, 4, 5, 6],
      scoring: 'add',
      // Reachable: 2 to 9.
      bands: [band('Low', 2, 4, GREEN, 'acceptable'), band('Medium', 5, 6, AMBER, 'tolerable'), band('High', 7, 9, RED, 'unacceptable')],
    }),
    risks: [
      risk(1, 3, [6], 1, 6),
      risk(2, 1, [6], 1, 5),
      risk(3, 3, [1], 2, 1),
      risk(4, 2, [5], 2, 3),
      risk(5, 1, [4], 1, 4, 'accept'),
      risk(6, 3, [4], 3, 2, 'avoid'),
      risk(7, 2, [null], 2, 2),
      risk(8, 'off', [2], 1, 1),
      risk(9, 1, [3], 1, 2),
      risk(10, 2, [6], 3, 5),
    ],
  },
  {
    name: 'a 5 x 5 lookup matrix that is not symmetric',
    method: method({
      likelihood: [1, 2, 3, 4, 5],
      impact: [1, 2, 3, 4, 5],
      scoring: 'matrix',
      // Impact weighs more than likelihood: the score of (L = i, I = j) is not that of (L = j, I = i).
      matrix: [
        [1, 3, 6, 10, 15],
        [2, 4, 8, 12, 18],
        [2, 5, 9, 14, 20],
        [3, 6, 11, 16, 22],
        [4, 7, 13, 19, 25],
      ],
      bands: [band('Low', 1, 5, GREEN, 'acceptable'), band('Medium', 6, 12, AMBER, 'tolerable'), band('High', 13, 25, RED, 'unacceptable')],
    }),
    risks: [
      risk(1, 5, [1], 1, 5),
      risk(2, 1, [5], 1, 4),
      risk(3, 2, [4], 4, 2),
      risk(4, 4, [2], 2, 1),
      risk(5, 3, [5], 3, 2, 'accept'),
      risk(6, 5, [3], 2, 3, 'transfer'),
      risk(7, 1, [2], 2, 1),
      risk(8, 3, [null], null, 2),
      risk(9, 2, [3], 3, 2),
      risk(10, 4, [5], 5, 4),
    ],
  },
  {
    name: 'a 5 x 4 Likelihood x Impact method on C / I / A impact columns, highest impact',
    method: method({
      likelihood: [1, 2, 3, 4, 5],
      impact: [1, 2, 4, 8],
      scoring: 'multiply',
      cia: true,
      // Reachable: 1 2 3 4 5 6 8 10 12 16 20 24 32 40.
      bands: [band('Low', 1, 5, GREEN, 'acceptable'), band('Medium', 6, 16, AMBER, 'tolerable'), band('High', 17, 40, RED, 'unacceptable')],
    }),
    risks: [
      // The highest impact sits in the last, the middle and the first column, apart from the lowest.
      risk(1, 2, [1, 2, 4], 1, 2),
      risk(2, 5, [2, 4, 1], 3, 3),
      risk(3, 1, [4, 3, 2], 1, 1),
      risk(4, 3, [1, 1, 3], 2, 3, 'accept'),
      // Blank and off-scale dimensions are left out; all blank leaves the risk unscored.
      risk(5, 4, [null, 2, 'off'], 2, 2),
      risk(6, 5, [null, null, null], null, null),
      risk(7, 4, ['off', 1, 3], 4, 1, 'transfer'),
      risk(8, 2, [3, null, 4], 2, 4),
      risk(9, 'off', [2, 3, 1], 1, 1),
      risk(10, 3, [2, 2, 2], 3, 1),
    ],
  },
];

async function read(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

/** The register and, beside it, the Methodology sheet written by the core's sheet plan. */
async function writeRegister(dir: string, c: Case, name: string): Promise<string> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SCORED_REGISTER_SHEET);
  registerRows(c.method, c.risks).forEach((row) => ws.addRow(row));
  const { sheet, names } = methodologySheetPlan(c.method, METHOD_STAMP);
  await applyPlanToXlsx(wb, { sheets: [sheet], names });
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, await saveWorkbook(wb));
  return file;
}

const DERIVED = {
  'Inherent score': (e: ExpectedRow) => e.inherent.score,
  'Inherent level': (e: ExpectedRow) => e.inherent.level,
  'Inherent rating': (e: ExpectedRow) => e.inherent.rating,
  'Residual score': (e: ExpectedRow) => e.residual.score,
  'Residual level': (e: ExpectedRow) => e.residual.level,
  'Residual rating': (e: ExpectedRow) => e.residual.rating,
} as const;
type Derived = keyof typeof DERIVED;

/** A blank formula result, whichever way the file gives it back. */
const blankAsNull = (v: CellValue): CellValue => (v === '' || v === undefined ? null : v);

function headerColumns(sheet: SheetSnapshot): Map<string, number> {
  return new Map((sheet.values[0] ?? []).map((v, c) => [String(v ?? ''), c] as const));
}

/** Each case's register after `riskbook recalc`, and after LibreOffice recalculated that. */
const recalculated = new Map<string, { generated: WorkbookSnapshot; computed: WorkbookSnapshot }>();

describeWithLibreOffice('LibreOffice referees methods a symmetric 5 x 5 cannot check', () => {
  beforeAll(async () => {
    const dir = tempDir('oracle-methods');
    const outFiles: string[] = [];
    for (const [k, c] of CASES.entries()) {
      const inFile = await writeRegister(dir, c, `register-${k + 1}`);
      const outFile = path.join(dir, `recalculated-${k + 1}.xlsx`);
      const cli = runCli(['recalc', inFile, '--out', outFile, '--now', SCORED_NOW]);
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`recalc of ${c.name} failed (${cli.code}): ${cli.stderr}`);
      outFiles.push(outFile);
    }
    // One LibreOffice start-up for all the cases: it is most of the time this file takes.
    const computed = recalculateAllWithLibreOffice(outFiles, path.join(dir, 'libreoffice'));
    for (const [k, c] of CASES.entries()) recalculated.set(c.name, { generated: await read(outFiles[k]!), computed: await read(computed[k]!) });
  }, 300000);

  describe.each(CASES)('LibreOffice scores $name as the independent scorer does', (c) => {
    let generated: WorkbookSnapshot;
    let computed: WorkbookSnapshot;
    const expected = expectedRows(c.method, c.risks);

    beforeAll(() => {
      ({ generated, computed } = recalculated.get(c.name)!);
    });

    it('is the method the case means, and its risks can tell a swap (and MIN or the first column for MAX)', () => {
      const read = readMethodology(generated);
      expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(read.methodology.scoring).toBe(c.method.scoring);
      expect(read.methodology.matrix).toEqual(c.method.matrix);
      const m = c.method;
      const swapped = (l: number, i: number): number | null => (i < m.likelihood.length && l < m.impact.length ? scoreOf(m, i, l) : null);
      const tellsSwap = expected.filter((e) => e.inherent.score !== null && swapped(e.inherent.likelihood!, e.inherent.impact!) !== e.inherent.score);
      expect(tellsSwap.length).toBeGreaterThanOrEqual(3);
      if (m.impactDimensions.length > 0) {
        const positions = c.risks.map((r) => r.impacts.map((p) => (typeof p === 'number' ? p : null)));
        const byMin = positions.filter((ps) => {
          const known = ps.filter((p): p is number => p !== null);
          return known.length > 0 && Math.min(...known) !== combinedImpact(m, ps);
        });
        const byFirst = positions.filter((ps) => ps[0] !== combinedImpact(m, ps));
        expect(byMin.length).toBeGreaterThanOrEqual(3);
        expect(byFirst.length).toBeGreaterThanOrEqual(3);
      }
    });

    it('LibreOffice computed every register formula without an error value', () => {
      const lo = findSheet(computed, SCORED_REGISTER_SHEET)!;
      const gen = findSheet(generated, SCORED_REGISTER_SHEET)!;
      const errors: string[] = [];
      gen.formulas?.forEach((row, r) =>
        row.forEach((f, col) => {
          if (f !== null && isCellError(cellAt(lo, r, col))) errors.push(`${r + 1}:${col + 1} ${f}`);
        }),
      );
      expect(errors).toEqual([]);
    });

    it('every risk’s score, level and rating in LibreOffice equal the independent scorer’s', () => {
      const lo = findSheet(computed, SCORED_REGISTER_SHEET)!;
      const columns = headerColumns(lo);
      const mismatches: string[] = [];
      let checked = 0;
      for (const e of expected) {
        expect(cellAt(lo, e.row, columns.get('Risk ID')!)).toBe(e.id);
        for (const [header, want] of Object.entries(DERIVED) as [Derived, (e: ExpectedRow) => string | number | null][]) {
          const col = columns.get(header);
          if (col === undefined) throw new Error(`The recalculated register has no ${header} column`);
          const actual = blankAsNull(cellAt(lo, e.row, col));
          const wanted = blankAsNull(want(e));
          checked++;
          if (actual !== wanted) mismatches.push(`${e.id} ${header}: LibreOffice ${JSON.stringify(actual)}, independent scorer ${JSON.stringify(wanted)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBe(expected.length * 6);
      // Not a vacuous pass: most risks have a score.
      expect(expected.filter((e) => e.inherent.score !== null).length).toBeGreaterThanOrEqual(7);
    });

    it('and the core computes the same as both', () => {
      const core = registerExpectations(generated, SCORED_REGISTER_SHEET);
      const lo = findSheet(computed, SCORED_REGISTER_SHEET)!;
      const mismatches: string[] = [];
      for (const [k, want] of core.values) {
        const address = /^([A-Z]+)(\d+)$/.exec(k.split('!')[1]!)!;
        const row = Number(address[2]) - 1;
        const col = address[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const actual = blankAsNull(cellAt(lo, row, col));
        if (actual !== blankAsNull(want)) mismatches.push(`${k}: LibreOffice ${JSON.stringify(actual)}, core ${JSON.stringify(want)}`);
      }
      expect(core.counts.score).toBeGreaterThan(0);
      expect(mismatches).toEqual([]);
    });

    it('every heatmap count in LibreOffice is the number of risks the independent scorer puts there', () => {
      const reg = findSheet(generated, SCORED_REGISTER_SHEET)!;
      const columns = headerColumns(reg);
      const derivedAt = new Map<number, Derived>(Object.keys(DERIVED).map((h) => [columns.get(h)!, h as Derived]));
      const byRow = new Map(expected.map((e) => [e.row, e]));
      const known = (sheet: string, row: number, col: number): CellValue => {
        if (sheet.toLowerCase() === SCORED_REGISTER_SHEET.toLowerCase() && derivedAt.has(col)) {
          const e = byRow.get(row);
          return e ? blankAsNull(DERIVED[derivedAt.get(col)!](e)) : null;
        }
        const s = findSheet(generated, sheet);
        return s ? cellAt(s, row, col) : null;
      };
      const gen = findSheet(generated, SHEETS.heatmap)!;
      const lo = findSheet(computed, SHEETS.heatmap)!;
      const mismatches: string[] = [];
      let counts = 0;
      gen.formulas?.forEach((row, r) =>
        row.forEach((f, col) => {
          if (f === null) return;
          const want = expectedCount(f, SHEETS.heatmap, known);
          if (want === null) return;
          counts++;
          const actual = cellAt(lo, r, col);
          if (actual !== want) mismatches.push(`Heatmap!${r + 1}:${col + 1} ${f}: LibreOffice ${JSON.stringify(actual)}, independent scorer ${want}`);
        }),
      );
      // Two grids of likelihood x impact counts, and the movement table.
      expect(counts).toBeGreaterThanOrEqual(2 * c.method.likelihood.length * c.method.impact.length);
      expect(mismatches).toEqual([]);
    });
  });
});
