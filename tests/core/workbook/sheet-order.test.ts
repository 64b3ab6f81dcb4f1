import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { emptySheetPlan } from '../../../core/workbook/plan';
import type { WorkbookPlan } from '../../../core/workbook/plan';
import { finalSheetOrder, orderSheets } from '../../../core/workbook/sheet-order';

const RISKBOOK = ['Methodology', 'Risk Treatment Plan', 'Statement of Applicability', 'Heatmap', 'Checks', 'Change log'];

const plan = (sheets: string[], sheetOrder?: string[]): WorkbookPlan => ({
  sheets: sheets.map((name) => emptySheetPlan(name, 'replace')),
  names: [],
  ...(sheetOrder ? { sheetOrder } : {}),
});

describe('the final sheet order', () => {
  it("puts the team's sheets first, in the order they stand, and Riskbook's after them in the plan's order", () => {
    const current = ['Checks', 'Register', 'Heatmap', 'Assets', 'Methodology', 'Notes'];
    expect(orderSheets(current, RISKBOOK)).toEqual(['Register', 'Assets', 'Notes', 'Methodology', 'Heatmap', 'Checks']);
  });

  it('compares names without case, as spreadsheet programs do', () => {
    const current = ['HEATMAP', 'Register', 'checks', 'heatmap notes'];
    expect(orderSheets(current, RISKBOOK)).toEqual(['Register', 'heatmap notes', 'HEATMAP', 'checks']);
  });

  it('moves nothing without a sheet order', () => {
    expect(orderSheets(['Checks', 'Register'], undefined)).toEqual(['Checks', 'Register']);
    expect(finalSheetOrder(['Checks', 'Register'], plan(['Heatmap']))).toEqual(['Checks', 'Register', 'Heatmap']);
  });

  it("adds the sheets a plan creates at the end, then orders: a new register joins the team's sheets", () => {
    const current = ['Register', 'Methodology', 'Checks'];
    const p = plan(['Risk register 2', 'Heatmap', 'checks'], RISKBOOK);
    expect(finalSheetOrder(current, p)).toEqual(['Register', 'Risk register 2', 'Methodology', 'Heatmap', 'Checks']);
  });

  it('is the order the in-memory workbook leaves', () => {
    const current = ['Checks', 'Register', 'Assets'];
    const p = plan(['Heatmap', 'Methodology'], RISKBOOK);
    const wb = MemoryWorkbook.fromSnapshot({ sheets: current.map((name) => ({ name, values: [] })) });
    wb.apply(p);
    expect(wb.snapshot().sheets.map((s) => s.name)).toEqual(finalSheetOrder(current, p));
  });
});
