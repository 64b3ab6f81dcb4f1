/**
 * What an approval covers, as values that compare: a risk's likelihood, impact, treatment,
 * controls and residual (levels by their value, so "3" and "Possible" are the same), an SoA
 * control's decisions; and a short fingerprint of a whole risk for the change log.
 */
import type { Methodology, ScaleLevel } from '../methodology/types';
import { comparedCitation, comparedLevel } from '../register/compared-values';
import type { Risk } from '../register/types';
import { FieldHasher } from '../hash';
import { oncePer } from '../memo';
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


/**
 * Each risk's id as the trail keys it (trimmed, lower case), in order: worked out once per list
 * of risks, for the run's records and the approval rules alike.
 */
export const riskTrailKeys: (risks: readonly Risk[]) => readonly string[] = oncePer((risks) => risks.map((risk) => risk.id.trim().toLowerCase()));

/** What an approval of this risk covers now. */
export function riskApprovalFields(risk: Risk): Fields {
  return {
    likelihood: comparedLevel(risk.likelihood),
    impact: comparedLevel(risk.impact),
    treatment: risk.treatment ?? risk.treatmentText.trim(),
    controls: comparedControls(risk),
    residualLikelihood: comparedLevel(risk.residualLikelihood),
    residualImpact: comparedLevel(risk.residualImpact),
  };
}

/** The controls a risk cites, each once, in order: one cited control (most risks) needs no set. */
function comparedControls(risk: Risk): string {
  const controls = risk.controls;
  if (controls.length === 0) return '';
  if (controls.length === 1) return comparedCitation(controls[0]!);
  return [...new Set(controls.map(comparedCitation))].sort().join(', ');
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
  const hash = new FieldHasher();
  hash.add(risk.title);
  hash.add(risk.asset);
  hash.add(risk.threat);
  hash.add(risk.vulnerability);
  hash.add(risk.description);
  hash.add(risk.owner);
  hash.add(comparedLevel(risk.likelihood));
  hash.add(comparedLevel(risk.impact));
  hash.add(risk.treatment ?? risk.treatmentText);
  for (const c of risk.controls) hash.add(comparedCitation(c));
  hash.add(comparedLevel(risk.residualLikelihood));
  hash.add(comparedLevel(risk.residualImpact));
  hash.add(risk.approvedBy);
  hash.add(risk.approvalDate === null ? '' : String(risk.approvalDate));
  hash.add(risk.acceptanceRationale);
  hash.add(risk.lastReview === null ? '' : String(risk.lastReview));
  hash.add(risk.status);
  return hash.digest();
}
