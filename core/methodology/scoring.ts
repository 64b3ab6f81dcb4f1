/** Scores and bands exactly as the register's formulas compute them. */
import type { Band, Methodology, ScaleLevel, ScoringMethod } from './types';

export function computeMatrix(
  scoring: Exclude<ScoringMethod, 'matrix'>,
  likelihood: readonly ScaleLevel[],
  impact: readonly ScaleLevel[],
): number[][] {
  return likelihood.map((l) => impact.map((i) => (scoring === 'multiply' ? l.value * i.value : l.value + i.value)));
}

/** Score of a (likelihood index, impact index) pair, 0-based; null when outside the matrix. */
export function scoreFor(m: Methodology, likelihoodIndex: number, impactIndex: number): number | null {
  const v = m.matrix[likelihoodIndex]?.[impactIndex];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The band of a score: the band with the greatest lower bound not above the score, which is what
 * `MATCH(score, RB_BandMins, 1)` returns. Null below the lowest band.
 */
export function bandFor(m: Methodology, score: number | null): Band | null {
  if (score === null) return null;
  let found: Band | null = null;
  for (const b of m.bands) if (b.min <= score) found = b;
  return found;
}

/** Every score the matrix can produce, ascending, without repeats. */
export function reachableScores(m: Methodology): number[] {
  const set = new Set<number>();
  for (const row of m.matrix) for (const v of row) if (Number.isFinite(v)) set.add(v);
  return [...set].sort((a, b) => a - b);
}
