/**
 * A register is never read as a treatment plan, though its headers often name an action, an owner
 * and a status ("Mitigation plan", "Risk owner", "Status"): a sheet whose header names a likelihood
 * and an impact is a register, skipped or not. An SoA is no plan either, though it names controls,
 * owners, statuses and sometimes the risks behind them: without an action column, controls are a
 * plan only beside the treatment option. Nor is a workbook without a plan sheet given one: of the
 * public workbooks of the adoption corpus, only the one that keeps a plan has one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../../cli/xlsx/workbook-io';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { ownSheetNames, resolveOwnSheets } from '../../../core/ownership/own-sheets';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { findTeamPlan, isRegisterSheet } from '../../../core/team-plan/locate-team-plan';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE } from '../register/fixtures';
import type { Grid } from './plan-fixtures';
import { REGISTER, REGISTER_GRID, REGISTER_RISKS, SKIP_REGISTER, risksOf, sheetOf, workbookOf } from './plan-fixtures';

/** A register that plans in its own columns: mitigation plan, owner, status, target date. */
const REGISTER_WITH_PLAN_COLUMNS: Grid = [
  ['Risk ID', 'Risk Name', 'Asset', 'Risk Owner', 'Likelihood', 'Impact', 'Risk Score', 'Mitigation Strategy', 'Status', 'Target Completion Date'],
  ['R-001', 'Phishing attack', 'Microsoft 365', 'IT Manager', 5, 5, 25, 'MFA and phishing training', 'Open', '2026-08-31'],
  ['R-002', 'SQL injection', 'Customer portal', 'Application Manager', 4, 5, 20, 'Secure coding and penetration tests', 'Open', '2026-09-15'],
];

describe('registers and SoAs are not plans', () => {
  it('gives no plan for a workbook that holds only a register, whether the register is skipped or not', () => {
    const register = sheetOf('Risks', REGISTER_WITH_PLAN_COLUMNS);
    const risks = risksOf(register);
    expect(risks.map((r) => r.id)).toEqual(['R-001', 'R-002']);
    expect(isRegisterSheet(register)).toBe(true);
    expect(findTeamPlan(workbookOf(register), { skipSheets: new Set(['risks']), risks })).toBeNull();
    expect(findTeamPlan(workbookOf(register), { skipSheets: new Set(), risks })).toBeNull();
    expect(findTeamPlan(workbookOf(register), { skipSheets: new Set(), risks, sheet: 'Risks' })).toBeNull();
  });

  it('gives no plan for an old copy of the register kept beside it', () => {
    const copy = sheetOf('Register 2025', REGISTER_GRID.map((row, r) => [...row, r === 0 ? 'Mitigation plan' : 'Patch', r === 0 ? 'Status' : 'Open']));
    expect(findTeamPlan(workbookOf(sheetOf(REGISTER, REGISTER_GRID), copy), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS })).toBeNull();
  });

  it('gives no plan for an SoA whose reference column names the risks behind its controls', () => {
    const soa: Grid = [
      ['Control ID', 'Control Name', 'Applicable', 'Justification', 'Implementation Status', 'Owner', 'Reference'],
      ['A.5.17', 'Authentication information', 'Yes', 'Risk treatment', 'Implemented', 'ISO', 'R-001, R-002'],
      ['A.8.12', 'Data leakage prevention', 'Yes', 'Risk treatment', 'Planned', 'ISO', 'R-003'],
    ];
    expect(findTeamPlan(workbookOf(sheetOf(REGISTER, REGISTER_GRID), sheetOf('SoA', soa)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS })).toBeNull();
  });

  it('reads a plan that names the controls to put in place beside the treatment option, with no action column', () => {
    const grid: Grid = [
      ['Risk ID', 'Risk Description', 'Treatment Option', 'Control(s) Selected', 'Responsible Person', 'Target Date', 'Status'],
      ['R-001', 'Ransomware', 'Modify', 'A.8.13, A.8.7', 'IT Operations Lead', 'Q3 2026', 'In Progress'],
    ];
    const plan = findTeamPlan(workbookOf(sheetOf(REGISTER, REGISTER_GRID), sheetOf('RTP', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows[0]).toMatchObject({ riskId: 'R-001', treatment: 'mitigate', controlId: '8.13', controlIds: ['8.13', '8.7'], action: '', dueText: 'Q3 2026' });
  });

  it('reads a plan that states the residual risk it expects, which names no likelihood or impact', () => {
    const grid: Grid = [
      ['Risk ID', 'Action', 'Owner', 'Due date', 'Expected residual risk'],
      ['R-001', 'Immutable backups', 'IT', '2026-06-30', 'Medium'],
    ];
    const plan = findTeamPlan(workbookOf(sheetOf(REGISTER, REGISTER_GRID), sheetOf('Plan', grid)), { skipSheets: SKIP_REGISTER, risks: REGISTER_RISKS });
    expect(plan?.rows[0]?.expectedResidualLevel).toBe('Medium');
  });
});

const PUBLIC = join(__dirname, '../../corpus/public');
/** Public workbooks that hold a team's own treatment plan: the plan's sheet, by file. */
const PLANS: Readonly<Record<string, string>> = { 'cenedril_isms.xlsx': 'risk-treatment-plan' };

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(join(PUBLIC, file))));
}

describe('the public corpus', () => {
  const files = readdirSync(PUBLIC).filter((f) => f.endsWith('.xlsx')).sort();

  it('has workbooks to look at', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s has no treatment plan but where one is kept', async (file) => {
    const snapshot = await snapshotOf(file);
    const own = ownSheetNames(resolveOwnSheets(snapshot));
    const { location } = locateRegister(snapshot, { ownSheets: own });
    const risks = location ? readRisks(snapshot, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE).risks : [];
    const skipSheets = new Set([...own, ...(location ? [location.sheet.toLowerCase()] : [])]);
    expect(findTeamPlan(snapshot, { skipSheets, risks })?.sheet ?? null).toBe(PLANS[file] ?? null);
    // The register itself is never the plan, skipped or not.
    expect(findTeamPlan(snapshot, { skipSheets: own, risks })?.sheet ?? null).toBe(PLANS[file] ?? null);
  });

  it("reads every row of the starter kit's plan as an action for a register risk", async () => {
    const snapshot = await snapshotOf('cenedril_isms.xlsx');
    const { location } = locateRegister(snapshot);
    const risks = readRisks(snapshot, location!, FIVE_BY_FIVE, ANNEX_A_CATALOGUE).risks;
    const plan = findTeamPlan(snapshot, { skipSheets: new Set([location!.sheet.toLowerCase()]), risks });
    expect(plan).toMatchObject({ keyedBy: 'id', findings: [] });
    expect(plan?.columns).toMatchObject({ riskId: 1, action: 2, controlId: 3, owner: 4, dueDate: 6, status: 8 });
    expect(plan?.rows.map((r) => r.riskId)).toEqual(['R-001', 'R-001', 'R-001', 'R-002', 'R-002', 'R-003', 'R-003', 'R-004', 'R-004', 'R-005', 'R-005']);
    expect(plan?.rows[7]).toMatchObject({ controlId: '5.30', controlIds: ['5.30', '5.22'], dueText: expect.stringMatching(/2026-12-31|46387/) });
    expect(plan?.rows[2]).toMatchObject({ dueDate: null, dueText: 'Recurring' });
  });
});
