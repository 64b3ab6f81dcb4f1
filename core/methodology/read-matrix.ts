/** Reads the score matrix: likelihood rows under an impact header row. */
import type { Finding } from '../findings/finding';
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
}

/**
 * Rows are taken in order (blank rows skipped) and matched to likelihood levels by position, the
 * way INDEX(RB_ScoreMatrix, …) will use them. A computed method always gets the computed matrix;
 * the sheet's cells only matter for reporting edits. `check` is false when a scale fell back to
 * the default, as the sheet's cells then describe other scales.
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
    return { matrix: computed, anchors, findings };
  }
  const rows: number[] = [];
  let headerRow = span.heading;
  for (let r = span.start; r < span.end; r++) {
    if (isBlankRow(sheet, r)) continue;
    const isHeader = rows.length === 0 && headerRow === span.heading && (sameText(cellText(cellAt(sheet, r, 0)), MATRIX_CORNER) || typeof cellAt(sheet, r, MATRIX_FIRST_COL) !== 'number');
    if (isHeader) headerRow = r;
    else rows.push(r);
  }
  const last = rows[rows.length - 1] ?? headerRow;
  const anchorRows = likelihood.map((_, i) => rows[i] ?? last + (i - rows.length + 1));
  const anchors: MatrixAnchors = { heading: cellAddress(span.heading, 0), rows: anchorRows, firstCol: MATRIX_FIRST_COL };
  const cells: CellValue[][] = rows.map((r) => impact.map((_, j) => cellAt(sheet, r, MATRIX_FIRST_COL + j)));
  if (!check) return { matrix: computed, anchors, findings: [] };
  const findings = validateMatrixCells(scoring, likelihood, impact, cells, anchors);
  if (scoring !== 'matrix') return { matrix: computed, anchors, findings };
  // Best effort for a lookup matrix: a cell without a number scores like Likelihood x Impact.
  const matrix = products.map((row, i) => row.map((p, j) => {
    const v = cells[i]?.[j];
    return typeof v === 'number' && Number.isFinite(v) ? v : p;
  }));
  return { matrix, anchors, findings };
}
