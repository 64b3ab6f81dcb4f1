/**
 * fast-check generators of risk methods and risks that a symmetric 5 x 5 never exercises:
 * likelihood and impact scales of different lengths (4 x 5, 3 x 6, 6 x 3, ...) with values that
 * need not start at 1 or rise by 1, `L x I`, `L + I` and lookup matrices that are not symmetric,
 * C / I / A impact columns combined by the impact rule, and bands of varied number and width
 * (with unreachable gaps between them, or reaching beyond the scores).
 *
 * Matrices for `multiply` and `add` are computed here from the definition, not by the core, and
 * every band set covers each reachable score exactly once (the independent scorer checks that).
 */
import * as fc from 'fast-check';
import type { Band, Decision, Methodology, ScaleLevel, ScoringMethod } from '../../core/methodology/types';
import type { Treatment } from '../../core/register/types';
import { reachable, swapShows } from './independent-scorer';

export const LIKELIHOOD_WORDS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Frequent', 'Almost certain', 'Certain', 'Constant'] as const;
export const IMPACT_WORDS = ['Negligible', 'Minor', 'Moderate', 'Noticeable', 'Significant', 'Major', 'Severe', 'Catastrophic'] as const;
const BAND_WORDS = ['Low', 'Medium', 'High', 'Very high', 'Critical', 'Minimal', 'Elevated', 'Extreme'] as const;
/** Distinct fills, so a cell painted with the wrong band's colour shows. */
const COLOURS = ['#C6EFCE', '#FFEB9C', '#FFC7CE', '#9BC2E6', '#F4B084', '#D9D9D9', '#B4A7D6', '#FF0000'] as const;
export const CIA_DIMENSIONS = ['Confidentiality', 'Integrity', 'Availability'] as const;

export interface MethodOptions {
  readonly likelihoodLevels?: { min: number; max: number };
  readonly impactLevels?: { min: number; max: number };
  readonly scoring?: readonly ScoringMethod[];
  /** Whether the method names C / I / A impact dimensions; both when absent. */
  readonly cia?: boolean;
  /**
   * Lookup matrices in which no pair scores lower than a less likely or less harmful one: the
   * matrices a team's register can show (a scrambled one reads as inconsistent scoring).
   */
  readonly monotoneMatrix?: boolean;
}

/** The matrix of a computed method, from the scale values (rows = likelihood). */
export function computedMatrix(scoring: 'multiply' | 'add', likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): number[][] {
  return likelihood.map((l) => impact.map((i) => (scoring === 'multiply' ? l.value * i.value : l.value + i.value)));
}

function scaleArb(words: readonly string[], levels: { min: number; max: number }): fc.Arbitrary<ScaleLevel[]> {
  return fc.integer(levels).chain((n) =>
    fc
      .tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n - 1, maxLength: n - 1 }),
        fc.shuffledSubarray([...words], { minLength: n, maxLength: n }),
      )
      .map(([start, steps, labels]) => {
        const values = [start];
        for (const s of steps) values.push(values[values.length - 1]! + s);
        return values.map((value, k) => ({ value, label: labels[k]!, description: `Level ${k + 1}` }));
      }),
  );
}

/** A lookup matrix in which no score is forced to equal its transpose. */
function lookupMatrixArb(rows: number, cols: number): fc.Arbitrary<number[][]> {
  return fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** Each cell raised to the highest score of the cells it dominates (less likely, less harmful). */
function monotone(m: number[][]): number[][] {
  const out = m.map((row) => [...row]);
  out.forEach((row, l) => row.forEach((v, i) => (row[i] = Math.max(v, out[l - 1]?.[i] ?? v, row[i - 1] ?? v))));
  return out;
}

/** Bands over `scores` (ascending, distinct): consecutive runs, edges anywhere in the unreachable gaps. */
function bandsArb(scores: readonly number[]): fc.Arbitrary<Band[]> {
  const n = scores.length;
  return fc
    .record({
      cuts: fc.array(fc.boolean(), { minLength: n - 1, maxLength: n - 1 }),
      edges: fc.array(fc.nat({ max: 1000 }), { minLength: 2 * n + 2, maxLength: 2 * n + 2 }),
      names: fc.shuffledSubarray([...BAND_WORDS], { minLength: BAND_WORDS.length, maxLength: BAND_WORDS.length }),
      colours: fc.shuffledSubarray([...COLOURS], { minLength: COLOURS.length, maxLength: COLOURS.length }),
      decisions: fc.array(fc.constantFrom<Decision>('acceptable', 'tolerable', 'unacceptable'), { minLength: n, maxLength: n }),
    })
    .map(({ cuts, edges, names, colours, decisions }) => {
      // At most as many bands as there are names.
      const groups: number[][] = [[scores[0]!]];
      cuts.forEach((cut, k) => {
        if (cut && groups.length < BAND_WORDS.length) groups.push([scores[k + 1]!]);
        else groups[groups.length - 1]!.push(scores[k + 1]!);
      });
      const pick = (k: number, lo: number, hi: number): number => lo + (edges[k]! % (hi - lo + 1));
      const bands: Band[] = [];
      let min = groups[0]![0]! - pick(0, 0, 3);
      groups.forEach((g, k) => {
        const last = g[g.length - 1]!;
        const next = groups[k + 1]?.[0];
        // Split the unreachable scores between this band and the next: some to each, some to neither.
        const max = next === undefined ? last + pick(2 * k + 1, 0, 3) : pick(2 * k + 1, last, next - 1);
        bands.push({ name: names[k]!, min, max, colour: colours[k]!, decision: decisions[k]! });
        if (next !== undefined) min = pick(2 * k + 2, max + 1, next);
      });
      return bands;
    });
}

/** Any valid method of the shapes above; bands ascending by min, as the type promises. */
export function methodArb(options: MethodOptions = {}): fc.Arbitrary<Methodology> {
  return fc
    .record({
      likelihood: scaleArb(LIKELIHOOD_WORDS, options.likelihoodLevels ?? { min: 3, max: 6 }),
      impact: scaleArb(IMPACT_WORDS, options.impactLevels ?? { min: 3, max: 7 }),
      scoring: fc.constantFrom<ScoringMethod>(...(options.scoring ?? ['multiply', 'add', 'matrix'])),
      cia: options.cia === undefined ? fc.boolean() : fc.constant(options.cia),
    })
    .chain(({ likelihood, impact, scoring, cia }) => {
      const lookup = lookupMatrixArb(likelihood.length, impact.length).map((m) => (options.monotoneMatrix ? monotone(m) : m));
      const matrix = scoring === 'matrix' ? lookup : fc.constant(computedMatrix(scoring, likelihood, impact));
      return matrix.chain((mx) => {
        const base: Methodology = {
          version: '1.0',
          likelihood,
          impact,
          impactDimensions: cia ? [...CIA_DIMENSIONS] : [],
          impactRule: 'max',
          scoring,
          matrix: mx,
          bands: [],
          reviewIntervalDays: 365,
        };
        return bandsArb(reachable(base)).map((bands) => ({ ...base, bands }));
      });
    });
}

/** Methods where a likelihood / impact swap must show somewhere. */
export function asymmetricMethodArb(options: MethodOptions = {}): fc.Arbitrary<Methodology> {
  return methodArb(options).filter(swapShows);
}

/** A level as drawn for one input cell: a 0-based position, blank, or something off the scale. */
export type DrawnLevel = number | null | 'off';

/** How a person typed a level. */
export type LevelForm = 'number' | 'number-text' | 'label' | 'label-upper' | 'option';
export const LEVEL_FORMS: readonly LevelForm[] = ['number', 'number-text', 'label', 'label-upper', 'option'];

export interface DrawnRisk {
  readonly id: string;
  readonly likelihood: DrawnLevel;
  /** One entry for a single impact column, three for C / I / A. */
  readonly impacts: readonly DrawnLevel[];
  readonly residualLikelihood: DrawnLevel;
  readonly residualImpact: DrawnLevel;
  readonly treatment: Treatment | null;
  readonly approvedBy: string;
  /** A spreadsheet serial date, or null. */
  readonly approvalDate: number | null;
  /** Annex A 2022 control ids. */
  readonly controls: readonly string[];
  /** The form of each level cell, in the order likelihood, impacts..., residual likelihood, residual impact. */
  readonly forms: readonly LevelForm[];
}

const CONTROLS = ['5.1', '5.15', '5.17', '8.7', '8.13', '8.24'] as const;
export const APPROVAL_DATE = 45870;

function levelArb(levels: number, offRate: 'never' | 'sometimes'): fc.Arbitrary<DrawnLevel> {
  const options: fc.WeightedArbitrary<DrawnLevel>[] = [
    { weight: 8, arbitrary: fc.integer({ min: 0, max: levels - 1 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  ];
  if (offRate === 'sometimes') options.push({ weight: 1, arbitrary: fc.constant<DrawnLevel>('off') });
  return fc.oneof(...options);
}

/** Risks for a method; `impactColumns` 3 draws C / I / A. Ids are, ... in order. */
export function risksArb(
  m: Methodology,
  options: { impactColumns: 1 | 3; minLength?: number; maxLength?: number; offScale?: boolean },
): fc.Arbitrary<DrawnRisk[]> {
  const off = options.offScale ? 'sometimes' : 'never';
  const one = fc.record({
    likelihood: levelArb(m.likelihood.length, off),
    impacts: fc.array(levelArb(m.impact.length, off), { minLength: options.impactColumns, maxLength: options.impactColumns }),
    residualLikelihood: levelArb(m.likelihood.length, off),
    residualImpact: levelArb(m.impact.length, off),
    treatment: fc.constantFrom<Treatment | null>(null, 'mitigate', 'transfer', 'avoid', 'accept', 'accept'),
    approvedBy: fc.constantFrom('', '', 'Risk owner', '  '),
    approvalDate: fc.constantFrom<number | null>(null, APPROVAL_DATE),
    controls: fc.subarray([...CONTROLS], { maxLength: 2 }),
    forms: fc.array(fc.constantFrom(...LEVEL_FORMS), { minLength: options.impactColumns + 3, maxLength: options.impactColumns + 3 }),
  });
  return fc
    .array(one, { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 12 })
    .map((rs) => rs.map((r, k) => ({ ...r, id: `R-${String(k + 1).padStart(2, '0')}` })));
}

/** A value no level of `scale` has, in the given form: text or a number. */
function offScale(scale: readonly ScaleLevel[], form: LevelForm): string | number {
  const above = scale[scale.length - 1]!.value + 7;
  return form === 'number' ? above : form === 'number-text' ? String(above) : 'Not rated';
}

/** The cell a person typed for a drawn level. */
export function levelCell(scale: readonly ScaleLevel[], level: DrawnLevel, form: LevelForm): string | number | null {
  if (level === null) return null;
  if (level === 'off') return offScale(scale, form);
  const l = scale[level]!;
  switch (form) {
    case 'number':
      return l.value;
    case 'number-text':
      return String(l.value);
    case 'label':
      return l.label;
    case 'label-upper':
      return l.label.toUpperCase();
    case 'option':
      return `${l.value} - ${l.label}`;
  }
}
