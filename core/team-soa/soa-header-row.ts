/**
 * Reading one candidate header row of a team SoA: which column names which field. SoA templates
 * stack their headers over two or three rows ("Annex A control" over "Ref | Control", "Reasons for
 * selection" over "LR | CO | BR/BP | RRA", headers merged down over all of them), so a header is
 * read with the banners above it, nearest first (`core/register/header-layout.ts` carries merged
 * headers down and finds the banner rows). Where several columns name one field, the one that
 * names it most plainly wins, then the leftmost.
 */
import { parseRange } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import { cellText } from '../register/cell-text';
import { headerLayout } from '../register/header-layout';
import type { Strength } from '../register/header-words';
import { outranks } from '../register/header-words';
import { isRiskbookSoaHeader } from './riskbook-columns';
import type { SoaHeaderField } from './soa-header-words';
import { readSoaHeader } from './soa-header-words';

/** A header row may sit on at most two banner rows (a three-row header). */
const MAX_BANNER_ROWS = 2;

export interface SoaColumnRead {
  readonly col: number;
  readonly strength: Strength;
}

export interface SoaHeaderRow {
  /** 0-based lowest row of the header. */
  readonly row: number;
  /** 0-based banner rows above it, nearest first. */
  readonly bannerRows: readonly number[];
  /** Header text per column ('' where blank), merged headers carried down. */
  readonly texts: readonly string[];
  /** The column used for each field the row names. */
  readonly fields: ReadonlyMap<SoaHeaderField, SoaColumnRead>;
  /** Every column that names a field (used or outranked), by column. */
  readonly named: ReadonlyMap<number, { readonly field: SoaHeaderField; readonly strength: Strength }>;
}

/** The label a banner row holds over a column: the merge covering the cell, or the cell itself. */
function labelOver(sheet: SheetSnapshot, row: number, col: number): string {
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.row <= row && row < r.row + r.rows && r.col <= col && col < r.col + r.cols) return cellText(cellAt(sheet, r.row, r.col)).trim();
  }
  return cellText(cellAt(sheet, row, col)).trim();
}

export function readSoaHeaderRow(sheet: SheetSnapshot, row: number): SoaHeaderRow {
  const layout = headerLayout(sheet, row);
  const bannerRows: number[] = [];
  for (let banner = layout.bannerRow; banner !== null && bannerRows.length < MAX_BANNER_ROWS; banner = headerLayout(sheet, banner).bannerRow) bannerRows.push(banner);

  const fields = new Map<SoaHeaderField, SoaColumnRead>();
  const named = new Map<number, { field: SoaHeaderField; strength: Strength }>();
  const texts = layout.cells.map((c) => c.text);
  layout.cells.forEach((cell, col) => {
    // Riskbook's own columns on a team SoA are never the team's fields.
    if (cell.text === '' || isRiskbookSoaHeader(cell.text)) return;
    const groups = [cell.group, ...bannerRows.slice(1).map((b) => labelOver(sheet, b, col))].filter((g) => g !== '' && g !== cell.text);
    const sense = readSoaHeader(cell.text, groups);
    if (!sense) return;
    named.set(col, sense);
    const had = fields.get(sense.field);
    if (!had || outranks(sense.strength, had.strength)) fields.set(sense.field, { col, strength: sense.strength });
  });
  return { row, bannerRows, texts, fields, named };
}
