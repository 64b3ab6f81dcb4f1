/**
 * The words of the Methodology sheet. The writer prints them and the reader recognises them, so
 * a sheet Riskbook wrote always reads back. Matching ignores case and surrounding spaces.
 */
import type { Decision, ImpactRule, ScoringMethod } from './types';

export const METHODOLOGY_TITLE = 'Risk assessment methodology (ISO/IEC 27001:2022 clause 6.1.2)';

/**
 * The line under the stamp of a method Riskbook read off the register: the team's practice, not
 * yet its approved criteria. Riskbook never writes it again, so deleting it is the approval.
 */
export function inferredNote(now: string): string {
  return `Inferred from the register on ${now.slice(0, 10)}: review and approve (then delete this line).`;
}

/** The date of an inferred-method line, or null when the text is not one. */
export function parseInferredNote(text: string): string | null {
  return /^inferred from the register on (\d{4}-\d{2}-\d{2})\b/i.exec(text.trim())?.[1] ?? null;
}

/** Section headings, in the order the sheet shows them; the reader finds sections by these. */
export const HEADINGS = {
  settings: 'Settings',
  likelihood: 'Likelihood scale',
  impact: 'Impact scale',
  matrix: 'Score matrix',
  bands: 'Risk bands',
  governance: 'Governance',
  notes: 'Notes',
} as const;

export type SectionKey = keyof typeof HEADINGS;

/** One-line explanations printed beside the headings, for the reader of the printout. */
export const HEADING_NOTES: Readonly<Partial<Record<SectionKey, string>>> = {
  settings: 'How risks are scored and how often they are reviewed.',
  likelihood: 'How likely the risk is to materialise.',
  impact: 'How much harm it does when it materialises.',
  bands: 'A score belongs to the band whose range contains it; the decision is the acceptance criterion.',
  governance: 'Who owns and approved this method, from when it applies, who does what, and how much risk the organisation accepts.',
  notes: 'Rows typed below this heading are kept when Riskbook rewrites this sheet.',
};

export const SETTING_LABELS = {
  version: 'Version',
  scoring: 'Scoring method',
  impactDimensions: 'Impact dimensions',
  impactRule: 'Impact rule',
  reviewIntervalDays: 'Review interval (days)',
} as const;

export type SettingKey = keyof typeof SETTING_LABELS;

/** The labels of the Governance section (governance.ts reads them, and the words teams use instead). */
export const GOVERNANCE_LABELS = {
  owner: 'Owner',
  approvedBy: 'Approved by',
  approvedOn: 'Approved on',
  effectiveDate: 'Effective date',
  roles: 'Roles and responsibilities',
  appetite: 'Risk appetite statement',
} as const;

export type GovernanceField = keyof typeof GOVERNANCE_LABELS;
export const GOVERNANCE_ORDER = Object.keys(GOVERNANCE_LABELS) as GovernanceField[];

export const SCALE_HEADER = ['Value', 'Label', 'Description'] as const;
export const BAND_HEADER = ['Band', 'Min score', 'Max score', 'Colour', 'Decision'] as const;
export const MATRIX_CORNER = 'Likelihood (rows) / Impact (columns)';

export const SCORING_LABELS: Readonly<Record<ScoringMethod, string>> = {
  multiply: 'Likelihood x Impact',
  add: 'Likelihood + Impact',
  matrix: 'Lookup matrix',
};

/** `Likelihood x Impact, Likelihood + Impact or Lookup matrix`, for fix texts. */
export const SCORING_CHOICES = `${SCORING_LABELS.multiply}, ${SCORING_LABELS.add} or ${SCORING_LABELS.matrix}`;

export const MATRIX_NOTES: Readonly<Record<ScoringMethod, string>> = {
  multiply: 'Computed by Riskbook: likelihood value x impact value.',
  add: 'Computed by Riskbook: likelihood value + impact value.',
  matrix: 'Typed by the team: every cell is the score of its likelihood and impact.',
};

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  acceptable: 'Acceptable',
  tolerable: 'Tolerable (risk owner approval)',
  unacceptable: 'Unacceptable (must be treated)',
};

export const IMPACT_RULE_LABELS: Readonly<Record<ImpactRule, string>> = { max: 'Highest (max)' };

function norm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Whether a cell's text is the given heading or label. */
export function sameText(text: string, wanted: string): boolean {
  return norm(text) === norm(wanted);
}

export function parseScoring(text: string): ScoringMethod | null {
  const t = norm(text).replace(/[×*]/g, 'x');
  for (const [method, label] of Object.entries(SCORING_LABELS) as [ScoringMethod, string][]) {
    if (t === norm(label) || t === method) return method;
  }
  return null;
}

/** A decision is read by its first word, so `Tolerable (with approval)` still counts. */
export function parseDecision(text: string): Decision | null {
  const first = /^[a-z]+/.exec(norm(text))?.[0];
  return first === 'acceptable' || first === 'tolerable' || first === 'unacceptable' ? first : null;
}

export function parseImpactRule(text: string): ImpactRule | null {
  const t = norm(text);
  return t === norm(IMPACT_RULE_LABELS.max) || t === 'max' || t === 'highest' ? 'max' : null;
}

export const DIMENSION_SEPARATOR = ', ';

/** `Confidentiality, Integrity, Availability` → its names; blank → none. */
export function parseDimensions(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
