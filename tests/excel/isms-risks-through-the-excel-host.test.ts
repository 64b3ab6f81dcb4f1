/**
 * Issue 15 item 8 through the Excel host on the fake Excel: R-22 marked an ISMS-level risk in a
 * Risk type column the team adds in Excel trades its mitigate-without-controls for a to-do on its
 * plan row, which the action typed there settles; the empty Opportunities sheet is a note. As the
 * engine does on the in-memory workbook (tests/core/rules/isms-risk-on-the-example.test.ts).
 */
import type { ActionOutcome } from '../../core/actions';
import { readFakeWorkbook } from '../support/fake-excel';
import { R22_CONTROLS, actionForR22, markR22Isms, r22ActionCell } from '../core/rules/example-isms';
import { runHost, typeInExcel, withFakeExcel } from './support/excel-harness';
import { exampleSnapshot } from '../support/example-register';

const CODES = ['mitigate-without-controls', 'isms-risk-without-action', 'opportunities-none'];

function shown(outcome: ActionOutcome): string[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.status.findings.filter((f) => CODES.includes(f.code)).map((f) => `${f.code} ${f.sheet}!${f.cell}`);
}

describe('an ISMS-level risk through the Excel host', () => {
  it('is treated by the action its plan row names, with a to-do until then', async () => {
    await withFakeExcel(await exampleSnapshot(), async (office) => {
      const first = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(shown(first.outcome)).toEqual([`mitigate-without-controls Risk register!${R22_CONTROLS}`, 'opportunities-none Opportunities!A4']);
      await typeInExcel(markR22Isms(readFakeWorkbook(office.workbook)));
      const marked = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(shown(marked.outcome)).toEqual([`isms-risk-without-action Risk Treatment Plan!${r22ActionCell(readFakeWorkbook(office.workbook))}`, 'opportunities-none Opportunities!A4']);
      await typeInExcel(actionForR22(readFakeWorkbook(office.workbook)));
      const treated = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(shown(treated.outcome)).toEqual(['opportunities-none Opportunities!A4']);
    });
  });
});
