/**
 * Issue 15 items 2, 4 and 6 on the example, in the in-memory host: an action done without
 * evidence is a to-do; the action's and the Methodology's approvals are recorded when first seen,
 * and expire when what they approved changes. The Excel and Sheets hosts run the same steps
 * (tests/excel, tests/sheets-addon).
 */
import { generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { Edit } from './example-approvals';
import { besideLabel } from './example-approvals';
import { BACKUP_STALE, METHODOLOGY, METHOD_CHANGED, RTP, backupDoneAndMethodApproved, dueMovedAndAppetiteWidened, r02Backup } from './example-evidence';
import { exampleSnapshot } from '../../support/example-register';


function typed(book: MemoryWorkbook, edits: readonly Edit[]): void {
  for (const e of edits) {
    book.apply({ sheets: [{ name: e.sheet, mode: 'update', writes: [{ at: e.cell, cells: [[e.value as string | number]] }], formats: [], validations: [], conditionalFormats: [] }], names: [] });
  }
}

const byCode = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe('evidence and governance on the example register', () => {
  let book: MemoryWorkbook;
  const run = (day: string) => {
    const r = generate(book.snapshot(), 'recalc', { now: `${day}T09:00:00Z` });
    book.apply(r.plan);
    return r.findings;
  };

  beforeAll(async () => {
    book = MemoryWorkbook.fromSnapshot(await exampleSnapshot());
    run('2026-11-23');
  });

  it('an action done without evidence is a to-do; the approvals are recorded, nothing stale', () => {
    typed(book, backupDoneAndMethodApproved(book.snapshot()));
    const findings = run('2026-11-23');
    expect(byCode(findings, 'rtp-done-without-evidence')).toEqual([expect.objectContaining({ sheet: RTP, cell: r02Backup(book.snapshot(), 'Evidence') })]);
    for (const code of ['approval-stale', 'methodology-changed-since-approval', 'methodology-unapproved', 'methodology-inferred-unapproved']) expect(byCode(findings, code)).toEqual([]);
  });

  it("moving the due date and widening the appetite make the action's and the method's approvals stale", () => {
    typed(book, dueMovedAndAppetiteWidened(book.snapshot()));
    const findings = run('2026-11-24');
    const after = book.snapshot();
    expect(byCode(findings, 'approval-stale')).toEqual([expect.objectContaining({ sheet: RTP, cell: r02Backup(after, 'Approved by'), message: BACKUP_STALE })]);
    expect(byCode(findings, 'methodology-changed-since-approval')).toEqual([
      expect.objectContaining({ sheet: METHODOLOGY, cell: besideLabel(after, METHODOLOGY, 'Approved on'), message: METHOD_CHANGED }),
    ]);
  });
});
