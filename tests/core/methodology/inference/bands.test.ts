/**
 * Bands from the team's own (score, level) pairs: each level's range, ordered by the lexicon, as
 * numbers or by the scores; contiguous over every score the method gives; the top band must be
 * treated, the lowest is acceptable; and without a level column, the preset's bands stretched.
 */
import type { LevelPoint } from '../../../../core/methodology/inference/infer-bands';
import { inferBands, rescaleBands } from '../../../../core/methodology/inference/infer-bands';
import { presetMethodology } from '../../../../core/methodology/presets';
import type { Band } from '../../../../core/methodology/types';
import { validateBandRanges } from '../../../../core/methodology/validate-bands';

/** Every score L x I gives on a 5 x 5. */
const FIVE_BY_FIVE = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25];

const points = (pairs: readonly (readonly [number, string])[]): LevelPoint[] => pairs.map(([score, level], k) => ({ row: k + 1, score, level }));
const ranges = (bands: readonly Band[]): string[] => bands.map((b) => `${b.name} ${b.min}-${b.max}`);

function valid(bands: readonly Band[], reachable: readonly number[]): void {
  expect(validateBandRanges(bands, reachable, { heading: 'A1', rows: [] })).toEqual([]);
}

describe('bands from the team\'s (score, level) pairs', () => {
  // The 7-risk register of the ISO 27001 starter kit, inherent and residual together.
  const cenedril = points([[20, 'Critical'], [16, 'Critical'], [8, 'Medium'], [12, 'High'], [15, 'High'], [4, 'Low'], [15, 'High'], [8, 'Medium'], [9, 'Medium'], [6, 'Medium'], [9, 'Medium'], [8, 'Medium'], [4, 'Low'], [1, 'Low']]);

  it('give each level the scores it holds, contiguous from the lowest score to the highest', () => {
    const fit = inferBands(cenedril, FIVE_BY_FIVE)!;
    expect(ranges(fit.bands)).toEqual(['Low 1-4', 'Medium 5-9', 'High 10-15', 'Critical 16-25']);
    expect(fit).toMatchObject({ explained: 14, total: 14, breaking: [] });
    valid(fit.bands, FIVE_BY_FIVE);
  });

  it('decide by position: lowest acceptable, top unacceptable, the rest tolerable; colours rise', () => {
    const bands = inferBands(cenedril, FIVE_BY_FIVE)!.bands;
    expect(bands.map((b) => b.decision)).toEqual(['acceptable', 'tolerable', 'tolerable', 'unacceptable']);
    expect(bands[0]!.colour).toBe('#C6EFCE');
    expect(bands[3]!.colour).toBe('#FFC7CE');
    expect(new Set(bands.map((b) => b.colour)).size).toBe(4);
  });

  it('order German level words by the lexicon, whatever order they come in', () => {
    const fit = inferBands(points([[16, 'Kritisch'], [2, 'Niedrig'], [9, 'Hoch'], [6, 'Mittel']]), FIVE_BY_FIVE)!;
    expect(fit.bands.map((b) => b.name)).toEqual(['Niedrig', 'Mittel', 'Hoch', 'Kritisch']);
  });

  it('order numbered levels as numbers', () => {
    const fit = inferBands(points([[20, '3'], [2, '1'], [9, '2'], [1, '1']]), FIVE_BY_FIVE)!;
    expect(ranges(fit.bands)).toEqual(['1 1-2', '2 3-9', '3 10-25']);
  });

  it('order words no family knows by their scores', () => {
    const fit = inferBands(points([[20, 'Red'], [2, 'Green'], [9, 'Amber']]), FIVE_BY_FIVE)!;
    expect(fit.bands.map((b) => b.name)).toEqual(['Green', 'Amber', 'Red']);
  });

  it('follow the scores where the team\'s words rank otherwise than the lexicon', () => {
    const fit = inferBands(points([[2, 'High'], [4, 'High'], [10, 'Low'], [20, 'Low']]), FIVE_BY_FIVE)!;
    expect(fit.bands.map((b) => b.name)).toEqual(['High', 'Low']);
    expect(fit.explained).toBe(4);
  });

  it('keep the ranges most rows agree with, and name the rows that break them', () => {
    const fit = inferBands(points([[4, 'Low'], [6, 'Medium'], [6, 'Medium'], [6, 'High'], [12, 'High'], [16, 'High']]), FIVE_BY_FIVE)!;
    // A score no row shows between two levels (8 to 11) goes to the higher one: the cautious side.
    expect(ranges(fit.bands)).toEqual(['Low 1-4', 'Medium 5-6', 'High 7-25']);
    expect(fit).toMatchObject({ explained: 5, total: 6, breaking: [4] });
  });

  it('place the levels the team wrote where no score could be computed, sharing out the free scores', () => {
    // H/M/L register: only "High" (6) and "Critical" (9) have scores; Low and Medium sit on unscored rows.
    const fit = inferBands(points([[9, 'Critical'], [6, 'High']]), [1, 2, 3, 4, 6, 9], ['Medium', 'Low'])!;
    expect(ranges(fit.bands)).toEqual(['Low 1-2', 'Medium 3-4', 'High 5-6', 'Critical 7-9']);
  });

  it('make one band of one level: it explains every row and decides nothing', () => {
    const fit = inferBands(points([[4, 'High'], [9, 'High']]), [1, 2, 3, 4, 6, 9])!;
    expect(fit.bands).toEqual([{ name: 'High', min: 1, max: 9, colour: '#FFEB9C', decision: 'tolerable' }]);
  });

  it('are none without a single point', () => {
    expect(inferBands([], FIVE_BY_FIVE, ['Low', 'High'])).toBeNull();
  });
});

describe('the preset\'s bands stretched over other scores', () => {
  it('keep their names, colours and decisions, their boundaries in proportion', () => {
    const five = presetMethodology('5x5').bands;
    const threeByThree = [1, 2, 3, 4, 6, 9];
    const bands = rescaleBands(five, threeByThree);
    expect(ranges(bands)).toEqual(['Low 1-2', 'Medium 3-4', 'High 5-9']);
    expect(bands.map((b) => [b.colour, b.decision])).toEqual(five.map((b) => [b.colour, b.decision]));
    valid(bands, threeByThree);
  });

  it('cover L + I scores from 2', () => {
    const addFive = [2, 3, 4, 5, 6, 7, 8, 9, 10];
    const bands = rescaleBands(presetMethodology('5x5').bands, addFive);
    expect(bands[0]!.min).toBe(2);
    expect(bands[bands.length - 1]!.max).toBe(10);
    valid(bands, addFive);
  });
});
