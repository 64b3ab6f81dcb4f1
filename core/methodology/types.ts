/** The risk method of Clause 6.1.2: scales, scoring, bands with decisions, review interval. */

export interface ScaleLevel {
  /** Whole number; values ascend strictly with the level. */
  readonly value: number;
  readonly label: string;
  readonly description: string;
}

export type Decision = 'acceptable' | 'tolerable' | 'unacceptable';

export interface Band {
  readonly name: string;
  /** Inclusive score range. */
  readonly min: number;
  readonly max: number;
  /** `#RRGGBB` fill used in the register, heatmap and checks. */
  readonly colour: string;
  /**
   * acceptable: may be retained without treatment;
   * tolerable: may be retained with the risk owner's approval;
   * unacceptable: must be treated (or formally accepted by management with approver and date).
   */
  readonly decision: Decision;
}

export type ScoringMethod = 'multiply' | 'add' | 'matrix';

/** How separate C / I / A impact columns combine into one impact. */
export type ImpactRule = 'max';

export interface Methodology {
  /** The version the team gives its method, e.g. `1.0`; stamped on every generated sheet. */
  readonly version: string;
  readonly likelihood: readonly ScaleLevel[];
  readonly impact: readonly ScaleLevel[];
  /**
   * Impact dimensions scored separately (e.g. Confidentiality, Integrity, Availability), or
   * empty when the register has a single impact column.
   */
  readonly impactDimensions: readonly string[];
  readonly impactRule: ImpactRule;
  readonly scoring: ScoringMethod;
  /**
   * Score for every (likelihood index, impact index), indices 0-based. Always filled: for
   * `multiply` and `add` it is computed from the scale values, for `matrix` the team types it.
   */
  readonly matrix: readonly (readonly number[])[];
  /** Ordered by ascending `min`. */
  readonly bands: readonly Band[];
  readonly reviewIntervalDays: number;
}

export type PresetName = '5x5' | '4x4' | '3x3';
