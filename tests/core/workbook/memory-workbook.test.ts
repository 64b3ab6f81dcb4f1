import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { emptySheetPlan } from '../../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { ALL_RISKY_TEXTS, riskyCases } from '../../support/risky-text';

const userWorkbook: WorkbookSnapshot = {
  sheets: [
    { name: 'Register', values: [['Risk ID', 'Owner', 'Notes'], ['R-1', 'Ana', 'keep me']] },
    { name: 'Statement of Applicability', values: [['old content']] },
  ],
};

describe('the in-memory workbook applies plans as the plan contract says', () => {
  it('leaves cells written as null unchanged and clears cells written as empty text', () => {
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    wb.apply({
      sheets: [{ ...emptySheetPlan('Register', 'update'), writes: [{ at: 'B2', cells: [[null, '']] }] }],
      names: [],
    });
    const s = wb.snapshot().sheets[0]!;
    expect(s.values[1]).toEqual(['R-1', 'Ana', null]);
  });

  it('keeps text that looks like a formula as text', () => {
    const wb = MemoryWorkbook.fromSnapshot({ sheets: [] });
    wb.apply({ sheets: [{ ...emptySheetPlan('Out', 'replace'), writes: [{ at: 'A1', cells: [['=1+1', { formula: '=1+1' }]] }] }], names: [] });
    const s = wb.snapshot().sheets[0]!;
    expect(s.values[0]).toEqual(['=1+1', null]);
    expect(s.formulas?.[0]).toEqual([null, '=1+1']);
  });

  describe.each(['replace', 'update'] as const)('a plan string, on a sheet the plan %s', (mode) => {
    // Written in one plan, across a row and down a column, so a host cannot tell them by position.
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    const name = mode === 'replace' ? 'Statement of Applicability' : 'Register';
    wb.apply({
      sheets: [{ ...emptySheetPlan(name, mode), writes: [{ at: 'E1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }, { at: 'F1', cells: [[...ALL_RISKY_TEXTS]] }] }],
      names: [],
    });
    const sheet = wb.snapshot().sheets.find((s) => s.name === name)!;

    it.each(riskyCases())('%s comes back as exactly that text, never a formula', (_shown, text) => {
      const row = ALL_RISKY_TEXTS.indexOf(text);
      const col = 5 + row;
      expect([sheet.values[row]![4], sheet.formulas?.[row]?.[4] ?? null]).toEqual([text, null]);
      expect([sheet.values[0]![col], sheet.formulas?.[0]?.[col] ?? null]).toEqual([text, null]);
    });
  });

  it('replaces a generated sheet whole and never touches the user sheets', () => {
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    wb.apply({ sheets: [{ ...emptySheetPlan('Statement of Applicability', 'replace'), writes: [{ at: 'A2', cells: [['new']] }] }], names: [] });
    const snap = wb.snapshot();
    expect(snap.sheets[0]!.values).toEqual(userWorkbook.sheets[0]!.values);
    expect(snap.sheets[1]!.values).toEqual([[], ['new']]);
  });

  it('records named ranges with quoted absolute references', () => {
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    wb.apply({ sheets: [], names: [{ name: 'RB_X', sheet: "CISO's risks", range: 'B2:B9' }] });
    expect(wb.snapshot().names).toEqual([{ name: 'RB_X', reference: "'CISO''s risks'!$B$2:$B$9" }]);
    expect(MemoryWorkbook.fromSnapshot(wb.snapshot()).names.get('RB_X')).toEqual({ name: 'RB_X', sheet: "CISO's risks", range: 'B2:B9' });
  });

  it('replaces a validation on the same cells instead of stacking a second one', () => {
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    const v = { range: 'B2:B50', rule: { kind: 'list', namedRange: 'RB_YesNo' }, allowBlank: true, style: 'warning' } as const;
    const plan = { sheets: [{ ...emptySheetPlan('Register', 'update'), validations: [v] }], names: [] };
    wb.apply(plan);
    wb.apply(plan);
    expect(wb.sheet('Register')!.validations).toHaveLength(1);
  });

  it('puts generated sheets after the user sheets in the requested order', () => {
    const wb = MemoryWorkbook.fromSnapshot(userWorkbook);
    wb.apply({ sheets: [emptySheetPlan('Heatmap', 'replace')], names: [], sheetOrder: ['Heatmap', 'Statement of Applicability'] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Register', 'Heatmap', 'Statement of Applicability']);
  });
});
