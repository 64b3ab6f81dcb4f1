/**
 * Issue 15's control view and stated maturity through the Excel host on the fake Excel: the
 * example recalculated in Excel, then the team works on 8.16 in the plan and the SoA; the Control
 * view, filtered to 8.16, shows all of it without another run (its names reach the rebuilt RTP and
 * SoA in Excel), and the Maturity sheet states the level and the criteria the engine finds, as on
 * the in-memory workbook (tests/core/outputs/control-view.test.ts, tests/core/maturity).
 */
import { maturityOf } from '../../core/engine';
import { readFakeWorkbook } from '../support/fake-excel';
import { CONTROL, EVERYTHING_ABOUT_816, assessedCriteria, everythingAbout, statedCriteria, statedLevel, workOn816 } from '../core/outputs/example-control-view';
import { NOW, runHost, typeInExcel, withFakeExcel } from './support/excel-harness';
import { exampleSnapshot } from '../support/example-register';


describe('the Control view and the Maturity sheet, through the Excel host', () => {
  it('shows everything about 8.16 as the team types it, and states the level the engine finds', async () => {
    await withFakeExcel(await exampleSnapshot(), async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      const after = readFakeWorkbook(office.workbook);
      expect(statedLevel(after)).toBe('1 · Initial');
      expect(statedCriteria(after)).toEqual(assessedCriteria(maturityOf(after, { now: NOW })!));

      await typeInExcel(workOn816(after));
      expect(everythingAbout(readFakeWorkbook(office.workbook), CONTROL)).toEqual(EVERYTHING_ABOUT_816);

      // Another run rebuilds the RTP and the SoA in Excel: the view still reads them through its names.
      await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(everythingAbout(readFakeWorkbook(office.workbook), CONTROL)).toEqual(EVERYTHING_ABOUT_816);
    });
  });
});
