/**
 * Ready-made methods a team can start from. Band ranges cover every score the matrix can reach;
 * the gaps between them (13 and 14 in the 5 x 5) are scores that Likelihood x Impact never gives.
 */
import { computeMatrix } from './scoring';
import type { Band, Methodology, PresetName, ScaleLevel } from './types';

const GREEN = '#C6EFCE';
const AMBER = '#FFEB9C';
const RED = '#FFC7CE';

function scale(levels: readonly (readonly [string, string])[]): ScaleLevel[] {
  return levels.map(([label, description], i) => ({ value: i + 1, label, description }));
}

function bands(lowMax: number, mediumMin: number, mediumMax: number, highMin: number, highMax: number): Band[] {
  return [
    { name: 'Low', min: 1, max: lowMax, colour: GREEN, decision: 'acceptable' },
    { name: 'Medium', min: mediumMin, max: mediumMax, colour: AMBER, decision: 'tolerable' },
    { name: 'High', min: highMin, max: highMax, colour: RED, decision: 'unacceptable' },
  ];
}

function multiplyMethod(likelihood: ScaleLevel[], impact: ScaleLevel[], bandList: Band[]): Methodology {
  return {
    version: '1.0',
    likelihood,
    impact,
    impactDimensions: [],
    impactRule: 'max',
    scoring: 'multiply',
    matrix: computeMatrix('multiply', likelihood, impact),
    bands: bandList,
    reviewIntervalDays: 365,
  };
}

const FIVE = (): Methodology =>
  multiplyMethod(
    scale([
      ['Rare', 'Not expected to happen; at most once in 10 years.'],
      ['Unlikely', 'Could happen now and then; about once in 3 to 10 years.'],
      ['Possible', 'Might well happen; about once in 1 to 3 years.'],
      ['Likely', 'Expected to happen about once a year.'],
      ['Almost certain', 'Expected to happen several times a year.'],
    ]),
    scale([
      ['Negligible', 'No noticeable effect on services, customers or obligations.'],
      ['Minor', 'Short disruption or small exposure, handled within the team.'],
      ['Noticeable', 'Some customers or services affected for hours; limited cost.'],
      ['Significant', 'Serious outage or data exposure; reportable incident or notable cost.'],
      ['Major', 'Lasting damage: large breach, regulatory penalty or loss of key customers.'],
    ]),
    bands(4, 5, 12, 15, 25),
  );

const FOUR = (): Methodology =>
  multiplyMethod(
    scale([
      ['Rare', 'Not expected to happen; at most once in 5 years.'],
      ['Unlikely', 'Could happen; about once in 1 to 5 years.'],
      ['Likely', 'Expected to happen about once a year.'],
      ['Almost certain', 'Expected to happen several times a year.'],
    ]),
    scale([
      ['Minor', 'Little effect; handled within the team.'],
      ['Moderate', 'Some customers or services affected; limited cost.'],
      ['Significant', 'Serious outage or data exposure; reportable incident.'],
      ['Severe', 'Lasting damage to customers, finances or compliance.'],
    ]),
    // Reachable: 1 2 3 4 6 8 9 12 16.
    bands(3, 4, 8, 9, 16),
  );

const THREE = (): Methodology =>
  multiplyMethod(
    scale([
      ['Unlikely', 'Not expected to happen within the next few years.'],
      ['Possible', 'Could happen within a year or two.'],
      ['Likely', 'Expected to happen within a year.'],
    ]),
    scale([
      ['Minor', 'Little effect; handled within the team.'],
      ['Moderate', 'Customers or services affected; noticeable cost.'],
      ['Major', 'Serious or lasting damage to customers, finances or compliance.'],
    ]),
    // Reachable: 1 2 3 4 6 9.
    bands(2, 3, 4, 6, 9),
  );

const PRESETS: Readonly<Record<PresetName, () => Methodology>> = { '5x5': FIVE, '4x4': FOUR, '3x3': THREE };

export const PRESET_NAMES: readonly PresetName[] = ['5x5', '4x4', '3x3'];

/** A fresh copy of a preset, safe to change. */
export function presetMethodology(name: PresetName): Methodology {
  return PRESETS[name]();
}

export const DEFAULT_METHODOLOGY: Methodology = presetMethodology('5x5');
