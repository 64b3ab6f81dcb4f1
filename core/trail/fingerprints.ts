/**
 * What an approval covers, as values that compare: a risk's likelihood, impact, treatment,
 * controls and residual (levels by their value, so "3" and "Possible" are the same), an SoA
 * control's decisions; and a short fingerprint of a whole risk for the change log.
 */
import type { ControlCitation } from '../annex-a/types';
import type { Methodology, ScaleLevel } from '../methodology/types';
import type { LevelRef, Risk } from '../register/types';
import type { Fields } from './trail-sheet';

/** The fields of a risk an approval covers, in the order a message names them (and the trail packs them). */
export const RISK_APPROVAL_FIELDS = ['likelihood', 'impact', 'treatment', 'controls', 'residualLikelihood', 'residualImpact'] as const;
export type RiskApprovalField = (typeof RISK_APPROVAL_FIELDS)[number];

/** How a message names each field. */
export const RISK_FIELD_WORDS: Readonly<Record<RiskApprovalField, string>> = {
  likelihood: 'likelihood',
  impact: 'impact',
  treatment: 'treatment',
  controls: 'controls',
  residualLikelihood: 'residual likelihood',
  residualImpact: 'residual impact',
};

function citationKey(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return c.id;
    case 'annex-a-2013':
      return `A.${c.id2013}`;
    default:
      return c.raw.trim();
  }
}

const level = (l: LevelRef | null): string => (l ? String(l.value) : '');

/** What an approval of this risk covers now. */
export function riskApprovalFields(risk: Risk): Fields {
  return {
    likelihood: level(risk.likelihood),
    impact: level(risk.impact),
    treatment: risk.treatment ?? risk.treatmentText.trim(),
    controls: [...new Set(risk.controls.map(citationKey))].sort().join(', '),
    residualLikelihood: level(risk.residualLikelihood),
    residualImpact: level(risk.residualImpact),
  };
}

function label(scale: readonly ScaleLevel[], value: string): string {
  return scale.find((l) => String(l.value) === value)?.label ?? value;
}

/** A recorded value as a person reads it: a level by its label on the method, a treatment capitalised. */
export function shownValue(m: Methodology, field: RiskApprovalField, value: string): string {
  if (value === '') return value;
  if (field === 'likelihood' || field === 'residualLikelihood') return label(m.likelihood, value);
  if (field === 'impact' || field === 'residualImpact') return label(m.impact, value);
  if (field === 'treatment') return value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}

/** The fields whose value differs between what was approved and what is there now. */
export function changedFields(approved: Fields, now: Fields, fields: readonly string[]): string[] {
  return fields.filter((f) => (approved[f] ?? '') !== (now[f] ?? ''));
}

/**
 * One risk as the change log compares it between runs: every field a person types, hashed
 * without building a text of them first (FNV-1a, 32 bits): it runs for every risk of every run.
 */
export function riskFingerprint(risk: Risk): string {
  let h = 0x811c9dc5;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    // A separator, so that moving text from one field to the next changes the fingerprint.
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  add(risk.title);
  add(risk.asset);
  add(risk.threat);
  add(risk.vulnerability);
  add(risk.description);
  add(risk.owner);
  add(level(risk.likelihood));
  add(level(risk.impact));
  add(risk.treatment ?? risk.treatmentText);
  for (const c of risk.controls) add(citationKey(c));
  add(level(risk.residualLikelihood));
  add(level(risk.residualImpact));
  add(risk.approvedBy);
  add(risk.approvalDate === null ? '' : String(risk.approvalDate));
  add(risk.acceptanceRationale);
  add(risk.lastReview === null ? '' : String(risk.lastReview));
  add(risk.status);
  return (h >>> 0).toString(16).padStart(8, '0');
}
