/**
 * Row positions of the Methodology sheet Riskbook writes. The writer places content by them, and
 * validation of a methodology that did not come from a sheet anchors its findings by them. The
 * reader does not use them: it finds sections by their headings, so users may insert rows.
 */
import { cellAddress } from '../workbook/a1';
import type { MethodologyAnchors, ScaleAnchors } from './anchors';
import type { SettingKey } from './methodology-text';
import { GOVERNANCE_ORDER } from './methodology-text';
import type { Methodology } from './types';

/** Columns (0-based) shared by writer and reader. */
export const SETTING_VALUE_COL = 1;
export const SCALE_COLS = { value: 0, label: 1, description: 2 } as const;
export const BAND_COLS = { name: 0, min: 1, max: 2, colour: 3, decision: 4 } as const;
export const MATRIX_FIRST_COL = 1;

export const SETTING_ORDER: readonly SettingKey[] = ['version', 'scoring', 'impactDimensions', 'impactRule', 'reviewIntervalDays'];

interface TableRows {
  readonly heading: number;
  readonly header: number;
  /** First data row. */
  readonly first: number;
}

export interface MethodologyLayout {
  readonly title: number;
  readonly stamp: number;
  readonly settingsHeading: number;
  readonly settings: Readonly<Record<SettingKey, number>>;
  readonly likelihood: TableRows;
  readonly impact: TableRows;
  readonly matrix: TableRows;
  readonly bands: TableRows;
  /** The Governance heading; its labels follow, one a row (governance.ts). */
  readonly governanceHeading: number;
  readonly notesHeading: number;
  /** First row after the generated content; user notes start here. */
  readonly end: number;
}

/** A heading, a header row, `count` data rows, then one blank row. */
function table(start: number, count: number): TableRows & { next: number } {
  return { heading: start, header: start + 1, first: start + 2, next: start + 2 + count + 1 };
}

export function methodologyLayout(m: Methodology): MethodologyLayout {
  const settingsHeading = 3;
  const settings = Object.fromEntries(SETTING_ORDER.map((k, i) => [k, settingsHeading + 1 + i])) as Record<SettingKey, number>;
  const likelihood = table(settingsHeading + 1 + SETTING_ORDER.length + 1, m.likelihood.length);
  const impact = table(likelihood.next, m.impact.length);
  const matrix = table(impact.next, m.likelihood.length);
  const bands = table(matrix.next, m.bands.length);
  const governanceHeading = bands.next;
  const notesHeading = governanceHeading + 1 + GOVERNANCE_ORDER.length + 1;
  return {
    title: 0,
    stamp: 1,
    settingsHeading,
    settings,
    likelihood,
    impact,
    matrix,
    bands,
    governanceHeading,
    notesHeading,
    end: notesHeading + 1,
  };
}

function scaleAnchors(t: TableRows, count: number): ScaleAnchors {
  return {
    heading: cellAddress(t.heading, 0),
    levels: Array.from({ length: count }, (_, i) => ({
      value: cellAddress(t.first + i, SCALE_COLS.value),
      label: cellAddress(t.first + i, SCALE_COLS.label),
      description: cellAddress(t.first + i, SCALE_COLS.description),
    })),
  };
}

/** Anchors of a methodology as the writer would lay it out. */
export function layoutAnchors(m: Methodology): MethodologyAnchors {
  const l = methodologyLayout(m);
  const settings = Object.fromEntries(
    SETTING_ORDER.map((k) => [k, cellAddress(l.settings[k], SETTING_VALUE_COL)]),
  ) as Record<SettingKey, string>;
  return {
    settings,
    likelihood: scaleAnchors(l.likelihood, m.likelihood.length),
    impact: scaleAnchors(l.impact, m.impact.length),
    matrix: {
      heading: cellAddress(l.matrix.heading, 0),
      rows: m.likelihood.map((_, i) => l.matrix.first + i),
      firstCol: MATRIX_FIRST_COL,
    },
    bands: {
      heading: cellAddress(l.bands.heading, 0),
      rows: m.bands.map((_, i) => {
        const r = l.bands.first + i;
        return {
          name: cellAddress(r, BAND_COLS.name),
          min: cellAddress(r, BAND_COLS.min),
          max: cellAddress(r, BAND_COLS.max),
          colour: cellAddress(r, BAND_COLS.colour),
          decision: cellAddress(r, BAND_COLS.decision),
        };
      }),
    },
  };
}
