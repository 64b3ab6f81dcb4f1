/**
 * One scale (likelihood or impact) from the values a register's columns hold: numbers, words,
 * "4 - Likely" / "4 (Likely)" / "Likely (4)", H / M / L, percentages. The scale is built so that
 * every value the team wrote reads back as a level (levels.ts: a cell is a level when it is the
 * value, the label or "value - label", case aside), with labels as the team writes them.
 *
 * - Numbers: values 1..max (0..max when 0 is used), or the range a header states ("Likelihood
 *   (1-5)", "Impact 0 to 4"), at least 3 levels; more than 10 levels keeps the values used.
 *   Levels the team did not word take the words of the preset of that size; where the team's
 *   own words beside its numbers ("2 - Unlikely", "4 - Likely") are a longer preset's, the scale
 *   is that preset's length.
 * - Words: ordered by the rank lexicon (word-ranks.ts), values 1..n.
 * - Percentages written as text ("10%"): ordered by size, values 1..n.
 * Anything else (fractions, words no family knows, words and numbers that do not agree) gives no
 * scale, and the caller says so.
 */
import { errorText } from '../../register/team-columns';
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';
import { parseLevel } from '../levels';
import { presetMethodology } from '../presets';
import type { PresetName, ScaleLevel } from '../types';
import { MAX_LEVELS, MIN_LEVELS } from '../../limits';
import { RANK_FAMILIES } from './rank-lexicon';
import { familyWords, mostFrequent, normalWord, rankWords, slotWord } from './word-ranks';
import { maxOf, minOf } from '../../arrays';

export type AxisName = 'likelihood' | 'impact';

export type ScaleInference =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'inferred';
      readonly scale: ScaleLevel[];
      readonly how: 'numbers' | 'words' | 'percentages';
      /** The values as the finding shows them: "1-5", "Low / Medium / High". */
      readonly shown: string;
    }
  | {
      readonly kind: 'failed';
      /** Distinct values that could not be placed, as typed. */
      readonly values: readonly string[];
      readonly reason: 'unknown-words' | 'fractions' | 'mixed' | 'too-many' | 'too-few';
    };

type Read =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'form'; readonly value: number; readonly label: string }
  | { readonly kind: 'percent'; readonly pct: number; readonly text: string }
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'fraction'; readonly text: string };

const WHOLE = /^\+?\d+$/;
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;
/** Riskbook's own dropdown form, "4 - Likely": the label is the word. */
const OPTION = /^(\d+) - (.*\S)$/;
/** Other ways teams pair a number with its word; the label is the whole text, so the cell reads back. */
const NUMBER_FIRST = /^(\d+)\s*(?:[-–—:.)]\s*|\(\s*)(\D.*?)\)?$/;
const NUMBER_LAST = /^(\D.*?)\s*(?:[-–—:]\s*|\(\s*)(\d+)\s*\)?$/;
/** "Level 4", "L4", "Stufe 2": a word and the number. */
const PREFIXED = /^\p{L}{1,8}\s*(\d+)$/u;

/** A cell as a level could be written; null for what no scale is made of (blanks, errors). */
function classify(cell: CellValue): Read | null {
  if (cell === null || isCellError(cell) || typeof cell === 'boolean' || errorText(cell) !== null) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return Number.isInteger(cell) && cell >= 0 ? { kind: 'number', value: cell } : { kind: 'fraction', text: String(cell) };
  }
  const text = cell.trim();
  if (text === '') return null;
  if (WHOLE.test(text)) return { kind: 'number', value: Number(text) };
  if (NUMBER.test(text)) return { kind: 'fraction', text };
  const pct = PERCENT.exec(text);
  if (pct) return { kind: 'percent', pct: Number(pct[1]!.replace(',', '.')), text };
  const option = OPTION.exec(cell);
  if (option) return { kind: 'form', value: Number(option[1]), label: option[2]! };
  const first = NUMBER_FIRST.exec(text);
  if (first) return { kind: 'form', value: Number(first[1]), label: text };
  const last = NUMBER_LAST.exec(text) ?? PREFIXED.exec(text);
  if (last) return { kind: 'form', value: Number(last[last.length - 1]), label: text };
  return { kind: 'word', text };
}

/** The list kept under `key`, made on first use (a copy per value would be quadratic in cells). */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Each distinct value classified once: a register of thousands of risks holds a handful of
 * distinct levels. Reads are immutable, so cells with the same value share one.
 */
function classifyAll(cells: readonly CellValue[]): (Read | null)[] {
  const known = new Map<string | number, Read | null>();
  return cells.map((cell) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return classify(cell);
    let read = known.get(cell);
    if (read === undefined) known.set(cell, (read = classify(cell)));
    return read;
  });
}

function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/**
 * The texts of the reads of one kind, in order. Every likelihood and impact cell of the register
 * comes through loops like this one: not `flatMap` with an array per read, and by index (they run
 * a few times per request, too few for V8 to optimise away a `for...of` iterator's result per read).
 */
function textsOf(reads: readonly Read[], kind: 'word' | 'fraction'): string[] {
  const out: string[] = [];
  for (let k = 0; k < reads.length; k++) {
    const r = reads[k]!;
    if (r.kind === kind) out.push(r.text);
  }
  return out;
}

export const USED = 'Used in the register.';
export const ADDED = 'Not used in the register: added to complete the scale.';

/** A range a header states: "(1-5)", "0 to 10", "1–4". */
export function headerRange(headers: readonly string[]): { lo: number; hi: number } | null {
  for (const h of headers) {
    const m = /(\d+)\s*(?:-|–|—|\.\.|to|bis|à|a|al|tot)\s*(\d+)/i.exec(h);
    if (m && Number(m[2]) > Number(m[1])) return { lo: Number(m[1]), hi: Number(m[2]) };
  }
  return null;
}

/** The words Riskbook gives levels 1..n of a numeric scale the team labelled nowhere. */
function defaultLabels(axis: AxisName, values: readonly number[]): string[] | null {
  const size = values.length;
  const consecutive = values.every((v, i) => v === values[0]! + i);
  if (!consecutive || size < 3 || size > 5) return null;
  const preset = presetMethodology(`${size}x${size}` as PresetName)[axis];
  return values.map((_, i) => preset[i]!.label);
}

function numericScale(axis: AxisName, reads: readonly Read[], headers: readonly string[]): ScaleInference {
  const numbers: number[] = [];
  for (let k = 0; k < reads.length; k++) {
    const r = reads[k]!;
    if (r.kind === 'number' || r.kind === 'form') numbers.push(r.value);
  }
  const words = distinct(textsOf(reads, 'word'));
  const min = minOf(numbers);
  const max = maxOf(numbers);
  const stated = headerRange(headers);
  let values: number[];
  if (stated && stated.lo <= min && stated.hi >= max && stated.hi - stated.lo + 1 >= MIN_LEVELS && stated.hi - stated.lo + 1 <= MAX_LEVELS) {
    values = range(stated.lo, stated.hi);
  } else {
    const lo = Math.min(1, min);
    const hi = Math.max(max, lo + MIN_LEVELS - 1);
    if (hi - lo + 1 <= MAX_LEVELS) values = range(lo, hi);
    else {
      values = [...new Set(numbers)].sort((a, b) => a - b);
      if (values.length > MAX_LEVELS) return { kind: 'failed', values: values.map(String), reason: 'too-many' };
      // Two far-apart values still make a scale: grow it above the highest.
      while (values.length < MIN_LEVELS) values.push(values[values.length - 1]! + 1);
    }
  }
  const formLabels = new Map<number, string[]>();
  for (let k = 0; k < reads.length; k++) {
    const r = reads[k]!;
    if (r.kind === 'form') listIn(formLabels, r.value).push(r.label);
  }
  const seen = new Set(numbers);
  // Where no header states the range, a longer scale may be the one the team's words belong to:
  // 3, 4 and "Almost certain", or "2 - Unlikely" and "4 - Likely", are on the 5-level preset.
  const candidates = [values];
  const consecutive = values.every((v, i) => v === values[0]! + i);
  if ((words.length > 0 || formLabels.size > 0) && !stated && consecutive) {
    for (let size = values.length + 1; size <= 5; size++) candidates.push(range(values[0]!, values[0]! + size - 1));
  }
  const teamLabels = new Map([...formLabels].map(([v, ls]) => [v, mostFrequent(ls)]));
  const taken = new Set([...teamLabels.values()].map((l) => l.toLowerCase()));
  const built = candidates.flatMap((tried) => {
    const defaults = defaultLabels(axis, tried) ?? tried.map((v) => `Level ${v}`);
    // Labels the team wrote beside their numbers agree with these defaults, or stand in for them.
    const agree = tried.every((v, i) => !teamLabels.has(v) || teamLabels.get(v)!.toLowerCase() === defaults[i]!.toLowerCase());
    // A default word the team gave another level gives way to a neutral one.
    const labels = tried.map((v, i) => teamLabels.get(v) ?? (taken.has(defaults[i]!.toLowerCase()) ? `Level ${v}` : defaults[i]!));
    const keys = labels.map((l) => l.toLowerCase());
    if (new Set(keys).size !== keys.length || !words.every((w) => keys.includes(w.toLowerCase()))) return [];
    return [{ tried, labels, keys, agree }];
  });
  const chosen = built.find((b) => b.agree) ?? built[0];
  if (chosen) {
    const { tried, labels, keys } = chosen;
    const used = new Set([...seen, ...tried.filter((_, i) => words.some((w) => w.toLowerCase() === keys[i]))]);
    const scale = tried.map((value, i) => ({ value, label: labels[i]!, description: used.has(value) ? USED : ADDED }));
    return { kind: 'inferred', scale, how: 'numbers', shown: `${tried[0]}-${tried[tried.length - 1]}` };
  }
  return { kind: 'failed', values: words, reason: 'mixed' };
}

function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

function wordScale(reads: readonly Read[]): ScaleInference {
  const texts = textsOf(reads, 'word');
  const byWord = new Map<string, string[]>();
  const normal = new Map<string, string>();
  for (const t of texts) {
    let w = normal.get(t);
    if (w === undefined) normal.set(t, (w = normalWord(t)));
    listIn(byWord, w).push(t);
  }
  const run = rankWords([...byWord.keys()], MIN_LEVELS);
  if (!run) return { kind: 'failed', values: distinct(texts), reason: 'unknown-words' };
  const scale: ScaleLevel[] = [];
  for (let slot = run.first; slot <= run.last; slot++) {
    const written = [...byWord.entries()].filter(([w]) => run.slotOf.get(w) === slot).flatMap(([, ts]) => ts);
    const label = written.length > 0 ? mostFrequent(written) : slotWord(run.family, slot);
    scale.push({ value: slot - run.first + 1, label, description: written.length > 0 ? USED : ADDED });
  }
  return { kind: 'inferred', scale, how: 'words', shown: scale.map((l) => l.label).join(' / ') };
}

function percentScale(reads: readonly Read[]): ScaleInference {
  const byPct = new Map<number, string[]>();
  for (const r of reads) if (r.kind === 'percent') listIn(byPct, r.pct).push(r.text);
  const pcts = [...byPct.keys()].sort((a, b) => a - b);
  const shown = pcts.map((p) => mostFrequent(byPct.get(p)!));
  if (pcts.length < MIN_LEVELS) return { kind: 'failed', values: shown, reason: 'too-few' };
  if (pcts.length > MAX_LEVELS) return { kind: 'failed', values: shown, reason: 'too-many' };
  const scale = shown.map((label, i) => ({ value: i + 1, label, description: USED }));
  return { kind: 'inferred', scale, how: 'percentages', shown: shown.join(' / ') };
}

/** The scale a register's cells for one axis imply; `headers` are the headers of their columns. */
/** The scale of exactly these reads, every one of them on it; or why there is none. */
function strictScale(axis: AxisName, reads: readonly Read[], headers: readonly string[]): ScaleInference {
  const fractions = textsOf(reads, 'fraction');
  if (fractions.length > 0) return { kind: 'failed', values: distinct(fractions), reason: 'fractions' };
  const percents = reads.filter((r) => r.kind === 'percent');
  if (percents.length > 0) {
    if (percents.length === reads.length) return percentScale(reads);
    return { kind: 'failed', values: distinct(reads.map(readText)), reason: 'mixed' };
  }
  if (reads.every((r) => r.kind === 'word')) return wordScale(reads);
  return numericScale(axis, reads, headers);
}

/**
 * The scale that reads the most cells, when it reads more than half of them: built from one kind
 * of value the cells hold (numbers, percentages, words the lexicon knows), or a preset's own scale
 * (3, 4 and "Major" beside a stray "6 - Extreme" are the 5-level preset's). The odd cell out
 * ("TBD", a stray fraction, a level no one else uses) is left to the register, which reports it
 * off the scale at its cell: that says more than no scale at all.
 */
function mostCells(axis: AxisName, cells: readonly CellValue[], classified: readonly (Read | null)[], reads: readonly Read[], headers: readonly string[]): ScaleInference | null {
  const groups: (readonly Read[])[] = [
    reads.filter((r) => r.kind === 'number' || r.kind === 'form'),
    reads.filter((r) => r.kind === 'percent'),
    reads.filter((r) => r.kind === 'word' && RANK_FAMILIES.some((f) => familyWords(f).has(normalWord(r.text)))),
  ];
  const candidates: ScaleInference[] = groups.filter((g) => g.length > 0).map((g) => strictScale(axis, g, headers));
  for (const size of [5, 4, 3]) {
    const preset = presetMethodology(`${size}x${size}` as PresetName)[axis];
    candidates.push({ kind: 'inferred', scale: preset.map((l) => ({ ...l, description: USED })), how: 'numbers', shown: `1-${size}` });
  }
  const counted = cells.filter((_, k) => classified[k] !== null);
  let best: { s: ScaleInference & { kind: 'inferred' }; read: number } | null = null;
  for (const s of candidates) {
    if (s.kind !== 'inferred') continue;
    const read = counted.filter((c) => parseLevel(s.scale, c).kind === 'level').length;
    if (!best || read > best.read) best = { s, read };
  }
  return best && best.read * 2 > counted.length ? best.s : null;
}

export function inferScale(axis: AxisName, cells: readonly CellValue[], headers: readonly string[]): ScaleInference {
  const classified = classifyAll(cells);
  const reads = classified.filter((r): r is Read => r !== null);
  if (reads.length === 0) return { kind: 'empty' };
  const strict = strictScale(axis, reads, headers);
  return strict.kind === 'inferred' ? strict : (mostCells(axis, cells, classified, reads, headers) ?? strict);
}

function readText(r: Read): string {
  switch (r.kind) {
    case 'number':
      return String(r.value);
    case 'form':
      return r.label;
    case 'percent':
    case 'word':
    case 'fraction':
      return r.text;
  }
}
