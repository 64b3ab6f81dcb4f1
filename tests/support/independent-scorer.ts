/**
 * An independent scorer: what a risk's score, level and heatmap cell must be, written from the
 * methodology's definition and nothing else. It deliberately imports no function of the core
 * (only its types), so a planted bug in the core's scoring cannot hide here too:
 *
 * - a level is a position on its scale (rows of the matrix are likelihood, columns impact);
 *   a cell names a level when it is the level's value (as a number or as text), its label or
 *   its dropdown option `value - label`, case aside;
 * - several impact columns (C / I / A) combine by the methodology's impact rule: `max` takes the
 *   highest level among the columns that name one, and a risk with none has no impact;
 * - `multiply` scores likelihood value x impact value, `add` likelihood value + impact value,
 *   `matrix` looks the pair up in the team's own table (row = likelihood, column = impact);
 * - a score's band is the one whose inclusive range [min, max] holds it.
 */
import type { Band, Methodology, ScaleLevel } from '../../core/methodology/types';

export type PlainCell = string | number | boolean | null;

/** 0-based position of the level a cell names on `scale`; null when blank or not on the scale. */
export function positionOf(scale: readonly ScaleLevel[], cell: PlainCell): number | null {
  if (cell === null || cell === '' || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') {
    const i = scale.findIndex((l) => l.value === cell);
    return i < 0 ? null : i;
  }
  const typed = cell.toLowerCase();
  const i = scale.findIndex(
    (l) => typed === String(l.value) || typed === l.label.toLowerCase() || typed === `${l.value} - ${l.label}`.toLowerCase(),
  );
  return i < 0 ? null : i;
}

/** One impact out of several dimensions (positions, null for a dimension with no level). */
export function combinedImpact(m: Methodology, positions: readonly (number | null)[]): number | null {
  const known = positions.filter((p): p is number => p !== null);
  if (known.length === 0) return null;
  switch (m.impactRule) {
    case 'max':
      // Values rise with position, so the highest level is the highest position.
      return known.reduce((a, b) => (m.impact[b]!.value > m.impact[a]!.value ? b : a));
    default:
      throw new Error(`The independent scorer does not know the impact rule ${String(m.impactRule)}`);
  }
}

/** Score of a (likelihood position, impact position) pair; null when either is missing. */
export function scoreOf(m: Methodology, l: number | null, i: number | null): number | null {
  if (l === null || i === null) return null;
  const likelihood = m.likelihood[l];
  const impact = m.impact[i];
  if (!likelihood || !impact) throw new Error(`Position L${l + 1}/I${i + 1} is off the ${m.likelihood.length} x ${m.impact.length} method`);
  switch (m.scoring) {
    case 'multiply':
      return likelihood.value * impact.value;
    case 'add':
      return likelihood.value + impact.value;
    case 'matrix': {
      const v = m.matrix[l]?.[i];
      if (typeof v !== 'number') throw new Error(`The lookup matrix has no number at L${l + 1}/I${i + 1}`);
      return v;
    }
  }
}

/** The band whose inclusive range holds `score`; null for no score or a score no band covers. */
export function bandOf(m: Methodology, score: number | null): Band | null {
  if (score === null) return null;
  const holding = m.bands.filter((b) => b.min <= score && score <= b.max);
  if (holding.length > 1) throw new Error(`Score ${score} is in ${holding.length} bands: the generated method is invalid`);
  return holding[0] ?? null;
}

/** The heatmap cell of a pair, `L<likelihood position>/I<impact position>`, 1-based. */
export function ratingOf(l: number | null, i: number | null): string | null {
  return l === null || i === null ? null : `L${l + 1}/I${i + 1}`;
}

export interface Scored {
  readonly likelihood: number | null;
  readonly impact: number | null;
  readonly score: number | null;
  readonly band: Band | null;
  /** The band's name, '' when there is none (what a level cell shows). */
  readonly level: string;
  readonly rating: string | null;
}

/** Everything the scorer says about one (likelihood, impact) pair of positions. */
export function assessPositions(m: Methodology, l: number | null, i: number | null): Scored {
  const score = scoreOf(m, l, i);
  const band = bandOf(m, score);
  return { likelihood: l, impact: i, score, band, level: band?.name ?? '', rating: ratingOf(l, i) };
}

/** Everything the scorer says about a register row's cells: one likelihood cell, one or more impact cells. */
export function assessCells(m: Methodology, likelihoodCell: PlainCell, impactCells: readonly PlainCell[]): Scored {
  const l = positionOf(m.likelihood, likelihoodCell);
  const positions = impactCells.map((c) => positionOf(m.impact, c));
  const i = impactCells.length === 1 ? positions[0]! : combinedImpact(m, positions);
  return assessPositions(m, l, i);
}

/** Every score the method can give, ascending, each once. */
export function reachable(m: Methodology): number[] {
  const scores = new Set<number>();
  m.likelihood.forEach((_, l) => m.impact.forEach((_, i) => scores.add(scoreOf(m, l, i)!)));
  return [...scores].sort((a, b) => a - b);
}

/** True when swapping likelihood and impact would change some score (or fall off the matrix). */
export function swapShows(m: Methodology): boolean {
  if (m.likelihood.length !== m.impact.length) return true;
  return m.likelihood.some((_, l) => m.impact.some((_, i) => scoreOf(m, l, i) !== scoreOf(m, i, l)));
}
