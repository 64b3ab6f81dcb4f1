/**
 * A scale inferred from the values a register's columns hold. Every value the team wrote reads
 * back as a level of the scale (parseLevel, as the register's formulas read it), labels are the
 * team's own, and what cannot become a scale says why.
 */
import { ADDED, USED, headerRange, inferScale } from '../../../../core/methodology/inference/infer-scale';
import { parseLevel } from '../../../../core/methodology/levels';
import type { ScaleLevel } from '../../../../core/methodology/types';
import { validateScale } from '../../../../core/methodology/validate-scale';
import type { CellValue } from '../../../../core/workbook/snapshot';

function inferred(cells: readonly CellValue[], headers: readonly string[] = ['Likelihood'], axis: 'likelihood' | 'impact' = 'likelihood'): ScaleLevel[] {
  const s = inferScale(axis, cells, headers);
  if (s.kind !== 'inferred') throw new Error(`expected a scale, got ${JSON.stringify(s)}`);
  // Whatever was inferred is a scale the Methodology sheet accepts…
  expect(validateScale(axis, s.scale, { heading: 'A1', levels: [] })).toEqual([]);
  // …and every value the team wrote reads as one of its levels.
  for (const cell of cells) if (cell !== null && cell !== '') expect([cell, parseLevel(s.scale, cell).kind]).toEqual([cell, 'level']);
  return s.scale;
}

const pairs = (s: readonly ScaleLevel[]): [number, string][] => s.map((l) => [l.value, l.label]);

describe('numbers', () => {
  it('run from 1 to the highest used, worded like the preset of that size', () => {
    expect(pairs(inferred([1, 3, 5, 2, '4']))).toEqual([[1, 'Rare'], [2, 'Unlikely'], [3, 'Possible'], [4, 'Likely'], [5, 'Almost certain']]);
    expect(pairs(inferred([2, 4, 3], ['Impact'], 'impact'))).toEqual([[1, 'Minor'], [2, 'Moderate'], [3, 'Significant'], [4, 'Severe']]);
  });

  it('keep at least three levels', () => {
    expect(inferred([1, 2]).map((l) => l.value)).toEqual([1, 2, 3]);
  });

  it('take the range a header states, and start at 0 where the team uses 0', () => {
    expect(inferred([2, 3], ['Likelihood (1-5)']).map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(inferred([0, 2, 3], ['Impact'], 'impact').map((l) => l.value)).toEqual([0, 1, 2, 3]);
    expect(headerRange(['Wahrscheinlichkeit (1 bis 4)'])).toEqual({ lo: 1, hi: 4 });
    expect(headerRange(['Probabilité 1 à 5'])).toEqual({ lo: 1, hi: 5 });
  });

  it('keep only the values used where a range would hold more than ten levels', () => {
    expect(inferred([0, 5, 10], ['Likelihood (0-10)']).map((l) => l.value)).toEqual([0, 5, 10]);
    expect(inferred([10, 30, 50, 90]).map((l) => l.value)).toEqual([10, 30, 50, 90]);
  });

  it('say which levels the register used and which were added', () => {
    expect(inferred([1, 2, 4]).map((l) => l.description)).toEqual([USED, USED, ADDED, USED]);
  });
});

describe('a number with its word', () => {
  it('"4 - Likely" gives the word as the label', () => {
    expect(pairs(inferred(['1 - Seldom', '2 - Sometimes', '3 - Often']))).toEqual([[1, 'Seldom'], [2, 'Sometimes'], [3, 'Often']]);
  });

  it('"4 (Likely)" and "Likely (4)" keep the whole text as the label, so the cell reads back', () => {
    expect(pairs(inferred(['1 (Low)', '2 (Medium)', '3 (High)']))).toEqual([[1, '1 (Low)'], [2, '2 (Medium)'], [3, '3 (High)']]);
    expect(pairs(inferred(['Low (1)', 'High (3)']))).toEqual([[1, 'Low (1)'], [2, 'Possible'], [3, 'High (3)']]);
  });

  it('mixes with plain numbers and the preset\'s own words, on the shortest preset that has them', () => {
    expect(pairs(inferred([3, 'Almost certain', '2 - Unlikely', 4]))).toEqual([[1, 'Rare'], [2, 'Unlikely'], [3, 'Likely'], [4, 'Almost certain']]);
    // "Possible" is a word of the 5-level preset only.
    expect(pairs(inferred([3, 'Possible', 4]))).toEqual([[1, 'Rare'], [2, 'Unlikely'], [3, 'Possible'], [4, 'Likely'], [5, 'Almost certain']]);
  });
});

describe('words', () => {
  it('are ordered by the rank lexicon, valued 1..n, written as the team writes them', () => {
    expect(pairs(inferred(['high', 'Low', 'Medium', 'high', 'HIGH']))).toEqual([[1, 'Low'], [2, 'Medium'], [3, 'high']]);
  });

  it('fill the levels the team never used with the family\'s English word', () => {
    const s = inferred(['Medium', 'High']);
    expect(pairs(s)).toEqual([[1, 'Low'], [2, 'Medium'], [3, 'High']]);
    expect(s[0]!.description).toBe(ADDED);
  });

  it('order a French and English column (CISO Assistant\'s import template)', () => {
    expect(pairs(inferred(['vraisemblable', 'unlikely', 'very likely', 'certain']))).toEqual([[1, 'unlikely'], [2, 'vraisemblable'], [3, 'very likely'], [4, 'certain']]);
  });
});

describe('percentages written as text', () => {
  it('are ordered by size', () => {
    expect(pairs(inferred(['50%', '10%', '90 %', '30%']))).toEqual([[1, '10%'], [2, '30%'], [3, '50%'], [4, '90 %']]);
  });
});

describe('values that make no scale', () => {
  it.each([
    ['words no family knows', ['Amber', 'Green', 'Red'], 'unknown-words'],
    ['fractions', [0.1, 0.5, 0.9], 'fractions'],
    ['numbers outnumbered by words that are not their labels', [1, 'Purple', 'Amber'], 'mixed'],
    ['percentages beside numbers', ['10%', 3], 'mixed'],
    ['two percentages', ['10%', '90%'], 'too-few'],
  ] as const)('%s', (_what, cells, reason) => {
    expect(inferScale('likelihood', cells, ['Likelihood'])).toMatchObject({ kind: 'failed', reason });
  });

  it('a column with nothing in it, or only errors, is empty, not a failure', () => {
    expect(inferScale('impact', [{ error: '#N/A' }, '#REF!', Number.NaN], ['Impact'])).toEqual({ kind: 'empty' });
    expect(inferScale('impact', [null, '', '  '], ['Impact'])).toEqual({ kind: 'empty' });
  });
});

describe('the odd cell out', () => {
  const labels = (cells: readonly CellValue[]): string[] => {
    const s = inferScale('likelihood', cells, ['Likelihood']);
    if (s.kind !== 'inferred') throw new Error(`expected a scale, got ${JSON.stringify(s)}`);
    return s.scale.map((l) => l.label);
  };

  it('is left aside when most cells make a scale: the register reports it off the scale, at its cell', () => {
    expect(labels([1, 2, 3, 'TBD', 2])).toEqual(['Unlikely', 'Possible', 'Likely']);
    expect(labels(['High', 'Low', 'Medium', 'TBD', 'High'])).toEqual(['Low', 'Medium', 'High']);
    expect(labels([1, 3, 0.5, 2])).toEqual(['Unlikely', 'Possible', 'Likely']);
    expect(parseLevel(inferred([1, 2, 3]), 'TBD').kind).toBe('invalid');
  });

  it('is a level no one else uses, where a preset reads all the rest', () => {
    const cells = [4, 3, 'Major', 'Significant', 2, '6 - Extreme', 5, 'Minor'];
    const s = inferScale('impact', cells, ['Impact']);
    expect(s).toMatchObject({ kind: 'inferred', shown: '1-5' });
    if (s.kind === 'inferred') expect(cells.filter((c) => parseLevel(s.scale, c).kind !== 'level')).toEqual(['6 - Extreme']);
  });

  it('is an error a host hands over as text (Google Sheets), which is no value at all', () => {
    expect(labels([1, '#N/A', 3, 2])).toEqual(['Unlikely', 'Possible', 'Likely']);
  });
});
