/**
 * The scoring rule behind a team's own score column: L x I or L + I when one gives every score,
 * a lookup matrix when the pairs always score the same and never lower for a worse pair, a simple
 * rule with the team's inconsistencies named when it gives four scores in five, and the reason
 * (a third factor, an impact in another column) where the team's columns show it.
 */
import type { NumericColumn, ScoreObservation } from '../../../../core/methodology/inference/infer-scoring';
import { explainScores, inferScoring } from '../../../../core/methodology/inference/infer-scoring';
import type { ScaleLevel } from '../../../../core/methodology/types';

const scale = (n: number): ScaleLevel[] => Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `L${i + 1}`, description: '' }));
const FIVE = scale(5);

/** Observations on a 5 x 5 scale from [likelihood value, impact value, score], one row each from row 10. */
function observed(triples: readonly (readonly [number, number, number])[]): ScoreObservation[] {
  return triples.map(([l, i, score], k) => ({ row: 10 + k, l: { index: l - 1, value: l }, i: { index: i - 1, value: i }, score }));
}

/** Every (l, i) pair of a 5 x 5 scale once, scored by `rule`. */
function everyPair(rule: (l: number, i: number) => number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) out.push([l, i, rule(l, i)]);
  return out;
}

describe('a simple rule', () => {
  it('likelihood x impact, when it gives every score', () => {
    const fit = inferScoring(observed([[4, 5, 20], [2, 3, 6], [1, 1, 1], [3, 3, 9]]), FIVE, FIVE);
    expect(fit).toMatchObject({ scoring: 'multiply', explained: 4, total: 4, breaking: [], reproduced: true });
  });

  it('likelihood + impact, when it gives every score', () => {
    const fit = inferScoring(observed([[4, 5, 9], [2, 3, 5], [1, 1, 2], [3, 3, 6]]), FIVE, FIVE);
    expect(fit).toMatchObject({ scoring: 'add', explained: 4, reproduced: true });
  });

  it('likelihood x impact on the scale\'s own values, not its positions', () => {
    const from0 = [0, 1, 2, 3].map((v) => ({ value: v, label: `V${v}`, description: '' }));
    const obs: ScoreObservation[] = [{ row: 1, l: { index: 3, value: 3 }, i: { index: 2, value: 2 }, score: 6 }, { row: 2, l: { index: 0, value: 0 }, i: { index: 3, value: 3 }, score: 0 }];
    expect(inferScoring(obs, from0, from0)).toMatchObject({ scoring: 'multiply', explained: 2 });
  });

  it('3 of 30 scores the same pairs differently: L x I stands, and those rows break it', () => {
    const good: [number, number, number][] = [...everyPair((l, i) => l * i), [2, 3, 6], [4, 4, 16]];
    const bad: [number, number, number][] = [[good[3]![0], good[3]![1], 99], [good[8]![0], good[8]![1], 1], [good[12]![0], good[12]![1], 7]];
    const fit = inferScoring(observed([...good, ...bad]), FIVE, FIVE);
    expect(fit).toMatchObject({ scoring: 'multiply', explained: 27, total: 30, breaking: [37, 38, 39], reproduced: true });
  });
});

describe('a lookup matrix', () => {
  it('is read off the pairs when they always score the same and a worse pair never scores lower', () => {
    // The team's matrix: L x I, but everything from 15 up counts as 25.
    const rule = (l: number, i: number): number => (l * i >= 15 ? 25 : l * i);
    const fit = inferScoring(observed(everyPair(rule)), FIVE, FIVE);
    expect(fit).toMatchObject({ scoring: 'matrix', explained: 25, total: 25, filled: 0, observedPairs: 25 });
    expect(fit.matrix[4]).toEqual([5, 10, 25, 25, 25]);
  });

  it('fills the pairs the register never shows between the scores around them', () => {
    const rule = (l: number, i: number): number => (l * i >= 15 ? 25 : l * i);
    const fit = inferScoring(observed(everyPair(rule).filter(([l, i]) => !(l === 3 && i === 4) && !(l === 1 && i === 1))), FIVE, FIVE);
    expect(fit).toMatchObject({ scoring: 'matrix', filled: 2, observedPairs: 23 });
    // (3, 4): L x I = 12, between 10 and 15 around it; (1, 1): 1, below everything.
    expect(fit.matrix[2]![3]).toBe(12);
    expect(fit.matrix[0]![0]).toBe(1);
    for (let l = 0; l < 5; l++) for (let i = 0; i < 5; i++) {
      if (l > 0) expect(fit.matrix[l]![i]).toBeGreaterThanOrEqual(fit.matrix[l - 1]![i]!);
      if (i > 0) expect(fit.matrix[l]![i]).toBeGreaterThanOrEqual(fit.matrix[l]![i - 1]!);
    }
  });

  it('is not read when a worse pair scores lower: no rule reproduces such scores', () => {
    const fit = inferScoring(observed([[1, 1, 9], [2, 2, 3], [3, 3, 1], [4, 4, 2]]), FIVE, FIVE);
    expect(fit.reproduced).toBe(false);
    expect(fit.scoring).not.toBe('matrix');
  });

  it('is not read when one pair has two scores', () => {
    const fit = inferScoring(observed([[2, 2, 5], [2, 2, 7], [3, 3, 11], [4, 4, 13]]), FIVE, FIVE);
    expect(fit).toMatchObject({ reproduced: false, explained: 0, breaking: [10, 11, 12, 13] });
  });
});

describe('what another column of the team\'s explains', () => {
  const column = (header: string, values: readonly number[]): NumericColumn => ({ col: 9, header, values: new Map(values.map((v, k) => [10 + k, v])) });

  it('a third factor: asset value x likelihood x consequence', () => {
    const assets = [3, 1, 2, 3, 2];
    const obs = observed([[2, 3, 18], [4, 4, 16], [1, 5, 10], [3, 2, 18], [2, 2, 8]]);
    expect(inferScoring(obs, FIVE, FIVE).reproduced).toBe(false);
    expect(explainScores(obs, FIVE, FIVE, [column('Asset value', assets)])).toMatchObject({ kind: 'third-factor', explained: 5, total: 5 });
  });

  it('is no third factor when it is 1 wherever it explains a score', () => {
    const obs = observed([[2, 3, 6], [4, 4, 16]]);
    expect(explainScores(obs, FIVE, FIVE, [column('Weight', [1, 1])])).toBeNull();
  });

  it('an impact the team combines itself: score = likelihood x "Max Impact"', () => {
    const obs: ScoreObservation[] = [[4, 5, 20], [4, 4, 16], [2, 4, 8]].map(([l, , s], k) => ({ row: 10 + k, l: { index: l! - 1, value: l! }, i: null, score: s! }));
    expect(explainScores(obs, FIVE, FIVE, [column('Max Impact', [5, 4, 4])])).toMatchObject({ kind: 'impact-elsewhere', scoring: 'multiply', explained: 3 });
  });
});
