import { readMethodology } from '../../../core/methodology/read-methodology';
import { presetMethodology } from '../../../core/methodology/presets';
import { bandFor, reachableScores, scoreFor } from '../../../core/methodology/scoring';
import type { Methodology } from '../../../core/methodology/types';
import { validateMethodology } from '../../../core/methodology/validate-methodology';
import { rowWhere, rowsOf, sheetOf, workbookWith } from './methodology-fixtures';

/** A 3 x 3 lookup grid weighted toward impact, the way some teams draw their heatmap. */
function lookupGrid(): Methodology {
  const base = presetMethodology('3x3');
  return {
    ...base,
    scoring: 'matrix',
    matrix: [
      [1, 3, 6],
      [2, 4, 7],
      [3, 5, 9],
    ],
    bands: [
      { name: 'Low', min: 1, max: 2, colour: '#C6EFCE', decision: 'acceptable' },
      { name: 'Medium', min: 3, max: 5, colour: '#FFEB9C', decision: 'tolerable' },
      { name: 'High', min: 6, max: 9, colour: '#FFC7CE', decision: 'unacceptable' },
    ],
  };
}

describe('lookup matrix scoring', () => {
  it('scores by the typed grid', () => {
    const m = lookupGrid();
    expect(scoreFor(m, 0, 2)).toBe(6);
    expect(bandFor(m, scoreFor(m, 0, 2))?.name).toBe('High');
    expect(reachableScores(m)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });

  it('validates a complete grid with bands covering it', () => {
    expect(validateMethodology(lookupGrid())).toEqual([]);
  });

  it('flags a grid cell that is not a number', () => {
    const m = lookupGrid();
    const broken = { ...m, matrix: [[1, 3, 6], [2, Number.NaN, 7], [3, 5, 9]] };
    const found = validateMethodology(broken).filter((f) => f.code === 'methodology-matrix-incomplete');
    expect(found.map((f) => f.cell)).toEqual(['C26']);
  });

  it('reads a typed grid back from the sheet', () => {
    expect(readMethodology(workbookWith(lookupGrid())).methodology).toEqual(lookupGrid());
  });

  it('reports a blank grid cell on the sheet at that cell and scores it as likelihood x impact meanwhile', () => {
    const rows = rowsOf(workbookWith(lookupGrid()));
    const first = rowWhere(rows, '1 - Unlikely');
    rows[first + 1]![2] = null; // likelihood 2, impact 2
    const read = readMethodology(sheetOf(rows));
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([['methodology-matrix-incomplete', `C${first + 2}`]]);
    expect(read.methodology.matrix[1]![1]).toBe(4);
  });

  it('does not call a typed grid edited: only computed methods report mismatches', () => {
    const read = readMethodology(workbookWith(lookupGrid()));
    expect(read.findings).toEqual([]);
  });
});
