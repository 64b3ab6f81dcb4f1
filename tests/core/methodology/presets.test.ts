import { DEFAULT_METHODOLOGY, PRESET_NAMES, presetMethodology } from '../../../core/methodology/presets';
import { bandFor, computeMatrix, reachableScores, scoreFor } from '../../../core/methodology/scoring';
import { validateMethodology } from '../../../core/methodology/validate-methodology';

describe('presets', () => {
  it('scores the worked example: likelihood 4 x impact 5 = 20, High and unacceptable', () => {
    const m = DEFAULT_METHODOLOGY;
    const score = scoreFor(m, 3, 4);
    expect(score).toBe(20);
    expect(bandFor(m, score)).toMatchObject({ name: 'High', decision: 'unacceptable', colour: '#FFC7CE' });
  });

  it('scores the residual example: likelihood 2 x impact 4 = 8, Medium and tolerable', () => {
    const score = scoreFor(DEFAULT_METHODOLOGY, 1, 3);
    expect(score).toBe(8);
    expect(bandFor(DEFAULT_METHODOLOGY, score)).toMatchObject({ name: 'Medium', decision: 'tolerable', colour: '#FFEB9C' });
  });

  it('makes the default the 5 x 5 with the agreed labels, bands and settings', () => {
    const m = DEFAULT_METHODOLOGY;
    expect(m.likelihood.map((l) => l.label)).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect(m.impact.map((l) => l.label)).toEqual(['Negligible', 'Minor', 'Noticeable', 'Significant', 'Major']);
    expect(m.bands.map((b) => [b.name, b.min, b.max, b.colour, b.decision])).toEqual([
      ['Low', 1, 4, '#C6EFCE', 'acceptable'],
      ['Medium', 5, 12, '#FFEB9C', 'tolerable'],
      ['High', 15, 25, '#FFC7CE', 'unacceptable'],
    ]);
    expect(m).toMatchObject({ scoring: 'multiply', reviewIntervalDays: 365, version: '1.0', impactDimensions: [], impactRule: 'max' });
    expect(m.likelihood.every((l) => l.description.length > 0) && m.impact.every((l) => l.description.length > 0)).toBe(true);
  });

  it('leaves 13 and 14 out of every band because 5 x 5 multiply never reaches them', () => {
    expect(reachableScores(DEFAULT_METHODOLOGY)).not.toContain(13);
    expect(reachableScores(DEFAULT_METHODOLOGY)).not.toContain(14);
  });

  it.each(PRESET_NAMES)('validates preset %s with no findings', (name) => {
    expect(validateMethodology(presetMethodology(name))).toEqual([]);
  });

  it.each(PRESET_NAMES)('fills the matrix of preset %s by computeMatrix', (name) => {
    const m = presetMethodology(name);
    expect(m.matrix).toEqual(computeMatrix('multiply', m.likelihood, m.impact));
    expect(m.likelihood).toHaveLength(Number(name[0]));
  });

  it('bands the 3 x 3 as Low 1-2, Medium 3-4, High 6-9', () => {
    expect(presetMethodology('3x3').bands.map((b) => [b.min, b.max])).toEqual([[1, 2], [3, 4], [6, 9]]);
  });

  it('hands out a fresh copy each time', () => {
    expect(presetMethodology('5x5')).not.toBe(presetMethodology('5x5'));
    expect(presetMethodology('5x5')).toEqual(DEFAULT_METHODOLOGY);
  });
});
