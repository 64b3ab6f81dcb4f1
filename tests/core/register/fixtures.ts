/**
 * Shared fixtures for the register tests: a 5 x 5 multiply method (until core/methodology/presets
 * lands) and small builders for snapshots.
 */
import { computeMatrix } from '../../../core/methodology/scoring';
import type { Methodology, ScaleLevel } from '../../../core/methodology/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';

const scale = (labels: string[]): ScaleLevel[] => labels.map((label, i) => ({ value: i + 1, label, description: '' }));

export const LIKELIHOOD_5 = scale(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
export const IMPACT_5 = scale(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']);

export const FIVE_BY_FIVE: Methodology = {
  version: '1.0',
  likelihood: LIKELIHOOD_5,
  impact: IMPACT_5,
  impactDimensions: [],
  impactRule: 'max',
  scoring: 'multiply',
  matrix: computeMatrix('multiply', LIKELIHOOD_5, IMPACT_5),
  bands: [
    { name: 'Low', min: 1, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
    { name: 'Medium', min: 5, max: 12, colour: '#FFEB9C', decision: 'tolerable' },
    { name: 'High', min: 15, max: 25, colour: '#FFC7CE', decision: 'unacceptable' },
  ],
  reviewIntervalDays: 365,
};

export type Grid = readonly (readonly CellValue[])[];

export function sheet(name: string, values: Grid, extra: Partial<Omit<SheetSnapshot, 'name' | 'values'>> = {}): SheetSnapshot {
  return { name, values, ...extra };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** The register most tests start from: a title, a blank line, then the header on row 3. */
export const ACME_REGISTER: Grid = [
  ['ACME SaaS risk register', null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  ['Risk ID', 'Asset', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls', 'Notes'],
  ['R-01', 'Customer database', 'SQL injection', 'Likely', 'Severe', 'CTO', 'Mitigate', '8.28, 8.8', 'Pen test 2025'],
  ['R-02', 'Laptops', 'Theft', '2 - Unlikely', 3, 'IT lead', 'Transfer', 'A.8.1', null],
  ['R-03', 'Payroll', 'Insider fraud', 3, 'Major', 'CFO', 'Accept', '', 'Reviewed by board'],
];
