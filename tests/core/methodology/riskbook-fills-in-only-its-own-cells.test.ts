/**
 * On a Methodology the team keeps, a run writes only Riskbook's own cells: its stamp line (where
 * the last one is, else a free cell near the top) and a section the sheet lacks entirely (below
 * everything, moving nothing). Without a sheet, or on an empty one, it writes the whole sheet.
 */
import { generate } from '../../../core/engine';
import { methodologySheetPlan } from '../../../core/methodology/methodology-sheet';
import { readMethodology } from '../../../core/methodology/read-methodology';
import { DEFAULT_METHODOLOGY } from '../../../core/methodology/presets';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { NAMES, SHEETS } from '../../../core/workbook/names';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { parseStampLine } from '../../../core/workbook/stamp';
import { threeRiskRegister } from '../engine/engine-fixtures';
import { STAMP } from './methodology-fixtures';
import {
  NOW, acmeMethodologyRows, acmeWorkbook, changedCells, checkFindings, methodologyOf, namedRange, namedValues, recalc, rowWhere,
} from './team-methodology-fixtures';

function methodologyPlan(snapshot: WorkbookSnapshot): SheetPlan {
  const plan = generate(snapshot, 'recalc', { now: NOW }).plan.sheets.find((s) => s.name.toLowerCase() === 'methodology');
  if (!plan) throw new Error('no Methodology plan');
  return plan;
}

/** Cells holding a stamp line, as `A1`. */
function stampCells(snapshot: WorkbookSnapshot): string[] {
  const out: string[] = [];
  methodologyOf(snapshot).values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && parseStampLine(v)) out.push(`${String.fromCharCode(65 + c)}${r + 1}`);
    }),
  );
  return out;
}

function stampDate(snapshot: WorkbookSnapshot, cell: string): string | undefined {
  const c = cell.charCodeAt(0) - 65;
  const r = Number(cell.slice(1)) - 1;
  const v = methodologyOf(snapshot).values[r]?.[c];
  return typeof v === 'string' ? parseStampLine(v)?.generatedAt : undefined;
}

/** A method typed by hand: its own title, a blank row, no stamp. */
function handTypedRows(): CellValue[][] {
  return [
    ['ACME risk method, owned by the CISO'],
    [],
    ['Settings'],
    ['Version', '3.2'],
    ['Scoring method', 'Likelihood x Impact'],
    ['Impact dimensions', ''],
    ['Impact rule', 'Highest (max)'],
    ['Review interval (days)', 180],
    ['Likelihood scale'],
    [1, 'Remote'],
    [2, 'Occasional'],
    [3, 'Frequent'],
    ['Impact scale'],
    [1, 'Low'],
    [2, 'Moderate'],
    [3, 'Severe'],
    ['Score matrix'],
    ['', '1 - Low', '2 - Moderate', '3 - Severe'],
    ['1 - Remote', 1, 2, 3],
    ['2 - Occasional', 2, 4, 6],
    ['3 - Frequent', 3, 6, 9],
    ['Risk bands'],
    ['Band', 'Min score', 'Max score', 'Colour', 'Decision'],
    ['Low', 1, 2, '#C6EFCE', 'Acceptable'],
    ['Medium', 3, 4, '#FFEB9C', 'Tolerable'],
    ['High', 6, 9, '#FFC7CE', 'Unacceptable'],
  ];
}

describe('a stamped Methodology Riskbook wrote a year ago', () => {
  const input = acmeWorkbook(acmeMethodologyRows());
  const plan = methodologyPlan(input);
  const { after } = recalc(input);

  it('gets its stamp line refreshed in place and nothing else written', () => {
    expect(plan.mode).toBe('update');
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]!.at).toBe('A2');
    expect(stampCells(after)).toEqual(['A2']);
    expect(stampDate(input, 'A2')).toBe('2025-03-14');
    expect(stampDate(after, 'A2')).toBe('2026-11-23');
    expect(changedCells(methodologyOf(input), methodologyOf(after))).toEqual([]);
  });

  it('formats only the stamp, and fills the matrix cells with their band colours', () => {
    const others = plan.formats.filter((f) => f.range !== 'A2');
    expect(others.length).toBe(25);
    for (const f of others) {
      expect(Object.keys(f).sort()).toEqual(['fill', 'range']);
      expect(f.range).toMatch(/^[B-F](29|3[0-3])$/);
    }
    expect(others.find((f) => f.range === 'F33')?.fill).toBe('#FFC7CE');
  });

  it('sets no column widths, row heights or page setup: the layout is the team\'s', () => {
    expect(plan.columnWidths).toBeUndefined();
    expect(plan.rowHeights).toBeUndefined();
    expect(plan.pageSetup).toBeUndefined();
  });
});

describe('a Methodology typed by hand, with no stamp', () => {
  it('gets the stamp in the free row under its title, and no typed cell changes', () => {
    const input = acmeWorkbook(handTypedRows());
    const { after } = recalc(input);
    expect(stampCells(after)).toEqual(['A2']);
    expect(changedCells(methodologyOf(input), methodologyOf(after))).toEqual([]);
    expect(methodologyOf(after).values[0]).toEqual(['ACME risk method, owned by the CISO']);
  });

  it('gets it beside the first row when there is no free row above the first heading', () => {
    const rows = handTypedRows().slice(2);
    rows[0] = ['Settings', 'Agreed at the ISMS committee'];
    const input = acmeWorkbook(rows);
    const { after } = recalc(input);
    expect(stampCells(after)).toEqual(['D1']);
    expect(changedCells(methodologyOf(input), methodologyOf(after))).toEqual([]);
    // A second run finds it there and refreshes the same cell.
    expect(stampCells(recalc(after).after)).toEqual(['D1']);
  });
});

describe('a Methodology that lost its Risk bands section', () => {
  const rows = acmeMethodologyRows();
  const heading = rowWhere(rows, 'Risk bands');
  rows.splice(heading, rowWhere(rows, 'Notes') - heading);
  rows.push(['Approved by the ISMS committee on 2025-02-01.']);
  const input = acmeWorkbook(rows);
  const first = recalc(input);
  const second = recalc(first.after);
  const added = rows.length + 1;

  it('reports the missing section before the run', () => {
    expect(checkFindings(input)).toEqual(['methodology-invalid-value@A1']);
  });

  it('gets the section added below everything, one blank row apart, with nothing moved', () => {
    expect(changedCells(methodologyOf(input), methodologyOf(first.after))).toEqual([]);
    const values = methodologyOf(first.after).values;
    expect(values[added - 1] ?? []).toEqual([]);
    expect(values[added]?.[0]).toBe('Risk bands');
    expect(values[added + 1]?.slice(0, 5)).toEqual(['Band', 'Min score', 'Max score', 'Colour', 'Decision']);
  });

  it('names the added table, reads it back, and reports nothing any more', () => {
    expect(namedRange(first.after, NAMES.bandMins)).toBe(`B${added + 3}:B${added + 5}`);
    expect(namedValues(first.after, NAMES.bandNames)).toEqual([['Low'], ['Medium'], ['High']]);
    expect(readMethodology(first.after).methodology.bands).toEqual(DEFAULT_METHODOLOGY.bands);
    expect(checkFindings(first.after)).toEqual([]);
  });

  it('adds it once: the next run writes only the stamp', () => {
    expect(changedCells(methodologyOf(first.after), methodologyOf(second.after))).toEqual([]);
    expect(methodologyOf(second.after).values.length).toBe(methodologyOf(first.after).values.length);
  });
});

// Which sheet is the Methodology is the engine's call (core/ownership); these hold the plan for a
// sheet it hands over, whatever that sheet holds.
describe('the plan for a sheet with none of the sections', () => {
  it('keeps its text where it is and adds every section below it', () => {
    const existing: SheetSnapshot = { name: SHEETS.methodology, values: [['Our risk method'], ['We score risks by gut feeling.']] };
    const { sheet, names } = methodologySheetPlan(DEFAULT_METHODOLOGY, STAMP, existing);
    expect(sheet.mode).toBe('update');
    const wb = MemoryWorkbook.fromSnapshot({ sheets: [existing] });
    wb.apply({ sheets: [sheet], names });
    const after = wb.snapshot();
    expect(changedCells(existing, methodologyOf(after))).toEqual([]);
    expect(stampCells(after)).toEqual(['C1']);
    expect(readMethodology(after)).toMatchObject({ methodology: DEFAULT_METHODOLOGY, findings: [] });
  });
});

describe('the plan without a sheet, or for an empty one', () => {
  it.each([
    ['no sheet', undefined],
    ['an empty sheet', { name: SHEETS.methodology, values: [[], [null, '']] }],
  ] as const)('is the whole generated sheet (%s)', (_name, existing) => {
    expect(methodologySheetPlan(DEFAULT_METHODOLOGY, STAMP, existing)).toEqual(methodologySheetPlan(DEFAULT_METHODOLOGY, STAMP));
    expect(methodologySheetPlan(DEFAULT_METHODOLOGY, STAMP).sheet.mode).toBe('replace');
  });

  it('is what a run on a workbook without one plans', () => {
    expect(methodologyPlan(threeRiskRegister()).mode).toBe('replace');
  });
});
