import type { MethodologyView } from '../../core/actions';
import { MAX_BAND_NAME, MAX_LEVEL_DESCRIPTION, MAX_LEVEL_LABEL, MAX_REVIEW_DAYS, MAX_VERSION } from '../../core/limits';
import {
  addBand,
  addLevel,
  draftErrors,
  draftFrom,
  removeBand,
  removeLevel,
  scoreRange,
  setScoring,
  toMethodology,
  updateBand,
  updateLevel,
} from '../../ui/panel/methodology-draft';

const level = (value: number, label = `L${value}`): { value: number; label: string; description: string } => ({ value, label, description: '' });

function view(overrides: Partial<MethodologyView> = {}): MethodologyView {
  return {
    found: true,
    version: '2.0',
    scoring: 'multiply',
    likelihood: [level(1), level(2), level(3)],
    impact: [level(1), level(2), level(3), level(4)],
    bands: [
      { name: 'High', min: 7, max: 12, colour: '#FFC7CE', decision: 'unacceptable' },
      { name: 'Low', min: 1, max: 6, colour: '#c6efce', decision: 'acceptable' },
    ],
    reviewIntervalDays: 180,
    impactDimensions: [],
    impactRule: 'max',
    matrix: [],
    hash: 'abc',
    ...overrides,
  };
}

describe('methodology draft', () => {
  it('round-trips a view, sorting bands by score and normalising colours', () => {
    const m = toMethodology(draftFrom(view()), view());
    expect(m).toEqual({
      version: '2.0',
      likelihood: [level(1), level(2), level(3)],
      impact: [level(1), level(2), level(3), level(4)],
      impactDimensions: [],
      impactRule: 'max',
      scoring: 'multiply',
      matrix: [],
      bands: [
        { name: 'Low', min: 1, max: 6, colour: '#C6EFCE', decision: 'acceptable' },
        { name: 'High', min: 7, max: 12, colour: '#FFC7CE', decision: 'unacceptable' },
      ],
      reviewIntervalDays: 180,
    });
  });

  it('keeps impact dimensions and a lookup matrix when the status carries them', () => {
    const matrix = [
      [1, 2, 3, 4],
      [2, 4, 6, 8],
      [3, 6, 9, 12],
    ];
    const rich = { ...view({ scoring: 'matrix' }), matrix, impactDimensions: ['Confidentiality', 'Integrity', 'Availability'] };
    const m = toMethodology(draftFrom(rich), rich);
    expect(m?.matrix).toEqual(matrix);
    expect(m?.impactDimensions).toEqual(['Confidentiality', 'Integrity', 'Availability']);
  });

  it('keeps the lookup matrix it received and sends it back as typed', () => {
    const matrix = [
      [1, 2, 3, 5],
      [2, 4, 6, 9],
      [3, 6, 9, 12],
    ];
    const v = view({ scoring: 'matrix', matrix });
    expect(draftFrom(v).matrix).toEqual(matrix);
    expect(toMethodology(draftFrom(v), v)?.matrix).toEqual(matrix);
  });

  it('starts a lookup matrix from the scores of the method it replaces', () => {
    const d = setScoring(draftFrom(view({ scoring: 'add' })), 'matrix');
    expect(d.matrix).toEqual([
      [2, 3, 4, 5],
      [3, 4, 5, 6],
      [4, 5, 6, 7],
    ]);
  });

  it('adds a level above the top value and removes levels, within 3 to 10', () => {
    let d = draftFrom(view());
    d = addLevel(d, 'likelihood');
    expect(d.likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4]);
    d = removeLevel(d, 'likelihood', 1);
    expect(d.likelihood.map((l) => l.value)).toEqual([1, 3, 4]);
    expect(removeLevel(d, 'likelihood', 0)).toBe(d);
    for (let i = 0; i < 10; i++) d = addLevel(d, 'impact');
    expect(d.impact).toHaveLength(10);
  });

  it('keeps a typed matrix in step with the scales', () => {
    const rich = { ...view({ scoring: 'matrix' }), matrix: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]] };
    let d = draftFrom(rich);
    d = removeLevel(d, 'impact', 1);
    expect(d.matrix).toEqual([[1, 3, 4], [5, 7, 8], [9, 11, 12]]);
    d = addLevel(d, 'likelihood');
    expect(d.matrix?.[3]).toEqual([4, 12, 16]);
  });

  it('names the fields that stop a save', () => {
    let d = draftFrom(view());
    d = updateLevel(d, 'impact', 2, { label: ' ' });
    d = updateBand(d, 0, { min: '7.5', colour: 'red' });
    d = { ...d, version: '', review: '0' };
    expect(Object.keys(draftErrors(d)).sort()).toEqual(['bands.0.colour', 'bands.0.min', 'impact.2.label', 'review', 'version']);
    expect(toMethodology(d, view())).toBeNull();
  });

  it('stops a save that the core would refuse for a text past its limit, and says the limit', () => {
    let d = draftFrom(view());
    d = updateLevel(d, 'likelihood', 0, { label: 'x'.repeat(MAX_LEVEL_LABEL + 1), description: 'd'.repeat(MAX_LEVEL_DESCRIPTION + 1) });
    d = updateBand(d, 1, { name: 'n'.repeat(MAX_BAND_NAME + 1) });
    d = { ...d, version: 'v'.repeat(MAX_VERSION + 1), review: String(MAX_REVIEW_DAYS + 1) };
    const errors = draftErrors(d);
    expect(Object.keys(errors).sort()).toEqual(['bands.1.name', 'likelihood.0.description', 'likelihood.0.label', 'review', 'version']);
    expect(errors['likelihood.0.label']).toBe(`Use at most ${MAX_LEVEL_LABEL} characters.`);
    expect(errors.review).toBe(`Enter a number of days from 1 to ${MAX_REVIEW_DAYS}.`);
    const atLimits = { ...draftFrom(view()), version: 'v'.repeat(MAX_VERSION), review: String(MAX_REVIEW_DAYS) };
    expect(draftErrors(atLimits)).toEqual({});
  });

  it('adds a band above the highest and keeps at least one', () => {
    let d = addBand(draftFrom(view()));
    expect(d.bands.at(-1)).toMatchObject({ min: '13', max: '13', decision: 'unacceptable' });
    d = removeBand(removeBand(removeBand(d, 0), 0), 0);
    expect(d.bands).toHaveLength(1);
  });

  it('gives the range of scores the method can reach', () => {
    expect(scoreRange(draftFrom(view()))).toEqual({ min: 1, max: 12 });
    expect(scoreRange(setScoring(draftFrom(view()), 'add'))).toEqual({ min: 2, max: 7 });
  });
});
