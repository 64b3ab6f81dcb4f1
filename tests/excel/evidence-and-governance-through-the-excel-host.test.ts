/**
 * Issue 15 items 2, 4 and 6 through the Excel host on the fake Excel: the example recalculated,
 * R-02's backup action marked done without evidence and approved, the Methodology reviewed and
 * approved with a risk appetite, all typed in Excel; then the due date moved and the appetite
 * widened: the next recalculation reports the action done without evidence, and the action's and
 * the method's approvals expired, as the engine does on the in-memory workbook (tests/core/trail).
 */
import { readFakeWorkbook } from '../support/fake-excel';
import { besideLabel } from '../core/trail/example-approvals';
import { BACKUP_STALE, METHODOLOGY, METHOD_CHANGED, RTP, backupDoneAndMethodApproved, dueMovedAndAppetiteWidened, r02Backup } from '../core/trail/example-evidence';
import { findingsOf, runHost, typeInExcel, withFakeExcel } from './support/excel-harness';
import { exampleSnapshot } from '../support/example-register';


describe('evidence and governance, through the Excel host', () => {
  it('reports the action done without evidence, then the action\'s and the method\'s approvals expired', async () => {
    await withFakeExcel(await exampleSnapshot(), async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      await typeInExcel(backupDoneAndMethodApproved(readFakeWorkbook(office.workbook)));
      const approved = findingsOf((await runHost(office, { kind: 'generate', action: 'recalc' })).outcome);
      expect(approved.filter((f) => f.code === 'rtp-done-without-evidence')).toEqual([
        expect.objectContaining({ sheet: RTP, cell: r02Backup(readFakeWorkbook(office.workbook), 'Evidence') }),
      ]);
      expect(approved.filter((f) => ['approval-stale', 'methodology-changed-since-approval', 'methodology-unapproved'].includes(f.code))).toEqual([]);

      await typeInExcel(dueMovedAndAppetiteWidened(readFakeWorkbook(office.workbook)));
      const changed = findingsOf((await runHost(office, { kind: 'generate', action: 'recalc' })).outcome);
      const after = readFakeWorkbook(office.workbook);
      expect(changed.filter((f) => f.code === 'approval-stale')).toEqual([expect.objectContaining({ sheet: RTP, cell: r02Backup(after, 'Approved by'), message: BACKUP_STALE })]);
      expect(changed.filter((f) => f.code === 'methodology-changed-since-approval')).toEqual([
        expect.objectContaining({ sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Approved on'), message: METHOD_CHANGED }),
      ]);
    });
  });
});
