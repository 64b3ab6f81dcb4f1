/**
 * Concurrent editors, Excel: a co-author's edit to the register (Excel on the web) that lands
 * after Riskbook read the workbook and before it writes. The host reads the sheets it changes in
 * place once more, in one round trip before the first write, and stops with a clear `ok: false`
 * instead of writing results computed from the stale register; the next run then succeeds.
 */
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { GENERATED_SHEET, generateRegister } from '../support/register-generator';
import { runHost, withFakeExcel } from '../excel/support/excel-harness';

const RECALC = { kind: 'generate', action: 'recalc' } as const;

describe('a co-author edits the register between the read and the write', () => {
  it.each([
    ['on a first recalculation', false],
    ['on a second recalculation', true],
  ])('%s: nothing is written and the person is told why', async (_label, second) => {
    const { snapshot } = generateRegister({ risks: 30, seed: 9 });
    await withFakeExcel(createFakeWorkbook(snapshot), async (office) => {
      if (second) expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
      const before = readFakeWorkbook(office.workbook);
      const register = office.workbook.sheet(GENERATED_SHEET)!;
      // Sync 0 lists the sheets, sync 1 reads the cells; the edit arrives before the next one.
      office.excel.onBeforeSync(2, () => {
        register.ensure(6, 1).value = 'Edited by a co-author';
      });
      const r = await runHost(office, RECALC);
      expect(r.outcome.ok).toBe(false);
      if (!r.outcome.ok) expect(r.outcome.message).toBe(`"${GENERATED_SHEET}" changed while Riskbook was working (someone else is editing the workbook). Nothing was written; run it again.`);
      expect(r.run.syncs.every((s) => s.writes === 0)).toBe(true);
      const after = readFakeWorkbook(office.workbook);
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      for (const s of after.sheets) {
        if (s.name === GENERATED_SHEET) continue;
        expect(s).toEqual(before.sheets.find((b) => b.name === s.name));
      }
      // Run again: the edit is read this time and the run goes through.
      const again = await runHost(office, RECALC);
      expect(again.outcome.ok).toBe(true);
      expect(office.workbook.sheet(GENERATED_SHEET)!.at('B7')?.value).toBe('Edited by a co-author');
    });
  });

  it('costs one round trip more than before, whether or not anyone else edits', async () => {
    const { snapshot } = generateRegister({ risks: 30, seed: 9 });
    await withFakeExcel(createFakeWorkbook(snapshot), async (office) => {
      const r = await runHost(office, RECALC);
      expect(r.outcome.ok).toBe(true);
      // Two reads, the check, one write and verify.
      expect(r.run.syncs).toHaveLength(4);
      expect(r.report.readSyncs).toBe(3);
    });
  });

  it('ignores an edit to a sheet the run does not change in place', async () => {
    const { snapshot } = generateRegister({ risks: 30, seed: 9 });
    const wb = createFakeWorkbook({ ...snapshot, sheets: [...snapshot.sheets, { name: 'Notes', values: [['mine']] }] });
    await withFakeExcel(wb, async (office) => {
      office.excel.onBeforeSync(2, () => {
        office.workbook.sheet('Notes')!.ensure(1, 0).value = 'typed meanwhile';
      });
      expect((await runHost(office, RECALC)).outcome.ok).toBe(true);
    });
  });
});
