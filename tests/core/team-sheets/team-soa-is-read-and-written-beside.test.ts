/**
 * A team's own SoA is the SoA: its decisions count for the rules, Riskbook writes only its own
 * columns beside the team's and the controls it does not list in one block below, and every cell
 * the team typed stays as it was, run after run.
 */
import { check, generate } from '../../../core/engine';
import { ADDED_BLOCK_HEADING, TEAM_SOA_COLUMNS } from '../../../core/team-soa/riskbook-columns';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, applyPlan, sheet } from '../engine/engine-fixtures';
import { TEAM_SOA, registerWith, teamSoa2013Sheet, teamSoaSheet } from './team-fixtures';

function typedCells(snapshot: WorkbookSnapshot, name: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet(snapshot, name).values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && out.set(`${r}:${c}`, v)));
  return out;
}

describe("a team's own SoA beside the register", () => {
  const workbook = registerWith(teamSoaSheet(40));

  it('counts the decisions the team made: no applicability finding on a decided control', () => {
    const result = check(workbook, { now: NOW });
    expect(result.soaSheet).toBe(TEAM_SOA);
    const missing = result.findings.filter((f) => f.code === 'soa-applicability-missing');
    expect(missing).toEqual([]);
    expect(result.findings.map((f) => f.code)).not.toContain('soa-not-found');
    // The 53 controls it does not list are one finding, not 53.
    expect(result.findings.filter((f) => f.code === 'soa-missing-controls')).toHaveLength(1);
  });

  it('writes its columns beside the team and the missing controls below, and no team cell changes', () => {
    const before = typedCells(workbook, TEAM_SOA);
    const planned = generate(workbook, 'recalc', { now: NOW });
    expect(planned.plan.sheets.filter((s) => s.name === TEAM_SOA).map((s) => s.mode)).toEqual(['update']);
    expect(planned.plan.sheets.map((s) => s.role)).not.toContain('soa');
    const after = applyPlan(workbook, planned.plan);
    const now = typedCells(after, TEAM_SOA);
    for (const [cell, value] of before) expect([cell, now.get(cell)]).toEqual([cell, value]);

    const soa = sheet(after, TEAM_SOA);
    expect(soa.values[2]!.slice(6, 9)).toEqual(Object.values(TEAM_SOA_COLUMNS));
    const heading = soa.values.findIndex((row) => row[0] === ADDED_BLOCK_HEADING);
    expect(heading).toBe(3 + 40 + 1);
    expect(soa.values[heading + 1]![0]).toBe('A.6.4');
    expect(soa.values.length).toBe(heading + 1 + 53);
    expect(planned.findings.map((f) => f.code)).not.toContain('soa-missing-controls');
    expect(planned.changes.join('\n')).toMatch(/team's SoA on "SoA 2022" is read; 3 Riskbook column\(s\) added beside the team's; 53 rows added below/);
  });

  it('adds nothing twice on the next run', () => {
    const once = applyPlan(workbook, generate(workbook, 'recalc', { now: NOW }).plan);
    const again = generate(once, 'recalc', { now: LATER });
    const twice = applyPlan(once, again.plan);
    expect(sheet(twice, TEAM_SOA).values.length).toBe(sheet(once, TEAM_SOA).values.length);
    expect(sheet(twice, TEAM_SOA).values[2]).toEqual(sheet(once, TEAM_SOA).values[2]);
    expect(again.changes.join('\n')).not.toMatch(/added/);
  });

  it("leaves a team SoA called like Riskbook's sheet as it is, and uses it", () => {
    const named = registerWith(teamSoaSheet(93, 'Statement of Applicability'));
    const planned = generate(named, 'recalc', { now: NOW });
    const codes = planned.findings.map((f) => f.code);
    expect(codes).not.toContain('sheet-name-taken');
    expect(planned.plan.sheets.filter((s) => s.name.toLowerCase().includes('soa') || s.role === 'soa')).toEqual([]);
    expect(planned.plan.sheets.find((s) => s.name === 'Statement of Applicability')?.mode).toBe('update');
  });

  it('prefers the SoA Riskbook keeps once the workbook has one, and says the team sheet is not read', () => {
    const withOwn = applyPlan(registerWith(), generate(registerWith(), 'recalc', { now: NOW }).plan);
    const both: WorkbookSnapshot = { ...withOwn, sheets: [...withOwn.sheets, teamSoaSheet(40)] };
    const result = check(both, { now: LATER });
    expect(result.soaSheet).toBe('Statement of Applicability');
    expect(result.findings.filter((f) => f.code === 'soa-team-sheet-not-used').map((f) => f.sheet)).toEqual([TEAM_SOA]);
  });
});

describe('an SoA on its own', () => {
  const soaOnly: WorkbookSnapshot = { sheets: [teamSoaSheet(93)] };

  it('is checked with its own rules, and says which rules needed a register', () => {
    const result = check(soaOnly, { now: NOW });
    expect(result.usable).toBe(true);
    expect(result.registerSheet).toBeNull();
    expect(result.soaSheet).toBe(TEAM_SOA);
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain('soa-checked-without-register');
    // Implemented with evidence, exclusions justified, inclusions justified or partial: what is left is what an auditor would ask.
    expect(codes).not.toContain('soa-applicability-missing');
    expect(codes).not.toContain('soa-not-found');
    expect(codes).not.toContain('soa-exclusion-unjustified');
  });

  it('reports an applicable control with neither a reason nor a justification', () => {
    const result = check(soaOnly, { now: NOW });
    const unjustified = result.findings.filter((f) => f.code === 'soa-inclusion-unjustified').map((f) => f.cell);
    // Every third control has no justification text; partial ones count as applicable.
    expect(unjustified.length).toBeGreaterThan(20);
    expect(unjustified).toContain('C4');
  });

  it('generates nothing: there is no register to trace', () => {
    expect(generate(soaOnly, 'recalc', { now: NOW }).usable).toBe(false);
  });
});

describe('a team SoA still in the 2013 numbering', () => {
  const workbook = registerWith(teamSoa2013Sheet());

  it('is one error that asks for the migration, not 93 findings against the 2022 rules', () => {
    const result = check(workbook, { now: NOW });
    expect(result.findings.filter((f) => f.code === 'soa-edition-2013').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['SoA (2013)!A1']);
    expect(result.findings.filter((f) => f.code.startsWith('soa-')).map((f) => f.code)).toEqual(['soa-edition-2013']);
  });

  it('is neither written nor replaced by a 2022 SoA of Riskbook\'s on recalc', () => {
    const planned = generate(workbook, 'recalc', { now: NOW });
    expect(planned.plan.sheets.filter((s) => s.role === 'soa' || s.name === 'SoA (2013)')).toEqual([]);
    expect(planned.changes.join('\n')).toMatch(/uses the 2013 numbering; migrate it to 2022 first/);
  });
});
