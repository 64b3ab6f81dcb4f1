/**
 * A Statement of Applicability the team keeps on a sheet of its own, as Riskbook reads it. The
 * sheet stays the team's: Riskbook reads its decisions and writes only beside them
 * (`team-soa-plan.ts`), never into a cell the team typed.
 */
import type { Finding } from '../findings/finding';
import type { CellValue } from '../workbook/snapshot';

/** Which edition of Annex A the sheet's control ids follow. */
export type SoaEdition = '2022' | '2013';

/** The columns a team SoA may have; any of them may be missing except the control id. */
export type TeamSoaField =
  | 'controlId'
  | 'title'
  | 'theme'
  | 'applicable'
  | 'reasonRisk'
  | 'reasonLegal'
  | 'reasonContractual'
  | 'reasonBusiness'
  | 'reasonBestPractice'
  | 'justification'
  | 'exclusionJustification'
  | 'implementationStatus'
  | 'implementationNotes'
  | 'evidence'
  | 'owner'
  | 'lastReviewed';

/** An applicability cell as the team meant it. */
export interface Applicability {
  /** null: blank or a word that says neither (a question mark, "TBD"). */
  readonly decision: 'yes' | 'no' | null;
  /** "Partially", "Teilweise": applicable, only in part. */
  readonly partial: boolean;
}

/** A control id the spreadsheet mangled, and the id Riskbook read it as. */
export interface RecoveredId {
  /** 0-based row and column of the cell. */
  readonly row: number;
  readonly col: number;
  /** What the cell holds: a number (5.3 for 5.30) or a date serial (11.2.5 typed in a day-first locale). */
  readonly typed: CellValue;
  readonly kind: 'number' | 'date';
  /** The id it was read as, in the sheet's edition's canonical form ('5.30', 'A.11.2.5'). */
  readonly id: string;
  /** Why: the ids on the rows around it ('between 5.29 and 5.31'), or '' when the value alone settles it. */
  readonly basis: string;
}

export interface TeamSoaRow {
  /** 0-based sheet row. */
  readonly row: number;
  /**
   * Canonical control id: '5.30' for a 2022 SoA, 'A.12.4.1' for a 2013 one; '' for a row that
   * names no control (a theme heading, a note).
   */
  readonly controlId: string;
  /** The id cell as typed, for messages ('A.5.30', 'Control 5.30 - ICT readiness', 5.3). */
  readonly typedId: string;
  readonly applicability: Applicability;
  /** The applicability cell as typed ('Partially', 'N/A'). */
  readonly applicableText: string;
  readonly reasons: { readonly risk: boolean; readonly legal: boolean; readonly contractual: boolean; readonly business: boolean; readonly bestPractice: boolean };
  readonly justification: string;
  readonly exclusionJustification: string;
  readonly implementationStatus: string;
  readonly implementationNotes: string;
  readonly evidence: string;
  readonly owner: string;
  /** A date serial, null when blank or not a date. */
  readonly lastReviewed: number | null;
  /** A1 address of each field's cell on this row; '' when the sheet has no such column. */
  readonly cells: Readonly<Record<TeamSoaField, string>>;
}

export interface TeamSoaLocation {
  readonly sheet: string;
  /** 0-based header row (the lowest row of a two- or three-row header). */
  readonly headerRow: number;
  /** 0-based rows above it that the header spans (banners merged over groups), if any. */
  readonly bannerRows: readonly number[];
  /** 0-based column of each field found. */
  readonly columns: Readonly<Partial<Record<TeamSoaField, number>>>;
  /** How each column was recognised: 'header' (by its words) or 'cells' (by what it holds). */
  readonly how: Readonly<Partial<Record<TeamSoaField, 'header' | 'cells'>>>;
  readonly edition: SoaEdition;
  /**
   * 0-based column of reasons in words ("Reason": "Legal, Risk assessment") beside a column that
   * names the justification: read into the reason flags. Where no other column names the
   * justification, the reason column is the justification column (`columns.justification`).
   */
  readonly reasonText?: number;
}

export interface TeamSoa {
  readonly location: TeamSoaLocation;
  /** The rows that name a control, and rows that name none below the header, in sheet order. */
  readonly rows: readonly TeamSoaRow[];
  readonly recovered: readonly RecoveredId[];
  /** What the reader itself has to say (recovered ids, a control listed twice). */
  readonly findings: readonly Finding[];
  /** 0-based last row and column that hold anything on the sheet (for writing beside and below it). */
  readonly lastRow: number;
  readonly lastCol: number;
}
