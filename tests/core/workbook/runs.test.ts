import { runsOfEqualValues } from '../../../core/workbook/runs';

describe('runs of adjacent rows or columns with the same value', () => {
  it('joins neighbours with equal values, in index order, and splits at a gap or a change', () => {
    const entries = [[4, 10], [0, 8], [1, 8], [2, 9], [5, 10], [7, 10]] as const;
    expect(runsOfEqualValues(entries)).toEqual([
      { start: 0, end: 1, value: 8 },
      { start: 2, end: 2, value: 9 },
      { start: 4, end: 5, value: 10 },
      { start: 7, end: 7, value: 10 },
    ]);
  });

  it('lets a later entry for the same index win, and gives nothing for nothing', () => {
    expect(runsOfEqualValues([[3, 1], [4, 2], [3, 2]] as const)).toEqual([{ start: 3, end: 4, value: 2 }]);
    expect(runsOfEqualValues([])).toEqual([]);
  });
});
