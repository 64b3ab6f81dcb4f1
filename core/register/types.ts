import type { CellValue } from '../workbook/snapshot';
import type { ControlCitation } from '../annex-a/types';

/** The fields Riskbook understands in a register. Every other column is the user's and is left alone. */
export type RegisterField =
  | 'id'
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
  | 'lastReview'
  | 'status'
  /**
   * Derived columns, written by Riskbook as live formulas. A rating is the heatmap cell of a
   * risk, `L4/I5` (1-based positions on the likelihood and impact scales).
   */
  | 'inherentRating'
  | 'inherentScore'
  | 'inherentLevel'
  | 'residualRating'
  | 'residualScore'
  | 'residualLevel';

export type Treatment = 'mitigate' | 'transfer' | 'avoid' | 'accept';

/** Which column (0-based) holds each field; unmapped fields are absent. */
export type ColumnMapping = Partial<Record<RegisterField, number>>;

/**
 * Who set a field's column: Riskbook (a column it appended), a person (a column chosen in the
 * mapping) or header detection. Riskbook writes only into derived columns set by itself or by a
 * person; a detected derived column is the team's own, read and compared, never written.
 */
export type ColumnSetBy = 'riskbook' | 'person' | 'detected';

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
  readonly lastReview: number | null;
  readonly status: string;
  /** Raw cells of the row, for rules that look at what was typed. */
  readonly cells: readonly CellValue[];
}
