/**
 * What a formula fill (plan.ts `FormulaFill`) puts in each of its cells, for the hosts that write
 * a formula per cell (the in-memory workbook, Excel) and those that share one text (a file's
 * shared formulas, Google Sheets' R1C1 per range list).
 */
import { compileFormula, movedFormula, r1c1Formula } from '../formula/references';
import { parseCell, parseRange } from './a1';
import type { BlockWrite, FormulaFill, PlanCell, SheetPlan } from './plan';

function anchor(fill: FormulaFill): { row: number; col: number } {
  const at = parseCell(fill.at);
  if (!at) throw new Error(`Bad fill anchor ${fill.at}`);
  return at;
}

/**
 * The fill as one block of one formula per cell, from its first row to its last: `null` (leave
 * the cell) on the rows between its ranges, so a host sends one block, not one per range.
 */
export function fillWrite(fill: FormulaFill): BlockWrite {
  const at = anchor(fill);
  const compiled = compileFormula(fill.formula);
  const ranges = fill.ranges.map((range) => {
    const r = parseRange(range);
    if (!r || r.cols !== 1 || r.col !== at.col) throw new Error(`Bad fill range ${range}`);
    return r;
  });
  const last = ranges.reduce((n, r) => Math.max(n, r.row + r.rows), at.row);
  const cells: PlanCell[][] = [];
  for (let row = at.row; row < last; row++) cells.push([null]);
  for (const r of ranges) {
    for (let row = r.row; row < r.row + r.rows; row++) cells[row - at.row] = [{ formula: movedFormula(compiled, row - at.row, 0) }];
  }
  return { at: fill.at, cells };
}

/** Every write of a sheet plan as blocks: its `writes`, then its fills cell by cell. */
export function allWrites(sp: SheetPlan): readonly BlockWrite[] {
  if (!sp.fills || sp.fills.length === 0) return sp.writes;
  const out = [...sp.writes];
  for (const f of sp.fills) out.push(fillWrite(f));
  return out;
}

/** The fill's formula in R1C1 form: the same text for every cell it fills. */
export function fillR1C1(fill: FormulaFill): string {
  const at = anchor(fill);
  return r1c1Formula(compileFormula(fill.formula), at.row, at.col);
}

/** The fill's formula as it reads in the cell at `row`, `col` (0-based). */
export function filledFormula(fill: FormulaFill): (row: number, col: number) => string {
  const at = anchor(fill);
  const compiled = compileFormula(fill.formula);
  return (row, col) => movedFormula(compiled, row - at.row, col - at.col);
}
