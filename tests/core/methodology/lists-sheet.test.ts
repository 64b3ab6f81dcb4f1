import { listsSheetPlan } from '../../../core/methodology/lists-sheet';
import { ACTION_STATUSES, TREATMENT_OPTIONS } from '../../../core/methodology/options';
import { DEFAULT_METHODOLOGY, presetMethodology } from '../../../core/methodology/presets';
import { parseRange } from '../../../core/workbook/a1';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { CellValue, SheetSnapshot } from '../../../core/workbook/snapshot';
import { NAMES } from '../../../core/workbook/names';

function listsWorkbook(m = DEFAULT_METHODOLOGY): { sheet: SheetSnapshot; wb: MemoryWorkbook } {
  const wb = new MemoryWorkbook();
  const plan = listsSheetPlan(m);
  wb.apply({ sheets: [plan.sheet], names: plan.names });
  const sheet = wb.snapshot().sheets[0]!;
  return { sheet, wb };
}

/** The values a named range covers, top to bottom. */
function namedValues(wb: MemoryWorkbook, sheet: SheetSnapshot, name: string): CellValue[] {
  const spec = wb.names.get(name);
  if (!spec) throw new Error(`no name ${name}`);
  const r = parseRange(spec.range)!;
  expect(r.cols).toBe(1);
  return Array.from({ length: r.rows }, (_, i) => sheet.values[r.row + i]?.[r.col] ?? null);
}

describe('the Lists sheet', () => {
  it('is hidden and rewritten whole', () => {
    const { sheet } = listsSheetPlan(DEFAULT_METHODOLOGY);
    expect(sheet).toMatchObject({ name: 'Riskbook lists', mode: 'replace', hidden: true });
  });

  it('lists every spelling of each likelihood level, the number as a number and the rest as text', () => {
    const { sheet, wb } = listsWorkbook();
    const keys = namedValues(wb, sheet, NAMES.likelihoodKeys);
    expect(keys.slice(0, 8)).toEqual([1, '1', 'Rare', '1 - Rare', 2, '2', 'Unlikely', '2 - Unlikely']);
    expect(keys).toHaveLength(20);
    expect(namedValues(wb, sheet, NAMES.likelihoodKeyIndex).slice(0, 8)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('keeps text keys as text with the text number format', () => {
    const { sheet } = listsSheetPlan(DEFAULT_METHODOLOGY);
    expect(sheet.formats).toContainEqual({ range: 'A3:A5', numberFormat: '@' });
    expect(sheet.formats.some((f) => f.range.startsWith('A2') && f.numberFormat === '@')).toBe(false);
  });

  it('sizes the impact key ranges to the impact scale, which may differ from likelihood', () => {
    const m = { ...presetMethodology('5x5'), impact: presetMethodology('3x3').impact };
    const { sheet, wb } = listsWorkbook(m);
    expect(namedValues(wb, sheet, NAMES.impactKeys)).toHaveLength(12);
    expect(namedValues(wb, sheet, NAMES.impactOptions)).toEqual(['1 - Minor', '2 - Moderate', '3 - Major']);
  });

  it('offers the dropdown words from options.ts', () => {
    const { sheet, wb } = listsWorkbook();
    expect(namedValues(wb, sheet, NAMES.likelihoodOptions)).toEqual(['1 - Rare', '2 - Unlikely', '3 - Possible', '4 - Likely', '5 - Almost certain']);
    expect(namedValues(wb, sheet, NAMES.treatmentOptions)).toEqual([...TREATMENT_OPTIONS]);
    expect(namedValues(wb, sheet, NAMES.yesNo)).toEqual(['Yes', 'No']);
    expect(namedValues(wb, sheet, NAMES.implementationStatus)).toEqual(['Not started', 'Planned', 'Partially implemented', 'Implemented', 'Not applicable']);
    expect(namedValues(wb, sheet, NAMES.actionStatus)).toEqual([...ACTION_STATUSES]);
    expect(namedValues(wb, sheet, NAMES.opportunityStatus)).toEqual(['Open', 'In progress', 'Realised', 'Dropped']);
    expect(namedValues(wb, sheet, NAMES.effectivenessResult)).toEqual(['Effective', 'Partly effective', 'Not effective']);
  });

  it('names every list exactly once, each over its filled cells only', () => {
    const { sheet, names } = listsSheetPlan(DEFAULT_METHODOLOGY);
    // The Methodology's names, and the Dashboard's over the sheets Riskbook rebuilds, are not lists.
    const elsewhere: readonly string[] = [NAMES.scoreMatrix, NAMES.bandMins, NAMES.bandNames, NAMES.bandDecisions, NAMES.rtpRows, NAMES.soaRows, NAMES.checkRows, NAMES.rtpTable, NAMES.soaTable];
    const listNames = Object.values(NAMES).filter((n) => !elsewhere.includes(n));
    expect(names.map((n) => n.name).sort()).toEqual([...listNames].sort());
    for (const n of names) {
      const r = parseRange(n.range)!;
      const col = sheet.writes.find((w) => parseRange(w.at)!.col === r.col)!;
      expect(r.row).toBe(1);
      expect(r.rows).toBe(col.cells.length - 1);
    }
  });
});
