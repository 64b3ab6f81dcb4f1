/**
 * A team's plan rows take the shape of Riskbook's RTP rows so the RTP's rules check them where the
 * team keeps them: keyed `risk · control` where the plan names controls, by the risk alone where
 * it does not, every cell address pointing into the team's sheet.
 */
import { rtpKey } from '../../../core/outputs/rtp';
import { findTeamPlan } from '../../../core/team-plan/locate-team-plan';
import { planRowsAsRtp } from '../../../core/team-plan/plan-as-rtp';
import type { Grid } from './plan-fixtures';
import { DEC_31, JUNE_30, REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, sheetOf, workbookOf } from './plan-fixtures';

const register = sheetOf(REGISTER, REGISTER_GRID);

function planOf(grid: Grid) {
  const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('plan rows as RTP rows', () => {
  it('keys rows by risk and control where the plan has a control column', () => {
    const plan = planOf([
      ['Risk ID', 'Control', 'Action', 'Owner', 'Due date', 'Status', 'Approved by', 'Approval date', 'Effectiveness'],
      ['R-001', '5.17, 8.5', 'MFA for admins', 'IT', JUNE_30, 'Open', 'CEO', '2026-01-15', ''],
      ['R-002', '', 'Simulations', '', DEC_31, 'Open', '', '', ''],
      ['R-042', '8.12', 'DLP', 'ISO', DEC_31, 'Open', '', '', ''],
    ]);
    const rows = planRowsAsRtp(plan);
    expect(rows.map((r) => r.key)).toEqual([rtpKey('R-001', '5.17'), 'R-002', '']);
    expect(rows[0]).toMatchObject({ row: 1, riskId: 'R-001', controlId: '5.17', action: 'MFA for admins', owner: 'IT', dueDate: JUNE_30, approvedBy: 'CEO', orphaned: false });
    expect(rows[0]?.approvalDate).toBe(46037);
    expect(rows[0]?.cells).toEqual({
      riskId: 'A2', summary: '', inherentLevel: '', treatment: '', controlId: 'B2', controlTitle: '', action: 'C2', owner: 'D2', dueDate: 'E2',
      resources: '', status: 'F2', expectedResidualLevel: '', approvedBy: 'G2', approvalDate: 'H2', effectivenessReviewDate: '', effectivenessResult: 'I2', evidence: '', rowStatus: '',
    });
  });

  it('gives one row per control named, when asked', () => {
    const plan = planOf([
      ['Risk ID', 'Annex A control', 'Action', 'Owner'],
      ['R-001', 'A.5.17 / A.8.5', 'MFA for admins', 'IT'],
    ]);
    expect(planRowsAsRtp(plan, { eachControl: true }).map((r) => [r.key, r.cells.owner])).toEqual([
      [rtpKey('R-001', '5.17'), 'D2'],
      [rtpKey('R-001', '8.5'), 'D2'],
    ]);
  });

  it('keys rows by the risk alone where the plan names no controls, and anchors them on the title a title plan types', () => {
    const plan = planOf([
      ['Risk', 'Action', 'Owner', 'Due date'],
      ['Ransomware on file servers', 'Immutable backups', 'IT', JUNE_30],
    ]);
    const [row] = planRowsAsRtp(plan);
    expect(row).toMatchObject({ key: 'R-001', controlId: '' });
    expect(row?.cells).toMatchObject({ riskId: 'A2', summary: 'A2', controlId: '' });
  });
});
