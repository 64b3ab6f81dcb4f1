import { presetMethodology } from '../../../core/methodology/presets';
import type { Band, Methodology } from '../../../core/methodology/types';
import { validateMethodology } from '../../../core/methodology/validate-methodology';

/** The 5 x 5 with its bands replaced; bands start at sheet row 37 (A37 is the first band name). */
function withBands(bands: Band[]): Methodology {
  return { ...presetMethodology('5x5'), bands };
}

const low: Band = { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' };
const medium: Band = { name: 'Medium', min: 5, max: 12, colour: '#FFEB9C', decision: 'tolerable' };
const high: Band = { name: 'High', min: 15, max: 25, colour: '#FFC7CE', decision: 'unacceptable' };

function codes(m: Methodology): [string, string, string][] {
  return validateMethodology(m).map((f) => [f.code, f.cell, f.message]);
}

describe('risk bands', () => {
  it('accepts bands that leave only unreachable scores (13, 14) uncovered', () => {
    expect(codes(withBands([low, medium, high]))).toEqual([]);
  });

  it('flags a reachable score no band covers, at the max of the band below it', () => {
    expect(codes(withBands([low, { ...medium, max: 9 }, high]))).toEqual([
      ['methodology-band-gap', 'C38', 'Score 10 can be reached but no band covers it.'],
      ['methodology-band-gap', 'C38', 'Score 12 can be reached but no band covers it.'],
    ]);
  });

  it('flags a score below the lowest band at that band\'s min', () => {
    expect(codes(withBands([{ ...low, min: 2 }, medium, high]))).toEqual([
      ['methodology-band-gap', 'B37', 'Score 1 can be reached but no band covers it.'],
    ]);
  });

  it('flags two bands covering the same score, even one no risk can reach', () => {
    expect(codes(withBands([low, { ...medium, max: 13 }, { ...high, min: 13 }]))).toEqual([
      ['methodology-band-overlap', 'B39', 'Bands "Medium" and "High" both cover score 13.'],
    ]);
  });

  it('flags a decision that is not acceptable, tolerable or unacceptable', () => {
    const bad = { ...medium, decision: 'maybe' } as unknown as Band;
    expect(codes(withBands([low, bad, high]))).toEqual([['methodology-band-decision', 'E38', 'Band "Medium" has decision "maybe".']]);
  });

  it('warns about a colour that is not #RRGGBB', () => {
    const found = validateMethodology(withBands([low, { ...medium, colour: 'amber' }, high]));
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual([['methodology-band-colour', 'warning', 'D38']]);
  });

  it('reports no bands at all at the Risk bands heading', () => {
    expect(codes(withBands([]))).toEqual([['methodology-bands-missing', 'A35', 'The Methodology sheet defines no risk bands.']]);
  });

  it('flags a band whose max is below its min', () => {
    const found = validateMethodology(withBands([low, { ...medium, min: 12, max: 5 }, high]));
    expect(found.some((f) => f.code === 'methodology-invalid-value' && f.cell === 'C38')).toBe(true);
  });

  it('flags a band named like a section heading, which the sheet could not read back', () => {
    const found = validateMethodology(withBands([low, { ...medium, name: 'Notes' }, high]));
    expect(found.map((f) => [f.code, f.cell])).toEqual([['methodology-invalid-value', 'A38']]);
  });
});
