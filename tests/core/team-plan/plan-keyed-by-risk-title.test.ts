/**
 * A plan with no risk ids names its risks by title: a row belongs to the risk whose title (else
 * threat, else description) is the same text after case, accents, spacing and punctuation. A title
 * no risk has is `team-plan-risk-unknown`, a title several risks share `team-plan-risk-ambiguous`,
 * each at the cell where the title was typed.
 */
import { findTeamPlan } from '../../../core/team-plan/locate-team-plan';
import type { Grid } from './plan-fixtures';
import { DEC_31, JUNE_30, REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, planLines, risksOf, sheetOf, workbookOf } from './plan-fixtures';

const register = sheetOf(REGISTER, REGISTER_GRID);

const BY_TITLE: Grid = [
  ['Risk', 'Mitigation plan', 'Assigned to', 'Deadline', 'Status'],
  ['Ransomware on file servers', 'Immutable backups', 'IT Operations Lead', JUNE_30, 'In progress'],
  ['PHISHING  leading to credential-compromise.', 'Phishing simulation every month', 'ISO', DEC_31, 'Open'],
  ['Supplier outage', 'Second provider qualified', 'Procurement', DEC_31, 'Open'],
  ['Laptop theft', 'Full-disk encryption', 'IT', DEC_31, 'Open'],
];

describe('a plan keyed by risk title', () => {
  it('gives each row to the risk of the same title, whatever its case, spacing and punctuation', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Actions', BY_TITLE)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ keyedBy: 'title', columns: { riskTitle: 0, action: 1, owner: 2, dueDate: 3, status: 4 } });
    expect(planLines(plan)).toEqual([
      '1: R-001: Immutable backups',
      '2: R-002: Phishing simulation every month',
      '3: ?: Second provider qualified',
      '4: ?: Full-disk encryption',
    ]);
    expect(plan?.rows[1]?.typedKey).toBe('PHISHING  leading to credential-compromise.');
  });

  it('reports a title several risks share and a title no risk has, at their cells', () => {
    const plan = findTeamPlan(workbookOf(register, sheetOf('Actions', BY_TITLE)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['team-plan-risk-ambiguous', 'warning', 'A4'],
      ['team-plan-risk-unknown', 'warning', 'A5'],
    ]);
    expect(plan?.findings[0]?.message).toContain('2 risks (R-004 and R-005)');
    expect(plan?.findings[1]?.message).toContain("'Laptop theft'");
    // A key cell for the rules to fall back to, though the plan has no id column.
    expect(plan?.rows[3]?.cells).toMatchObject({ riskTitle: 'A5', riskId: '' });
  });

  it("matches a risk's threat where the register keeps no title", () => {
    const noTitles = sheetOf(REGISTER, REGISTER_GRID.map((row) => [row[0]!, ...row.slice(2)]));
    const grid: Grid = [
      ['Threat', 'Action', 'Owner', 'Due date'],
      ['Ransomware', 'Immutable backups', 'IT', JUNE_30],
      ['Malicious insider', 'Outbound DLP', 'ISO', DEC_31],
    ];
    const plan = findTeamPlan(workbookOf(noTitles, sheetOf('Actions', grid)), { skipSheets: SKIP_REGISTER, risks: risksOf(noTitles) });
    expect(plan?.rows.map((r) => r.riskId)).toEqual(['R-001', 'R-003']);
  });

  it('is keyed by id where a column read as the title holds the register\'s ids', () => {
    const grid: Grid = [
      ['Risk', 'Action', 'Owner'],
      ['R-002', 'FIDO2 keys', 'ISO'],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Actions', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ keyedBy: 'id', columns: { riskId: 0 } });
    expect(plan?.rows[0]?.riskId).toBe('R-002');
  });

  it('is keyed by title where its id column holds the plan\'s own numbers', () => {
    const grid: Grid = [
      ['No.', 'Risk title', 'Action', 'Owner'],
      [1, 'Ransomware on file servers', 'Immutable backups', 'IT'],
      [2, 'Phishing leading to credential compromise', 'Simulations', 'ISO'],
    ];
    const plan = findTeamPlan(workbookOf(register, sheetOf('Actions', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan).toMatchObject({ keyedBy: 'title' });
    expect(plan?.columns).toEqual({ riskTitle: 1, action: 2, owner: 3 });
    expect(plan?.rows.map((r) => r.riskId)).toEqual(['R-001', 'R-002']);
  });
});
