/**
 * A risk treatment plan the team keeps on a sheet of its own, as Riskbook reads it. Its actions,
 * owners, dates and statuses count for the rules as if typed in Riskbook's plan; the sheet stays
 * the team's and is never written.
 */
import type { Finding } from '../findings/finding';
import type { RtpRow } from '../outputs/rtp';
import type { Treatment } from '../register/types';

export type TeamPlanField =
  | 'riskId'
  | 'riskTitle'
  | 'controlId'
  | 'treatment'
  | 'action'
  | 'owner'
  | 'dueDate'
  | 'status'
  | 'expectedResidualLevel'
  | 'approvedBy'
  | 'approvalDate'
  | 'effectivenessReviewDate'
  | 'effectivenessResult'
  | 'evidence';

/** What a plan row says, whoever keeps the plan: the same fields as a row of Riskbook's RTP. */
type PlanRowContent = Pick<
  RtpRow,
  'action' | 'owner' | 'dueDate' | 'dueText' | 'status' | 'expectedResidualLevel' | 'approvedBy' | 'approvalDate' | 'effectivenessReviewDate' | 'effectivenessResult' | 'evidence'
>;

export interface TeamPlanRow extends PlanRowContent {
  /** 0-based sheet row. */
  readonly row: number;
  /** The register risk this row belongs to, by id or by title; '' when it matches none or several. */
  readonly riskId: string;
  /** The key cell as typed (an id or a title). */
  readonly typedKey: string;
  /** One control id ('' when the plan has no control column or the cell is blank). */
  readonly controlId: string;
  /**
   * Every control id the cell names, in its order ("5.15, 8.5"; a 2013 id's 2022 successors), when
   * more than one; `controlId` is the first. Absent when the cell names one control or none.
   */
  readonly controlIds?: readonly string[];
  /** The option the plan states, when it has a column for it. */
  readonly treatment: Treatment | null;
  /** A1 address of each field's cell on this row; '' when the sheet has no such column. */
  readonly cells: Readonly<Record<TeamPlanField, string>>;
}

export interface TeamPlan {
  readonly sheet: string;
  /** 0-based header row. */
  readonly headerRow: number;
  /** 0-based row of the banner above, when the header spans two rows. */
  readonly bannerRow?: number;
  readonly columns: Readonly<Partial<Record<TeamPlanField, number>>>;
  /** How rows name their risk: by the register's id, or by its title where the plan has no id. */
  readonly keyedBy: 'id' | 'title';
  readonly rows: readonly TeamPlanRow[];
  /** Rows whose key matches no risk or several (`team-plan-risk-unknown`, `team-plan-risk-ambiguous`). */
  readonly findings: readonly Finding[];
}
