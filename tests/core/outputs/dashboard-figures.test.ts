/**
 * The Dashboard's figures as the core counts them (`dashboardOf`), scenario by scenario: what each
 * one counts, in the terms of the rules that check the same things. LibreOffice holds the sheet's
 * formulas to these figures (tests/cli/libreoffice-dashboard.test.ts).
 */
import { check, dashboardOf, generate } from '../../../core/engine';
import type { DashboardFigures } from '../../../core/outputs/dashboard-figures';
import { RTP_HEADERS } from '../../../core/outputs/rtp';
import { SOA_HEADERS } from '../../../core/outputs/soa';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, REGISTER, applyPlan, headerCol, sheet, threeRiskRegister, typeInto } from '../engine/engine-fixtures';
import { TEAM_PLAN, registerWith, registerWithoutTreatments, teamPlanSheet, teamSoa2013Sheet, teamSoaSheet } from '../team-sheets/team-fixtures';

/** 2026-11-23, the day NOW falls on, as a serial date. */
const TODAY = 46349;
const YEAR = 365;

const HEADER = ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Residual likelihood', 'Residual impact', 'Approved by', 'Last review'];

/** A register of the given rows under HEADER (a title row, a blank row, the header on row 3). */
function register(rows: readonly (readonly CellValue[])[], header: readonly string[] = HEADER): WorkbookSnapshot {
  return { sheets: [{ name: REGISTER, values: [['Risk register'], [], [...header], ...rows.map((r) => [...r])] }] };
}

function figures(workbook: WorkbookSnapshot): DashboardFigures {
  const f = dashboardOf(workbook, { now: NOW });
  if (!f) throw new Error('no register');
  return f;
}

function byLevel(f: DashboardFigures): Record<string, [inherent: number, residual: number]> {
  return Object.fromEntries(f.levels.map((l) => [l.band.name, [l.inherent, l.residual]]));
}

function recalculated(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return applyPlan(workbook, generate(workbook, 'recalc', { now: NOW }).plan);
}

describe('risks by level', () => {
  it('counts each risk in the band of its inherent score and, once rescored, of its residual score', () => {
    // R-001 4 x 5 = 20 High, residual 2 x 4 = 8 Medium; R-002 2 x 5 = 10 Medium, residual 1 x 5 = 5 Medium; R-003 1 x 2 = 2 Low, not rescored.
    expect(byLevel(figures(threeRiskRegister()))).toEqual({ Low: [1, 0], Medium: [1, 2], High: [1, 0] });
  });

  it('leaves a risk whose impact is off the scale out of every band and out of the assessed risks', () => {
    const f = figures(register([
      ['R-1', 'Phishing', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY],
      ['R-2', 'Flood', 'COO', 2, 'Huge', 'Mitigate', null, null, null, TODAY],
    ]));
    expect(f.assessed).toBe(1);
    expect(f.levels.reduce((n, l) => n + l.inherent, 0)).toBe(1);
  });
});

describe('treatment of the assessed risks', () => {
  it("sorts them by the option the register's Treatment names, in the team's words; an unscored risk is not among them", () => {
    const f = figures(register([
      ['R-1', 'Phishing', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY],
      ['R-2', 'Supplier outage', 'CFO', 3, 4, 'Transfer to insurer', null, null, null, TODAY],
      ['R-3', 'Tailgating', 'COO', 1, 2, 'Risk accepted', null, null, null, TODAY],
      ['R-4', 'Laptop theft', 'CIO', 2, 2, 'No new actions needed', null, null, null, TODAY],
      ['R-5', 'Insider misuse', 'CISO', 3, 3, null, null, null, null, TODAY],
      ['R-6', 'DDoS', 'CTO', 3, 4, 'Mitigate or transfer', null, null, null, TODAY],
      ['R-7', 'Flood', 'COO', null, 4, 'Mitigate', null, null, null, TODAY],
    ]));
    expect(f.assessed).toBe(6);
    expect(f.treatment).toEqual({ treated: 2, accepted: 2, open: 2 });
  });

  it("counts a risk the team's plan treats while the register leaves it blank as open: the Dashboard reads the register's column", () => {
    const f = figures(registerWithoutTreatments(teamPlanSheet()));
    expect(f.treatment).toEqual({ treated: 0, accepted: 1, open: 2 });
  });
});

describe('above appetite and not accepted', () => {
  it('counts a risk whose level now is in a band the method does not accept, while nobody is recorded as approving it', () => {
    const f = figures(register([
      ['R-1', 'High, not rescored, unapproved', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY],
      ['R-2', 'High, residual Medium, unapproved', 'CISO', 4, 5, 'Mitigate', 2, 4, null, TODAY],
      ['R-3', 'High, residual Medium, approved', 'CISO', 4, 5, 'Mitigate', 2, 4, 'CEO', TODAY],
      ['R-4', 'High, residual Low', 'CISO', 4, 5, 'Mitigate', 1, 2, null, TODAY],
      ['R-5', 'Medium, not rescored, unapproved', 'CISO', 3, 3, 'Accept', null, null, null, TODAY],
      ['R-6', 'Low', 'CISO', 1, 2, 'Accept', null, null, null, TODAY],
    ]));
    expect(f.aboveAppetite).toBe(3);
  });
});

describe('reviews overdue', () => {
  it('counts reviews older than the interval as review-overdue does, a date typed as text included', () => {
    const workbook = register([
      ['R-1', 'Due today', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY - YEAR],
      ['R-2', 'A day late', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY - YEAR - 1],
      ['R-3', 'Typed as text', 'CISO', 4, 5, 'Mitigate', null, null, null, '2025-01-01'],
      ['R-4', 'Never reviewed', 'CISO', 4, 5, 'Mitigate', null, null, null, null],
      ['R-5', 'Recent', 'CISO', 4, 5, 'Mitigate', null, null, null, TODAY - 10],
    ]);
    expect(figures(workbook).reviewsOverdue).toBe(2);
    expect(check(workbook, { now: NOW }).findings.filter((f) => f.code === 'review-overdue')).toHaveLength(2);
  });

  it('keeps the oldest dates typed as text in its formula when there are more than it takes, so the overdue ones count', () => {
    // 45 distinct dates typed as text, the recent ones first: the five overdue come last.
    const recent = Array.from({ length: 40 }, (_, i) => [`R-${i + 1}`, 'Recent', 'CISO', 4, 5, 'Mitigate', null, null, null, `2026-10-${String(i % 28 + 1).padStart(2, '0')}`] as CellValue[]);
    const recentDistinct = recent.map((r, i) => { const copy = [...r]; copy[9] = i < 28 ? r[9]! : `2026-09-${String(i - 27).padStart(2, '0')}`; return copy; });
    const overdue = Array.from({ length: 5 }, (_, i) => [`R-${41 + i}`, 'Old', 'CISO', 4, 5, 'Mitigate', null, null, null, `2024-01-0${i + 1}`] as CellValue[]);
    const workbook = register([...recentDistinct, ...overdue]);
    expect(figures(workbook).reviewsOverdue).toBe(5);
    const dashboard = generate(workbook, 'recalc', { now: NOW }).plan.sheets.find((sp) => sp.name === SHEETS.dashboard)!;
    const formulas = dashboard.writes.flatMap((w) => w.cells.flat()).flatMap((c) => (c !== null && typeof c === 'object' ? [c.formula] : []));
    const reviews = formulas.find((f) => f.includes('TODAY()-365') && f.includes('"2024-01-01"'));
    expect(reviews).toBeDefined();
    for (let i = 1; i <= 5; i++) expect(reviews).toContain(`"2024-01-0${i}"`);
  });

  it('has no figure where the register has no Last review column', () => {
    const header = HEADER.slice(0, -1);
    expect(figures(register([['R-1', 'Phishing', 'CISO', 4, 5, 'Mitigate', null, null, null]], header)).reviewsOverdue).toBeNull();
  });
});

describe("the plan's actions", () => {
  it("counts Riskbook's RTP rows: done, overdue while open, without an owner unless cancelled", () => {
    let workbook = recalculated(threeRiskRegister());
    const rtp = sheet(workbook, SHEETS.rtp);
    const col = (h: string): number => headerCol(rtp, h);
    const first = 4;
    // Four actions: R-001 · 5.17, R-001 · 8.5, R-002 · 8.1, R-002 · 8.24.
    const typed: [row: number, header: string, value: CellValue][] = [
      [first, RTP_HEADERS.status, 'Done'],
      [first, RTP_HEADERS.dueDate, TODAY - 30],
      [first + 1, RTP_HEADERS.dueDate, TODAY - 1],
      [first + 1, RTP_HEADERS.status, 'In progress'],
      [first + 2, RTP_HEADERS.dueDate, '2026-01-01'],
      [first + 2, RTP_HEADERS.status, 'cancelled'],
      [first + 2, RTP_HEADERS.owner, null],
      [first + 3, RTP_HEADERS.owner, null],
      [first + 3, RTP_HEADERS.dueDate, '2026-02-01'],
    ];
    for (const [row, header, value] of typed) workbook = typeInto(workbook, SHEETS.rtp, row, col(header), value);
    const plan = figures(workbook).plan;
    expect(plan).toEqual({ actions: 4, done: 1, overdue: 2, withoutOwner: 1 });
    expect(check(workbook, { now: NOW }).findings.filter((f) => f.code === 'rtp-overdue')).toHaveLength(plan!.overdue);
  });

  it("counts the team's plan when it keeps one", () => {
    const plan = teamPlanSheet();
    const late = { ...plan, values: plan.values.map((row, r) => (r === 1 ? [row[0]!, row[1]!, null, TODAY - 5, 'Open'] : row)) };
    expect(figures(recalculated(registerWithoutTreatments(late))).plan).toEqual({ actions: 2, done: 0, overdue: 1, withoutOwner: 1 });
    expect(sheet(recalculated(registerWithoutTreatments(late)), TEAM_PLAN).values).toEqual(late.values);
  });
});

describe("the SoA's controls", () => {
  it("counts Riskbook's SoA: decided, justified as the SoA rules judge, implemented, with evidence", () => {
    let workbook = recalculated(threeRiskRegister());
    const soa = sheet(workbook, SHEETS.soa);
    const col = (h: string): number => headerCol(soa, h);
    const rowOf = (id: string): number => soa.values.findIndex((r) => r[col(SOA_HEADERS.controlId)] === id);
    const type = (id: string, header: string, value: CellValue): void => {
      workbook = typeInto(workbook, SHEETS.soa, rowOf(id), col(header), value);
    };
    // 5.17, 8.5, 8.1 and 8.24 are cited by risks: Riskbook suggests Yes, and the links justify them.
    type('5.17', SOA_HEADERS.implementationStatus, 'Implemented');
    type('5.17', SOA_HEADERS.evidence, 'MFA report');
    type('8.5', SOA_HEADERS.implementationStatus, 'implemented');
    type('5.1', SOA_HEADERS.applicable, 'Yes');
    type('5.1', SOA_HEADERS.reasonLegal, 'Yes');
    type('5.2', SOA_HEADERS.applicable, 'y');
    type('5.3', SOA_HEADERS.applicable, 'No');
    type('5.4', SOA_HEADERS.applicable, 'No');
    type('5.4', SOA_HEADERS.exclusionJustification, 'No such processing');
    const f = figures(workbook);
    expect(f.soa).toEqual({ controls: 93, decided: 8, justified: 6, implemented: 2, withEvidence: 1 });
    const unjustified = check(workbook, { now: NOW }).findings.filter((x) => x.code === 'soa-inclusion-unjustified' || x.code === 'soa-exclusion-unjustified');
    expect(unjustified).toHaveLength(f.soa!.decided - f.soa!.justified);
  });

  it("counts the team's SoA when it is the one in use", () => {
    // 40 controls listed: every tenth excluded with a reason, the rest implemented with evidence.
    const f = figures(recalculated(registerWith(teamSoaSheet())));
    expect(f.soa).toEqual(expect.objectContaining({ decided: 40, implemented: 36, withEvidence: 36 }));
  });

  it('has no evidence figure for a team SoA without an evidence column, and counts no SoA in the 2013 numbering', () => {
    const soa = teamSoaSheet();
    const noEvidence = { ...soa, values: soa.values.map((row) => row.slice(0, 5)) };
    expect(figures(recalculated(registerWith(noEvidence))).soa).toEqual(expect.objectContaining({ implemented: 36, withEvidence: null }));
    expect(figures(recalculated(registerWith(teamSoa2013Sheet()))).soa).toBeNull();
  });
});

describe('findings by severity', () => {
  it('are the counts of the check the Checks sheet lists', () => {
    const workbook = recalculated(threeRiskRegister());
    const summary = check(workbook, { now: NOW }).summary;
    expect(figures(workbook).findings).toEqual({ errors: summary.errors, warnings: summary.warnings, infos: summary.infos });
    expect(summary.warnings + summary.errors).toBeGreaterThan(0);
  });
});
