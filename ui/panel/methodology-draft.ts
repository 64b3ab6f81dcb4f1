/**
 * The methodology as the editor holds it while a person types (numbers as the text typed), and
 * the way back to a `Methodology` for `saveMethodology`. Pure functions, tested without React.
 * The core validates the whole method (gaps, overlaps, labels); this only catches what cannot be
 * sent at all, so the field at fault can be marked.
 */
import type { MethodologyView } from '../../core/actions';
import type { Band, Decision, Methodology, ScoringMethod } from '../../core/methodology/types';
import {
  MAX_BANDS, MAX_BAND_NAME, MAX_LEVELS, MAX_LEVEL_DESCRIPTION, MAX_LEVEL_LABEL, MAX_REVIEW_DAYS, MAX_VERSION, MIN_BANDS, MIN_LEVELS, MIN_REVIEW_DAYS, computeMatrix,
} from '../../core/requests';
import { isHexColour } from './colours';
import { S } from './strings';
import { maxOf, minOf } from '../../core/arrays';

export type Scale = 'likelihood' | 'impact';

export interface LevelDraft {
  readonly value: number;
  readonly label: string;
  readonly description: string;
}

export interface BandDraft {
  readonly name: string;
  readonly min: string;
  readonly max: string;
  readonly colour: string;
  readonly decision: Decision;
}

export interface MethodDraft {
  readonly version: string;
  readonly scoring: ScoringMethod;
  readonly review: string;
  readonly likelihood: readonly LevelDraft[];
  readonly impact: readonly LevelDraft[];
  readonly bands: readonly BandDraft[];
  /**
   * The typed matrix of a lookup method: null for L x I and L + I (the core computes theirs) and
   * when the host did not send it.
   */
  readonly matrix: readonly (readonly number[])[] | null;
}

export function draftFrom(view: MethodologyView): MethodDraft {
  return {
    version: view.version,
    scoring: view.scoring,
    review: String(view.reviewIntervalDays),
    likelihood: view.likelihood.map((l) => ({ ...l })),
    impact: view.impact.map((l) => ({ ...l })),
    bands: view.bands.map((b) => ({ name: b.name, min: String(b.min), max: String(b.max), colour: b.colour, decision: b.decision })),
    matrix: view.scoring === 'matrix' ? view.matrix : null,
  };
}

/** Keeps a typed matrix the same shape as the scales: a new row or column starts at L x I. */
function resizedMatrix(draft: MethodDraft, likelihood: readonly LevelDraft[], impact: readonly LevelDraft[], dropped?: { scale: Scale; index: number }): number[][] | null {
  if (draft.matrix === null) return null;
  let rows = draft.matrix.map((r) => [...r]);
  if (dropped?.scale === 'likelihood') rows = rows.filter((_, i) => i !== dropped.index);
  if (dropped?.scale === 'impact') rows = rows.map((r) => r.filter((_, i) => i !== dropped.index));
  return likelihood.map((l, li) => impact.map((i, ii) => rows[li]?.[ii] ?? l.value * i.value));
}

export function addLevel(draft: MethodDraft, scale: Scale): MethodDraft {
  const levels = draft[scale];
  if (levels.length >= MAX_LEVELS) return draft;
  const top = levels[levels.length - 1]?.value ?? 0;
  const next = [...levels, { value: top + 1, label: '', description: '' }];
  const likelihood = scale === 'likelihood' ? next : draft.likelihood;
  const impact = scale === 'impact' ? next : draft.impact;
  return { ...draft, [scale]: next, matrix: resizedMatrix(draft, likelihood, impact) };
}

export function removeLevel(draft: MethodDraft, scale: Scale, index: number): MethodDraft {
  const levels = draft[scale];
  if (levels.length <= MIN_LEVELS) return draft;
  const next = levels.filter((_, i) => i !== index);
  const likelihood = scale === 'likelihood' ? next : draft.likelihood;
  const impact = scale === 'impact' ? next : draft.impact;
  return { ...draft, [scale]: next, matrix: resizedMatrix(draft, likelihood, impact, { scale, index }) };
}

export function updateLevel(draft: MethodDraft, scale: Scale, index: number, change: Partial<Pick<LevelDraft, 'label' | 'description'>>): MethodDraft {
  return { ...draft, [scale]: draft[scale].map((l, i) => (i === index ? { ...l, ...change } : l)) };
}

export function addBand(draft: MethodDraft): MethodDraft {
  if (draft.bands.length >= MAX_BANDS) return draft;
  const top = Math.max(0, maxOf(draft.bands.map((b) => Number(b.max)).filter(Number.isFinite)));
  const band: BandDraft = { name: S.editor.newBand, min: String(top + 1), max: String(top + 1), colour: '#FFFFFF', decision: 'unacceptable' };
  return { ...draft, bands: [...draft.bands, band] };
}

export function removeBand(draft: MethodDraft, index: number): MethodDraft {
  if (draft.bands.length <= MIN_BANDS) return draft;
  return { ...draft, bands: draft.bands.filter((_, i) => i !== index) };
}

export function updateBand(draft: MethodDraft, index: number, change: Partial<BandDraft>): MethodDraft {
  return { ...draft, bands: draft.bands.map((b, i) => (i === index ? { ...b, ...change } : b)) };
}

/** Switching to a lookup matrix starts from the scores the previous method gave. */
export function setScoring(draft: MethodDraft, scoring: ScoringMethod): MethodDraft {
  if (scoring !== 'matrix' || draft.matrix !== null || draft.scoring === 'matrix') return { ...draft, scoring };
  return { ...draft, scoring, matrix: computeMatrix(draft.scoring, draft.likelihood, draft.impact) };
}

function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

/** Why a text cannot be sent: empty, or longer than the core takes. */
function textError(text: string, max: number): string | null {
  const t = text.trim();
  if (t === '') return S.editor.invalid.required;
  return t.length > max ? S.editor.invalid.tooLong(max) : null;
}

/** Problems that stop a save, keyed by field: `version`, `review`, `likelihood.2.label`, `bands.0.min`… */
export function draftErrors(draft: MethodDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const mark = (field: string, error: string | null): void => {
    if (error !== null) errors[field] = error;
  };
  mark('version', textError(draft.version, MAX_VERSION));
  const review = wholeNumber(draft.review);
  if (review === null || review < MIN_REVIEW_DAYS || review > MAX_REVIEW_DAYS) errors.review = S.editor.invalid.review;
  for (const scale of ['likelihood', 'impact'] as const) {
    draft[scale].forEach((l, i) => {
      mark(`${scale}.${i}.label`, textError(l.label, MAX_LEVEL_LABEL));
      if (l.description.trim().length > MAX_LEVEL_DESCRIPTION) errors[`${scale}.${i}.description`] = S.editor.invalid.tooLong(MAX_LEVEL_DESCRIPTION);
    });
  }
  draft.bands.forEach((b, i) => {
    mark(`bands.${i}.name`, textError(b.name, MAX_BAND_NAME));
    if (wholeNumber(b.min) === null) errors[`bands.${i}.min`] = S.editor.invalid.wholeNumber;
    if (wholeNumber(b.max) === null) errors[`bands.${i}.max`] = S.editor.invalid.wholeNumber;
    if (!isHexColour(b.colour)) errors[`bands.${i}.colour`] = S.editor.invalid.colour;
  });
  return errors;
}

/** The methodology to send, or null while the draft has field errors or a matrix the pane never received. */
export function toMethodology(draft: MethodDraft, view: MethodologyView): Methodology | null {
  if (Object.keys(draftErrors(draft)).length > 0) return null;
  if (draft.scoring === 'matrix' && draft.matrix === null) return null;
  const bands: Band[] = draft.bands
    .map((b) => ({ name: b.name.trim(), min: Number(b.min), max: Number(b.max), colour: b.colour.trim().toUpperCase(), decision: b.decision }))
    .sort((a, b) => a.min - b.min);
  const level = (l: LevelDraft): LevelDraft => ({ value: l.value, label: l.label.trim(), description: l.description.trim() });
  return {
    version: draft.version.trim(),
    likelihood: draft.likelihood.map(level),
    impact: draft.impact.map(level),
    // Dimensions are edited on the sheet; a save from the pane keeps them as they are.
    impactDimensions: [...view.impactDimensions],
    impactRule: view.impactRule,
    scoring: draft.scoring,
    // The core recomputes the matrix of L x I and L + I from the scales.
    matrix: draft.scoring === 'matrix' && draft.matrix ? draft.matrix.map((r) => [...r]) : [],
    bands,
    reviewIntervalDays: Number(draft.review),
  };
}

/** Lowest and highest score the draft's method can give, for the hint beside the bands. */
export function scoreRange(draft: MethodDraft): { min: number; max: number } | null {
  const matrix = draft.scoring === 'matrix' ? draft.matrix : computeMatrix(draft.scoring, draft.likelihood, draft.impact);
  const all = (matrix ?? []).flat().filter(Number.isFinite);
  return all.length === 0 ? null : { min: minOf(all), max: maxOf(all) };
}
