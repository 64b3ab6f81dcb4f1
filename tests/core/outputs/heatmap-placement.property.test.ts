/**
 * The Heatmap puts each risk where an independent scorer puts it, over generated methods:
 * non-square scales (the grid is likelihood rows by impact columns), asymmetric lookup
 * matrices, L + I, L x I, C / I / A impact columns combined by the impact rule, varied bands.
 * For both grids: which ids each cell lists, the band colour each cell is filled with, and what
 * each live count must show (its COUNTIFS evaluated over the register's derived columns as the
 * scorer fills them); the movement table's counts likewise; and the task pane's heatmap counts
 * and colours. A symmetric 5 x 5 cannot tell a transposed grid; these methods can.
 */
import * as fc from 'fast-check';
import { panelStatus } from '../../../core/actions';
import { generate } from '../../../core/engine';
import type { Methodology } from '../../../core/methodology/types';
import { parseCell, rangeAddress } from '../../../core/workbook/a1';
import { SHEETS } from '../../../core/workbook/names';
import type { PlanCell, SheetPlan } from '../../../core/workbook/plan';
import type { CellValue } from '../../../core/workbook/snapshot';
import { expectedCount } from '../../cli/support/core-expectations';
import type { Scored } from '../../support/independent-scorer';
import { assessPositions } from '../../support/independent-scorer';
import { asymmetricMethodArb, risksArb } from '../../support/method-arbitraries';
import type { ExpectedRow } from '../../support/scored-register';
import { SCORED_NOW, SCORED_REGISTER_SHEET, expectedRows, registerHeaders, scoredRegisterWorkbook } from '../../support/scored-register';

const GRIDS = [
  { title: 'Inherent risk (before treatment)', stage: 'inherent' },
  { title: 'Residual risk (after treatment)', stage: 'residual' },
] as const;

const text = (c: PlanCell | undefined): string => (typeof c === 'string' ? c : typeof c === 'number' ? String(c) : '');
const formulaOf = (c: PlanCell | undefined): string => (c !== null && typeof c === 'object' ? c.formula : '');

/** The derived columns Riskbook appends to a register that has none. */
const DERIVED = ['Inherent rating', 'Inherent score', 'Inherent level', 'Residual rating', 'Residual score', 'Residual level'] as const;

/** 0-based position of `optionText` (`value - label`) on a scale, read the way a person reads the axis. */
function axisPosition(scale: Methodology['likelihood'], optionText: string): number {
  const p = scale.findIndex((l) => `${l.value} - ${l.label}` === optionText);
  if (p < 0) throw new Error(`The heatmap axis shows "${optionText}", which is no level of the scale`);
  return p;
}

interface GridCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly ids: string[];
  readonly count: string;
  readonly fills: (string | undefined)[];
}

/** Reads one grid of the Heatmap plan by its axis labels, not by assumed positions. */
function readGrid(sheet: SheetPlan, m: Methodology, title: string): GridCell[] {
  const write = sheet.writes[0]!;
  expect(write.at).toBe('A1');
  const rows = write.cells;
  const top = rows.findIndex((r) => r[0] === title);
  expect(top).toBeGreaterThanOrEqual(0);
  const header = rows[top + 1]!;
  const impactAt = m.impact.map((_, c) => axisPosition(m.impact, text(header[c + 1])));
  const cells: GridCell[] = [];
  for (let k = 0; k < m.likelihood.length; k++) {
    const countRow = top + 2 + 2 * k;
    const likelihood = axisPosition(m.likelihood, text(rows[countRow]![0]));
    impactAt.forEach((impact, c) => {
      const ids = text(rows[countRow + 1]![c + 1]);
      cells.push({
        likelihood,
        impact,
        // The heatmap breaks a long list only between ids ("R-04,⏎R-05").
        ids: ids === '' ? [] : ids.split(/,\s+/).sort(),
        count: formulaOf(rows[countRow]![c + 1]),
        fills: sheet.formats.filter((f) => f.range === rangeAddress(countRow, c + 1, 2, 1) && f.fill !== undefined).map((f) => f.fill),
      });
    });
  }
  return cells;
}

/**
 * The register's derived cells as the scorer fills them, for evaluating the heatmap's COUNTIFS.
 * `derivedAt` is the derived header each appended column got (by 0-based column).
 */
function scorerRegister(expected: readonly ExpectedRow[], derivedAt: ReadonlyMap<number, string>) {
  const byRow = new Map(expected.map((e) => [e.row, e]));
  return (sheet: string, row: number, col: number): CellValue => {
    if (sheet.toLowerCase() !== SCORED_REGISTER_SHEET.toLowerCase()) throw new Error(`A count reads ${sheet}`);
    const which = derivedAt.get(col);
    if (which === undefined) throw new Error(`A count reads column ${col}, which is no derived column`);
    const e = byRow.get(row);
    if (!e) return null;
    const s: Scored = which.startsWith('Inherent') ? e.inherent : e.residual;
    const v = which.endsWith('rating') ? s.rating : which.endsWith('score') ? s.score : s.level;
    return v === '' ? null : v;
  };
}

const caseArb = asymmetricMethodArb().chain((m) =>
  fc.tuple(fc.constant(m), risksArb(m, { impactColumns: m.impactDimensions.length > 0 ? 3 : 1, maxLength: 12, offScale: true })),
);

describe('the heatmap places, colours and counts risks as the independent scorer does', () => {
  it('lists each id in its scorer cell, fills each cell with its band colour and counts it there (both grids, movement table)', () => {
    fc.assert(
      fc.property(caseArb, ([m, drawn]) => {
        const impactColumns = m.impactDimensions.length > 0 ? 3 : 1;
        const wb = scoredRegisterWorkbook(m, drawn);
        const result = generate(wb, 'heatmap', { now: SCORED_NOW });
        expect(result.findings.filter((f) => f.code.startsWith('methodology-') && f.code !== 'methodology-unapproved')).toEqual([]);
        const sheet = result.plan.sheets.find((s) => s.name === SHEETS.heatmap);
        expect(sheet).toBeDefined();
        // The register gets Riskbook's derived columns beside its own; the counts must read those.
        const register = result.plan.sheets.find((s) => s.name === SCORED_REGISTER_SHEET)!;
        // Riskbook also appends the sign-off columns a register lacks (issue 15): inputs, not counted.
        const derivedAt = new Map(
          register.writes
            .filter((w) => parseCell(w.at)?.row === 0)
            .map((w) => [parseCell(w.at)!.col, text(w.cells[0]![0])] as const)
            .filter(([, header]) => (DERIVED as readonly string[]).includes(header)),
        );
        expect([...derivedAt.values()].sort()).toEqual([...DERIVED].sort());
        expect(Math.min(...derivedAt.keys())).toBe(registerHeaders(impactColumns).length);

        const expected = expectedRows(m, drawn);
        const known = scorerRegister(expected, derivedAt);
        for (const grid of GRIDS) {
          const cells = readGrid(sheet!, m, grid.title);
          expect(cells).toHaveLength(m.likelihood.length * m.impact.length);
          for (const cell of cells) {
            const here = expected.filter((e) => e[grid.stage].likelihood === cell.likelihood && e[grid.stage].impact === cell.impact).map((e) => e.id);
            const band = assessPositions(m, cell.likelihood, cell.impact).band;
            expect({ at: `L${cell.likelihood + 1}/I${cell.impact + 1}`, ids: cell.ids, fills: cell.fills, count: expectedCount(cell.count, SHEETS.heatmap, known) }).toEqual({
              at: `L${cell.likelihood + 1}/I${cell.impact + 1}`,
              ids: [...here].sort(),
              fills: [band!.colour],
              count: here.length,
            });
          }
        }

        // Movement: each band-to-band count is the scorer's number of risks moving that way.
        const rows = sheet!.writes[0]!.cells;
        const top = rows.findIndex((r) => text(r[0]).startsWith('Movement'));
        const bands = [...m.bands].sort((a, b) => a.min - b.min);
        expect(rows[top + 1]!.slice(1, 1 + bands.length)).toEqual(bands.map((b) => b.name));
        bands.forEach((from, i) => {
          const row = rows[top + 2 + i]!;
          expect(row[0]).toBe(from.name);
          bands.forEach((to, j) => {
            const moving = expected.filter((e) => e.inherent.level === from.name && e.residual.level === to.name).length;
            expect({ from: from.name, to: to.name, count: expectedCount(formulaOf(row[1 + j]), SHEETS.heatmap, known) }).toEqual({ from: from.name, to: to.name, count: moving });
          });
          const all = expected.filter((e) => e.inherent.level === from.name).length;
          expect(expectedCount(formulaOf(row[bands.length + 2]), SHEETS.heatmap, known)).toBe(all);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('the task pane’s heatmap shows the scorer’s counts and band colours, highest likelihood first', () => {
    fc.assert(
      fc.property(caseArb, ([m, drawn]) => {
        const heatmap = panelStatus(scoredRegisterWorkbook(m, drawn), { now: SCORED_NOW }).heatmap;
        expect(heatmap).not.toBeNull();
        const expected = expectedRows(m, drawn);
        const likelihoods = m.likelihood.map((_, l) => l).reverse();
        expect(heatmap!.likelihood).toEqual(likelihoods.map((l) => `${m.likelihood[l]!.value} - ${m.likelihood[l]!.label}`));
        expect(heatmap!.impact).toEqual(m.impact.map((i) => `${i.value} - ${i.label}`));
        const count = (stage: 'inherent' | 'residual') =>
          likelihoods.map((l) => m.impact.map((_, i) => expected.filter((e) => e[stage].likelihood === l && e[stage].impact === i).length));
        expect(heatmap!.inherent).toEqual(count('inherent'));
        expect(heatmap!.residual).toEqual(count('residual'));
        expect(heatmap!.colours).toEqual(likelihoods.map((l) => m.impact.map((_, i) => assessPositions(m, l, i).band!.colour)));
      }),
      { numRuns: 40 },
    );
  });
});
