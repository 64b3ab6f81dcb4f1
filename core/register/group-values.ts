/**
 * Group values written once. Sorted registers often write the asset and its owner on the first
 * risk of a group and leave the cells blank below until the next asset: a reader sees that the
 * blank means "same as above". Riskbook reads it so only where the layout shows it, because a
 * blank owner is otherwise a real gap an auditor would raise:
 * - only in grouping columns (asset, owner and the like), never in a risk's own assessment
 *   (likelihood, impact, treatment, approvals, dates, controls);
 * - only on rows whose own risk is filled in (a threat, a description or a likelihood);
 * - only when the column shows groups: a later row starts a new value after a run of blanks, and
 *   the blanks are no rare gaps (as many as the values typed, or a run of two or more in a row).
 * A heading or legend row between risks ends a group.
 */
import type { CellRef } from '../workbook/a1';
import type { CellValue } from '../workbook/snapshot';
import { cellKey } from './merged-values';
import { isBlankCell } from './cell-text';

/** Fields whose value can stand for a group of rows below it. */
export const GROUPING_FIELDS = ['asset', 'owner', 'assetOwner', 'process', 'category'] as const;

/** How a row takes part in groups: it can receive a group's value, it is neutral, or it ends groups. */
export interface GroupRow {
  /** 0-based. */
  readonly row: number;
  readonly role: 'story' | 'neutral' | 'break';
}

export interface CarriedColumn {
  readonly field: string;
  /** 0-based. */
  readonly col: number;
  /** 0-based first (typed) and last row of each group whose value was carried down. */
  readonly groups: readonly { readonly first: number; readonly last: number }[];
}

export interface CarriedValues {
  /** Blank cells read as their group's value (`cellKey`), each mapped to the cell that holds it. */
  readonly sources: Map<string, CellRef>;
  readonly columns: CarriedColumn[];
}

function carriedInColumn(rows: readonly GroupRow[], col: number, valueAt: (row: number, col: number) => CellValue) {
  let current: number | null = null;
  let run = 0;
  let starts = 0;
  let continuations = 0;
  let longestRun = 0;
  let newAfterRun = false;
  const carried: { row: number; from: number }[] = [];
  for (const r of rows) {
    if (r.role === 'break') {
      current = null;
      run = 0;
      continue;
    }
    if (r.role !== 'story') continue;
    if (!isBlankCell(valueAt(r.row, col))) {
      starts++;
      // A new value after blanks read as a group's: the column is a column of groups.
      if (continuations > 0) newAfterRun = true;
      current = r.row;
      run = 0;
    } else if (current !== null) {
      run++;
      continuations++;
      longestRun = Math.max(longestRun, run);
      carried.push({ row: r.row, from: current });
    }
  }
  const grouped = starts >= 2 && newAfterRun && (continuations >= starts || longestRun >= 2);
  return grouped ? carried : [];
}

export function carriedGroupValues(
  rows: readonly GroupRow[],
  columns: readonly { readonly field: string; readonly col: number }[],
  valueAt: (row: number, col: number) => CellValue,
): CarriedValues {
  const sources = new Map<string, CellRef>();
  const out: CarriedColumn[] = [];
  for (const { field, col } of columns) {
    const carried = carriedInColumn(rows, col, valueAt);
    if (carried.length === 0) continue;
    const last = new Map<number, number>();
    for (const { row, from } of carried) {
      sources.set(cellKey(row, col), { row: from, col });
      last.set(from, row);
    }
    out.push({ field, col, groups: [...last].map(([first, end]) => ({ first, last: end })) });
  }
  return { sources, columns: out };
}
