import { nonPortableFunctions } from '../../../core/formula/allow-list';
import { exactCriterion, heatmapSheetPlan, registerColumns } from '../../../core/outputs/heatmap';
import type { HeatmapInput, RegisterColumns } from '../../../core/outputs/heatmap';
import { matrixCells } from '../../../core/methodology/methodology-blocks';
import { SHEETS } from '../../../core/workbook/names';
import type { PlanCell } from '../../../core/workbook/plan';
import { minOf } from '../../../core/arrays';
import type { Risk } from '../../../core/register/types';
import { parseRange } from '../../../core/workbook/a1';
import { printedRowHeights } from '../../../core/workbook/page-breaks';
import { BODY_FONT_PT, MIN_PRINT_PT, choosePrintLayout, shortestPrintableHeight } from '../../../core/workbook/print-layout';
import { REGISTER_LOCATION, RISK_SPECS, STAMP, methodology5x5, risks } from './fixtures';
import { expectGolden } from './golden';

const register = (): RegisterColumns => registerColumns(REGISTER_LOCATION, risks())!;
const input = (overrides: Partial<HeatmapInput> = {}): HeatmapInput => ({
  risks: risks(),
  methodology: methodology5x5(),
  register: register(),
  stamp: STAMP,
  ...overrides,
});
const grid = (overrides: Partial<HeatmapInput> = {}): readonly (readonly PlanCell[])[] => heatmapSheetPlan(input(overrides)).sheet.writes[0]!.cells;
const covers = (range: string, cell: string): boolean => {
  const r = parseRange(range)!;
  const c = parseRange(cell)!;
  return c.row >= r.row && c.row < r.row + r.rows && c.col >= r.col && c.col < r.col + r.cols;
};
const formulaOf = (cell: PlanCell | undefined): string => (cell && typeof cell === 'object' ? cell.formula : '');

/** Rows of the inherent grid: likelihood 1 counts on row 5 (0-based), its ids below, down to likelihood 5. */
const inherentCountRow = (likelihood: number) => 5 + (likelihood - 1) * 2;
const RESIDUAL_OFFSET = 13;

describe('Heatmap sheet', () => {
  it('counts each cell live with COUNTIFS over the register’s bounded rating column', () => {
    const cells = grid();
    expect(formulaOf(cells[inherentCountRow(4)]![5])).toBe(`=COUNTIFS('Risk register'!$N$5:$N$212,"L4/I5")`);
    expect(formulaOf(cells[inherentCountRow(4) + RESIDUAL_OFFSET]![4])).toBe(`=COUNTIFS('Risk register'!$S$5:$S$212,"L4/I4")`);
  });

  it('reads the same way up as the Methodology’s matrix, and labels both axes "n - Label"', () => {
    const cells = grid();
    expect(cells[4]).toEqual(['Likelihood ↓  Impact →', '1 - Negligible', '2 - Minor', '3 - Moderate', '4 - Major', '5 - Severe']);
    const matrixRows = matrixCells(methodology5x5()).map((row) => row[0]);
    const heatmapRows = (top: number) => matrixRows.map((_, i) => cells[top + 2 * i]![0]);
    expect(heatmapRows(inherentCountRow(1))).toEqual(matrixRows);
    expect(heatmapRows(inherentCountRow(1) + RESIDUAL_OFFSET)).toEqual(matrixRows);
    expect(cells[inherentCountRow(1)]![0]).toBe('1 - Rare');
  });

  it('lists the risk ids of each cell beneath its count', () => {
    const cells = grid();
    expect(cells[inherentCountRow(4) + 1]![5]).toBe('R-14');
    expect(cells[inherentCountRow(3) + 1]![3]).toBe('R-18, R-31');
    // Residual: both end at likelihood 2, impact 4.
    expect(cells[inherentCountRow(2) + 1 + RESIDUAL_OFFSET]![4]).toBe('R-01, R-14');
  });

  it('fills each cell with the colour of its score’s band', () => {
    const { formats } = heatmapSheetPlan(input()).sheet;
    const fillAt = (range: string) => formats.filter((f) => f.range === range && f.fill).map((f) => f.fill);
    expect(fillAt('F12:F13')).toEqual(['#FFC7CE']); // L4 × I5 = 20, High
    expect(fillAt('C6:C7')).toEqual(['#C6EFCE']); // L1 × I2 = 2, Low
    expect(fillAt('D10:D11')).toEqual(['#FFEB9C']); // L3 × I3 = 9, Medium
  });

  it('quotes a register sheet name with spaces and apostrophes correctly', () => {
    const cells = grid({ register: { ...register(), sheet: "Bob's risks" } });
    expect(formulaOf(cells[inherentCountRow(4)]![5])).toBe(`=COUNTIFS('Bob''s risks'!$N$5:$N$212,"L4/I5")`);
  });

  it('shows the movement from inherent to residual band with live counts over the level columns', () => {
    const cells = grid();
    expect(cells[30]!.slice(0, 6)).toEqual(['Inherent ↓  Residual →', 'Low', 'Medium', 'High', 'Accepted or not rescored', 'All inherent']);
    expect(cells[33]![0]).toBe('High');
    expect(formulaOf(cells[33]![2])).toBe(`=COUNTIFS('Risk register'!$P$5:$P$212,"High",'Risk register'!$U$5:$U$212,"Medium")`);
    // The rest of the row (accepted, or treated but not rescored) so that every row adds up.
    expect(formulaOf(cells[33]![4])).toBe('=F34-B34-C34-D34');
    expect(formulaOf(cells[33]![5])).toBe(`=COUNTIFS('Risk register'!$P$5:$P$212,"High")`);
  });

  it('makes a band name with wildcard or comparison characters match only itself', () => {
    expect(exactCriterion('High')).toBe('High');
    expect(exactCriterion('Very high*')).toBe('=Very high~*');
    expect(exactCriterion('>Tolerable?')).toBe('=>Tolerable~?');
  });

  it('uses only portable functions', () => {
    for (const row of grid()) for (const c of row) expect(nonPortableFunctions(formulaOf(c))).toEqual([]);
  });

  it('is a whole-sheet replacement with the title and stamp line, printed landscape', () => {
    const { sheet } = heatmapSheetPlan(input());
    expect(sheet).toMatchObject({ name: SHEETS.heatmap, mode: 'replace', pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1 } });
    expect(grid()[0]![0]).toBe('Heatmap');
    expect(grid()[1]![0]).toMatch(/^Generated by Riskbook 0\.1\.0 on 2025-03-14/);
  });

  it('needs the register’s derived rating and level columns', () => {
    expect(registerColumns({ ...REGISTER_LOCATION, mapping: { id: 0 } }, risks())).toBeNull();
    expect(register()).toEqual({
      sheet: 'Risk register',
      firstDataRow: 4,
      lastDataRow: 211,
      inherentRating: 13,
      residualRating: 18,
      inherentLevel: 15,
      residualLevel: 20,
    });
  });

  it('matches the golden plan for the fixture register', () => {
    expectGolden('heatmap', heatmapSheetPlan(input()).sheet);
  });
});

describe('Heatmap printed', () => {
  /** Forty risks rated likelihood 3, impact 4, inherent and residual: one crowded cell in each grid. */
  const crowded = (): Risk[] =>
    risks(Array.from({ length: 40 }, (_, n) => ({ ...RISK_SPECS[0]!, id: `R-${String(n + 1).padStart(2, '0')}`, l: 3, i: 4, rl: 3, ri: 4 })));

  it('shows an empty cell blank, its count still a live formula', () => {
    const { sheet } = heatmapSheetPlan(input());
    const at = `B${inherentCountRow(5) + 1}`; // L5 × I1: no risk there
    expect(formulaOf(sheet.writes[0]!.cells[inherentCountRow(5)]![1])).toMatch(/^=COUNTIFS\(/);
    const zeroShown = sheet.formats.filter((f) => f.numberFormat !== undefined && covers(f.range, at)).map((f) => f.numberFormat!.split(';')[2]);
    // A number format's third section is how zero shows: empty shows nothing.
    expect(zeroShown).toEqual(['']);
  });

  it('breaks a cell’s ids between ids only, never inside one', () => {
    const cells = grid({ risks: crowded(), register: registerColumns(REGISTER_LOCATION, crowded())! });
    const text = cells[inherentCountRow(3) + 1]![4] as string;
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^R-\d\d(, R-\d\d)*,?$/);
  });

  it('keeps each grid and the movement table whole on a page, however tall the ids make them', () => {
    const { sheet } = heatmapSheetPlan(input({ risks: crowded(), register: registerColumns(REGISTER_LOCATION, crowded())! }));
    const cells = sheet.writes[0]!.cells;
    const heightOf = printedRowHeights(sheet);
    const breaks = sheet.pageSetup!.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const titles = ['Inherent risk (before treatment)', 'Residual risk (after treatment)'];
    const tops = [...titles.map((t) => cells.findIndex((r) => r[0] === t)), cells.findIndex((r) => String(r[0]).startsWith('Movement:'))];
    const ends = [tops[1]! - 2, tops[2]! - 2, cells.length - 1];
    // Lay the pages out as a program does, on the shortest paper at full size.
    const pageOf: number[] = [];
    let page = 0;
    let used = 0;
    cells.forEach((_, r) => {
      if (r > 0 && (breaks.includes(r) || used + heightOf(r) > shortestPrintableHeight('landscape'))) {
        page++;
        used = 0;
      }
      used += heightOf(r);
      pageOf.push(page);
    });
    tops.forEach((top, i) => expect([titles[i] ?? 'Movement', pageOf[top]]).toEqual([titles[i] ?? 'Movement', pageOf[ends[i]!]]));
  });

  it('prints no text below 7 pt on either paper', () => {
    for (const m of [methodology5x5(), { ...methodology5x5(), impact: [...methodology5x5().impact, ...methodology5x5().impact] }]) {
      const { sheet } = heatmapSheetPlan(input({ methodology: m }));
      const smallest = minOf([BODY_FONT_PT, ...sheet.formats.flatMap((f) => (f.fontSize !== undefined ? [f.fontSize] : []))]);
      const widths = sheet.columnWidths!.map((c) => c.width);
      for (const paper of ['A4', 'Letter'] as const) {
        const layout = choosePrintLayout({ widths, keyColumns: 1, paper, smallestFont: smallest, prefer: 'landscape' });
        expect(layout.scale * smallest).toBeGreaterThanOrEqual(MIN_PRINT_PT);
      }
    }
  });
});
