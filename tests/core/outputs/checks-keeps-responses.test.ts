/**
 * The Checks sheet keeps a team's responses: an "Our response" column added beside the findings,
 * carried by finding (code, sheet and cell) as the list changes; notes above and below the
 * table. A finding that is no longer reported loses its row, unless someone responded to it:
 * then the row stays, greyed, saying it is no longer reported.
 */
import { CHECKS_NO_LONGER_REPORTED, checksSheetPlan } from '../../../core/outputs/checks';
import { ORPHAN_FILL } from '../../../core/outputs/layout';
import { finding } from '../../../core/findings/report';
import type { Finding } from '../../../core/findings/finding';
import { rangeAddress } from '../../../core/workbook/a1';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../core/workbook/names';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { LATER, NOW, headerCol, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { STAMP } from './fixtures';
import { cellsOf, planOf, rowOf, run, shown, type } from './people-edits';

const RESPONSE = 'Our response';
/** A due date well after NOW, as a serial. */
const DUE = 46500;

/** 0-based row of the findings' header, under the counts, the to-do list and the summary by rule. */
function headerOf(s: SheetSnapshot): number {
  return rowOf(s, 1, 'Code');
}

/** 0-based column of one of the findings' headers. */
function checksCol(s: SheetSnapshot, header: string): number {
  const c = (s.values[headerOf(s)] ?? []).indexOf(header);
  if (c < 0) throw new Error(`no header ${header} on ${s.name}`);
  return c;
}

/** The Checks row of the finding with this code whose message contains `about`. */
function findingRow(s: SheetSnapshot, code: string, about: string): number {
  const codeCol = checksCol(s, 'Code');
  const messageCol = checksCol(s, 'Message');
  const r = s.values.findIndex((row) => row[codeCol] === code && String(row[messageCol] ?? '').includes(about));
  if (r < 0) throw new Error(`no ${code} about ${about} on ${s.name}`);
  return r;
}

function hasFinding(s: SheetSnapshot, code: string, about: string): boolean {
  try {
    findingRow(s, code, about);
    return true;
  } catch {
    return false;
  }
}

function greyed(plan: SheetPlan, row: number): boolean {
  return plan.formats.some((f) => f.fill === ORPHAN_FILL && f.range.startsWith(`A${row + 1}:`));
}

describe('Checks on a three-risk register, with responses typed between two runs', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const checks = sheet(first, SHEETS.checks);
  const header = headerOf(checks);
  const responseCol = checksCol(checks, 'Fix') + 1;
  const last = checks.values.length - 1;
  // The new plan's missing due dates are one finding, the SoA's undecided controls another.
  const undated = findingRow(checks, 'rtp-due-missing', 'RTP actions have no due date');
  const undecided = findingRow(checks, 'soa-applicability-missing', 'controls are neither marked applicable');
  const inferred = findingRow(checks, 'methodology-inferred-unapproved', 'inferred from the register');

  let typed: WorkbookSnapshot = type(first, SHEETS.checks, [
    { row: header, col: responseCol, value: RESPONSE },
    { row: undated, col: responseCol, value: 'Hardware keys ordered, due in January' },
    { row: undecided, col: responseCol, value: 'Board decides in Q1' },
    { row: 2, col: 0, value: 'Reviewed weekly by the ISMS manager' },
    { row: 3, col: 6, value: 'Target: no errors by the audit' },
    { row: last + 2, col: 0, value: 'Next review: 2026-12-07' },
  ]);
  // Between the runs the team dates every action (a finding they responded to), decides control
  // 5.2 (one of the undecided, which stay one finding), and approves the inferred method by
  // deleting its "Inferred from the register" line (a finding nobody responded to).
  const rtp = sheet(typed, SHEETS.rtp);
  const dueCol = headerCol(rtp, 'Due date');
  const riskCol = headerCol(rtp, 'Risk ID');
  const actions = rtp.values.flatMap((row, r) => (r > rowOf(rtp, riskCol, 'Risk ID') && /^R-\d+$/.test(String(row[riskCol] ?? '')) ? [r] : []));
  typed = type(typed, SHEETS.rtp, actions.map((row) => ({ row, col: dueCol, value: DUE })));
  const soa = sheet(typed, SHEETS.soa);
  const control52 = soa.values.findIndex((row) => row[headerCol(soa, 'Control ID')] === '5.2');
  typed = type(typed, SHEETS.soa, [{ row: control52, col: headerCol(soa, 'Applicable'), value: 'Yes' }]);
  typed = type(typed, SHEETS.methodology, [{ row: 2, col: 0, value: null }]);
  const second = run(typed, LATER);
  const after = sheet(second.after, SHEETS.checks);
  const plan = planOf(second.result, SHEETS.checks);

  it('keeps the column the team added, with each response on its finding’s row', () => {
    // The header moved up with the shorter to-do list and summary above it; the column came along.
    expect(shown(after, headerOf(after), responseCol)).toBe(RESPONSE);
    const row = findingRow(after, 'soa-applicability-missing', 'controls are neither marked applicable');
    expect(shown(after, row, responseCol)).toBe('Board decides in Q1');
    // One fewer to decide: the finding is the same, its count is now's.
    expect(shown(after, row, checksCol(after, 'Message'))).toMatch(/^88 controls are neither/);
  });

  it('keeps a finding that is no longer reported when the team responded to it: marked, greyed, response intact', () => {
    const row = findingRow(after, 'rtp-due-missing', 'RTP actions have no due date');
    expect(shown(after, row, 0)).toBe(CHECKS_NO_LONGER_REPORTED);
    expect(shown(after, row, responseCol)).toBe('Hardware keys ordered, due in January');
    expect(greyed(plan, row)).toBe(true);
    expect(second.result.findings.some((f) => f.code === 'rtp-due-missing')).toBe(false);
  });

  it('drops a finding that is no longer reported when nobody typed beside it', () => {
    expect(hasFinding(checks, 'methodology-inferred-unapproved', 'inferred from the register')).toBe(true);
    expect(inferred).toBeGreaterThan(header);
    expect(hasFinding(after, 'methodology-inferred-unapproved', 'inferred from the register')).toBe(false);
  });

  it('keeps the notes above the table and beside the counts where they were', () => {
    expect(shown(after, 2, 0)).toBe('Reviewed weekly by the ISMS manager');
    expect(shown(after, 3, 6)).toBe('Target: no errors by the audit');
  });

  it('keeps the note below the table as far below its end as it was', () => {
    const note = rowOf(after, 0, 'Next review: 2026-12-07');
    expect(shown(after, note - 1, 0)).toBeNull();
    expect(shown(after, note - 2, 1)).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('counts the findings reported now, with the severity fills in place', () => {
    const counts = rowOf(after, 0, 'Errors') + 1;
    const { errors, warnings, infos, total } = second.result.summary;
    expect(after.values[counts]!.slice(0, 4)).toEqual([errors, warnings, infos, total]);
    expect(plan.formats).toContainEqual({ range: rangeAddress(counts - 1, 1, 2, 1), fill: '#FFEB9C' });
    const firstFinding = headerOf(after) + 1;
    expect(plan.formats.some((f) => f.fill === '#FFEB9C' && f.range.startsWith(`A${firstFinding + 1}`))).toBe(true);
  });

  it('changes nothing on a third run', () => {
    const third = run(second.after, LATER).after;
    expect(cellsOf(third, SHEETS.checks)).toEqual(cellsOf(second.after, SHEETS.checks));
  });
});

describe('Checks responses when one cell has several findings of one code', () => {
  const rowMissing = (control: string): Finding => finding('rtp-row-missing', 'Risk register', 'A4', { id: 'R-001', control });
  const render = (findings: readonly Finding[], existing?: SheetSnapshot): WorkbookSnapshot => {
    const wb = new MemoryWorkbook();
    wb.apply({ sheets: [checksSheetPlan(findings, STAMP, existing).sheet], names: [] });
    return wb.snapshot();
  };
  const first = render([rowMissing('5.17'), rowMissing('8.5'), finding('soa-stale', SHEETS.soa, 'A2', { then: 'aaaa', now: 'bbbb' })]);
  const s = sheet(first, SHEETS.checks);
  const col = checksCol(s, 'Fix') + 1;
  const typed = type(first, SHEETS.checks, [
    { row: headerOf(s), col, value: RESPONSE },
    { row: findingRow(s, 'rtp-row-missing', 'control 5.17'), col, value: 'Added to the RTP by hand' },
    { row: findingRow(s, 'rtp-row-missing', 'control 8.5'), col, value: 'Control 8.5 no longer applies' },
    { row: findingRow(s, 'soa-stale', 'register aaaa'), col, value: 'Regenerate after the workshop' },
  ]);

  it('tells them apart by message, and keeps a lone finding’s response when only its message changed', () => {
    const next = [rowMissing('8.5'), rowMissing('5.23'), finding('soa-stale', SHEETS.soa, 'A2', { then: 'aaaa', now: 'cccc' })];
    const after = sheet(render(next, findSheet(typed, SHEETS.checks)), SHEETS.checks);
    expect(shown(after, findingRow(after, 'rtp-row-missing', 'control 8.5'), col)).toBe('Control 8.5 no longer applies');
    expect(shown(after, findingRow(after, 'rtp-row-missing', 'control 5.23'), col)).toBeNull();
    const gone = findingRow(after, 'rtp-row-missing', 'control 5.17');
    expect([shown(after, gone, 0), shown(after, gone, col)]).toEqual([CHECKS_NO_LONGER_REPORTED, 'Added to the RTP by hand']);
    expect(shown(after, findingRow(after, 'soa-stale', 'now cccc'), col)).toBe('Regenerate after the workshop');
  });
});
