/**
 * Risks and contexts for rule tests, written the way a register reads: levels as positions on the
 * 5 x 5 scale, dates as ISO text, controls as typed.
 */
import type { RiskType } from '../../../core/register/risk-type-words';
import type { ControlCitation } from '../../../core/annex-a/types';
import { serialFromIso } from '../../../core/dates';
import { computeMatrix } from '../../../core/methodology/scoring';
import type { Band, Methodology, ScaleLevel } from '../../../core/methodology/types';
import type { LevelRef, RegisterLocation, Risk, Treatment } from '../../../core/register/types';
import type { RiskRuleContext } from '../../../core/rules/context';
import { registerCellOf, registerHasColumn } from '../../../core/rules/context';
import { riskRules } from '../../../core/rules/risk-rules';

const scale = (labels: readonly string[]): ScaleLevel[] =>
  labels.map((label, i) => ({ value: i + 1, label, description: '' }));

const likelihood = scale(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
const impact = scale(['Negligible', 'Minor', 'Noticeable', 'Significant', 'Major']);

export const LOW: Band = { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' };
export const MEDIUM: Band = { name: 'Medium', min: 5, max: 12, colour: '#FFEB9C', decision: 'tolerable' };
export const HIGH: Band = { name: 'High', min: 15, max: 25, colour: '#FFC7CE', decision: 'unacceptable' };

/** 5 x 5, L x I: Low 1–4 acceptable, Medium 5–12 tolerable, High 15–25 unacceptable, yearly review. */
export const FIVE_BY_FIVE: Methodology = {
  version: '1.0',
  likelihood,
  impact,
  impactDimensions: [],
  impactRule: 'max',
  scoring: 'multiply',
  matrix: computeMatrix('multiply', likelihood, impact),
  bands: [LOW, MEDIUM, HIGH],
  reviewIntervalDays: 365,
};

/** The Acme layout: header on row 4, Ref in A, Business unit in B (a column of the team's own). */
export const ACME_LOCATION: RegisterLocation = {
  sheet: 'Risk register',
  headerRow: 3,
  mapping: {
    id: 0,
    asset: 2,
    threat: 3,
    vulnerability: 4,
    description: 5,
    likelihood: 6,
    impact: 7,
    owner: 8,
    treatment: 9,
    controls: 10,
    residualLikelihood: 11,
    residualImpact: 12,
    approvedBy: 13,
    approvalDate: 14,
    lastReview: 15,
  },
  userColumns: [1, 16],
  source: 'detected',
};

/** The Monday the example register is checked on. */
export const NOW = serialFromIso('2026-11-23')! + 0.375;

export const control = (id: string, raw = id): ControlCitation => ({ kind: 'control', raw, id });
export const control2013 = (raw: string, ...successors: string[]): ControlCitation => ({
  kind: 'annex-a-2013',
  raw,
  id2013: raw.replace(/^A\.?\s*/i, ''),
  successors,
});
export const unknownControl = (raw: string): ControlCitation => ({ kind: 'unknown', raw });

export interface RiskSpec {
  /** 1-based row of the risk on the sheet, as the user sees it; defaults to 5 (first data row). */
  row?: number;
  id?: string;
  owner?: string;
  /** Positions 1–5 on the 5 x 5 scales. */
  likelihood?: number | null;
  impact?: number | null;
  residualLikelihood?: number | null;
  residualImpact?: number | null;
  treatment?: Treatment | null;
  /** Defaults to the treatment as a user would type it. */
  treatmentText?: string;
  controls?: readonly ControlCitation[];
  approvedBy?: string;
  /** ISO dates. */
  approvalDate?: string | null;
  acceptanceRationale?: string;
  lastReview?: string | null;
  riskType?: RiskType | null;
}

const level = (position: number | null | undefined): LevelRef | null =>
  position === null || position === undefined ? null : { index: position - 1, value: position };

const serial = (iso: string | null | undefined): number | null => {
  if (iso === null || iso === undefined) return null;
  const s = serialFromIso(iso);
  if (s === null) throw new Error(`Bad test date ${iso}`);
  return s;
};

const capitalised = (t: Treatment | null | undefined): string => (t ? t[0]!.toUpperCase() + t.slice(1) : '');

/**
 * A well-kept Low risk unless told otherwise: owner, a recent review, no treatment needed.
 * Override only what the case is about.
 */
export function aRisk(spec: RiskSpec = {}): Risk {
  const row = (spec.row ?? 5) - 1;
  return {
    row,
    id: spec.id ?? `R-${row - 3}`,
    title: '',
    asset: 'Customer database',
    threat: 'Unauthorised access',
    vulnerability: 'Shared admin account',
    description: '',
    owner: spec.owner ?? 'Head of Engineering',
    likelihood: level(spec.likelihood === undefined ? 2 : spec.likelihood),
    impact: level(spec.impact === undefined ? 2 : spec.impact),
    residualLikelihood: level(spec.residualLikelihood),
    residualImpact: level(spec.residualImpact),
    treatment: spec.treatment ?? null,
    treatmentText: spec.treatmentText ?? capitalised(spec.treatment),
    controls: spec.controls ?? [],
    approvedBy: spec.approvedBy ?? '',
    approvalDate: serial(spec.approvalDate),
    acceptanceRationale: spec.acceptanceRationale ?? '',
    lastReview: serial(spec.lastReview === undefined ? '2026-09-14' : spec.lastReview),
    status: '',
    riskType: spec.riskType ?? null,
  };
}

export function contextFor(
  risks: readonly Risk[],
  options: { methodology?: Methodology; now?: number; location?: RegisterLocation } = {},
): RiskRuleContext {
  const location = options.location ?? ACME_LOCATION;
  return {
    risks,
    methodology: options.methodology ?? FIVE_BY_FIVE,
    sheet: location.sheet,
    cellOf: registerCellOf(location),
    hasColumn: registerHasColumn(location),
    now: options.now ?? NOW,
  };
}

/** The findings of one code that the risk rules raise for these risks. */
export function findingsFor(code: string, risks: readonly Risk[], options: Parameters<typeof contextFor>[1] = {}) {
  return riskRules(contextFor(risks, options)).filter((f) => f.code === code);
}
