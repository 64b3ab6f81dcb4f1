/**
 * What "adopted" means for one corpus file, aspect by aspect: each aspect is a claim a careful
 * reader makes about the file (this is the register, its header is row 4, column D is the risk
 * owner, row 7 is clean…) and whether Riskbook understood the same.
 */
import type { Analysis, CheckResult, MappingReport } from '../../core/engine';
import { ruleDefinition } from '../../core/findings/catalogue';
import type { Finding } from '../../core/findings/finding';
import { ownSheetNames } from '../../core/ownership/own-sheets';
import { findTeamPlan } from '../../core/team-plan/locate-team-plan';
import type { TeamPlan } from '../../core/team-plan/types';
import { findTeamSoa } from '../../core/team-soa/locate-team-soa';
import type { TeamSoa } from '../../core/team-soa/types';
import { columnLetter, parseCell } from '../../core/workbook/a1';
import type { Risk } from '../../core/register/types';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { Expectation, PlanExpectation, RiskSample, SoaExpectation } from './corpus-entries';

export interface Aspect {
  readonly name: string;
  readonly ok: boolean;
  /** What Riskbook understood instead, when it differs. */
  readonly detail: string;
}

/** Codes that say a risk's scoring disagrees with the method; `risk-unscored` is about blanks. */
export function isScoringFinding(code: string): boolean {
  if (code === 'risk-unscored') return false;
  const family = safeFamily(code);
  return family === 'scoring' || code === 'risk-level-off-scale' || code.startsWith('methodology-inference');
}

function safeFamily(code: string): string | null {
  try {
    return ruleDefinition(code).family;
  } catch {
    return null;
  }
}

function rowOf(cell: string): number | null {
  const at = parseCell(cell);
  return at ? at.row + 1 : null;
}

function sampleAspects(sample: RiskSample, risk: Risk | undefined): Aspect[] {
  const out: Aspect[] = [];
  const at = (key: string, ok: boolean, detail: string): void => void out.push({ name: `risks.${sample.row}.${key}`, ok, detail });
  if (!risk) {
    at('read', false, 'not read as a risk');
    return out;
  }
  at('read', true, '');
  const text = (key: 'id' | 'owner' | 'asset' | 'threat'): void => {
    const want = sample[key];
    if (want !== undefined) at(key, risk[key] === want, `"${risk[key]}"`);
  };
  text('id');
  text('owner');
  text('asset');
  text('threat');
  if (sample.treatment !== undefined) at('treatment', risk.treatment === sample.treatment, String(risk.treatment));
  if (sample.controls !== undefined) {
    const ids = risk.controls.flatMap((c) => (c.kind === 'control' ? [c.id] : c.kind === 'annex-a-2013' ? [...c.successors] : []));
    at('controls', ids.join(',') === sample.controls.join(','), `[${ids.join(', ')}]`);
  }
  if (sample.scored !== undefined) {
    const scored = risk.likelihood !== null && risk.impact !== null;
    at('scored', scored === sample.scored, scored ? 'scored' : `likelihood ${risk.likelihood ? 'read' : 'not read'}, impact ${risk.impact ? 'read' : 'not read'}`);
  }
  return out;
}

export function adoptionAspects(expect: Expectation, analysis: Analysis & CheckResult, map: MappingReport): Aspect[] {
  const out: Aspect[] = [];
  const aspect = (name: string, ok: boolean, detail = ''): void => void out.push({ name, ok, detail });
  const location = analysis.location;

  // `map` must say something useful whether or not a register was found.
  aspect('map', map.sheet !== null || (map.candidates ?? []).length > 0, 'map shows neither a register nor candidates');

  if (expect.register === null) {
    aspect('found', location === null, location ? `took "${location.sheet}" row ${location.headerRow + 1} for a register` : '');
    if (expect.kind === 'soa') aspect('looksLikeSoa', map.looksLike === 'soa', `map says ${map.looksLike ?? 'nothing'}`);
    return out;
  }

  const found = location !== null && location.sheet === expect.register.sheet;
  aspect('found', found, location ? `"${location.sheet}"` : 'no register found');
  if (!location || !found) return out;
  aspect('headerRow', location.headerRow + 1 === expect.register.headerRow, `row ${location.headerRow + 1}`);

  const columnOf = (field: string): number | undefined =>
    (location.mapping as Record<string, number | undefined>)[field] ?? (location.teamColumns as Record<string, number | undefined> | undefined)?.[field];
  for (const [field, letter] of Object.entries(expect.fields)) {
    const col = columnOf(field);
    aspect(`fields.${field}`, col !== undefined && columnLetter(col) === letter, col === undefined ? 'not mapped' : `column ${columnLetter(col)}`);
  }

  if (expect.riskCount !== undefined) aspect('riskCount', analysis.risks.length === expect.riskCount, `${analysis.risks.length} risks`);
  const byRow = new Map(analysis.risks.map((r) => [r.row + 1, r]));
  for (const sample of expect.risks) out.push(...sampleAspects(sample, byRow.get(sample.row)));

  const errorsByRow = new Map<number, string[]>();
  for (const f of analysis.findings) {
    if (f.severity !== 'error' || f.sheet !== location.sheet) continue;
    const row = rowOf(f.cell);
    if (row !== null) errorsByRow.set(row, [...(errorsByRow.get(row) ?? []), `${f.code} at ${f.cell}`]);
  }
  for (const row of expect.cleanRows) {
    const errors = errorsByRow.get(row) ?? [];
    aspect(`cleanRows.${row}`, errors.length === 0, errors.join('; '));
  }

  if (expect.consistentScoring === true) {
    const scoring = analysis.findings.filter((f) => isScoringFinding(f.code));
    const codes = [...new Set(scoring.map((f) => f.code))];
    aspect('consistentScoring', scoring.length === 0, `${scoring.length} scoring finding(s): ${codes.join(', ')}`);
  }
  return out;
}

type Push = (name: string, ok: boolean, detail?: string) => void;

/** 1-based rows of the findings with this code on this sheet. */
function findingRows(findings: readonly Finding[], code: string, sheet: string): number[] {
  return findings.filter((f) => f.code === code && f.sheet === sheet).flatMap((f) => {
    const row = rowOf(f.cell);
    return row === null ? [] : [row];
  });
}

function soaAspects(want: SoaExpectation | null, team: TeamSoa | null, analysis: Analysis & CheckResult, aspect: Push): void {
  if (want === null) {
    aspect('soa.found', team === null, team ? `took "${team.location.sheet}" row ${team.location.headerRow + 1} for an SoA` : '');
    return;
  }
  // What the engine made of it: the SoA its rules read, and no decided row reported as undecided.
  aspect('soa.inUse', analysis.soaSheet === want.sheet, `the rules read ${analysis.soaSheet === null ? 'no SoA' : `"${analysis.soaSheet}"`}`);
  const missing = findingRows(analysis.findings, 'soa-applicability-missing', want.sheet);
  const onDecided = want.samples.filter((s) => s.applicable !== null && missing.includes(s.row)).map((s) => s.row);
  const undecided = want.controls - want.decided;
  aspect(
    'soa.applicabilityRead',
    onDecided.length === 0 && missing.length <= undecided,
    `${missing.length} soa-applicability-missing finding(s) for ${undecided} undecided row(s)${onDecided.length ? `, on decided rows ${onDecided.join(', ')}` : ''}`,
  );

  const found = team !== null && team.location.sheet === want.sheet;
  aspect('soa.found', found, team ? `"${team.location.sheet}"` : 'no team SoA found');
  if (!team || !found) return;
  const location = team.location;
  aspect('soa.headerRow', location.headerRow + 1 === want.headerRow, `row ${location.headerRow + 1}`);
  aspect('soa.edition', location.edition === want.edition, location.edition);
  for (const [field, letter] of Object.entries(want.fields) as [keyof typeof location.columns, string][]) {
    const col = location.columns[field];
    aspect(`soa.fields.${field}`, col !== undefined && columnLetter(col) === letter, col === undefined ? 'not mapped' : `column ${columnLetter(col)}`);
  }
  const naming = team.rows.filter((r) => r.controlId !== '');
  aspect('soa.controls', naming.length === want.controls, `${naming.length} rows name a control`);
  const decided = naming.filter((r) => r.applicability.decision !== null).length;
  aspect('soa.decided', decided === want.decided, `${decided} rows decided`);
  const byRow = new Map(team.rows.map((r) => [r.row + 1, r]));
  for (const sample of want.samples) {
    const row = byRow.get(sample.row);
    const id = row?.controlId ?? '';
    const applicable = row?.applicability.decision ?? null;
    // A row that names no control may be left out of `rows` or read with no id: both mean the same.
    const ok = id === sample.id && (sample.id === '' || applicable === sample.applicable);
    aspect(`soa.samples.${sample.row}`, ok, row ? `read as "${id}", applicable ${String(applicable)} (typed "${row.typedId}")` : 'not read');
  }
}

function planAspects(want: PlanExpectation | null, plan: TeamPlan | null, analysis: Analysis & CheckResult, aspect: Push): void {
  if (want === null) {
    aspect('plan.found', plan === null, plan ? `took "${plan.sheet}" row ${plan.headerRow + 1} for a treatment plan` : '');
    return;
  }
  aspect('plan.inUse', analysis.plan?.sheet === want.sheet, analysis.plan ? `the rules read "${analysis.plan.sheet}"` : "the rules read Riskbook's RTP");
  const register = analysis.location?.sheet ?? '';
  const untreated = findingRows(analysis.findings, 'treatment-missing', register);
  for (const row of want.treated) aspect(`plan.treated.${row}`, !untreated.includes(row), 'treatment-missing on this risk');

  const found = plan !== null && plan.sheet === want.sheet;
  aspect('plan.found', found, plan ? `"${plan.sheet}"` : 'no team plan found');
  if (!plan || !found) return;
  aspect('plan.headerRow', plan.headerRow + 1 === want.headerRow, `row ${plan.headerRow + 1}`);
  aspect('plan.keyedBy', plan.keyedBy === want.keyedBy, plan.keyedBy);
  aspect('plan.rows', plan.rows.length === want.rows, `${plan.rows.length} rows`);
  const count = (code: string): number => plan.findings.filter((f) => f.code === code).length;
  if (want.unknownKeys !== undefined) aspect('plan.unknownKeys', count('team-plan-risk-unknown') === want.unknownKeys, `${count('team-plan-risk-unknown')} unknown`);
  if (want.ambiguousKeys !== undefined) aspect('plan.ambiguousKeys', count('team-plan-risk-ambiguous') === want.ambiguousKeys, `${count('team-plan-risk-ambiguous')} ambiguous`);
}

/**
 * The team's own SoA and treatment plan (issue 12): found by the locators on their own, read as a
 * careful reader reads them, and used by the engine's check.
 */
export function teamSheetAspects(expect: Expectation, snapshot: WorkbookSnapshot, analysis: Analysis & CheckResult): Aspect[] {
  const out: Aspect[] = [];
  const aspect: Push = (name, ok, detail = '') => void out.push({ name, ok, detail });
  // As the engine looks: never Riskbook's own sheets, nor the register.
  const skipSheets = new Set([...ownSheetNames(analysis.own), ...(analysis.location ? [analysis.location.sheet.toLowerCase()] : [])]);
  const team = expect.soa !== undefined || expect.plan !== undefined ? findTeamSoa(snapshot, { skipSheets }) : null;
  if (expect.soa !== undefined) soaAspects(expect.soa, team, analysis, aspect);
  if (expect.plan !== undefined) {
    const planSkip = team ? new Set([...skipSheets, team.location.sheet.toLowerCase()]) : skipSheets;
    planAspects(expect.plan, findTeamPlan(snapshot, { skipSheets: planSkip, risks: analysis.risks }), analysis, aspect);
  }
  return out;
}
