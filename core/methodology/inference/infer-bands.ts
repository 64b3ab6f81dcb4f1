/**
 * Risk bands from a team's own (score, level) pairs: each level word's score range, the words
 * ordered by the rank lexicon (or as numbers, or by their scores), ranges contiguous over every
 * score the method can give. Where a few rows contradict the rest (12 called High here, Medium
 * there), the ranges are the ones most rows agree with, and the others are the rows that break
 * them. Decisions follow the order: the top band must be treated, the lowest is acceptable, the
 * rest are tolerable with the risk owner's approval.
 *
 * Without a level column, a preset's bands are stretched over the method's scores instead.
 */
import type { Band, Decision } from '../types';
import { mostFrequent, normalWord, rankWords } from './word-ranks';
import { appendAll, maxOf, minOf } from '../../arrays';

export interface LevelPoint {
  /** 0-based sheet row. */
  readonly row: number;
  readonly score: number;
  /** The level as the team wrote it. */
  readonly level: string;
}

export interface BandFit {
  readonly bands: Band[];
  /** Points whose level is the band of their score, out of `total`. */
  readonly explained: number;
  readonly total: number;
  /** 0-based rows that break the bands, ascending, each once. */
  readonly breaking: readonly number[];
}

/** Fills from the lowest band to the highest, spread over as many bands as there are. */
const PALETTE: Readonly<Record<number, readonly string[]>> = {
  1: ['#FFEB9C'],
  2: ['#C6EFCE', '#FFC7CE'],
  3: ['#C6EFCE', '#FFEB9C', '#FFC7CE'],
  4: ['#C6EFCE', '#FFEB9C', '#F8CBAD', '#FFC7CE'],
  5: ['#C6EFCE', '#E2EFDA', '#FFEB9C', '#F8CBAD', '#FFC7CE'],
  6: ['#C6EFCE', '#E2EFDA', '#FFEB9C', '#F8CBAD', '#FFC7CE', '#FF7C80'],
};

export function bandColour(k: number, n: number): string {
  const row = PALETTE[Math.min(n, 6)]!;
  return row[n <= 6 ? k : Math.round((k * (row.length - 1)) / (n - 1))]!;
}

export function bandDecision(k: number, n: number): Decision {
  // One band says nothing about acceptance: the owner decides, as for a middle band.
  if (n === 1) return 'tolerable';
  if (k === n - 1) return 'unacceptable';
  return k === 0 ? 'acceptable' : 'tolerable';
}

/** A level as the comparison with the team's column reads it (team-columns.ts). */
export function levelKey(text: string): string {
  return text.trim().toLowerCase();
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * Orders the team's level keys could take, lowest first, most trusted first: as numbers or by the
 * rank lexicon (which also place the levels the team wrote where no score could be computed,
 * `alsoUsed`), then by the median score of each level.
 */
export function levelOrders(points: readonly LevelPoint[], alsoUsed: readonly string[] = []): string[][] {
  const scored = [...new Set(points.map((p) => levelKey(p.level)))];
  const keys = [...new Set([...scored, ...alsoUsed.map(levelKey)])];
  const orders: string[][] = [];
  if (keys.every((k) => /^\d+(\.\d+)?$/.test(k))) orders.push([...keys].sort((a, b) => Number(a) - Number(b)));
  else {
    const run = rankWords(keys.map(normalWord), 1);
    if (run && run.slotOf.size === keys.length) orders.push([...keys].sort((a, b) => run.slotOf.get(normalWord(a))! - run.slotOf.get(normalWord(b))!));
  }
  const scores = (k: string): number => median(points.filter((p) => levelKey(p.level) === k).map((p) => p.score));
  orders.push([...scored].sort((a, b) => scores(a) - scores(b)));
  return orders;
}

/**
 * Each distinct score assigned to one level, never a lower level for a higher score, so that as
 * many points as possible keep their level (a longest monotone fit, by dynamic programming).
 */
function assignScores(points: readonly LevelPoint[], order: readonly string[]): { assigned: Map<number, number>; kept: number } {
  const scores = [...new Set(points.map((p) => p.score))].sort((a, b) => a - b);
  const rank = new Map(order.map((k, i) => [k, i]));
  const counts = scores.map((s) => {
    const c = Array<number>(order.length).fill(0);
    for (const p of points) if (p.score === s) c[rank.get(levelKey(p.level))!]!++;
    return c;
  });
  const best: number[][] = [];
  const from: number[][] = [];
  counts.forEach((c, j) => {
    best.push([]);
    from.push([]);
    let runMax = -1;
    let runArg = 0;
    for (let k = 0; k < order.length; k++) {
      const before = j === 0 ? 0 : best[j - 1]![k]!;
      if (before > runMax) [runMax, runArg] = [before, k];
      best[j]![k] = runMax + c[k]!;
      from[j]![k] = runArg;
    }
  });
  const assigned = new Map<number, number>();
  const kept = maxOf(best[scores.length - 1]!);
  let k = best[scores.length - 1]!.indexOf(kept);
  for (let j = scores.length - 1; j >= 0; j--) {
    assigned.set(scores[j]!, k);
    k = from[j]![k]!;
  }
  return { assigned, kept };
}

/**
 * Scores no point showed, shared out to levels no point kept: the free scores between the
 * neighbouring levels that have some, in order.
 */
function shareFreeScores(sets: number[][], universe: readonly number[]): void {
  const used = new Set(sets.flat());
  let k = 0;
  while (k < sets.length) {
    if (sets[k]!.length > 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < sets.length && sets[end]!.length === 0) end++;
    const below = k > 0 ? maxOf(sets[k - 1]!) : -Infinity;
    const above = end < sets.length ? minOf(sets[end]!) : Infinity;
    const free = universe.filter((u) => u > below && u < above && !used.has(u));
    const n = end - k;
    const size = Math.max(1, Math.floor(free.length / n));
    for (let m = 0; m < n; m++) {
      const chunk = m === n - 1 ? free.slice(m * size) : free.slice(m * size, (m + 1) * size);
      appendAll(sets[k + m]!, chunk);
    }
    k = end;
  }
}

/** Contiguous bands over the universe from each kept level's scores (ascending, non-empty sets). */
function bandsFromSets(names: readonly string[], sets: readonly (readonly number[])[], universe: readonly number[]): Band[] {
  const integers = universe.every(Number.isInteger);
  const n = names.length;
  const bands: Band[] = [];
  names.forEach((name, k) => {
    const lowest = k === 0 ? universe[0]! : integers ? maxOf(sets[k - 1]!) + 1 : universe.find((u) => u > maxOf(sets[k - 1]!))!;
    bands.push({ name, min: Math.min(lowest, minOf(sets[k]!)), max: maxOf(sets[k]!), colour: bandColour(k, n), decision: bandDecision(k, n) });
  });
  // Each band reaches up to the next one's minimum, the top one to the highest score.
  return bands.map((b, k) => {
    const next = bands[k + 1];
    if (!next) return { ...b, max: Math.max(b.max, universe[universe.length - 1]!) };
    return { ...b, max: integers ? next.min - 1 : maxOf(universe.filter((u) => u < next.min)) };
  });
}

/**
 * Bands from (score, level) points; `reachable` is every score the method gives, `alsoUsed` the
 * levels the team wrote where no score could be computed. Null without points.
 */
export function inferBands(points: readonly LevelPoint[], reachable: readonly number[], alsoUsed: readonly string[] = []): BandFit | null {
  if (points.length === 0) return null;
  // The order that keeps the most points: the lexicon's unless the team's scores say otherwise.
  let order: string[] = [];
  let assigned = new Map<number, number>();
  let most = -1;
  for (const candidate of levelOrders(points, alsoUsed)) {
    const fit = assignScores(points, candidate);
    if (fit.kept > most) {
      [order, assigned, most] = [candidate, fit.assigned, fit.kept];
    }
  }
  const sets: number[][] = order.map(() => []);
  for (const [score, k] of assigned) sets[k]!.push(score);
  const universe = [...new Set([...reachable, ...points.map((p) => p.score)])].sort((a, b) => a - b);
  shareFreeScores(sets, universe);
  const kept = order.map((key, k) => ({ key, set: sets[k]! })).filter((x) => x.set.length > 0);
  const written = [...points.map((p) => p.level.trim()), ...alsoUsed.map((t) => t.trim())];
  const names = kept.map(({ key }) => mostFrequent(written.filter((t) => levelKey(t) === key)));
  const bands = bandsFromSets(names, kept.map((x) => x.set), universe);
  const breaking = new Set<number>();
  let explained = 0;
  for (const p of points) {
    if (levelKey(p.level) === order[assigned.get(p.score)!]) explained++;
    else breaking.add(p.row);
  }
  return { bands, explained, total: points.length, breaking: [...breaking].sort((a, b) => a - b) };
}

/**
 * A preset's bands stretched over another range of scores: each boundary keeps its place in
 * proportion, between the preset's last score of one band and first of the next.
 */
export function rescaleBands(template: readonly Band[], reachable: readonly number[]): Band[] {
  const universe = [...new Set(reachable)].sort((a, b) => a - b);
  const tMin = template[0]!.min;
  const tMax = template[template.length - 1]!.max;
  const lo = universe[0]!;
  const hi = universe[universe.length - 1]!;
  const cuts = template.slice(1).map((b, k) => lo + ((((template[k]!.max + b.min) / 2) - tMin) / (tMax - tMin)) * (hi - lo));
  const sets = template.map((_, k) => universe.filter((u) => (k === 0 || u > cuts[k - 1]!) && (k === template.length - 1 || u <= cuts[k]!)));
  const kept = template.map((b, k) => ({ b, set: sets[k]! })).filter((x) => x.set.length > 0);
  return bandsFromSets(kept.map((x) => x.b.name), kept.map((x) => x.set), universe).map((b, k) => ({ ...b, colour: kept[k]!.b.colour, decision: kept[k]!.b.decision }));
}
