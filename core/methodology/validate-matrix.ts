/** Checks on the score matrix as it stands on the sheet (or in a methodology). */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { SHEETS } from '../workbook/names';
import type { CellValue } from '../workbook/snapshot';
import type { MatrixAnchors } from './anchors';
import { matrixCellAnchor } from './anchors';
import { cellText } from './cells';
import { SCORING_LABELS } from './methodology-text';
import { computeMatrix } from './scoring';
import type { ScaleLevel, ScoringMethod } from './types';

/**
 * With a lookup matrix every cell must hold a number. With a computed method the cells should
 * hold what the method computes: any that disagree were edited by hand. Either way a blank cell is
 * a missing score: the register's formulas read these cells (RB_ScoreMatrix), and Riskbook never
 * fills in the team's matrix, so a level added to a scale needs its matrix row or column typed.
 */
export function validateMatrixCells(
  scoring: ScoringMethod,
  likelihood: readonly ScaleLevel[],
  impact: readonly ScaleLevel[],
  cells: readonly (readonly CellValue[] | undefined)[],
  anchors: MatrixAnchors,
): Finding[] {
  const out: Finding[] = [];
  const computed = scoring === 'matrix' ? null : computeMatrix(scoring, likelihood, impact);
  likelihood.forEach((l, i) => {
    impact.forEach((m, j) => {
      const cell = cells[i]?.[j] ?? null;
      const at = matrixCellAnchor(anchors, i, j);
      const place = { likelihood: l.value, impact: m.value };
      const blank = cell === null || cell === '';
      if (computed === null || blank) {
        if (typeof cell !== 'number' || !Number.isFinite(cell)) {
          out.push(finding('methodology-matrix-incomplete', SHEETS.methodology, at, { ...place, value: cellText(cell) }));
        }
        return;
      }
      const expected = computed[i]![j]!;
      if (cell === expected) return;
      out.push(
        finding('methodology-matrix-mismatch', SHEETS.methodology, at, { ...place, found: cellText(cell), method: SCORING_LABELS[scoring], expected }),
      );
    });
  });
  return out;
}
