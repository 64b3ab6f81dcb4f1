import { presetMethodology } from '../../../core/methodology/presets';
import { bandFor, computeMatrix, reachableScores, scoreFor } from '../../../core/methodology/scoring';
import type { ScaleLevel } from '../../../core/methodology/types';

const threeLevels: ScaleLevel[] = [
  { value: 1, label: 'Low', description: '' },
  { value: 2, label: 'Medium', description: '' },
  { value: 3, label: 'High', description: '' },
];

describe('Likelihood x Impact scoring', () => {
  it('multiplies the level values, likelihood down and impact across', () => {
    expect(computeMatrix('multiply', threeLevels, threeLevels)).toEqual([
      [1, 2, 3],
      [2, 4, 6],
      [3, 6, 9],
    ]);
  });

  it('uses the values, not the positions, when a scale skips numbers', () => {
    const oddImpact: ScaleLevel[] = [
      { value: 1, label: 'Minor', description: '' },
      { value: 3, label: 'Serious', description: '' },
      { value: 9, label: 'Severe', description: '' },
    ];
    expect(computeMatrix('multiply', threeLevels, oddImpact)[2]).toEqual([3, 9, 27]);
  });

  it('reaches 1..25 without 7, 11, 13, 14, 17..19, 21..24 on the 5 x 5', () => {
    expect(reachableScores(presetMethodology('5x5'))).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25]);
  });

  it('puts every reachable 4 x 4 score in a band', () => {
    const m = presetMethodology('4x4');
    for (const s of reachableScores(m)) expect(bandFor(m, s)).not.toBeNull();
  });

  it('gives no score outside the matrix', () => {
    expect(scoreFor(presetMethodology('3x3'), 3, 0)).toBeNull();
  });
});
