/** Reads the score matrix: likelihood rows under an impact header row. */
import type { Finding } from '../findings/finding';
import type { RangeRef } from '../workbook/a1';
import { cellAddress } from '../workbook/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import type { MatrixAnchors } from './anchors';
import { cellText } from './cells';
import type { SectionSpan } from './locate-sections';
import { MATRIX_FIRST_COL } from './methodology-layout';
import { isBlankRow } from './locate-sections';
import { MATRIX_CORNER, sameText } from './methodology-text';
import { computeMatrix } from './scoring';
import type { ScaleLevel, ScoringMethod } from './types';
import { validateMatrixCells } from './validate-matrix';
import { missingSection } from './read-scale';

export interface ReadMatrix {
  readonly matrix: number[][];
  readonly anchors: MatrixAnchors;
  readonly findings: Finding[];
  /**
   * The team's cells that RB_ScoreMatrix names: from the first score row, one row per likelihood
   * level (as far as the section reaches) and one column per impact level. Null without a section.
   */
  readonly range: RangeRef | null;
}

/** Where a matrix section's header row (if any) and its first score row are. */
export function matrixRows(sheet: SheetSnapshot, span: SectionSpan): { header: number | null; first: number } {
  let r = span.start;
  while (r < span.end && isBlankRow(sheet, r)) r++;
  if (r >= span.end) return { header: null, first: span.start };
  const isHeader = sameText(cellText(cellAt(sheet, r, 0)), MATRIX_CORNER) || typeof cellAt(sheet, r, MATRIX_FIRST_COL) !== 'number';
  if (!isHeader) return { header: null, first: r };
  let first = r + 1;
  while (first < span.end && isBlankRow(sheet, first)) first++;
  return { header: r, first: first < span.end ? first : r + 1 };
}

/**
 * Rows are read by position from the first score row, exactly as INDEX(RB_ScoreMatrix, …) reads
 * them: a blank row inside the matrix is a row of missing scores, not a row to skip. A computed
 * method always gets the computed matrix; the sheet's cells matter for reporting what the register's
 * formulas will find there. `check` is false when a scale fell back to the default, as the sheet's
 * cells then describe other scales.
 */
export function readMatrix(
  sheet: SheetSnapshot,
  span: SectionSpan | undefined,
  scoring: ScoringMethod,
  likelihood: readonly ScaleLevel[],
  impact: readonly ScaleLevel[],
  check: boolean,
): ReadMatrix {
  const products = computeMatrix('multiply', likelihood, impact);
  const computed = scoring === 'matrix' ? products : computeMatrix(scoring, likelihood, impact);
  if (!span) {
    const anchors: MatrixAnchors = { heading: 'A1', rows: [], firstCol: MATRIX_FIRST_COL };
    const findings = scoring === 'matrix' ? [missingSection('matrix', 'the lookup matrix')] : [];
    return { matrix: computed, anchors, findings, range: null };
  }
  const { first } = matrixRows(sheet, span);
  const anchorRows = likelihood.map((_, i) => first + i);
  const anchors: MatrixAnchors = { heading: cellAddress(span.heading, 0), rows: anchorRows, firstCol: MATRIX_FIRST_COL };
  const range: RangeRef = { row: first, col: MATRIX_FIRST_COL, rows: Math.max(1, Math.min(likelihood.length, span.end - first)), cols: impact.length };
  // Rows past the section belong to the next one: for the matrix they are missing.
  const cells: CellValue[][] = anchorRows.map((r) => impact.map((_, j) => (r < span.end ? cellAt(sheet, r, MATRIX_FIRST_COL + j) : null)));
  if (!check) return { matrix: computed, anchors, findings: [], range };
  const findings = validateMatrixCells(scoring, likelihood, impact, cells, anchors);
  if (scoring !== 'matrix') return { matrix: computed, anchors, findings, range };
  // Best effort for a lookup matrix: a cell without a number scores like Likelihood x Impact.
  const matrix = products.map((row, i) => row.map((p, j) => {
    const v = cells[i]?.[j];
    return typeof v === 'number' && Number.isFinite(v) ? v : p;
  }));
  return { matrix, anchors, findings, range };
}
