/**
 * Riskbook's score, level and rating columns are one formula each, filled down the register's
 * risk rows (plan.ts `FormulaFill`): a host stores one text per column, not one per row. The rows
 * a fill covers read their own row's cells; a row whose input is merged in from the row above
 * reads the merge's cell and gets its own formula.
 */
import { generate } from '../../../core/engine';
import { compileFormula } from '../../../core/formula/references';
import { parseRange } from '../../../core/workbook/a1';
import { fillWrite } from '../../../core/workbook/formula-fills';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { CellValue } from '../../../core/workbook/snapshot';
import { contentAfter } from '../../../core/workbook/memory-workbook';
import { formulaAt, findSheet } from '../../../core/workbook/snapshot';
import { GENERATED_NOW, generateRegister } from '../../support/register-generator';
import { sheet, workbook } from './fixtures';

/** The rows (0-based) every cell reference of a formula points at. */
function rowsReferenced(formula: string): number[] {
  return compileFormula(formula).parts.flatMap((p) => (typeof p === 'object' && p.kind === 'cell' ? [p.row] : []));
}

function registerPlan(plan: { sheets: readonly SheetPlan[] }, name: string): SheetPlan {
  return plan.sheets.find((s) => s.name === name)!;
}

describe('formula columns are filled down', () => {
  const { snapshot } = generateRegister({ risks: 400, seed: 7, gapRate: 0.1 });
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  const register = registerPlan(result.plan, snapshot.sheets[0]!.name);

  it('gives each of the six derived columns one fill, split only where rows are not risks', () => {
    expect(register.fills).toHaveLength(6);
    for (const f of register.fills!) {
      expect(f.ranges.length).toBeGreaterThan(1);
      expect(f.at).toBe(f.ranges[0]!.split(':')[0]);
      expect(new Set(f.ranges.map((r) => parseRange(r)!.col)).size).toBe(1);
    }
    // No formula goes cell by cell beside the fills.
    expect(register.writes.flatMap((w) => w.cells.flat()).filter((c) => typeof c === 'object' && c !== null)).toEqual([]);
  });

  it('makes every filled cell read the cells of its own row', () => {
    const after = findSheet(contentAfter(snapshot, result.plan), register.name)!;
    let cells = 0;
    for (const f of register.fills!) {
      for (const range of f.ranges) {
        const r = parseRange(range)!;
        for (let row = r.row; row < r.row + r.rows; row++) {
          const formula = formulaAt(after, row, r.col)!;
          expect(new Set(rowsReferenced(formula))).toEqual(new Set([row]));
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(6 * 300);
  });

  it('writes a formula in every cell of a fill and nothing on the rows between its ranges', () => {
    const f = register.fills![0]!;
    const block = fillWrite(f);
    const inRanges = new Set(f.ranges.flatMap((range) => {
      const r = parseRange(range)!;
      return Array.from({ length: r.rows }, (_, k) => r.row + k);
    }));
    const top = parseRange(f.at)!.row;
    block.cells.forEach(([cell], k) => expect(cell !== null).toBe(inRanges.has(top + k)));
  });
});

describe('a likelihood merged down over several risks', () => {
  const header = ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment'];
  const rows: CellValue[][] = [
    ['R-1', 'Phishing', 4, 3, 'CISO', 'Mitigate'],
    ['R-2', 'Ransomware', null, 5, 'CISO', 'Mitigate'],
    ['R-3', 'Lost laptop', null, 2, 'IT lead', 'Accept'],
    ['R-4', 'Insider', 2, 4, 'HR lead', 'Mitigate'],
  ];
  const snapshot = workbook(sheet('Risks', [header, ...rows], { merges: ['C2:C4'] }));
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  const register = registerPlan(result.plan, 'Risks');
  const after = findSheet(contentAfter(snapshot, result.plan), 'Risks')!;

  it('gives the covered rows their own formula, reading the merge', () => {
    const ratingCol = register.fills!.map((f) => parseRange(f.at)!.col)[0]!;
    // Rows 3 and 4 (0-based 2, 3) read C2, the merge's top-left cell.
    for (const row of [2, 3]) expect(formulaAt(after, row, ratingCol)).toContain('C2');
    const filledRows = register.fills!.flatMap((f) => f.ranges).filter((r) => parseRange(r)!.col === ratingCol);
    expect(filledRows).toEqual([expect.stringMatching(/^[A-Z]+2$|^[A-Z]+2:[A-Z]+2$/), expect.stringMatching(/^[A-Z]+5$|^[A-Z]+5:[A-Z]+5$/)]);
  });
});
