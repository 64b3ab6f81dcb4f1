import { methodologySheetPlan } from '../../../core/methodology/methodology-sheet';
import { presetMethodology } from '../../../core/methodology/presets';
import { bandFor, computeMatrix, reachableScores } from '../../../core/methodology/scoring';
import type { Methodology } from '../../../core/methodology/types';
import { validateMethodology } from '../../../core/methodology/validate-methodology';
import { STAMP } from './methodology-fixtures';

/** A 5 x 5 scored by adding: scores 2..10. */
function additive(): Methodology {
  const base = presetMethodology('5x5');
  return {
    ...base,
    scoring: 'add',
    matrix: computeMatrix('add', base.likelihood, base.impact),
    bands: [
      { name: 'Low', min: 2, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
      { name: 'Medium', min: 5, max: 7, colour: '#FFEB9C', decision: 'tolerable' },
      { name: 'High', min: 8, max: 10, colour: '#FFC7CE', decision: 'unacceptable' },
    ],
  };
}

describe('Likelihood + Impact scoring', () => {
  it('adds the level values', () => {
    const m = additive();
    expect(m.matrix[3]![4]).toBe(9);
    expect(bandFor(m, 9)?.name).toBe('High');
  });

  it('reaches every score from 2 to 10', () => {
    expect(reachableScores(additive())).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('validates an additive method whose bands cover 2..10', () => {
    expect(validateMethodology(additive())).toEqual([]);
  });

  it('flags a matrix cell typed over the computed sum', () => {
    const m = additive();
    const edited = { ...m, matrix: m.matrix.map((row, i) => row.map((v, j) => (i === 0 && j === 0 ? 7 : v))) };
    const found = validateMethodology(edited).filter((f) => f.code === 'methodology-matrix-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('The matrix cell for likelihood 1 and impact 1 says 7, but Likelihood + Impact gives 2.');
  });

  it('labels the scoring method "Likelihood + Impact" on the sheet', () => {
    const { sheet } = methodologySheetPlan(additive(), STAMP);
    expect(JSON.stringify(sheet.writes)).toContain('"Likelihood + Impact"');
  });
});
