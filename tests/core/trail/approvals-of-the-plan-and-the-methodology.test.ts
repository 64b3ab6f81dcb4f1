/**
 * Approvals that expire, for the plan's actions and the Methodology (issue 15 items 2 and 6): the
 * trail records what an RTP row's approval and the Methodology's approval approved when first seen;
 * a later change makes the RTP approval `approval-stale` and the Methodology
 * `methodology-changed-since-approval`, naming what changed; risks approved under the method as it
 * was are `risk-approved-under-older-methodology`, one finding for them all. Approving again
 * clears each. Scenario: ACME's three risks on the 5 x 5 preset, run on successive days.
 */
import { serialFromIso } from '../../../core/dates';
import { generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { cellAddress } from '../../../core/workbook/a1';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { threeRiskRegister } from '../engine/engine-fixtures';

const RTP = 'Risk Treatment Plan';
const REGISTER = 'Risk register';
const METHODOLOGY = 'Methodology';
const APPROVED = serialFromIso('2026-11-20')!;

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  return snapshot.sheets.find((s) => s.name === name)!;
}

function find(sheet: SheetSnapshot, text: string, from = 0): { row: number; col: number } {
  for (let row = from; row < sheet.values.length; row++) {
    const col = (sheet.values[row] ?? []).findIndex((v) => v === text);
    if (col >= 0) return { row, col };
  }
  throw new Error(`no ${text} on ${sheet.name}`);
}

/** A cell on a keyed table: the row whose first column holds `key` (and whose `Control ID` is `control`), under `header`. */
function tableCell(snapshot: WorkbookSnapshot, name: string, keyHeader: string, key: string, header: string, control?: string): string {
  const sheet = sheetOf(snapshot, name);
  const head = find(sheet, keyHeader);
  const col = (sheet.values[head.row] ?? []).indexOf(header);
  const controlCol = (sheet.values[head.row] ?? []).indexOf('Control ID');
  for (let r = head.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (row[head.col] === key && (control === undefined || row[controlCol] === control)) return cellAddress(r, col);
  }
  throw new Error(`no ${key} on ${name}`);
}

/** The value cell right of a Methodology label. */
function methodologyValue(snapshot: WorkbookSnapshot, label: string): string {
  const at = find(sheetOf(snapshot, METHODOLOGY), label);
  return cellAddress(at.row, at.col + 1);
}

const r001 = (snapshot: WorkbookSnapshot, header: string): string => tableCell(snapshot, REGISTER, 'Risk ID', 'R-001', header);
const action = (snapshot: WorkbookSnapshot, header: string): string => tableCell(snapshot, RTP, 'Risk ID', 'R-001', header, '5.17');

describe('approvals of the plan and of the methodology', () => {
  const book = MemoryWorkbook.fromSnapshot(threeRiskRegister());
  let last: Finding[] = [];
  const run = (day: string): Finding[] => {
    const r = generate(book.snapshot(), 'recalc', { now: `${day}T09:00:00Z`, preset: '5x5' });
    book.apply(r.plan);
    last = r.findings;
    return last;
  };
  const type = (sheet: string, cell: string, value: string | number): void => {
    book.apply({ sheets: [{ name: sheet, mode: 'update', writes: [{ at: cell, cells: [[value]] }], formats: [], validations: [], conditionalFormats: [] }], names: [] });
  };
  const byCode = (code: string, findings = last): Finding[] => findings.filter((f) => f.code === code);

  beforeAll(() => {
    run('2026-11-20');
    const wb = book.snapshot();
    type(METHODOLOGY, methodologyValue(wb, 'Approved by'), 'ISMS board');
    type(METHODOLOGY, methodologyValue(wb, 'Approved on'), APPROVED);
    type(METHODOLOGY, methodologyValue(wb, 'Risk appetite statement'), 'Nothing High stays untreated.');
    type(RTP, action(wb, 'Due date'), serialFromIso('2026-12-31')!);
    type(RTP, action(wb, 'Approved by'), 'CFO');
    type(RTP, action(wb, 'Approval date'), APPROVED);
    type(REGISTER, r001(wb, 'Approved by'), 'CFO');
    type(REGISTER, r001(wb, 'Approval date'), APPROVED);
  });

  it('records each approval when first seen: nothing is stale yet', () => {
    run('2026-11-21');
    for (const code of ['approval-stale', 'methodology-changed-since-approval', 'risk-approved-under-older-methodology', 'methodology-unapproved']) expect(byCode(code)).toEqual([]);
    const trail = sheetOf(book.snapshot(), 'Riskbook trail');
    expect(trail.values.map((r) => r[0])).toEqual(expect.arrayContaining(['RTP approvals', 'methodology approval']));
  });

  it('a changed due date makes the action\'s approval stale, saying what it was and is', () => {
    type(RTP, action(book.snapshot(), 'Due date'), serialFromIso('2027-03-31')!);
    run('2026-11-22');
    expect(byCode('approval-stale')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: RTP,
        cell: action(book.snapshot(), 'Approved by'),
        message: 'RTP action for risk R-001 and control 5.17 was approved on 2026-11-20 for due date 2026-12-31; now 2027-03-31: approve it again.',
      }),
    ]);
  });

  it('a changed review interval and appetite make the methodology changed since its approval, and R-001 approved under the older one', () => {
    const wb = book.snapshot();
    type(METHODOLOGY, methodologyValue(wb, 'Review interval (days)'), 180);
    type(METHODOLOGY, methodologyValue(wb, 'Risk appetite statement'), 'Nothing High stays untreated beyond 90 days.');
    run('2026-11-23');
    expect(byCode('methodology-changed-since-approval')).toEqual([
      expect.objectContaining({
        sheet: METHODOLOGY,
        cell: methodologyValue(book.snapshot(), 'Approved on'),
        message: 'The methodology was approved by ISMS board on 2026-11-20 (version 1.0); since then the review interval and the risk appetite statement changed: approve it again.',
      }),
    ]);
    const [older] = byCode('risk-approved-under-older-methodology');
    expect(older).toMatchObject({ sheet: REGISTER, cell: r001(book.snapshot(), 'Approved by') });
    expect(older?.message).toMatch(/^Risk R-001 was approved on 2026-11-20 under methodology #\w+; the methodology is now #\w+ \(version 1\.0\)\.$/);
  });

  it('approving again clears each: the methodology, the action and the risk', () => {
    const wb = book.snapshot();
    const again = serialFromIso('2026-11-24')!;
    type(METHODOLOGY, methodologyValue(wb, 'Approved on'), again);
    type(RTP, action(wb, 'Approval date'), again);
    type(REGISTER, r001(wb, 'Approval date'), again);
    run('2026-11-24');
    for (const code of ['approval-stale', 'methodology-changed-since-approval', 'risk-approved-under-older-methodology']) expect(byCode(code)).toEqual([]);
  });

  it('an approval older than the review interval is stale: the methodology\'s and the action\'s', () => {
    run('2027-06-01');
    expect(byCode('approval-stale').map((f) => [f.sheet, f.message])).toEqual(expect.arrayContaining([
      [METHODOLOGY, 'The methodology (version 1.0) was approved on 2026-11-24 more than 180 days ago, longer than the review interval: approve it again.'],
      [RTP, 'RTP action for risk R-001 and control 5.17 was approved on 2026-11-24 more than 180 days ago, longer than the review interval: approve it again.'],
    ]));
  });
});
