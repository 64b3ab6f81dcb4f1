import { presetMethodology } from '../../../core/methodology/presets';
import type { Methodology, ScaleLevel } from '../../../core/methodology/types';
import { validateMethodology } from '../../../core/methodology/validate-methodology';

/** The 5 x 5 with its likelihood scale replaced; level rows start at A13. */
function withLikelihood(likelihood: ScaleLevel[]): Methodology {
  const base = presetMethodology('5x5');
  return { ...base, likelihood, matrix: likelihood.map((l) => base.impact.map((i) => l.value * i.value)) };
}

const level = (value: number, label: string): ScaleLevel => ({ value, label, description: '' });

function scaleFindings(m: Methodology): [string, string, string][] {
  return validateMethodology(m)
    .filter((f) => f.code.startsWith('methodology-scale'))
    .map((f) => [f.code, f.cell, f.message]);
}

describe('scales', () => {
  it('flags a scale of two levels at its heading', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Low'), level(2, 'High')]))).toEqual([
      ['methodology-scale-size', 'A11', 'The likelihood scale has 2 levels; Riskbook supports 3 to 10.'],
    ]);
  });

  it('flags a scale of eleven levels', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => level(i + 1, `L${i + 1}`));
    expect(scaleFindings(withLikelihood(eleven)).map((f) => f[0])).toEqual(['methodology-scale-size']);
  });

  it('accepts ten levels', () => {
    const ten = Array.from({ length: 10 }, (_, i) => level(i + 1, `Level ${i + 1}`));
    expect(scaleFindings(withLikelihood(ten))).toEqual([]);
  });

  it('flags a value that does not rise, at that value', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Rare'), level(3, 'Possible'), level(3, 'Likely')]))).toEqual([
      ['methodology-scale-order', 'A15', 'The likelihood scale value "3" is not a whole number greater than the level before it.'],
    ]);
  });

  it('flags a value that is not a whole number', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Rare'), level(1.5, 'Possible'), level(3, 'Likely')])).map((f) => f[1])).toEqual(['A14']);
  });

  it('flags a missing label, at the label', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Rare'), level(2, ''), level(3, 'Likely')]))).toEqual([
      ['methodology-scale-label', 'B14', 'The likelihood level 2 has no label.'],
    ]);
  });

  it('flags two levels sharing a label, ignoring case as MATCH does', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Rare'), level(2, 'Likely'), level(3, 'likely')]))).toEqual([
      ['methodology-scale-label', 'B15', 'The likelihood level 3 has the same label as level 2.'],
    ]);
  });

  it('flags a label that is a number, which would collide with the values', () => {
    expect(scaleFindings(withLikelihood([level(1, 'Rare'), level(2, '3'), level(3, 'Likely')])).map((f) => f[2])).toEqual([
      'The likelihood level 2 has a number as its label.',
    ]);
  });

  it('lets the two scales differ in length', () => {
    const base = presetMethodology('5x5');
    const m: Methodology = {
      ...base,
      impact: base.impact.slice(0, 4),
      matrix: base.matrix.map((row) => row.slice(0, 4)),
      bands: [base.bands[0]!, base.bands[1]!, { ...base.bands[2]!, max: 20 }],
    };
    expect(validateMethodology(m)).toEqual([]);
  });
});
