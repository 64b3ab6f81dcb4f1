/**
 * "Recalculate & check traceability" on a register a team already keeps: every generated sheet
 * appears, the team's cells stay as typed, the findings describe the result, and doing it twice
 * changes nothing but the change log.
 */
import { check, generate, initRegister } from '../../../core/engine';
import { SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, REGISTER, applyPlan, headerCol, rowWhere, sheet, threeRiskRegister, typeInto } from './engine-fixtures';

// The cycle's sheet is written only when a person starts a new assessment cycle (tests/core/cycle).
const ALL_GENERATED = Object.values(SHEETS).filter((name) => name !== SHEETS.cycle);

function recalc(snapshot: WorkbookSnapshot, now = NOW): { after: WorkbookSnapshot; result: ReturnType<typeof generate> } {
  const result = generate(snapshot, 'recalc', { now });
  return { after: applyPlan(snapshot, result.plan), result };
}

describe('recalculate on a three-risk register', () => {
  const input = threeRiskRegister();
  const { after, result } = recalc(input);

  it('plans every generated sheet and the named ranges the formulas use', () => {
    expect(result.usable).toBe(true);
    expect(result.plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([REGISTER, ...ALL_GENERATED]));
    expect(result.plan.names.map((n) => n.name)).toEqual(expect.arrayContaining(['RB_ScoreMatrix', 'RB_BandMins', 'RB_LikelihoodKeys']));
    for (const name of ALL_GENERATED) expect(after.sheets.map((s) => s.name)).toContain(name);
  });

  it('keeps the register\'s own sheets first and hides only the Lists, settings and trail sheets', () => {
    expect(after.sheets[0]!.name).toBe(REGISTER);
    const hidden = after.sheets.filter((s) => s.hidden).map((s) => s.name).sort();
    expect(hidden).toEqual([SHEETS.lists, SHEETS.settings, SHEETS.trail].sort());
  });

  it('leaves every cell the team typed in the register as it was', () => {
    const before = sheet(input, REGISTER);
    const now = sheet(after, REGISTER);
    before.values.forEach((row, r) => row.forEach((v, c) => expect([r, c, now.values[r]?.[c]]).toEqual([r, c, v])));
    expect(now.merges).toEqual(['A1:L1']);
  });

  it('appends live score and level formulas for each risk', () => {
    const reg = sheet(after, REGISTER);
    const score = headerCol(reg, 'Inherent score');
    for (const r of [3, 4, 5]) expect(reg.formulas?.[r]?.[score]).toMatch(/^=/);
  });

  it('writes the free text "=not a formula" as text, never as a formula', () => {
    const reg = sheet(after, REGISTER);
    expect(reg.values[5]?.[11]).toBe('=not a formula');
    expect(reg.formulas?.[5]?.[11] ?? null).toBeNull();
  });

  it('reports on the workbook as it will be, not as it was', () => {
    const before = check(input, { now: NOW }).findings.map((f) => f.code);
    // No Methodology: the method is inferred from the register, and written for review by the plan.
    expect(before).toEqual(expect.arrayContaining(['soa-not-found', 'methodology-inferred', 'rtp-not-found']));
    const planned = result.findings.map((f) => f.code);
    for (const gone of ['soa-not-found', 'methodology-inferred', 'rtp-not-found']) expect(planned).not.toContain(gone);
    expect(planned).toContain('methodology-inferred-unapproved');
    expect(check(after, { now: NOW }).findings).toEqual(result.findings);
  });

  it('lists its findings on the Checks sheet with counts by severity', () => {
    const checks = sheet(after, SHEETS.checks);
    const text = checks.values.flat().filter((v) => typeof v === 'string').join('\n');
    for (const f of result.findings) expect(text).toContain(f.code);
  });

  it('appends one change-log row naming the action', () => {
    const log = sheet(after, SHEETS.changeLog);
    const actions = log.values.flat().filter((v) => v === 'Recalculate & check traceability');
    expect(actions).toHaveLength(1);
  });
});

describe('recalculating again', () => {
  const first = recalc(threeRiskRegister()).after;
  const second = recalc(first).after;

  it('gives the same workbook as once, apart from the new change-log row', () => {
    const without = (w: WorkbookSnapshot): unknown => w.sheets.filter((s) => s.name !== SHEETS.changeLog);
    expect(without(second)).toEqual(without(first));
    expect(second.names).toEqual(first.names);
  });

  it('says which sheets it created the first time and refreshed the second', () => {
    const firstChanges = recalc(threeRiskRegister()).result.changes;
    // First what happened to the team's own register, then the sheets Riskbook made.
    expect(firstChanges[0]).toBe(
      'Added 9 columns to the register "Risk register": Inherent score, Inherent level, Residual score, Residual level, Approved by, Approval date, Acceptance rationale, Inherent rating, Residual rating',
    );
    expect(firstChanges[1]).toBe(`Created ${[SHEETS.methodology, SHEETS.controls, SHEETS.rtp, SHEETS.soa, SHEETS.heatmap, SHEETS.opportunities, SHEETS.dashboard, SHEETS.controlView, SHEETS.maturity, SHEETS.checks, SHEETS.changeLog].join(', ')}`);
    expect(firstChanges).toContain('Risk Treatment Plan: 4 rows added');
    expect(recalc(first).result.changes).toEqual([`Refreshed ${[SHEETS.methodology, SHEETS.controls, SHEETS.rtp, SHEETS.soa, SHEETS.heatmap, SHEETS.opportunities, SHEETS.dashboard, SHEETS.controlView, SHEETS.maturity, SHEETS.checks, SHEETS.changeLog].join(', ')}`]);
  });

  it('adds exactly one change-log row each time', () => {
    const count = (w: WorkbookSnapshot): number => sheet(w, SHEETS.changeLog).values.flat().filter((v) => v === 'Recalculate & check traceability').length;
    expect(count(second)).toBe(2);
  });
});

describe('what a person typed into the generated sheets', () => {
  const first = recalc(threeRiskRegister()).after;
  const rtp = sheet(first, SHEETS.rtp);
  const soa = sheet(first, SHEETS.soa);
  const rtpRow = rowWhere(rtp, headerCol(rtp, 'Control ID'), '8.1');
  const soaRow = rowWhere(soa, headerCol(soa, 'Control ID'), '7.4');
  let edited = typeInto(first, SHEETS.rtp, rtpRow, headerCol(rtp, 'Due date'), 46400);
  edited = typeInto(edited, SHEETS.rtp, rtpRow, headerCol(rtp, 'Action'), 'Enforce BitLocker via Intune');
  edited = typeInto(edited, SHEETS.soa, soaRow, headerCol(soa, 'Applicable'), 'No');
  edited = typeInto(edited, SHEETS.soa, soaRow, headerCol(soa, 'Exclusion justification'), 'No CCTV: shared office, landlord runs it');
  // The team drops R-002 from the register: its RTP rows must stay, marked orphaned.
  const reg = sheet(edited, REGISTER);
  for (let c = 0; c < 12; c++) edited = typeInto(edited, REGISTER, rowWhere(reg, 0, 'R-002'), c, null);
  const { after, result } = recalc(edited, LATER);

  it('keeps an RTP action and due date, and the row itself once its risk is gone', () => {
    const plan = sheet(after, SHEETS.rtp);
    const row = rowWhere(plan, headerCol(plan, 'Action'), 'Enforce BitLocker via Intune');
    expect(plan.values[row]?.[headerCol(plan, 'Due date')]).toBe(46400);
    expect(plan.values[row]?.join(' ')).toMatch(/orphaned/i);
    expect(result.findings.map((f) => f.code)).toContain('rtp-orphaned-row');
  });

  it('keeps an SoA exclusion and its justification', () => {
    const s = sheet(after, SHEETS.soa);
    const row = rowWhere(s, headerCol(s, 'Control ID'), '7.4');
    expect(s.values[row]?.[headerCol(s, 'Applicable')]).toBe('No');
    expect(s.values[row]?.[headerCol(s, 'Exclusion justification')]).toBe('No CCTV: shared office, landlord runs it');
  });
});

describe('a workbook with no register', () => {
  it('plans nothing and says why', () => {
    const result = generate({ sheets: [{ name: 'Budget', values: [['Item', 'Cost'], ['Laptops', 1200]] }] }, 'recalc', { now: NOW });
    expect(result.usable).toBe(false);
    expect(result.plan.sheets).toEqual([]);
    expect(result.findings.map((f) => f.code)).toContain('register-not-found');
  });
});

describe('a new register', () => {
  it('starts with the default method, dropdowns and an empty register that checks clean', () => {
    const planned = initRegister({ now: NOW });
    const after = applyPlan({ sheets: [] }, planned.plan);
    expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Risk register', SHEETS.methodology, SHEETS.lists]));
    const errors = check(after, { now: NOW }).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});
