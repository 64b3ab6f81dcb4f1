/**
 * A plan keyed by the register's risk ids: its rows belong to the risks whose ids they name, its
 * own action numbers ("ID": RTP-001) are never taken for risk ids, and an id that is no risk of the
 * register is reported at its cell.
 */
import { findTeamPlan } from '../../../core/team-plan/locate-team-plan';
import type { Grid } from './plan-fixtures';
import { DEC_31, JUNE_30, REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, codesAt, planLines, sheetOf, workbookOf } from './plan-fixtures';

/** The layout of a published ISO 27001 starter kit's treatment plan: an action id, then the risk id. */
const STARTER_KIT_PLAN: Grid = [
  ['ID', 'Risk ID', 'Action', 'Annex A Control', 'Owner', 'Start Date', 'Due Date', 'Budget (EUR)', 'Status', 'Verification'],
  ['RTP-001', 'R-001', 'Phishing-resistant MFA for every admin account', 'A 5.17 A 8.5', 'IT Operations Lead', '2026-02-01', '2026-06-30', 8000, 'In progress', 'Audit test'],
  ['RTP-002', 'R-001', 'Quarterly restore test of the offline backup', 'A 8.13', 'IT Operations Lead', '2026-02-01', 'Recurring', 2000, 'In progress', 'Test log'],
  ['RTP-003', 'R-002', 'Monthly phishing simulation', 'A 6.3', 'HR Lead', '2026-01-01', DEC_31, 3000, 'Open', 'LMS report'],
  ['RTP-004', 'R-009', 'Second logistics provider on standby', 'A 5.30', 'Procurement', '2026-04-01', DEC_31, 20000, 'Open', 'Supplier review'],
];

const register = sheetOf(REGISTER, REGISTER_GRID);

describe('a plan keyed by risk id', () => {
  it('reads the "Risk ID" column as the key, not the plan\'s own action ids', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Treatment plan', STARTER_KIT_PLAN)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ sheet: 'Treatment plan', headerRow: 0, keyedBy: 'id' });
    expect(plan?.columns).toEqual({ riskId: 1, action: 2, controlId: 3, owner: 4, dueDate: 6, status: 8 });
    expect(planLines(plan)).toEqual([
      '1: R-001 · 5.17: Phishing-resistant MFA for every admin account',
      '2: R-001 · 8.13: Quarterly restore test of the offline backup',
      '3: R-002 · 6.3: Monthly phishing simulation',
      '4: ? · 5.30: Second logistics provider on standby',
    ]);
  });

  it('keeps every control a cell names, the first as the row\'s control', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Treatment plan', STARTER_KIT_PLAN)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows[0]).toMatchObject({ controlId: '5.17', controlIds: ['5.17', '8.5'] });
    expect(plan?.rows[1]?.controlIds).toBeUndefined();
  });

  it('reads due dates typed as ISO text or as dates, and keeps text that is no date as typed', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Treatment plan', STARTER_KIT_PLAN)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows.map((r) => [r.dueDate, r.dueText])).toEqual([
      [JUNE_30, '2026-06-30'],
      [null, 'Recurring'],
      [DEC_31, String(DEC_31)],
      [DEC_31, String(DEC_31)],
    ]);
    expect(plan?.rows[0]?.cells).toMatchObject({ riskId: 'B2', action: 'C2', controlId: 'D2', owner: 'E2', dueDate: 'G2', status: 'I2', treatment: '', riskTitle: '' });
  });

  it('reports an id that is no risk of the register at its cell, once', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Treatment plan', STARTER_KIT_PLAN)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(codesAt(plan)).toEqual(['team-plan-risk-unknown Treatment plan!B5']);
    expect(plan?.findings[0]?.message).toContain("'R-009'");
  });

  it('finds the header under a title row and blank rows, and reads ids whatever their case and spacing', () => {
    const grid: Grid = [
      ['Risk treatment plan 2026 (owner: CISO, approved 2026-01-15)'],
      [],
      [],
      ['Risk ref', 'Planned action', 'Responsible', 'Target date', 'Progress'],
      ['r-001 ', 'Segment the backup network', 'IT Operations Lead', JUNE_30, '50%'],
      ['R-003', 'Outbound DLP rule for personal data', 'ISO', DEC_31, 'Not started'],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('RTP', grid, { merges: ['A1:E1'] })), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ headerRow: 3, keyedBy: 'id', findings: [] });
    expect(plan?.rows.map((r) => [r.riskId, r.typedKey, r.owner, r.status])).toEqual([
      ['R-001', 'r-001', 'IT Operations Lead', '50%'],
      ['R-003', 'R-003', 'ISO', 'Not started'],
    ]);
  });

  it('gives an action that names several risks in one cell to each of them', () => {
    const grid: Grid = [
      ['Risk ID', 'Action', 'Owner', 'Due date'],
      ['R-001, R-002', 'FIDO2 keys for all staff', 'ISO', DEC_31],
      ['R-003; R-042', 'Leaver access revoked within two hours', 'HR Lead', JUNE_30],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows.map((r) => [r.row, r.riskId, r.typedKey])).toEqual([
      [1, 'R-001', 'R-001'],
      [1, 'R-002', 'R-002'],
      [2, 'R-003', 'R-003'],
      [2, '', 'R-042'],
    ]);
    expect(codesAt(plan)).toEqual(['team-plan-risk-unknown Plan!A3']);
  });

  it('reads the treatment option the plan states, in the register\'s words', () => {
    const grid: Grid = [
      ['Risk ID', 'Treatment option', 'Action', 'Owner'],
      ['R-004', 'Mitigate', 'Second provider qualified', 'Procurement'],
      ['R-005', 'Share (insurance)', 'Cyber insurance renewed', 'CFO'],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows.map((r) => r.treatment)).toEqual(['mitigate', 'transfer']);
  });

  it('picks the sheet whose plan names the most risks, and reads only the sheet asked for', () => {
    const small: Grid = [
      ['Risk ID', 'Action', 'Owner'],
      ['R-001', 'Tabletop exercise', 'CISO'],
    ];
    const snapshot = workbookOf(register, sheetOf('Old actions', small), sheetOf('Treatment plan', STARTER_KIT_PLAN));
    expect(findTeamPlan(snapshot, { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS })?.sheet).toBe('Treatment plan');
    expect(findTeamPlan(snapshot, { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS, sheet: 'old actions' })?.sheet).toBe('Old actions');
    expect(findTeamPlan(snapshot, { skipSheets: new Set([REGISTER.toLowerCase(), 'treatment plan']), risks: REGISTER_RISKS })?.sheet).toBe('Old actions');
  });

  it('is no plan when none of its ids is a register risk, or the register has no risks', () => {
    const grid: Grid = [
      ['ID', 'Action', 'Owner', 'Due date'],
      ['A-1', 'Renew the firewall support contract', 'IT', DEC_31],
    ];
    expect(findTeamPlan(workbookOf(register, sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS })).toBeNull();
    expect(findTeamPlan(workbookOf(register, sheetOf('Treatment plan', STARTER_KIT_PLAN)), { skipSheets: SKIP_REGISTER, risks: [] })).toBeNull();
  });
});
