/**
 * Year on year through the Excel host on the fake Excel: the example recalculated, a new
 * assessment cycle started from the pane's request, a year of work typed in Excel, then a
 * recalculation: the register's Change since last cycle column marks each risk as the engine does
 * on the in-memory workbook (tests/core/cycle), before the rating keys, and the cycle's sheet is
 * Riskbook's hidden sheet in Excel too.
 */
import type { ActionOutcome } from '../../core/actions';
import { readFakeWorkbook } from '../support/fake-excel';
import { CHANGE_HEADER, headers, marks, workOfTheYear } from '../core/cycle/example-cycle';
import { runHost, typeInExcel, withFakeExcel } from './support/excel-harness';
import { exampleSnapshot } from '../support/example-register';


function ok(outcome: ActionOutcome): ActionOutcome & { ok: true } {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('assessment cycles through the Excel host', () => {
  it('starts a cycle, then marks each risk against it after a year of work', async () => {
    await withFakeExcel(await exampleSnapshot(), async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      const started = ok((await runHost(office, { kind: 'newCycle' })).outcome);
      expect(started.title).toBe('New assessment cycle started');
      const begun = readFakeWorkbook(office.workbook);
      expect(begun.sheets.find((s) => s.name === 'Riskbook cycle')?.hidden).toBe(true);
      expect(new Set(Object.values(marks(begun)))).toEqual(new Set(['Unchanged']));
      expect(headers(begun).filter((h) => h !== '').slice(-3)).toEqual([CHANGE_HEADER, 'Inherent rating', 'Residual rating']);

      await typeInExcel(workOfTheYear());
      const after = ok((await runHost(office, { kind: 'generate', action: 'recalc' })).outcome);
      const m = marks(readFakeWorkbook(office.workbook));
      expect([m['R-31'], m['R-41'], m['R-02'], m['R-40']]).toEqual(['Modified', 'New', 'Unchanged', undefined]);
      expect(after.status.cycle).toEqual(expect.objectContaining({ new: 1, modified: 1, unchanged: 38, closed: 1 }));
    });
  });
});
