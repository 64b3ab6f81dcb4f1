/**
 * Putting a team's rating words in order: the family of the rank lexicon that holds every word,
 * each in its own slot, with the fewest levels added in between. The scale is the run of slots
 * from the lowest word to the highest, grown to at least `minLevels` (into the family's usual
 * scale first), so "High" and "Medium" alone become Low, Medium, High.
 */
import type { RankFamily } from './rank-lexicon';
import { RANK_FAMILIES } from './rank-lexicon';
import { maxOf, minOf } from '../../arrays';

/** A word as the lexicon compares it: lower case, no accents, hyphens and dots as spaces. */
export function normalWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_–—./]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RankedRun {
  readonly family: RankFamily;
  /** 0-based inclusive slots of the family that make the scale. */
  readonly first: number;
  readonly last: number;
  /** Slot of each normalised word. */
  readonly slotOf: ReadonlyMap<string, number>;
}

const normalised = new WeakMap<RankFamily, ReadonlyMap<string, number>>();

/** Each normalised word of a family and its slot, computed once. */
export function familyWords(family: RankFamily): ReadonlyMap<string, number> {
  let words = normalised.get(family);
  if (!words) {
    const map = new Map<string, number>();
    family.slots.forEach((slot, i) => slot.forEach((w) => map.set(normalWord(w), i)));
    words = map;
    normalised.set(family, words);
  }
  return words;
}

/** Slot of each word in `family`, or null when a word is missing or two words share a slot. */
function place(family: RankFamily, words: readonly string[]): Map<string, number> | null {
  const slotOf = new Map<string, number>();
  const taken = new Set<number>();
  const known = familyWords(family);
  for (const word of words) {
    const slot = known.get(word) ?? -1;
    if (slot < 0 || taken.has(slot)) return null;
    taken.add(slot);
    slotOf.set(word, slot);
  }
  return slotOf;
}

/** Grows [first, last] to `size` slots: first into the family's usual scale, then downwards. */
function grow(family: RankFamily, first: number, last: number, size: number): [number, number] {
  let [lo, hi] = [first, last];
  const inCore = (s: number): boolean => s >= family.core[0] && s <= family.core[1];
  while (hi - lo + 1 < size) {
    const down = lo - 1 >= 0 ? lo - 1 : null;
    const up = hi + 1 < family.slots.length ? hi + 1 : null;
    if (down === null && up === null) break;
    if (down !== null && (up === null || inCore(down) || !inCore(up))) lo = down;
    else hi = up!;
  }
  return [lo, hi];
}

/**
 * The best run for a set of words (already normalised, distinct), or null when no family holds
 * them all in distinct slots.
 */
export function rankWords(words: readonly string[], minLevels = 3, families: readonly RankFamily[] = RANK_FAMILIES): RankedRun | null {
  let best: RankedRun | null = null;
  for (const family of families) {
    const slotOf = place(family, words);
    if (!slotOf || slotOf.size === 0) continue;
    const slots = [...slotOf.values()];
    const [first, last] = grow(family, minOf(slots), maxOf(slots), minLevels);
    if (!best || last - first < best.last - best.first) best = { family, first, last, slotOf };
  }
  return best;
}

/** The English word of a family's slot, for a level the team never wrote. */
export function slotWord(family: RankFamily, slot: number): string {
  return family.slots[slot]![0]!;
}

/** The most frequent of a list of texts, the first seen on a tie. */
export function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = texts[0]!;
  for (const [t, n] of counts) if (n > counts.get(best)!) best = t;
  return best;
}
