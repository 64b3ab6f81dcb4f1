/**
 * `protect()` and `unprotect()` throw AccessDenied when the sheet is already in that state, and
 * the API cannot write to locked cells of a protected sheet. So the host loads
 * `protection/protected` with the sheet list, lifts protection only to write, puts it back with
 * the person's own options, and protects or unprotects only when the state must change.
 */
import type { SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { RunRecord } from '../support/fake-excel';
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { GENERATED_SHEET, generateRegister } from '../support/register-generator';
import { applyWithHost, runHost, withFakeExcel } from './support/excel-harness';

const SHEET = 'Register';

function workbook(protectedSheet: boolean, password: string | null = null): ReturnType<typeof createFakeWorkbook> {
  const wb = createFakeWorkbook({ sheets: [{ name: SHEET, values: [['Risk ID', 'Owner'], ['R-1', 'CISO'], ['R-2', 'CTO']] }, { name: 'Other', values: [] }] });
  if (protectedSheet) wb.sheet(SHEET)!.protection = { protected: true, options: { allowSort: true, allowFormatColumns: false }, password };
  return wb;
}

function update(partial: Partial<SheetPlan>): WorkbookPlan {
  return { sheets: [{ ...emptySheetPlan(SHEET, 'update'), ...partial }], names: [] };
}

function protectionCalls(run: RunRecord): string[] {
  return run.executed.filter((op) => op.objectKind === 'WorksheetProtection').map((op) => `${op.member} ${op.sheet} in sync ${op.sync}`);
}

/** Index of the sync that loaded the protection state of every sheet, or -1. */
function protectionLoad(run: RunRecord): number {
  return run.executed.find((op) => op.kind === 'load' && op.objectKind === 'WorksheetCollection' && op.member.split(',').includes('items/protection/protected'))?.sync ?? -1;
}

describe('a protected sheet the plan writes to', () => {
  it('is unprotected to write and protected again with its own options, after its state was loaded', async () => {
    const wb = workbook(true);
    await withFakeExcel(wb, async (office) => {
      const { run } = await applyWithHost(office, update({ writes: [{ at: 'C1', cells: [['Score'], [20], [6]] }] }));
      const calls = run.executed.filter((op) => op.objectKind === 'WorksheetProtection');
      expect(calls.map((op) => op.member)).toEqual(['unprotect', 'protect']);
      expect(protectionLoad(run)).toBeGreaterThanOrEqual(0);
      for (const call of calls) expect(call.sync).toBeGreaterThan(protectionLoad(run));
    });
    const sheet = wb.sheet(SHEET)!;
    expect(sheet.at('C2')?.value).toBe(20);
    expect(sheet.protection).toEqual({ protected: true, options: { allowSort: true, allowFormatColumns: false }, password: null });
  });

  it('is recalculated through the whole request path when the register is protected', async () => {
    const { snapshot } = generateRegister({ risks: 20, seed: 8 });
    const wb = createFakeWorkbook(snapshot);
    wb.sheet(GENERATED_SHEET)!.protection = { protected: true, options: {}, password: null };
    await withFakeExcel(wb, async (office) => {
      const { outcome, run } = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(outcome.ok).toBe(true);
      expect(protectionCalls(run).map((c) => c.split(' ')[0])).toEqual(['unprotect', 'protect']);
    });
    expect(wb.sheet(GENERATED_SHEET)!.protection.protected).toBe(true);
  });

  it('fails with one line and changes nothing when it has a password', async () => {
    const wb = workbook(true, 'secret');
    const before = readFakeWorkbook(wb);
    await withFakeExcel(wb, async (office) => {
      await expect(applyWithHost(office, update({ writes: [{ at: 'C1', cells: [['Score']] }] }))).rejects.toThrow(/^Riskbook stopped while writing to the workbook: Excel refused the change because a sheet or the workbook structure is protected[^\n]*$/);
    });
    expect(readFakeWorkbook(wb)).toEqual(before);
    expect(wb.sheet(SHEET)!.protection.protected).toBe(true);
  });
});

describe('a plan that asks for protection', () => {
  it('protects an unprotected sheet and unlocks its editable ranges first', async () => {
    const wb = workbook(false);
    await withFakeExcel(wb, (office) => applyWithHost(office, update({ protection: { protected: true, editableRanges: ['B2:B3'] } })));
    const sheet = wb.sheet(SHEET)!;
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options.allowSort).toBe(true);
    expect([sheet.isLocked(1, 1), sheet.isLocked(2, 1), sheet.isLocked(1, 0)]).toEqual([false, false, true]);
  });

  it('calls neither protect nor unprotect on a sheet already protected', async () => {
    await withFakeExcel(workbook(true), async (office) => {
      const { run } = await applyWithHost(office, update({ protection: { protected: true } }));
      expect(protectionCalls(run)).toEqual([]);
    });
  });

  it('unprotects a protected sheet when the plan says unprotected, and leaves an unprotected one alone', async () => {
    const wb = workbook(true);
    await withFakeExcel(wb, async (office) => {
      const first = await applyWithHost(office, update({ protection: { protected: false } }));
      expect(protectionCalls(first.run).map((c) => c.split(' ')[0])).toEqual(['unprotect']);
      const second = await applyWithHost(office, update({ protection: { protected: false } }));
      expect(protectionCalls(second.run)).toEqual([]);
    });
    expect(wb.sheet(SHEET)!.protection.protected).toBe(false);
  });

  it('protects a rebuilt sheet once it is complete', async () => {
    const wb = workbook(false);
    const plan: WorkbookPlan = { sheets: [{ ...emptySheetPlan('Report', 'replace'), writes: [{ at: 'A1', cells: [['Title'], ['Body']] }], protection: { protected: true, editableRanges: ['A2'] } }], names: [] };
    await withFakeExcel(wb, (office) => applyWithHost(office, plan));
    const report = wb.sheet('Report')!;
    expect(report.protection.protected).toBe(true);
    expect([report.isLocked(0, 0), report.isLocked(1, 0)]).toEqual([true, false]);
    expect(report.at('A2')?.value).toBe('Body');
  });
});
