/**
 * Issue 15 items 2, 4 and 6 through the Sheets add-on (the built Code.js on the fake
 * SpreadsheetApp): the example recalculated, R-02's backup action marked done without evidence and
 * approved, the Methodology reviewed and approved with a risk appetite, all typed in Sheets; then
 * the due date moved and the appetite widened: the next recalculation reports the action done
 * without evidence, and the action's and the method's approvals expired, as the engine does on the
 * in-memory workbook (tests/core/trail).
 */
import type { ActionOutcome } from '../../core/actions';
import { besideLabel } from '../core/trail/example-approvals';
import { BACKUP_STALE, METHODOLOGY, METHOD_CHANGED, RTP, backupDoneAndMethodApproved, dueMovedAndAppetiteWidened, r02Backup } from '../core/trail/example-evidence';
import { exampleAddon, fakeSnapshot, okOutcome, request, typeInSheets } from './sheets-test-kit';

function findings(outcome: ActionOutcome) {
  return okOutcome(outcome).status.findings;
}

describe('evidence and governance, through the Sheets add-on', () => {
  it('reports the action done without evidence, then the action\'s and the method\'s approvals expired', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    typeInSheets(addon, backupDoneAndMethodApproved(fakeSnapshot(addon)));
    const approved = findings(request(addon, { kind: 'generate', action: 'recalc' }));
    expect(approved.filter((f) => f.code === 'rtp-done-without-evidence')).toEqual([expect.objectContaining({ sheet: RTP, cell: r02Backup(fakeSnapshot(addon), 'Evidence') })]);
    expect(approved.filter((f) => ['approval-stale', 'methodology-changed-since-approval', 'methodology-unapproved'].includes(f.code))).toEqual([]);

    typeInSheets(addon, dueMovedAndAppetiteWidened(fakeSnapshot(addon)));
    const changed = findings(request(addon, { kind: 'generate', action: 'recalc' }));
    const after = fakeSnapshot(addon);
    expect(changed.filter((f) => f.code === 'approval-stale')).toEqual([expect.objectContaining({ sheet: RTP, cell: r02Backup(after, 'Approved by'), message: BACKUP_STALE })]);
    expect(changed.filter((f) => f.code === 'methodology-changed-since-approval')).toEqual([
      expect.objectContaining({ sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Approved on'), message: METHOD_CHANGED }),
    ]);
  });
});
