/**
 * Where the Methodology's stamp line goes on a sheet the team keeps. The stamp is Riskbook's own
 * cell (parseStampLine recognises it): it is written where the last one is, else into a free cell
 * near the top, never over anything typed.
 */
import type { PlanCell } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import { parseStampLine } from '../workbook/stamp';
import { cellText } from './cells';
import type { MethodologySections } from './locate-sections';
import { minOf } from '../arrays';

/** The change log looks for a stamp line in a sheet's first rows (STAMP_SEARCH_ROWS there). */
const STAMP_ROWS = 20;

/** A sheet's cells as far as placing things goes: a snapshot, or a grid a plan will write. */
export interface CellGrid {
  readonly rows: number;
  /** The cell as text, '' when blank. */
  text(row: number, col: number): string;
  /** One past the last filled column of a row; 0 for a blank row. */
  width(row: number): number;
}

export function snapshotGrid(sheet: SheetSnapshot): CellGrid {
  const filled = (r: number, c: number): boolean => cellText(cellAt(sheet, r, c)) !== '' || (formulaAt(sheet, r, c) ?? '') !== '';
  return {
    rows: usedRowCount(sheet),
    text: (r, c) => cellText(cellAt(sheet, r, c)),
    width: (r) => {
      for (let c = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0) - 1; c >= 0; c--) if (filled(r, c)) return c + 1;
      return 0;
    },
  };
}

export function planGrid(cells: readonly (readonly PlanCell[])[]): CellGrid {
  const text = (r: number, c: number): string => {
    const v = cells[r]?.[c] ?? null;
    if (v === null) return '';
    if (typeof v === 'object') return v.formula;
    return typeof v === 'string' ? v.trim() : String(v);
  };
  return {
    rows: cells.length,
    text,
    width: (r) => {
      for (let c = (cells[r]?.length ?? 0) - 1; c >= 0; c--) if (text(r, c) !== '') return c + 1;
      return 0;
    },
  };
}

/** The first section heading's row: the rows above it are the sheet's preamble. */
export function firstHeadingRow(sections: MethodologySections, rows: number): number {
  return Math.min(rows, minOf(Object.values(sections.spans).map((s) => s.heading)));
}

/**
 * The stamp's cell: the stamp line already in the top rows, else a blank row above the first
 * heading (the second row first, as on a sheet Riskbook wrote), else beside the first row's content.
 * None of these is a cell the reader reads as part of the method.
 */
export function stampSpot(grid: CellGrid, firstHeading: number): { row: number; col: number; found: boolean } {
  const searched = Math.min(Math.max(firstHeading, 1), STAMP_ROWS, grid.rows);
  for (let r = 0; r < searched; r++) {
    for (let c = 0; c < grid.width(r); c++) if (parseStampLine(grid.text(r, c))) return { row: r, col: c, found: true };
  }
  const top = Math.min(firstHeading, STAMP_ROWS);
  const order = [1, 0, ...Array.from({ length: Math.max(0, top - 2) }, (_, i) => i + 2)].filter((r) => r < top);
  for (const r of order) if (grid.width(r) === 0) return { row: r, col: 0, found: false };
  return { row: 0, col: grid.width(0) + 1, found: false };
}
