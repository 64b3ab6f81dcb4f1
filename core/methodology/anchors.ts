/**
 * Where each part of a methodology sits on the Methodology sheet, so a finding points at the cell
 * to fix. The reader records the positions it found; for a methodology that never came from a
 * sheet, methodologyLayout() gives the positions the writer would use.
 */
import { cellAddress } from '../workbook/a1';
import type { SettingKey } from './methodology-text';

export interface LevelAnchor {
  readonly value: string;
  readonly label: string;
  readonly description: string;
}

export interface ScaleAnchors {
  /** The section heading: findings about the scale as a whole go here. */
  readonly heading: string;
  /** One per level, in scale order. */
  readonly levels: readonly LevelAnchor[];
}

export interface MatrixAnchors {
  readonly heading: string;
  /**
   * 0-based sheet row of each likelihood row of the matrix, in scale order; rows the sheet lacks
   * are extrapolated below the last one, so every level has a place to point at.
   */
  readonly rows: readonly number[];
  /** 0-based column of the first impact column. */
  readonly firstCol: number;
}

export interface BandAnchor {
  readonly name: string;
  readonly min: string;
  readonly max: string;
  readonly colour: string;
  readonly decision: string;
}

export interface BandsAnchors {
  readonly heading: string;
  /** One per band, in the order of Methodology.bands. */
  readonly rows: readonly BandAnchor[];
}

export interface MethodologyAnchors {
  /** The value cell of each setting (or the settings heading when the row is missing). */
  readonly settings: Readonly<Record<SettingKey, string>>;
  readonly likelihood: ScaleAnchors;
  readonly impact: ScaleAnchors;
  readonly matrix: MatrixAnchors;
  readonly bands: BandsAnchors;
}

/** The cell of matrix entry (likelihood i, impact j), 0-based. */
export function matrixCellAnchor(a: MatrixAnchors, i: number, j: number): string {
  const row = a.rows[i];
  return row === undefined ? a.heading : cellAddress(row, a.firstCol + j);
}

/** One anchor per level; levels beyond those recorded point at the heading. */
export function levelAnchor(a: ScaleAnchors, i: number): LevelAnchor {
  return a.levels[i] ?? { value: a.heading, label: a.heading, description: a.heading };
}

export function bandAnchor(a: BandsAnchors, i: number): BandAnchor {
  return a.rows[i] ?? { name: a.heading, min: a.heading, max: a.heading, colour: a.heading, decision: a.heading };
}
