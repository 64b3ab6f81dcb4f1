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
  if (cell === null || cell === '') return { kind: 'blank' };
  if (isCellError(cell)) return { kind: 'invalid', text: cell.error };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell).toUpperCase() };
  if (typeof cell === 'number') {
    const i = scale.findIndex((l) => l.value === cell);
    return i >= 0 ? { kind: 'level', level: { index: i, value: scale[i]!.value } } : { kind: 'invalid', text: String(cell) };
  }
  const wanted = cell.toLowerCase();
  for (const k of levelKeys(scale)) {
    if (typeof k.key === 'string' && k.key.toLowerCase() === wanted) {
      const level = scale[k.position - 1]!;
      return { kind: 'level', level: { index: k.position - 1, value: level.value } };
    }
  }
  return { kind: 'invalid', text: cell };
}

/** Combined impact of several dimensions: the highest level among those on the scale. */
export function combineImpacts(levels: readonly (LevelRef | null)[]): LevelRef | null {
  let best: LevelRef | null = null;
  for (const l of levels) if (l && (!best || l.index > best.index)) best = l;
  return best;
}
