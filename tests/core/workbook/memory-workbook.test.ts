import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { emptySheetPlan } from '../../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';

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
