/**
 * Between a plan's first and last row sit rows that plan nothing: blank rows, section headings, a
 * header repeated after a page break, a totals line, risk ids numbered in advance with nothing
 * beside them. They are passed over, never read as actions for a risk, and never reported.
 */
import { findTeamPlan } from '../../../core/team-plan/locate-team-plan';
import type { Grid } from './plan-fixtures';
import { DEC_31, JUNE_30, REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, codesAt, planLines, sheetOf, workbookOf } from './plan-fixtures';

const register = sheetOf(REGISTER, REGISTER_GRID);

describe('rows that are not plan rows', () => {
  it('passes over blank rows, headings, a repeated header and ids numbered in advance', () => {
    const grid: Grid = [
      ['Risk ID', 'Action', 'Owner', 'Due date', 'Status', 'Budget'],
      ['Technical actions', null, null, null, null, null],
      ['R-001', 'Immutable backups', 'IT', JUNE_30, 'Open', 2000],
      [],
      ['R-002', 'FIDO2 keys', 'ISO', DEC_31, 'Open', 15000],
      ['Risk ID', 'Action', 'Owner', 'Due date', 'Status', 'Budget'],
      ['R-003', 'Outbound DLP', 'ISO', DEC_31, 'Open', 10000],
      ['R-004'],
      ['R-005', null, null, null, null, null],
      ['Total', null, null, null, null, 27000],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid, { merges: ['A2:F2'] })), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(planLines(plan)).toEqual(['2: R-001: Immutable backups', '4: R-002: FIDO2 keys', '6: R-003: Outbound DLP']);
    expect(codesAt(plan)).toEqual([]);
  });

  it('reads a lone action under a risk as that risk\'s, but a lone line across the table as a heading', () => {
    const grid: Grid = [
      ['Risk ID', 'Action', 'Owner', 'Due date'],
      ['R-001', 'Immutable backups', 'IT', JUNE_30],
      [null, 'Restore test every quarter'],
      [null, 'Phase 2: supplier actions'],
      [null, 'Second provider qualified', 'Procurement', DEC_31],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid, { merges: ['B4:D4'] })), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(planLines(plan)).toEqual(['1: R-001: Immutable backups', '2: R-001: Restore test every quarter', '4: ?: Second provider qualified']);
    expect(codesAt(plan)).toEqual(['team-plan-risk-unknown Plan!A5']);
    expect(plan?.findings[0]?.message).toContain("'(blank)'");
  });
});
