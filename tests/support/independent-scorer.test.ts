/**
 * The referee is checked by hand: worked examples of each scoring method, the impact rule and
 * the bands, worked out on paper from the methodology's definition; and the method generator
 * really produces the shapes a symmetric 5 x 5 misses.
 */
import * as fc from 'fast-check';
import type { Band, Methodology, ScaleLevel } from '../../core/methodology/types';
import { assessCells, bandOf, combinedImpact, positionOf, reachable, scoreOf, swapShows } from './independent-scorer';
import { asymmetricMethodArb, methodArb } from './method-arbitraries';

const scale = (labels: readonly string[], values: readonly number[]): ScaleLevel[] => labels.map((label, k) => ({ value: values[k]!, label, description: '' }));
const likelihood4 = scale(['Rare', 'Unlikely', 'Likely', 'Almost certain'], [1, 2, 3, 4]);
const impact5 = scale(['Minor', 'Moderate', 'Significant', 'Major', 'Severe'], [1, 2, 3, 4, 5]);
const bands: Band[] = [
  { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
  { name: 'Medium', min: 5, max: 10, colour: '#FFEB9C', decision: 'tolerable' },
  { name: 'High', min: 12, max: 20, colour: '#FFC7CE', decision: 'unacceptable' },
];
const base: Methodology = {
  version: '1',
  likelihood: likelihood4,
  impact: impact5,
  impactDimensions: [],
  impactRule: 'max',
  scoring: 'multiply',
  // Deliberately wrong for `multiply` and `add`: the scorer must compute those from the values.
  matrix: likelihood4.map(() => impact5.map(() => 99)),
  bands,
  reviewIntervalDays: 365,
};

describe('the independent scorer', () => {
  it('scores L x I and L + I from the scale values, rows likelihood and columns impact', () => {
    expect(scoreOf(base, 3, 4)).toBe(20); // Almost certain (4) x Severe (5)
    expect(scoreOf(base, 0, 4)).toBe(5);
    expect(scoreOf({ ...base, scoring: 'add' }, 3, 4)).toBe(9);
    expect(scoreOf({ ...base, scoring: 'add', likelihood: scale(['a', 'b', 'c', 'd'], [0, 2, 5, 9]) }, 2, 1)).toBe(7);
    // Impact position 4 does not exist on a 4-level likelihood scale: a swap falls off the method.
    expect(() => scoreOf(base, 4, 3)).toThrow(/off the 4 x 5 method/);
    expect(scoreOf(base, null, 2)).toBeNull();
  });

  it('looks a pair up in the team’s matrix, row = likelihood', () => {
    const matrix = { ...base, scoring: 'matrix' as const, matrix: [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20]] };
    expect(scoreOf(matrix, 1, 0)).toBe(6);
    expect(scoreOf(matrix, 0, 1)).toBe(2);
    expect(swapShows(matrix)).toBe(true);
  });

  it('finds the band whose inclusive range holds the score, and none in a gap', () => {
    expect(bandOf(base, 4)?.name).toBe('Low');
    expect(bandOf(base, 5)?.name).toBe('Medium');
    expect(bandOf(base, 10)?.name).toBe('Medium');
    expect(bandOf(base, 11)).toBeNull();
    expect(bandOf(base, 12)?.name).toBe('High');
    expect(bandOf(base, null)).toBeNull();
    expect(() => bandOf({ ...base, bands: [...bands, { ...bands[0]!, name: 'Twice' }] }, 3)).toThrow(/in 2 bands/);
  });

  it('reads a level from its value, value as text, label or option, case aside, and nothing else', () => {
    expect([4, '4', 'almost CERTAIN', '4 - Almost certain'].map((c) => positionOf(likelihood4, c))).toEqual([3, 3, 3, 3]);
    expect([null, '', 5, '5', ' Likely', 'Likely ', true, '4-Almost certain'].map((c) => positionOf(likelihood4, c))).toEqual([
      null, null, null, null, null, null, null, null,
    ]);
  });

  it('combines C / I / A by the highest level among those given', () => {
    expect(combinedImpact(base, [0, 3, 1])).toBe(3);
    expect(combinedImpact(base, [null, 1, null])).toBe(1);
    expect(combinedImpact(base, [null, null, null])).toBeNull();
    const cia = assessCells(base, 'Likely', ['Minor', 'MAJOR', '7 - Unknown']);
    expect(cia).toEqual({ likelihood: 2, impact: 3, score: 12, band: bands[2], level: 'High', rating: 'L3/I4' });
    expect(() => combinedImpact({ ...base, impactRule: 'mean' as never }, [1])).toThrow(/impact rule mean/);
  });

  it('lists the reachable scores of a method', () => {
    expect(reachable(base)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20]);
  });
});

describe('the method generator', () => {
  it('gives valid methods: every reachable score in exactly one band, bands ascending', () => {
    fc.assert(
      fc.property(methodArb(), (m) => {
        for (const score of reachable(m)) expect(bandOf(m, score)).not.toBeNull();
        expect(m.bands.map((b) => b.min)).toEqual([...m.bands.map((b) => b.min)].sort((a, b) => a - b));
        for (const b of m.bands) expect(b.min).toBeLessThanOrEqual(b.max);
        expect(m.matrix).toHaveLength(m.likelihood.length);
        for (const row of m.matrix) expect(row).toHaveLength(m.impact.length);
      }),
      { numRuns: 200 },
    );
  });

  it('covers what a symmetric 5 x 5 misses: non-square scales, each scoring method, C / I / A, several bands', () => {
    const sample = fc.sample(asymmetricMethodArb(), { numRuns: 300, seed: 42 });
    const share = (p: (m: Methodology) => boolean) => sample.filter(p).length / sample.length;
    expect(share((m) => m.likelihood.length !== m.impact.length)).toBeGreaterThan(0.6);
    expect(share((m) => m.scoring === 'matrix')).toBeGreaterThan(0.2);
    expect(share((m) => m.scoring === 'add')).toBeGreaterThan(0.2);
    expect(share((m) => m.scoring === 'multiply')).toBeGreaterThan(0.2);
    expect(share((m) => m.impactDimensions.length === 3)).toBeGreaterThan(0.3);
    expect(share((m) => m.bands.length >= 3)).toBeGreaterThan(0.3);
    expect(share((m) => m.likelihood[0]!.value !== 1 || m.impact.some((l, k) => l.value !== k + 1))).toBeGreaterThan(0.5);
    expect(sample.every(swapShows)).toBe(true);
  });
});
