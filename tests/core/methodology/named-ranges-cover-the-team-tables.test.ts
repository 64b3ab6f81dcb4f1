/**
 * The register's formulas read the method through RB_ScoreMatrix, RB_BandMins, RB_BandNames and
 * RB_BandDecisions. On the team's sheet these name the team's tables where the reader found them,
 * as they stand, including cells it cannot use: the spreadsheet then shows the problem as it sees
 * it, and a finding at each such cell explains it. So the reader reads the cells exactly as the
 * formulas do: the matrix by position (INDEX), the band mins in table order (MATCH(score, mins, 1)).
 */
import { NAMES } from '../../../core/workbook/names';
import type { CellValue } from '../../../core/workbook/snapshot';
import { acmeMethodologyRows, acmeWorkbook, checkFindings, namedRange, namedValues, recalc, rowWhere, typed } from './team-methodology-fixtures';

function recalculated(edit: (rows: CellValue[][]) => void): ReturnType<typeof recalc> & { before: string[] } {
  const rows = acmeMethodologyRows();
  edit(rows);
  const input = acmeWorkbook(rows);
  return { ...recalc(input), before: checkFindings(input) };
}

describe('named ranges on ACME\'s own Methodology', () => {
  it('follow the tables where the team moved them (a note and a blank row above the matrix, a line above the bands)', () => {
    const { after, before } = recalculated((rows) => {
      rows.splice(rowWhere(rows, 'Score matrix'), 0, [null, null, null, null, 'How we use the matrix: see the ISMS manual, section 4.'], []);
      rows.splice(rowWhere(rows, 'Risk bands'), 0, ['Bands agreed with the board in 2024.']);
    });
    expect(before).toEqual([]);
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B31:F35');
    expect(namedValues(after, NAMES.scoreMatrix)[4]).toEqual([5, 10, 15, 20, 25]);
    expect(namedRange(after, NAMES.bandMins)).toBe('B40:B42');
    expect(namedValues(after, NAMES.bandNames)).toEqual([['Low'], ['Medium'], ['High']]);
    expect(namedValues(after, NAMES.bandDecisions)).toEqual([['Acceptable'], ['Tolerable (risk owner approval)'], ['Unacceptable (must be treated)']]);
  });

  it('cover a hole in a lookup matrix as the empty cell it is, reported at that cell', () => {
    const { after, before } = recalculated((rows) => {
      typed(rows, rowWhere(rows, 'Scoring method'), 1, 'Lookup matrix');
      typed(rows, rowWhere(rows, '3 - Possible'), 3, null);
    });
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B29:F33');
    expect(namedValues(after, NAMES.scoreMatrix)[2]).toEqual([3, 6, null, 12, 15]);
    expect(before).toEqual(['methodology-matrix-incomplete@D31']);
  });

  it('cover a band minimum typed as "five", reported at that cell', () => {
    const { after, before } = recalculated((rows) => typed(rows, rowWhere(rows, 'Medium'), 1, 'five'));
    expect(namedValues(after, NAMES.bandMins)).toEqual([[1], ['five'], [15]]);
    expect(before).toEqual(['methodology-invalid-value@B38']);
  });

  it('cover bands as the team listed them; a min below one above it is reported, since MATCH needs them rising', () => {
    const { after, before } = recalculated((rows) => {
      const low = rowWhere(rows, 'Low');
      const [l, m, h] = rows.slice(low, low + 3);
      rows.splice(low, 3, h!, l!, m!);
    });
    expect(namedValues(after, NAMES.bandMins)).toEqual([[15], [1], [5]]);
    expect(before).toEqual(['methodology-invalid-value@B38', 'methodology-invalid-value@B39']);
  });

  it('cover a blank row between two bands, reported at that row', () => {
    const { after, before } = recalculated((rows) => rows.splice(rowWhere(rows, 'Medium'), 0, []));
    expect(namedRange(after, NAMES.bandMins)).toBe('B37:B40');
    expect(before).toEqual(['methodology-invalid-value@A38']);
  });

  it('read the matrix by position as INDEX does: a blank row inside it is a row of missing scores', () => {
    const { after, before } = recalculated((rows) => rows.splice(rowWhere(rows, '3 - Possible'), 0, []));
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B29:F33');
    expect(namedValues(after, NAMES.scoreMatrix)[2]).toEqual([null, null, null, null, null]);
    expect(before).toEqual(
      expect.arrayContaining(['B', 'C', 'D', 'E', 'F'].map((c) => `methodology-matrix-incomplete@${c}31`)),
    );
    // Likelihood 4 now reads the row typed for 3: the spreadsheet scores it so, and it is reported.
    expect(before).toContain('methodology-matrix-mismatch@C32');
  });

  it('stop at the matrix section for a level the team added to the scale but not to the matrix', () => {
    const { after, before } = recalculated((rows) => rows.splice(rowWhere(rows, 5) + 1, 0, [6, 'Constant', 'Every week.']));
    // The sixth row of the matrix is the blank row under it: each of its cells is a missing score.
    expect(namedRange(after, NAMES.scoreMatrix)).toBe('B30:F35');
    expect(before).toEqual(expect.arrayContaining(['B', 'C', 'D', 'E', 'F'].map((c) => `methodology-matrix-incomplete@${c}35`)));
  });
});
