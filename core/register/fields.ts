/**
 * The register fields Riskbook understands, their labels, and the header words teams use for
 * them. Headers are compared after normalisation, so `Risk #`, `risk no.` and `RISK NO` agree.
 */
import type { ColumnMapping, RegisterField } from './types';

export const FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  id: 'Risk ID',
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
  lastReview: 'Last review',
  status: 'Status',
  inherentRating: 'Inherent rating',
  inherentScore: 'Inherent score',
  inherentLevel: 'Inherent level',
  residualRating: 'Residual rating',
  residualScore: 'Residual score',
  residualLevel: 'Residual level',
};

export const REGISTER_FIELDS = Object.keys(FIELD_LABELS) as RegisterField[];

/** Columns Riskbook fills with live formulas; everything else is the team's input. */
export const DERIVED_FIELDS: readonly RegisterField[] = [
  'inherentRating',
  'inherentScore',
  'inherentLevel',
  'residualRating',
  'residualScore',
  'residualLevel',
];

export function isDerivedField(field: RegisterField): boolean {
  return DERIVED_FIELDS.includes(field);
}

/**
 * Header words per field. `Rating` and `Risk rating` are deliberately absent: teams use them for
 * a score, a level or a colour, and guessing wrong would flag every row as typed over.
 */
const SYNONYMS: Readonly<Record<RegisterField, readonly string[]>> = {
  id: ['Risk ID', 'ID', 'Ref', 'Reference', 'Risk ref', 'Risk reference', 'Risk no', 'Risk number', 'Risk #', 'Risk code'],
  asset: ['Asset', 'Assets', 'Asset name', 'Information asset', 'Asset group', 'Affected asset', 'Asset or process'],
  threat: ['Threat', 'Threats', 'Threat source', 'Threat event', 'Threat description'],
  vulnerability: ['Vulnerability', 'Vulnerabilities', 'Weakness', 'Vulnerability description'],
  description: [
    'Description',
    'Scenario',
    'Risk description',
    'Risk scenario',
    'Risk',
    'Risk title',
    'Risk name',
    'Risk statement',
  ],
  likelihood: ['Likelihood', 'Probability', 'Inherent likelihood', 'Inherent probability', 'Likelihood inherent', 'Probability inherent'],
  impact: ['Impact', 'Consequence', 'Severity', 'Inherent impact', 'Inherent consequence', 'Inherent severity', 'Impact inherent'],
  impactC: ['Confidentiality impact', 'Impact C', 'C impact', 'Impact confidentiality', 'Impact on confidentiality', 'Confidentiality'],
  impactI: ['Integrity impact', 'Impact I', 'I impact', 'Impact integrity', 'Impact on integrity', 'Integrity'],
  impactA: ['Availability impact', 'Impact A', 'A impact', 'Impact availability', 'Impact on availability', 'Availability'],
  owner: ['Risk owner', 'Owner', 'Risk owner name', 'Owner name'],
  treatment: [
    'Treatment',
    'Treatment option',
    'Treatment decision',
    'Treatment strategy',
    'Risk treatment',
    'Risk treatment option',
    'Decision',
    'Response',
    'Risk response',
  ],
  controls: [
    'Controls',
    'Control',
    'Annex A controls',
    'Annex A control',
    'Selected controls',
    'Control ids',
    'Control id',
    'Controls Annex A',
    'Mitigating controls',
    'ISO 27001 controls',
  ],
  residualLikelihood: ['Residual likelihood', 'Residual probability', 'Target likelihood', 'Likelihood residual', 'Target probability'],
  residualImpact: ['Residual impact', 'Residual consequence', 'Residual severity', 'Target impact', 'Impact residual'],
  approvedBy: ['Approved by', 'Acceptance approver', 'Approver', 'Risk acceptance by', 'Accepted by', 'Risk accepted by'],
  approvalDate: ['Approval date', 'Accepted on', 'Acceptance date', 'Date approved', 'Approved on', 'Date accepted'],
  lastReview: ['Last review', 'Last reviewed', 'Review date', 'Last review date', 'Date reviewed', 'Reviewed on'],
  status: ['Status', 'Risk status'],
  inherentRating: ['Inherent rating', 'Inherent risk rating'],
  inherentScore: ['Inherent score', 'Inherent risk score', 'Risk score', 'Score'],
  inherentLevel: ['Inherent level', 'Inherent risk level', 'Risk level', 'Level'],
  residualRating: ['Residual rating', 'Residual risk rating'],
  residualScore: ['Residual score', 'Residual risk score', 'Target score'],
  residualLevel: ['Residual level', 'Residual risk level', 'Target level', 'Target risk level'],
};

/** Single-letter C / I / A headers mean impact dimensions only when all three sit in one row. */
const CIA_LETTERS: Readonly<Record<string, RegisterField>> = { c: 'impactC', i: 'impactI', a: 'impactA' };

/** Lower case, `&` → and, `#` → no, punctuation and repeated spaces removed. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/#/g, ' no ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_HEADER: ReadonlyMap<string, RegisterField> = (() => {
  const map = new Map<string, RegisterField>();
  for (const field of REGISTER_FIELDS) {
    for (const s of SYNONYMS[field]) {
      const key = normalizeHeader(s);
      // A programming error: each header word may name one field only.
      if (map.has(key) && map.get(key) !== field) throw new Error(`Header synonym "${s}" claimed twice`);
      map.set(key, field);
    }
  }
  return map;
})();

/** Text without a trailing note in brackets: `Likelihood (1-5)` → `Likelihood`. */
function withoutTrailingNote(text: string): string {
  return text.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
}

/**
 * The field a header names, or null. `ciaRow` says whether the row holds all three of the
 * single-letter headers C, I and A.
 */
export function matchHeader(text: string, ciaRow = false): RegisterField | null {
  const key = normalizeHeader(text);
  if (key === '') return null;
  const direct = BY_HEADER.get(key);
  if (direct) return direct;
  if (ciaRow && CIA_LETTERS[key]) return CIA_LETTERS[key]!;
  const stripped = normalizeHeader(withoutTrailingNote(text));
  if (stripped !== key && stripped !== '') return BY_HEADER.get(stripped) ?? null;
  return null;
}

/** True when a row's headers include all of the single letters C, I and A. */
export function hasCiaLetters(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(normalizeHeader));
  return keys.has('c') && keys.has('i') && keys.has('a');
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
