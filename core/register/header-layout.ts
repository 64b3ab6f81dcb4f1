/**
 * The shape of a header row: its cells, the group label above each (a merged banner such as
 * "Inherent risk" or "Information Security"), and the cells that a header spanning two rows
 * ("ID" merged over rows 4-5) or a banner row leaves blank below. A two-row header is read at its
 * lower row; the banner row above is part of the header, never a risk.
 */
import type { RangeRef } from '../workbook/a1';
import { parseRange } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import { cellText } from './cell-text';

export interface HeaderCell {
  /** The header as a person reads it: the cell's text, or the text a merge or banner above carries down. */
  readonly text: string;
  /** The banner label over this column ('' when none). */
  readonly group: string;
}

export interface HeaderLayout {
  readonly cells: readonly HeaderCell[];
  /** 0-based row of the banner above, when the header spans two rows. */
  readonly bannerRow: number | null;
}

const textAt = (sheet: SheetSnapshot, row: number, col: number): string => cellText(cellAt(sheet, row, col)).trim();

function mergesNear(sheet: SheetSnapshot, row: number): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.row <= row && r.row + r.rows - 1 >= row - 1) out.push(r);
  }
  return out;
}

const covers = (m: RangeRef, row: number, col: number): boolean => m.row <= row && row < m.row + m.rows && m.col <= col && col < m.col + m.cols;

/**
 * Whether the row above is a banner over this one: a header cell merged down into this row, or
 * a label merged across some (not all) of this row's headers. A title merged across the whole
 * table is not a banner.
 */
function isBannerAbove(sheet: SheetSnapshot, row: number, own: readonly string[], merges: readonly RangeRef[]): boolean {
  if (row <= 0) return false;
  const filled = own.map((t, col) => (t !== '' ? col : -1)).filter((c) => c >= 0);
  for (const m of merges) {
    const top = textAt(sheet, m.row, m.col);
    if (top === '') continue;
    // A header spanning both rows.
    if (m.row < row && m.row + m.rows - 1 >= row && own[m.col] === '') return true;
    if (m.row + m.rows - 1 !== row - 1 || m.cols < 2) continue;
    const under = filled.filter((c) => c >= m.col && c < m.col + m.cols).length;
    if (under >= 2 && under < filled.length) return true;
  }
  return false;
}

/** The text a blank header cell takes from above: a merge spanning down into it, or the banner row's own cell. */
function carriedDown(sheet: SheetSnapshot, row: number, col: number, merges: readonly RangeRef[], banner: boolean): string {
  for (const m of merges) {
    if (m.row < row && covers(m, row, col)) return m.col === col ? textAt(sheet, m.row, m.col) : '';
  }
  if (!banner) return '';
  // A header written in the banner row with nothing below it ("ID" typed in row 4, row 5 blank).
  return merges.some((m) => covers(m, row - 1, col)) ? '' : textAt(sheet, row - 1, col);
}

/** The label over a header cell: a banner merged across it in the row above, or the cell just above. */
function groupOver(sheet: SheetSnapshot, row: number, col: number, merges: readonly RangeRef[]): string {
  if (row <= 0) return '';
  for (const m of merges) {
    if (m.row + m.rows - 1 === row - 1 && m.cols > 1 && covers(m, row - 1, col)) return textAt(sheet, m.row, m.col);
  }
  // A cell merged down over several rows above is a title or a spanning header, not a group.
  if (merges.some((m) => covers(m, row - 1, col))) return '';
  // A label, not a line of instructions above the table.
  const above = textAt(sheet, row - 1, col);
  return above.split(/\s+/).length <= MAX_GROUP_WORDS ? above : '';
}

const MAX_GROUP_WORDS = 6;

/** Every header cell of a row, up to the last one that holds (or carries) text. */
export function headerLayout(sheet: SheetSnapshot, row: number): HeaderLayout {
  const merges = mergesNear(sheet, row);
  const width = Math.max(sheet.values[row]?.length ?? 0, row > 0 ? (sheet.values[row - 1]?.length ?? 0) : 0);
  const own = Array.from({ length: width }, (_, col) => textAt(sheet, row, col));
  const banner = isBannerAbove(sheet, row, own, merges);
  const cells: HeaderCell[] = own.map((text, col) => {
    if (text !== '') return { text, group: groupOver(sheet, row, col, merges) };
    return { text: carriedDown(sheet, row, col, merges, banner), group: '' };
  });
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return { cells, bannerRow: banner ? row - 1 : null };
}
