/**
 * Reading a likelihood or impact cell. A cell is on the scale exactly when the register formula
 * `MATCH(cell, RB_…Keys, 0)` finds it, so the core and every spreadsheet program agree:
 * - a number equal to a level's value;
 * - text equal, ignoring case, to the value (`4`), the label (`Likely`) or the dropdown
 *   option (`4 - Likely`). Text is not trimmed: MATCH does not trim either.
 */
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import type { LevelRef } from '../register/types';
import type { ScaleLevel } from './types';
import { oncePer } from '../memo';

/** The text a dropdown offers for a level, e.g. `4 - Likely`. */
export function levelOption(level: ScaleLevel): string {
  return `${level.value} - ${level.label}`;
}

export interface LevelKey {
  readonly key: string | number;
  /** 1-based position of the level on its scale. */
  readonly position: number;
}

/** Every accepted way to write each level, in the order the Lists sheet holds them. */
export function levelKeys(scale: readonly ScaleLevel[]): LevelKey[] {
  const keys: LevelKey[] = [];
  scale.forEach((level, i) => {
    const position = i + 1;
    keys.push({ key: level.value, position });
    keys.push({ key: String(level.value), position });
    if (level.label !== '') keys.push({ key: level.label, position });
    keys.push({ key: levelOption(level), position });
  });
  return keys;
}

export type ParsedLevel =
  | { readonly kind: 'blank' }
  | { readonly kind: 'level'; readonly level: LevelRef }
  | { readonly kind: 'invalid'; readonly text: string };

export function parseLevel(scale: readonly ScaleLevel[], cell: CellValue): ParsedLevel {
  if (cell === null || cell === '') return BLANK;
  if (isCellError(cell)) return { kind: 'invalid', text: cell.error };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell).toUpperCase() };
  const lookup = lookupOf(scale);
  if (typeof cell === 'number') return lookup.byValue.get(cell) ?? { kind: 'invalid', text: String(cell) };
  return lookup.byText.get(cell.toLowerCase()) ?? { kind: 'invalid', text: cell };
}

const BLANK: ParsedLevel = { kind: 'blank' };

interface ScaleLookup {
  readonly byValue: ReadonlyMap<number, ParsedLevel>;
  /** Each key a level answers to, lower-cased; the first level to claim a key keeps it. */
  readonly byText: ReadonlyMap<string, ParsedLevel>;
}

/**
 * A register of 50,000 risks parses 200,000 levels against the same few scales: each scale's keys
 * are worked out once, and each level's result is one shared object (scales and level
 * references are never changed once made).
 */
const lookupOf: (scale: readonly ScaleLevel[]) => ScaleLookup = oncePer(buildLookup);

function buildLookup(scale: readonly ScaleLevel[]): ScaleLookup {
  const parsed = scale.map((level, index): ParsedLevel => ({ kind: 'level', level: { index, value: level.value } }));
  const byValue = new Map<number, ParsedLevel>();
  scale.forEach((level, i) => {
    if (!byValue.has(level.value)) byValue.set(level.value, parsed[i]!);
  });
  const byText = new Map<string, ParsedLevel>();
  for (const k of levelKeys(scale)) {
    if (typeof k.key !== 'string') continue;
    const key = k.key.toLowerCase();
    if (!byText.has(key)) byText.set(key, parsed[k.position - 1]!);
  }
  return { byValue, byText };
}

/** Combined impact of several dimensions: the highest level among those on the scale. */
export function combineImpacts(levels: readonly (LevelRef | null)[]): LevelRef | null {
  let best: LevelRef | null = null;
  for (const l of levels) if (l && (!best || l.index > best.index)) best = l;
  return best;
}
