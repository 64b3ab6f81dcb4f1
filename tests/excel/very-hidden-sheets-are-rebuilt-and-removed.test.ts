/**
 * A person (or a tool) may make Riskbook's lists or settings sheet very hidden, so it does not
 * even show under Unhide. Excel refuses to delete a very hidden sheet (Worksheet.delete:
 * InvalidOperation until its visibility is changed), and the fake refuses it too. Every run
 * replaces such a sheet and deletes the old one, so before the fix a workbook with a very hidden
 * lists sheet failed on every run, forever. The rebuilt sheet stays very hidden.
 */
import { SHEETS } from '../../core/workbook/names';
import type { FakeOffice } from '../support/fake-excel';
import { createFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { runHost, withFakeExcel } from './support/excel-harness';

const RECALC = { kind: 'generate', action: 'recalc' } as const;

function visibilityOf(office: FakeOffice, name: string): string | undefined {
  return office.workbook.sheet(name)?.visibility;
}

describe('a very hidden sheet of Riskbook\'s', () => {
  it.each([SHEETS.lists, SHEETS.settings])('"%s" is rebuilt, the old one deleted, and the new one very hidden again', async (name) => {
    const { snapshot } = generateRegister({ risks: 40, seed: 5 });
    await withFakeExcel(snapshot, async (office) => {
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      const sheet = office.workbook.sheet(name);
      expect(sheet).toBeDefined();
      sheet!.visibility = 'VeryHidden';
      const count = office.workbook.sheets.length;

      const again = await runHost(office, RECALC);
      expect(again.outcome.ok).toBe(true);
      expect(visibilityOf(office, name)).toBe('VeryHidden');
      expect(office.workbook.sheets).toHaveLength(count);
      expect(office.workbook.sheets.some((s) => /^Riskbook (build|previous) \d+$/.test(s.name))).toBe(false);
    });
  });

  it('is put back very hidden when the run fails after the swap', async () => {
    const { snapshot } = generateRegister({ risks: 40, seed: 5 });
    await withFakeExcel(snapshot, async (office) => {
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      office.workbook.sheet(SHEETS.lists)!.visibility = 'VeryHidden';
      // The last request fails at its very end: the swap has happened and must be undone.
      office.excel.failWhen({ when: (op) => op.objectKind === 'Worksheet' && op.member === 'delete' && (op.sheet?.startsWith('Riskbook previous') ?? false) });
      await expect(runHost(office, RECALC)).rejects.toThrow(/keep their previous content/);
      expect(visibilityOf(office, SHEETS.lists)).toBe('VeryHidden');
      expect(office.workbook.sheets.some((s) => /^Riskbook (build|previous) \d+$/.test(s.name))).toBe(false);
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
    });
  });
});

describe('a very hidden sheet a failed run left behind', () => {
  it('is removed by the next run', async () => {
    const { snapshot } = generateRegister({ risks: 40, seed: 5 });
    const workbook = createFakeWorkbook({ ...snapshot, sheets: [...snapshot.sheets, { name: 'Riskbook build 1', values: [['half built']] }] });
    workbook.sheet('Riskbook build 1')!.visibility = 'VeryHidden';
    await withFakeExcel(workbook, async (office) => {
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      expect(office.workbook.sheet('Riskbook build 1')).toBeUndefined();
    });
  });
});
