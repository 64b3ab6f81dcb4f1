/**
 * Every check on a methodology, each finding anchored to the Methodology sheet cell to fix. The
 * reader passes the positions it found; otherwise the writer's layout is assumed.
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { SHEETS } from '../workbook/names';
import type { MethodologyAnchors } from './anchors';
import { MAX_REVIEW_DAYS, MIN_REVIEW_DAYS } from '../limits';
import { layoutAnchors } from './methodology-layout';
import { SCORING_CHOICES, SCORING_LABELS } from './methodology-text';
import { reachableScores } from './scoring';
import type { Methodology } from './types';
import { validateBandRanges, validateBandValues } from './validate-bands';
import { validateMatrixCells } from './validate-matrix';
import { validateScale } from './validate-scale';

export { validateScale, validateScaleSize, validateScaleOrder, validateScaleLabels } from './validate-scale';
export type { ScaleName } from './validate-scale';
export { validateBandRanges, validateBandValues } from './validate-bands';
export { validateMatrixCells } from './validate-matrix';

/** The settings block: version, scoring method, impact rule and dimensions, review interval. */
export function validateSettings(m: Methodology, anchors: MethodologyAnchors): Finding[] {
  const out: Finding[] = [];
  const bad = (cell: string, setting: string, value: string, problem: string, expected: string): void => {
    out.push(finding('methodology-invalid-value', SHEETS.methodology, cell, { setting, value, problem, expected }));
  };
  const s = anchors.settings;
  if (m.version.trim() === '') bad(s.version, 'Version', m.version, 'it is blank', 'a version such as 1.0');
  if (!(m.scoring in SCORING_LABELS)) {
    bad(s.scoring, 'Scoring method', String(m.scoring), 'it is not a method Riskbook knows', SCORING_CHOICES);
  }
  if (m.impactRule !== 'max') bad(s.impactRule, 'Impact rule', String(m.impactRule), 'it is not a rule Riskbook knows', 'Highest (max)');
  for (const d of m.impactDimensions) {
    if (d.trim() === '' || /[,;]/.test(d)) {
      bad(s.impactDimensions, 'Impact dimensions', d, 'a dimension name is blank or holds a comma', 'names separated by commas');
    }
  }
  const days = m.reviewIntervalDays;
  if (!Number.isInteger(days) || days < MIN_REVIEW_DAYS || days > MAX_REVIEW_DAYS) {
    bad(s.reviewIntervalDays, 'Review interval (days)', String(days), `it is not a whole number of days from ${MIN_REVIEW_DAYS} to ${MAX_REVIEW_DAYS}`, 'a number of days such as 365');
  }
  return out;
}

export function validateMethodology(m: Methodology, anchors: MethodologyAnchors = layoutAnchors(m)): Finding[] {
  return [
    ...validateSettings(m, anchors),
    ...validateScale('likelihood', m.likelihood, anchors.likelihood),
    ...validateScale('impact', m.impact, anchors.impact),
    ...validateMatrixCells(m.scoring, m.likelihood, m.impact, m.matrix, anchors.matrix),
    ...validateBandValues(m.bands, anchors.bands),
    ...validateBandRanges(m.bands, reachableScores(m), anchors.bands),
  ];
}
