/**
 * Issue 15 item 8 on the example, the steps every host's scenario test takes: marking R-22, to be
 * mitigated with no control, an ISMS-level risk in a Risk type column the team adds turns its
 * mitigate-without-controls into a to-do for the action, which its own plan row then names; the
 * Opportunities sheet with nothing on it is a note all along.
 */
import { generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { Edit } from '../trail/example-approvals';
import { R22_CONTROLS, actionForR22, markR22Isms, r22ActionCell } from './example-isms';
import { exampleSnapshot } from '../../support/example-register';

const CODES = ['mitigate-without-controls', 'isms-risk-without-action', 'opportunities-none'];

function typed(book: MemoryWorkbook, edits: readonly Edit[]): void {
  book.apply({ sheets: [{ name: edits[0]!.sheet, mode: 'update', writes: edits.map((e) => ({ at: e.cell, cells: [[e.value as string | number]] })), formats: [], validations: [], conditionalFormats: [] }], names: [] });
}

const shown = (findings: readonly Finding[]): string[] => findings.filter((f) => CODES.includes(f.code)).map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('an ISMS-level risk on the example register', () => {
  let book: MemoryWorkbook;
  const recalc = () => {
    const r = generate(book.snapshot(), 'recalc', { now: '2026-11-23T09:00:00Z' });
    book.apply(r.plan);
    return r.findings;
  };

  beforeAll(async () => {
    book = MemoryWorkbook.fromSnapshot(await exampleSnapshot());
  });

  it('before the team says so, R-22 is an information security risk mitigated with no control', () => {
    expect(shown(recalc())).toEqual([`mitigate-without-controls Risk register!${R22_CONTROLS}`, 'opportunities-none Opportunities!A4']);
  });

  it('marked ISMS-level, R-22 gets a plan row of its own and a to-do for its action instead', () => {
    typed(book, markR22Isms(book.snapshot()));
    const findings = recalc();
    expect(shown(findings)).toEqual([`isms-risk-without-action Risk Treatment Plan!${r22ActionCell(book.snapshot())}`, 'opportunities-none Opportunities!A4']);
    expect(findings.find((f) => f.code === 'isms-risk-without-action')?.todo).toMatch(/^Describe the action that treats 1 ISMS risk \(Risk Treatment Plan G\d+\)$/);
  });

  it('once its plan row names the action, R-22 is treated', () => {
    typed(book, actionForR22(book.snapshot()));
    expect(shown(recalc())).toEqual(['opportunities-none Opportunities!A4']);
  });
});
