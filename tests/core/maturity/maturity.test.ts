/**
 * Maturity, stated: the workbook placed on the five levels of Clause 6.1 maturity from criteria the
 * checks verify, each with its status, what shows it and where to look; a level reached only when
 * its criteria and every lower level's are met. The Maturity sheet states "Maturity level N", and
 * its formulas compute the level from the statuses as the core does.
 */
import { generate, maturityOf } from '../../../core/engine';
import { RULES } from '../../../core/findings/catalogue';
import type { Finding } from '../../../core/findings/finding';
import type { Maturity, MaturityFacts } from '../../../core/maturity/maturity';
import { MATURITY_CRITERIA, MATURITY_LEVELS, assessMaturity } from '../../../core/maturity/maturity';
import { MATURITY_LEVEL_LABEL, MATURITY_TITLE, NOT_MET, maturitySheetPlan } from '../../../core/outputs/maturity-sheet';
import type { RtpRow } from '../../../core/outputs/rtp';
import type { SoaSheet } from '../../../core/outputs/soa';
import { roleOf } from '../../../core/ownership/own-sheets';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS, SHEET_ROLES } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, applyPlan, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { STAMP } from '../outputs/fixtures';
import { shownValues } from '../outputs/live-formula';
import { exampleSnapshot } from '../../support/example-register';

/** 2026-12-07 as a serial date. */
const TODAY = 46363;

/** A finding of a rule as the checks raise it (its wording does not matter here). */
function found(code: string, sheet = 'Risk register', cell = 'A5'): Finding {
  const rule = RULES.get(code);
  if (!rule) throw new Error(`no rule ${code}`);
  return { severity: rule.severity, code, sheet, cell, message: '', fix: '' };
}

const APPROVED_SOA: SoaSheet = {
  name: SHEETS.soa, headerRow: 4, headerCell: 'A5', version: '1.0', stamp: null, rows: [],
  approval: { approvedBy: 'CISO', approvedOn: TODAY - 10, cells: { version: 'B3', approvedBy: 'D3', approvedOn: 'H3' } },
};

function action(status: string, effectivenessResult: string, row = 4): RtpRow {
  return {
    row, riskId: 'R-1', controlId: '5.17', key: 'R-1 · 5.17', action: 'MFA', owner: 'Dana', dueDate: TODAY + 30, dueText: '', status, expectedResidualLevel: '',
    approvedBy: '', approvalDate: null, effectivenessReviewDate: null, effectivenessResult, evidence: '', orphaned: false,
    cells: { riskId: `A${row + 1}`, effectivenessResult: `P${row + 1}` } as RtpRow['cells'],
  };
}

/** A workbook that meets every criterion: no findings, the SoA approved, actions done and measured, a cycle closed. */
function optimised(patch: Partial<MaturityFacts> = {}): MaturityFacts {
  return {
    findings: [],
    riskCount: 12,
    soa: APPROVED_SOA,
    plan: { sheet: SHEETS.rtp, actions: [action('Done', 'Effective')] },
    loggedRuns: [TODAY - 400, TODAY - 30],
    cycleStarts: [TODAY - 400, TODAY - 35],
    reviewIntervalDays: 365,
    now: TODAY + 0.5,
    ...patch,
  };
}

function statusOf(m: Maturity, id: string): { met: boolean; shows: string; where?: string } {
  const s = m.criteria.find((c) => c.criterion.id === id);
  if (!s) throw new Error(`no criterion ${id}`);
  return s;
}

describe('the five levels', () => {
  it('places a workbook that meets every criterion at level 5, Optimised', () => {
    const m = assessMaturity(optimised());
    expect(m.level).toBe(5);
    expect(m.criteria.every((c) => c.met)).toBe(true);
  });

  it('are cumulative: an unmet criterion of level 2 holds the workbook at level 1, whatever it meets above', () => {
    expect(assessMaturity(optimised({ findings: [found('methodology-inferred-unapproved', 'Methodology', 'A3')] })).level).toBe(1);
    expect(assessMaturity(optimised({ findings: [found('review-overdue')] })).level).toBe(2);
    expect(assessMaturity(optimised({ findings: [found('rtp-overdue', SHEETS.rtp, 'I5')] })).level).toBe(3);
    expect(assessMaturity(optimised({ loggedRuns: [] })).level).toBe(4);
    expect(assessMaturity(optimised({ cycleStarts: [TODAY - 35] })).level).toBe(4);
  });

  it('give every level above the first its criteria, each id under its level', () => {
    for (const { level } of MATURITY_LEVELS.slice(1)) expect(MATURITY_CRITERIA.filter((c) => c.level === level).length).toBeGreaterThan(0);
    for (const c of MATURITY_CRITERIA) expect(c.id.startsWith(`${c.level}.`)).toBe(true);
    // Every rule a criterion names is a rule the checks raise.
    for (const c of MATURITY_CRITERIA) for (const code of c.codes ?? []) expect(RULES.has(code)).toBe(true);
  });
});

describe('each criterion', () => {
  it('says which findings stand in its way and where to look first', () => {
    const m = assessMaturity(optimised({ findings: [found('rtp-owner-missing', SHEETS.rtp, 'H5'), found('rtp-due-missing', SHEETS.rtp, 'I5')] }));
    expect(statusOf(m, '3.3')).toEqual({ criterion: expect.anything(), met: false, shows: '2 findings on the Checks sheet (rtp-owner-missing, rtp-due-missing).', where: `${SHEETS.rtp}, H5` });
  });

  it('2.2 and 4.6 count errors, not warnings: a methodology warning holds back neither', () => {
    const warning = assessMaturity(optimised({ findings: [found('methodology-band-colour', 'Methodology', 'B20')] }));
    expect([statusOf(warning, '2.2').met, statusOf(warning, '4.6').met]).toEqual([true, true]);
    const error = assessMaturity(optimised({ findings: [found('methodology-band-gap', 'Methodology', 'B20')] }));
    expect([statusOf(error, '2.2').met, statusOf(error, '4.6').met]).toEqual([false, false]);
    const registerError = assessMaturity(optimised({ findings: [found('residual-above-inherent')] }));
    expect([statusOf(registerError, '2.2').met, statusOf(registerError, '4.6').met]).toEqual([true, false]);
  });

  it('2.3 asks for a register that holds risks', () => {
    expect(statusOf(assessMaturity(optimised({ riskCount: 0 })), '2.3')).toMatchObject({ met: false, shows: 'The register holds no risk.' });
  });

  it('4.2 asks for the SoA\'s approval, who and when, and for no change since', () => {
    const unapproved = { ...APPROVED_SOA, approval: { ...APPROVED_SOA.approval!, approvedBy: '' } };
    expect(statusOf(assessMaturity(optimised({ soa: unapproved })), '4.2')).toMatchObject({ met: false, where: `${SHEETS.soa}, D3` });
    expect(statusOf(assessMaturity(optimised({ soa: null })), '4.2').met).toBe(false);
    expect(statusOf(assessMaturity(optimised({ findings: [found('soa-changed-since-approval', SHEETS.soa, 'H3')] })), '4.2').met).toBe(false);
  });

  it('4.5 asks every action marked Done for its effectiveness result', () => {
    const m = assessMaturity(optimised({ plan: { sheet: SHEETS.rtp, actions: [action('Done', 'Effective'), action('done', '', 5), action('In progress', '', 6)] } }));
    expect(statusOf(m, '4.5')).toMatchObject({ met: false, shows: '1 of 2 done actions have no effectiveness result.', where: `${SHEETS.rtp}, P6` });
    expect(statusOf(assessMaturity(optimised({ plan: { sheet: SHEETS.rtp, actions: [action('Planned', '')] } })), '4.5').met).toBe(false);
    expect(statusOf(assessMaturity(optimised({ plan: null })), '4.5').met).toBe(false);
  });

  it('5.1 asks for reviews on time across assessment cycles: one closed, a second begun; 5.2 for earlier runs logged within the interval', () => {
    expect(statusOf(assessMaturity(optimised({ cycleStarts: [] })), '5.1')).toMatchObject({ met: false, shows: 'No assessment cycle has begun: start one when an assessment is complete.' });
    expect(statusOf(assessMaturity(optimised({ cycleStarts: [TODAY - 200] })), '5.1')).toMatchObject({ met: false, shows: 'The first assessment cycle began on 2026-05-21; none has been closed yet.' });
    expect(statusOf(assessMaturity(optimised()), '5.1')).toMatchObject({ met: true, shows: '2 assessment cycles since 2025-11-02, the current one begun on 2026-11-02.' });
    expect(statusOf(assessMaturity(optimised({ findings: [found('review-overdue')] })), '5.1').met).toBe(false);
    const lapsed = assessMaturity(optimised({ loggedRuns: [TODAY - 800, TODAY - 500] }));
    expect(statusOf(lapsed, '5.2').met).toBe(false);
    // This run's own entry, at this very time, is not an earlier run.
    expect(statusOf(assessMaturity(optimised({ loggedRuns: [TODAY + 0.5] })), '5.2').met).toBe(false);
  });

  it('rests on the rules issue 15 added: the method\'s approval, the plan\'s evidence and effectiveness, the SoA\'s upkeep', () => {
    const held = (code: string, sheet: string): string[] =>
      assessMaturity(optimised({ findings: [found(code, sheet, 'B3')] })).criteria.filter((c) => !c.met).map((c) => c.criterion.id);
    expect(held('methodology-unapproved', 'Methodology')).toEqual(['2.1']);
    expect(held('methodology-changed-since-approval', 'Methodology')).toEqual(['2.1']);
    expect(held('risk-approved-under-older-methodology', 'Risk register')).toEqual(['4.1']);
    expect(held('rtp-done-without-evidence', SHEETS.rtp)).toEqual(['4.4']);
    expect(held('rtp-done-without-effectiveness', SHEETS.rtp)).toEqual(['4.5']);
    expect(held('rtp-not-effective-but-treated', SHEETS.rtp)).toEqual(['4.5']);
    for (const code of ['soa-owner-missing', 'soa-status-missing', 'soa-rtp-status-disagree', 'soa-review-overdue']) expect(held(code, SHEETS.soa)).toEqual(['4.7']);
  });
});

describe('the Maturity sheet', () => {
  /** The sheet laid in a workbook and computed: what a person reads. */
  function shown(m: Maturity): (string | number | boolean | null)[][] {
    const wb = MemoryWorkbook.fromSnapshot({ sheets: [] });
    wb.apply({ sheets: [maturitySheetPlan(m, STAMP)], names: [] });
    return shownValues(wb.snapshot(), SHEETS.maturity);
  }
  const statement = (rows: ReturnType<typeof shown>): unknown => rows.find((r) => r[0] === MATURITY_LEVEL_LABEL)?.[2];

  it.each([
    ['every criterion met', optimised(), '5 · Optimised'],
    ['the SoA not approved', optimised({ soa: null }), '3 · Established'],
    ['the method awaiting approval', optimised({ findings: [found('methodology-inferred-unapproved', 'Methodology', 'A3')] }), '1 · Initial'],
  ])('states the level the core finds, computed by its formulas: %s', (_, facts, expected) => {
    const m = assessMaturity(facts);
    const rows = shown(m);
    expect(statement(rows)).toBe(expected);
    expect(String(expected).startsWith(`${m.level} ·`)).toBe(true);
    // Each level's row says whether it is reached, each criterion whether it is met.
    for (const { level } of MATURITY_LEVELS) expect(rows.find((r) => r[0] === `Level ${level}`)?.[3]).toBe(level <= m.level ? 'Reached' : 'Not reached');
    for (const s of m.criteria) expect(rows.find((r) => r[0] === s.criterion.id)?.slice(3, 6)).toEqual([s.met ? 'Met' : NOT_MET, s.shows, s.where ?? null]);
  });

  it('follows a status a person overrides: the level is a formula over the statuses', () => {
    const m = assessMaturity(optimised({ soa: null }));
    const plan = maturitySheetPlan(m, STAMP);
    const wb = MemoryWorkbook.fromSnapshot({ sheets: [] });
    wb.apply({ sheets: [plan], names: [] });
    const snap = wb.snapshot();
    const s = snap.sheets[0]!;
    const row = s.values.findIndex((r) => r[0] === '4.2');
    const values = s.values.map((r, i) => (i === row ? r.map((v, c) => (c === 3 ? 'Met' : v)) : r));
    const edited: WorkbookSnapshot = { sheets: [{ ...s, values }] };
    expect(shownValues(edited, SHEETS.maturity).find((r) => r[0] === MATURITY_LEVEL_LABEL)?.[2]).toBe('5 · Optimised');
  });
});

describe('the Maturity sheet a recalculation writes', () => {
  it("is Riskbook's by its title and stamp, right after the Dashboard, and comes with a full recalculation only", () => {
    const before = threeRiskRegister();
    const result = generate(before, 'recalc', { now: NOW });
    const after = applyPlan(before, result.plan);
    expect(SHEET_ROLES.indexOf('maturity')).toBe(SHEET_ROLES.indexOf('dashboard') + 1);
    const names = after.sheets.map((s) => s.name);
    expect(names.indexOf(SHEETS.maturity)).toBe(names.indexOf(SHEETS.dashboard) + 1);
    expect(roleOf(sheet(after, SHEETS.maturity))).toBe('maturity');
    expect(sheet(after, SHEETS.maturity).values[0]![0]).toBe(MATURITY_TITLE);
    for (const action of ['heatmap', 'soa', 'rtp'] as const) expect(generate(before, action, { now: NOW }).plan.sheets.map((s) => s.role)).not.toContain('maturity');
  });

  it('states the example register at level 1, with each criterion and what holds it back', async () => {
    const before = await exampleSnapshot();
    const now = '2026-12-07T09:00:00Z';
    const result = generate(before, 'recalc', { now });
    const after = applyPlan(before, result.plan);
    const rows = shownValues(after, SHEETS.maturity);
    expect(rows.find((r) => r[0] === MATURITY_LEVEL_LABEL)?.[2]).toBe('1 · Initial');
    // The method was read off the register and awaits its owner's approval.
    expect(rows.find((r) => r[0] === '2.1')?.slice(3)).toEqual(['Not met', '1 finding on the Checks sheet (methodology-inferred-unapproved).', 'Methodology, A3']);
    expect(rows.find((r) => r[0] === '3.5')?.slice(3)).toEqual(['Not met', '1 finding on the Checks sheet (review-overdue).', 'Risk register, P32']);
    // The core says the same of the workbook the recalculation leaves.
    expect(maturityOf(after, { now })?.level).toBe(1);
  });

  it('counts the runs the Change log recorded before this one', () => {
    let wb = threeRiskRegister();
    for (const day of ['2025-10-01', '2026-11-01']) wb = applyPlan(wb, generate(wb, 'recalc', { now: `${day}T09:00:00Z` }).plan);
    const m = maturityOf(wb, { now: '2026-11-23T09:00:00Z' })!;
    expect(m.criteria.find((c) => c.criterion.id === '5.2')).toMatchObject({ met: true, shows: '1 earlier run logged within the review interval (365 days).' });
    expect(m.criteria.find((c) => c.criterion.id === '5.1')?.shows).not.toMatch(/no earlier run|less than one review interval/);
  });
});
