/**
 * Issue 15 items 2, 4 and 6 on the bundled example, as steps a person takes between runs, for the
 * engine and for every host's scenario test: R-02's backup action marked done with no evidence and
 * approved, the Methodology reviewed (the inferred line deleted) and approved with a risk appetite
 * statement; then the action's due date moved and the appetite widened.
 */
import { serialFromIso } from '../../../core/dates';
import { cellAddress } from '../../../core/workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import type { Edit } from './example-approvals';
import { APPROVED_ON, besideLabel } from './example-approvals';

export const RTP = 'Risk Treatment Plan';
export const METHODOLOGY = 'Methodology';

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell of R-02's action for 8.13 (Information backup) under `header` on the RTP. */
export function r02Backup(snapshot: WorkbookSnapshot, header: string): string {
  const s = sheetOf(snapshot, RTP);
  const head = s.values.findIndex((r) => r[0] === 'Risk ID');
  const cols = s.values[head] ?? [];
  const col = cols.indexOf(header);
  const controlCol = cols.indexOf('Control ID');
  for (let r = head + 1; r < s.values.length; r++) if (s.values[r]?.[0] === 'R-02' && s.values[r]?.[controlCol] === '8.13') return cellAddress(r, col);
  throw new Error('no R-02 · 8.13');
}

/** The line under the Methodology's stamp that says the method was inferred and awaits review. */
function inferredLine(snapshot: WorkbookSnapshot): string {
  const s = sheetOf(snapshot, METHODOLOGY);
  const row = s.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Inferred from the register'));
  if (row < 0) throw new Error('no inferred line');
  return cellAddress(row, 0);
}

/** Step 1, after a first recalculation: R-02's backup action done, due mid-December and approved; the method reviewed and approved. */
export function backupDoneAndMethodApproved(after: WorkbookSnapshot): Edit[] {
  const date = serialFromIso(APPROVED_ON)!;
  return [
    { sheet: RTP, cell: r02Backup(after, 'Status'), value: 'Done' },
    { sheet: RTP, cell: r02Backup(after, 'Effectiveness result'), value: 'Effective' },
    { sheet: RTP, cell: r02Backup(after, 'Due date'), value: serialFromIso('2026-12-15')!, date: true },
    { sheet: RTP, cell: r02Backup(after, 'Approved by'), value: 'Head of Platform' },
    { sheet: RTP, cell: r02Backup(after, 'Approval date'), value: date, date: true },
    { sheet: METHODOLOGY, cell: inferredLine(after), value: '' },
    { sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Approved by'), value: 'ISMS board' },
    { sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Approved on'), value: date, date: true },
    { sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Risk appetite statement'), value: 'Medium risks may be accepted by their owner; High risks are treated.' },
  ];
}

/** Step 2, after the run that recorded the approvals: the action's due date moved, the risk appetite widened. */
export function dueMovedAndAppetiteWidened(after: WorkbookSnapshot): Edit[] {
  return [
    { sheet: RTP, cell: r02Backup(after, 'Due date'), value: serialFromIso('2027-02-01')!, date: true },
    { sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Risk appetite statement'), value: 'Medium and High risks may be accepted by their owner.' },
  ];
}

/** What the findings must say after step 2. */
export const BACKUP_STALE = 'RTP action for risk R-02 and control 8.13 was approved on 2026-11-23 for due date 2026-12-15; now 2027-02-01: approve it again.';
export const METHOD_CHANGED = 'The methodology was approved by ISMS board on 2026-11-23 (version 1.0); since then the risk appetite statement changed: approve it again.';
