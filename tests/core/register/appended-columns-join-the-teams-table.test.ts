/**
 * The columns Riskbook appends to a team's register join the team's table: the team's autofilter
 * and print area reach over them, and their headers look like the team's own.
 */
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { registerSheetPlan } from '../../../core/register/register-sheet-plan';
import { maxOf } from '../../../core/arrays';
import { parseRange } from '../../../core/workbook/a1';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { ACME_REGISTER, FIVE_BY_FIVE, sheet, workbook } from './fixtures';

const REGISTER = 'Risk register';

function plan(register: SheetSnapshot): SheetPlan {
  const before: WorkbookSnapshot = workbook(register);
  const location = locateRegister(before).location!;
  const { risks } = readRisks(before, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
  return registerSheetPlan(findSheet(before, REGISTER)!, location, risks, FIVE_BY_FIVE).plan;
}

/** The last column (0-based) of the header cells a plan writes. */
const lastWrittenColumn = (p: SheetPlan): number => maxOf(p.writes.map((w) => parseRange(w.at)!.col));

describe('Columns Riskbook appends to a team’s register', () => {
  // ACME_REGISTER: header on row 3 (A3:I3), risks on rows 4 to 6.
  it('are taken into the team’s autofilter on the header row, over the same rows', () => {
    const p = plan(sheet(REGISTER, ACME_REGISTER, { autoFilter: 'A3:I6' }));
    const last = String.fromCharCode(65 + lastWrittenColumn(p));
    expect(last > 'I').toBe(true);
    expect(p.autoFilter).toBe(`A3:${last}6`);
  });

  it('leave a sheet without an autofilter without one', () => {
    expect(plan(sheet(REGISTER, ACME_REGISTER)).autoFilter).toBeUndefined();
  });

  it('leave alone a filter that is not on the header row', () => {
    expect(plan(sheet(REGISTER, ACME_REGISTER, { autoFilter: 'A1:I2' })).autoFilter).toBeUndefined();
  });

  it('leave a filter that already covers them as it is', () => {
    const first = plan(sheet(REGISTER, ACME_REGISTER, { autoFilter: 'A3:I6' }));
    const wb = MemoryWorkbook.fromSnapshot(workbook(sheet(REGISTER, ACME_REGISTER, { autoFilter: 'A3:I6' })));
    wb.apply({ sheets: [first], names: [] });
    const after = findSheet(wb.snapshot(), REGISTER)!;
    expect(after.autoFilter).toBe(first.autoFilter);
    // The next recalculation finds the columns in the filter: nothing to change.
    expect(plan(after).autoFilter).toBeUndefined();
  });

  it('take the style of the team’s last header cell, then wrap their longer labels', () => {
    const p = plan(sheet(REGISTER, ACME_REGISTER));
    const headers = p.writes.filter((w) => /^[A-Z]+3$/.test(w.at)).map((w) => w.at);
    expect(headers.length).toBeGreaterThan(0);
    expect(p.formatsLike).toEqual(headers.map((range) => ({ range, like: 'I3' })));
    for (const range of headers) expect(p.formats).toContainEqual({ range, wrap: true });
  });

  it('look like the team’s header once applied, whatever the team chose', () => {
    const wb = MemoryWorkbook.fromSnapshot(workbook(sheet(REGISTER, ACME_REGISTER)));
    wb.apply({ sheets: [{ name: REGISTER, mode: 'update', writes: [], formats: [{ range: 'A3:I3', fill: '#385723', fontColor: '#FFFFFF', bold: true }], validations: [], conditionalFormats: [] }], names: [] });
    const p = plan(sheet(REGISTER, ACME_REGISTER));
    wb.apply({ sheets: [p], names: [] });
    const appended = parseRange(p.formatsLike![0]!.range)!;
    expect(wb.sheet(REGISTER)!.formats.get(`${appended.row},${appended.col}`)).toMatchObject({ fill: '#385723', fontColor: '#FFFFFF', bold: true, wrap: true });
  });
});

describe('A team’s print area on its register', () => {
  /** The column letters of the last appended column that prints: the rating keys come last and do not. */
  function lastPrinted(p: SheetPlan): string {
    const headers = p.writes.filter((w) => /^[A-Z]+3$/.test(w.at)).map((w) => ({ at: w.at, text: String(w.cells[0]![0]) }));
    const printed = headers.filter((h) => !/rating$/u.test(h.text));
    return printed.at(-1)!.at.replace(/\d+$/u, '');
  }

  it('reaches over the columns Riskbook appends, but the rating keys, over the same rows', () => {
    const p = plan(sheet(REGISTER, ACME_REGISTER, { printArea: 'A1:I40' }));
    expect(p.printArea).toBe(`A1:${lastPrinted(p)}40`);
  });

  it('stays whole columns when it was', () => {
    const p = plan(sheet(REGISTER, ACME_REGISTER, { printArea: 'A:I' }));
    expect(p.printArea).toBe(`A:${lastPrinted(p)}`);
  });

  it('is left as the team set it when it prints only part of the table, or several areas, or none', () => {
    expect(plan(sheet(REGISTER, ACME_REGISTER, { printArea: 'A1:E40' })).printArea).toBeUndefined();
    expect(plan(sheet(REGISTER, ACME_REGISTER, { printArea: 'A1:I40,K1:L40' })).printArea).toBeUndefined();
    expect(plan(sheet(REGISTER, ACME_REGISTER)).printArea).toBeUndefined();
  });

  it('is not extended again once it covers them', () => {
    const first = plan(sheet(REGISTER, ACME_REGISTER, { printArea: 'A1:I40' }));
    const wb = MemoryWorkbook.fromSnapshot(workbook(sheet(REGISTER, ACME_REGISTER, { printArea: 'A1:I40' })));
    wb.apply({ sheets: [first], names: [] });
    const after = findSheet(wb.snapshot(), REGISTER)!;
    expect(after.printArea).toBe(first.printArea);
    expect(plan(after).printArea).toBeUndefined();
  });
});
