/**
 * The register fields Riskbook understands, their labels, and whether a header names one. The
 * header words themselves are data (`header-vocabulary.ts`); headers are compared after
 * normalisation, so `Risk #`, `risk no.`, `RISK NO` and `risk_no` agree.
 */
import { ciaLettersIn, normalizeHeader, readText } from './header-words';
import type { ColumnMapping, RegisterField } from './types';

export const FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  id: 'Risk ID',
  title: 'Risk title',
  asset: 'Asset',
  threat: 'Threat',
  vulnerability: 'Vulnerability',
  description: 'Description',
  likelihood: 'Likelihood',
  impact: 'Impact',
  impactC: 'Confidentiality impact',
  impactI: 'Integrity impact',
  impactA: 'Availability impact',
  owner: 'Risk owner',
  treatment: 'Treatment',
  controls: 'Controls',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  approvedBy: 'Approved by',
  approvalDate: 'Approval date',
  acceptanceRationale: 'Acceptance rationale',
  lastReview: 'Last review',
  nextReview: 'Next review',
  status: 'Status',
  riskType: 'Risk type',
  inherentRating: 'Inherent rating',
  inherentScore: 'Inherent score',
  inherentLevel: 'Inherent level',
  residualRating: 'Residual rating',
  residualScore: 'Residual score',
  residualLevel: 'Residual level',
  cycleChange: 'Change since last cycle',
};

export const REGISTER_FIELDS = Object.keys(FIELD_LABELS) as RegisterField[];

/**
 * Columns Riskbook fills: live formulas, and the cycle's marks (written as values, see
 * core/cycle); everything else is the team's input.
 */
export const DERIVED_FIELDS: readonly RegisterField[] = [
  'inherentRating',
  'inherentScore',
  'inherentLevel',
  'residualRating',
  'residualScore',
  'residualLevel',
  'cycleChange',
];

export function isDerivedField(field: RegisterField): boolean {
  return DERIVED_FIELDS.includes(field);
}

/** Lower case, camelCase split, `&` → and, `#` → no, punctuation and repeated spaces removed. */
export { normalizeHeader } from './header-words';

/**
 * The field a header names on its own, or null. `ciaRow` says whether the row holds all three
 * single-letter headers of a C / I / A set. The words are in `header-vocabulary.ts`.
 */
export function matchHeader(text: string, ciaRow = false): RegisterField | null {
  const letters = ciaRow ? ciaLettersIn(['c', 'i', 'a']) : new Map<string, RegisterField>();
  return readText(text, letters)?.sense.field ?? null;
}

/** True when a row's headers include all three single letters of a C / I / A set. */
export function hasCiaLetters(headers: readonly string[]): boolean {
  return ciaLettersIn(headers.map(normalizeHeader)).size > 0;
}

/** The header a team is told to add for a missing field. */
export function suggestedHeader(field: RegisterField): string {
  return FIELD_LABELS[field];
}

/**
 * The impact column(s) a register scores with: its single impact column, or else its C / I / A
 * columns when all three exist. Null when it has neither.
 */
export function impactColumnsOf(mapping: ColumnMapping): number[] | null {
  if (mapping.impact !== undefined) return [mapping.impact];
  const { impactC, impactI, impactA } = mapping;
  return impactC !== undefined && impactI !== undefined && impactA !== undefined ? [impactC, impactI, impactA] : null;
}
