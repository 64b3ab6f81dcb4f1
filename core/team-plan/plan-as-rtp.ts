/**
 * A team's plan rows in the shape of Riskbook's RTP rows, so that the RTP's rules (owner, due date,
 * overdue, expected residual level) check them where the team keeps them. Only a change of shape:
 * every cell address still points into the team's sheet.
 */
import type { RtpField, RtpRow } from '../outputs/rtp';
import { rtpKey } from '../outputs/rtp';
import type { TeamPlan, TeamPlanRow } from './types';

export interface PlanAsRtpOptions {
  /**
   * One RTP row per control a row names ("5.15, 8.5" stands for the pairs R-1 · 5.15 and R-1 · 8.5),
   * for rules that look for every (risk, control) pair. Off by default: the per-row checks would
   * then say the same thing about the same cell once per control.
   */
  readonly eachControl?: boolean;
}

function cellsOf(row: TeamPlanRow): Record<RtpField, string> {
  const c = row.cells;
  return {
    // The key cell, whichever names the risk: findings about the row fall back to it.
    riskId: c.riskId || c.riskTitle,
    summary: c.riskTitle,
    inherentLevel: '',
    treatment: c.treatment,
    controlId: c.controlId,
    controlTitle: '',
    action: c.action,
    owner: c.owner,
    dueDate: c.dueDate,
    resources: '',
    status: c.status,
    expectedResidualLevel: c.expectedResidualLevel,
    approvedBy: c.approvedBy,
    approvalDate: c.approvalDate,
    effectivenessReviewDate: c.effectivenessReviewDate,
    effectivenessResult: c.effectivenessResult,
    evidence: c.evidence,
    rowStatus: '',
  };
}

/**
 * The plan's rows as RTP rows. A row's key is `rtpKey(risk, control)` where the plan has a control
 * column, else the risk id alone; '' for a row that names no register risk (reported already by
 * `team-plan-risk-unknown` or `-ambiguous`), which the RTP rules pass over.
 */
export function planRowsAsRtp(plan: TeamPlan, options: PlanAsRtpOptions = {}): RtpRow[] {
  const byControl = plan.columns.controlId !== undefined;
  return plan.rows.flatMap((row) => {
    const controls = options.eachControl && row.controlIds ? row.controlIds : [row.controlId];
    const cells = cellsOf(row);
    return controls.map((controlId) => ({
      row: row.row,
      riskId: row.riskId,
      controlId,
      key: row.riskId === '' ? '' : byControl ? rtpKey(row.riskId, controlId) : row.riskId.trim(),
      action: row.action,
      owner: row.owner,
      dueDate: row.dueDate,
      dueText: row.dueText,
      status: row.status,
      expectedResidualLevel: row.expectedResidualLevel,
      approvedBy: row.approvedBy,
      approvalDate: row.approvalDate,
      effectivenessReviewDate: row.effectivenessReviewDate,
      effectivenessResult: row.effectivenessResult,
      evidence: row.evidence,
      orphaned: false,
      cells,
    }));
  });
}
