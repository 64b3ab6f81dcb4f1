import type { RiskType } from './risk-type-words';
import type { ControlCitation } from '../annex-a/types';

/** The fields Riskbook understands in a register. Every other column is the user's and is left alone. */
export type RegisterField =
  | 'id'
  /** A short name of the risk ("Risk title"), beside its longer description. */
  | 'title'
  | 'asset'
  | 'threat'
  | 'vulnerability'
  | 'description'
  | 'likelihood'
  | 'impact'
  | 'impactC'
  | 'impactI'
  | 'impactA'
  | 'owner'
  | 'treatment'
  | 'controls'
  | 'residualLikelihood'
  | 'residualImpact'
  | 'approvedBy'
  | 'approvalDate'
  /** Why the risk owner accepted the risk as it is (Clause 6.1.3 f): asked of an accepted risk. */
  | 'acceptanceRationale'
  | 'lastReview'
  /** The date the next review is due: never read as the last review. */
  | 'nextReview'
  | 'status'
  /** ISMS-level or information security (Clause 6.1.1): an ISMS-level risk may be treated by an action alone. */
  | 'riskType'
  /**
   * Derived columns, written by Riskbook as live formulas. A rating is the heatmap cell of a
   * risk, `L4/I5` (1-based positions on the likelihood and impact scales).
   */
  | 'inherentRating'
  | 'inherentScore'
  | 'inherentLevel'
  | 'residualRating'
  | 'residualScore'
  | 'residualLevel'
  /**
   * Written by Riskbook once an assessment cycle has begun (core/cycle): each risk New, Modified
   * or Unchanged against the register as the cycle began. Values, not formulas.
   */
  | 'cycleChange';

export type Treatment = 'mitigate' | 'transfer' | 'avoid' | 'accept';

/** Which column (0-based) holds each field; unmapped fields are absent. */
export type ColumnMapping = Partial<Record<RegisterField, number>>;

/**
 * Who set a field's column: Riskbook (a column it appended), a person (a column chosen in the
 * mapping) or header detection. Riskbook writes only into derived columns set by itself or by a
 * person; a detected derived column is the team's own, read and compared, never written.
 */
export type ColumnSetBy = 'riskbook' | 'person' | 'detected';

/**
 * How a column was recognised as its field: `exact` (a header word, in any case, spacing or
 * language), `note` (after leaving out a note such as "(1-5)"), `group` (read with the banner
 * over it), `priority` (it lost its field to a column naming it outright, and names another),
 * `fallback` (a word that stands in only where no column names the field, such as Asset owner).
 */
export type HeaderHow = 'exact' | 'note' | 'group' | 'priority' | 'fallback';

/** How the header row was read, where that is worth telling a person (see `riskbook map`). */
export interface HeaderReading {
  /** 0-based row of the banner above the header row, when the header spans two rows. */
  readonly bannerRow?: number;
  /** Columns read other than exactly, with what the reading rests on (see `ColumnReading`). */
  readonly columns: readonly { readonly col: number; readonly field: RegisterField; readonly how: HeaderHow; readonly detail?: string | number }[];
  /** Columns that name a field another column names more plainly; left as the team's columns. */
  readonly passedOver: readonly { readonly col: number; readonly field: RegisterField; readonly by: number }[];
  /** Columns that name a field as plainly as the one used (`first`): left as the team's, and reported. */
  readonly ambiguous: readonly { readonly field: RegisterField; readonly first: number; readonly second: number }[];
}

export interface RegisterLocation {
  readonly sheet: string;
  /** 0-based row of the header. */
  readonly headerRow: number;
  /**
   * The column of each field Riskbook reads and, for a derived field, writes: a derived field is
   * mapped only to a column Riskbook appended or a person handed to it.
   */
  readonly mapping: ColumnMapping;
  /** 0-based columns the user has that no field claims: kept exactly as they are. */
  readonly userColumns: readonly number[];
  /** How the mapping was obtained. */
  readonly source: 'detected' | 'saved';
  /**
   * Who set each mapped field's column; a field absent here was detected from its header.
   * Absent when every column was detected.
   */
  readonly setBy?: Partial<Record<RegisterField, ColumnSetBy>>;
  /**
   * The team's own score, level and rating columns (derived fields found by their headers in
   * columns Riskbook did not make): read and compared with the method, never written and never
   * an input to Riskbook's formulas. They are also among `userColumns`. Absent when there are none.
   */
  readonly teamColumns?: ColumnMapping;
  /** How the headers were read, when any column was read other than exactly. */
  readonly reading?: HeaderReading;
}

/** A level on a scale as read from a cell: 0-based index into the scale, and its value. */
export interface LevelRef {
  readonly index: number;
  readonly value: number;
}

export interface Risk {
  /** 0-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly title: string;
  readonly asset: string;
  readonly threat: string;
  readonly vulnerability: string;
  readonly description: string;
  readonly owner: string;
  readonly likelihood: LevelRef | null;
  /** Combined impact (single column, or C/I/A by the methodology's rule). */
  readonly impact: LevelRef | null;
  readonly residualLikelihood: LevelRef | null;
  readonly residualImpact: LevelRef | null;
  readonly treatment: Treatment | null;
  /** The text as typed, for messages. */
  readonly treatmentText: string;
  readonly controls: readonly ControlCitation[];
  readonly approvedBy: string;
  /** Spreadsheet serial date, or null. */
  readonly approvalDate: number | null;
  /** Why the risk was accepted, as typed; '' when the register has no such column or the cell is blank. */
  readonly acceptanceRationale: string;
  readonly lastReview: number | null;
  readonly status: string;
  /** The type the register's type column names; null without one, or for words that name neither (information security). */
  readonly riskType: RiskType | null;
}
