/**
 * The scoring rule behind a team's own score column: likelihood x impact or likelihood + impact
 * when one gives every score; else a lookup matrix read off the (likelihood, impact) pairs the
 * register uses, when every pair always gets the same score and no pair scores lower than one
 * less likely and less harmful (holes are filled in between the scores around them); else a
 * simple rule that gives at least four scores in five, the others being the team's
 * inconsistencies, which an auditor wants to see row by row (the same pair scored two ways).
 *
 * Where no rule reproduces the column, the reasons Riskbook's method cannot express are looked
 * for in the team's other numeric columns: a third factor (asset value x likelihood x impact) or
 * an impact the team combines itself ("Max Impact").
 */
import type { LevelRef } from '../../register/types';
import type { ScaleLevel, ScoringMethod } from '../types';
import { computeMatrix } from '../scoring';

export interface ScoreObservation {
  /** 0-based sheet row. */
  readonly row: number;
  readonly l: LevelRef | null;
  readonly i: LevelRef | null;
  readonly score: number;
}

export interface ScoringFit {
  readonly scoring: ScoringMethod;
  readonly matrix: number[][];
  /** Observations the rule gives the team's score for, out of `total` (those with both levels). */
  readonly explained: number;
  readonly total: number;
  /** 0-based rows whose score the rule does not give, ascending, each once. */
  readonly breaking: readonly number[];
  /** Matrix cells no pair in the register showed, filled in between their neighbours. */
  readonly filled: number;
  /** Pairs the register showed, for a matrix. */
  readonly observedPairs: number;
  /** False when no rule explains enough rows: the rule is then only the closest. */
  readonly reproduced: boolean;
}

/** A simple rule stands when it explains at least this share of the rows. */
export const SIMPLE_RULE_SHARE = 0.8;

export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function complete(obs: readonly ScoreObservation[]): { row: number; l: LevelRef; i: LevelRef; score: number }[] {
  return obs.flatMap((o) => (o.l && o.i ? [{ row: o.row, l: o.l, i: o.i, score: o.score }] : []));
}

function fitOf(scoring: ScoringMethod, matrix: number[][], obs: readonly ScoreObservation[], extra: { filled?: number; observedPairs?: number } = {}): ScoringFit {
  const full = complete(obs);
  const breaking = new Set<number>();
  let explained = 0;
  for (const o of full) {
    if (sameScore(matrix[o.l.index]![o.i.index]!, o.score)) explained++;
    else breaking.add(o.row);
  }
  return {
    scoring,
    matrix,
    explained,
    total: full.length,
    breaking: [...breaking].sort((a, b) => a - b),
    filled: extra.filled ?? 0,
    observedPairs: extra.observedPairs ?? 0,
    reproduced: true,
  };
}

/** Observed score per (l, i) cell, or null when one pair was given two scores. */
function observedCells(obs: readonly ScoreObservation[], rows: number, cols: number): (number | null)[][] | null {
  const cells: (number | null)[][] = Array.from({ length: rows }, () => Array<number | null>(cols).fill(null));
  for (const o of complete(obs)) {
    const have = cells[o.l.index]![o.i.index]!;
    if (have !== null && !sameScore(have, o.score)) return null;
    cells[o.l.index]![o.i.index] = o.score;
  }
  return cells;
}

/** True when no observed cell scores lower than one it dominates (less or equally likely and harmful). */
function monotone(cells: readonly (readonly (number | null)[])[]): boolean {
  const seen: { l: number; i: number; v: number }[] = [];
  cells.forEach((row, l) => row.forEach((v, i) => v !== null && seen.push({ l, i, v })));
  for (const a of seen) for (const b of seen) if (a.l <= b.l && a.i <= b.i && a.v > b.v) return false;
  return true;
}

/**
 * A full matrix from the observed cells: a hole takes likelihood x impact, kept between the
 * highest score it dominates and the lowest that dominates it, so the matrix stays monotone.
 */
function filledMatrix(cells: readonly (readonly (number | null)[])[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): { matrix: number[][]; filled: number } {
  let filled = 0;
  const matrix = cells.map((row, l) =>
    row.map((v, i) => {
      if (v !== null) return v;
      filled++;
      let lo = -Infinity;
      let hi = Infinity;
      cells.forEach((r, l2) =>
        r.forEach((w, i2) => {
          if (w === null) return;
          if (l2 <= l && i2 <= i) lo = Math.max(lo, w);
          if (l2 >= l && i2 >= i) hi = Math.min(hi, w);
        }),
      );
      return Math.min(Math.max(likelihood[l]!.value * impact[i]!.value, lo), hi);
    }),
  );
  return { matrix, filled };
}

/** The rule that best reproduces the team's scores on these scales. */
export function inferScoring(obs: readonly ScoreObservation[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[]): ScoringFit {
  const simple = (['multiply', 'add'] as const).map((s) => fitOf(s, computeMatrix(s, likelihood, impact), obs));
  const best = simple[1]!.explained > simple[0]!.explained ? simple[1]! : simple[0]!;
  if (best.explained === best.total) return best;
  const cells = observedCells(obs, likelihood.length, impact.length);
  if (cells && monotone(cells)) {
    const { matrix, filled } = filledMatrix(cells, likelihood, impact);
    const observedPairs = cells.flat().filter((v) => v !== null).length;
    return fitOf('matrix', matrix, obs, { filled, observedPairs });
  }
  return best.explained >= SIMPLE_RULE_SHARE * best.total ? best : { ...best, reproduced: false };
}

/** A numeric column of the team's, by row. */
export interface NumericColumn {
  readonly col: number;
  readonly header: string;
  readonly values: ReadonlyMap<number, number>;
}

export type ScoreExplanation =
  | { readonly kind: 'third-factor'; readonly column: NumericColumn; readonly explained: number; readonly total: number }
  | { readonly kind: 'impact-elsewhere'; readonly column: NumericColumn; readonly scoring: 'multiply' | 'add'; readonly explained: number; readonly total: number };

/**
 * What another numeric column of the team's says about scores no rule reproduced: score =
 * likelihood x impact x that column (a third factor), or likelihood x (or +) that column (an
 * impact the team combines itself). Null when no column explains enough rows.
 */
export function explainScores(obs: readonly ScoreObservation[], likelihood: readonly ScaleLevel[], impact: readonly ScaleLevel[], columns: readonly NumericColumn[]): ScoreExplanation | null {
  let best: ScoreExplanation | null = null;
  const better = (e: ScoreExplanation): void => {
    if (e.total > 0 && e.explained >= SIMPLE_RULE_SHARE * e.total && (!best || e.explained > best.explained)) best = e;
  };
  for (const column of columns) {
    const withL = obs.filter((o) => o.l && column.values.has(o.row));
    const lv = (o: ScoreObservation): number => likelihood[o.l!.index]!.value;
    for (const scoring of ['multiply', 'add'] as const) {
      const explained = withL.filter((o) => {
        const x = column.values.get(o.row)!;
        return sameScore(scoring === 'multiply' ? lv(o) * x : lv(o) + x, o.score);
      }).length;
      better({ kind: 'impact-elsewhere', column, scoring, explained, total: withL.length });
    }
    const withBoth = withL.filter((o) => o.i);
    const factored = withBoth.filter((o) => sameScore(lv(o) * impact[o.i!.index]!.value * column.values.get(o.row)!, o.score));
    // Ones multiply nothing: a column that is 1 wherever it explains a score is no third factor.
    if (factored.some((o) => column.values.get(o.row) !== 1)) better({ kind: 'third-factor', column, explained: factored.length, total: withBoth.length });
  }
  return best;
}
