/**
 * A team's own treatment plan is the plan: a risk it plans is treated, its rows are checked like
 * Riskbook's, and Riskbook creates no second plan beside it.
 */
import { check, generate } from '../../../core/engine';
import { NOW, applyPlan, sheet } from '../engine/engine-fixtures';
import { END_OF_YEAR, TEAM_PLAN, registerWith, registerWithoutTreatments, teamPlanSheet } from './team-fixtures';

describe("a team's own treatment plan", () => {
  it('removes treatment-missing for the risks it plans', () => {
    const without = check(registerWithoutTreatments(), { now: NOW });
    expect(without.findings.filter((f) => f.code === 'treatment-missing').length).toBeGreaterThan(0);
    const withPlan = check(registerWithoutTreatments(teamPlanSheet()), { now: NOW });
    expect(withPlan.findings.filter((f) => f.code === 'treatment-missing')).toEqual([]);
    expect(withPlan.findings.map((f) => f.code)).not.toContain('rtp-not-found');
  });

  it('reports a treated risk the plan has no row for, at the risk', () => {
    const plan = teamPlanSheet();
    const onlyOne = { ...plan, values: plan.values.slice(0, 2) };
    // The register says R-002 is mitigated; the plan has no row for it.
    const result = check(registerWith(onlyOne), { now: NOW });
    expect(result.findings.filter((f) => f.code === 'team-plan-risk-missing').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Risk register!A5']);
    expect(result.findings.map((f) => f.code)).not.toContain('rtp-row-missing');
  });

  it('leaves a risk that neither the register nor the plan treats untreated', () => {
    const plan = teamPlanSheet();
    const onlyOne = { ...plan, values: plan.values.slice(0, 2) };
    const result = check(registerWithoutTreatments(onlyOne), { now: NOW });
    expect(result.findings.filter((f) => f.code === 'treatment-missing').map((f) => f.message)).toEqual([expect.stringContaining('R-002')]);
  });

  it('checks its rows like the RTP: an overdue open action is found at its due date', () => {
    const plan = teamPlanSheet();
    const overdue = { ...plan, values: plan.values.map((row, r) => (r === 1 ? [row[0]!, row[1]!, row[2]!, 46000, 'Open'] : row)) };
    const result = check(registerWithoutTreatments(overdue), { now: NOW });
    expect(result.findings.filter((f) => f.code === 'rtp-overdue').map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${TEAM_PLAN}!D2`]);
  });

  it('stops Riskbook from creating its own plan beside it, and never writes the team sheet', () => {
    const workbook = registerWithoutTreatments(teamPlanSheet());
    const planned = generate(workbook, 'recalc', { now: NOW });
    expect(planned.plan.sheets.map((s) => s.role)).not.toContain('rtp');
    expect(planned.plan.sheets.map((s) => s.name)).not.toContain(TEAM_PLAN);
    expect(planned.changes.join('\n')).toMatch(/team's plan on "Treatment actions" is read/);
    const after = applyPlan(workbook, planned.plan);
    expect(sheet(after, TEAM_PLAN).values).toEqual(teamPlanSheet().values);
  });

  it("says once that Riskbook's own RTP, made before the team's plan was read, is no longer refreshed", () => {
    const older = applyPlan(registerWith(), generate(registerWith(), 'recalc', { now: NOW }).plan);
    const both = { ...older, sheets: [...older.sheets, teamPlanSheet()] };
    const result = check(both, { now: NOW });
    expect(result.findings.filter((f) => f.code === 'rtp-team-plan-in-use').map((f) => f.sheet)).toEqual(['Risk Treatment Plan']);
    expect(result.findings.map((f) => f.code)).not.toContain('rtp-row-missing');
  });
});

describe('controls the plan names', () => {
  it('trace a risk whose register names its measures in words only', () => {
    const base = registerWith();
    const register = base.sheets[0]!;
    // R-001's Controls cell says what is in place in words; the plan cites the Annex A ids.
    const words = { ...register, values: register.values.map((row, r) => (r === 3 ? row.map((v, c) => (c === 7 ? 'EDR and phishing training' : v)) : row)) };
    const plan = { name: TEAM_PLAN, values: [['Risk ID', 'Action', 'Annex A control', 'Owner', 'Due date', 'Status'], ['R-001', 'Phishing-resistant MFA', 'A 5.17 A 8.5', 'Head of IT', END_OF_YEAR, 'Open'], ['R-002', 'Disk encryption', '8.24', 'Head of IT', END_OF_YEAR, 'Open']] };
    const without = check({ ...base, sheets: [words] }, { now: NOW });
    expect(without.findings.filter((f) => f.code === 'control-free-text').map((f) => f.cell)).toEqual(['H4']);
    const result = check({ ...base, sheets: [words, plan] }, { now: NOW });
    expect(result.findings.map((f) => f.code)).not.toContain('control-free-text');
    const soa = applyPlan({ ...base, sheets: [words, plan] }, generate({ ...base, sheets: [words, plan] }, 'recalc', { now: NOW }).plan);
    const row = sheet(soa, 'Statement of Applicability').values.find((r) => r[0] === '5.17')!;
    expect(row).toContain('R-001');
  });
});
