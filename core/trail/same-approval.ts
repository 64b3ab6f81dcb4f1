/**
 * When an approval the workbook shows is the one the trail recorded: the same approver (trimmed,
 * in any case) on the same day. One definition for every approval the trail follows (a risk's, a
 * plan row's, the SoA's, the Methodology's), in the trail's update and in the rules alike, so that
 * what one keeps as the same approval the other judges as the same.
 */

/** Who approved and on which day (a spreadsheet serial; null when no date was given). */
export interface ApprovalMark {
  readonly approvedBy: string;
  readonly approvedOn: number | null;
}

export function sameApproval(a: ApprovalMark, b: ApprovalMark): boolean {
  return a.approvedBy.trim().toLowerCase() === b.approvedBy.trim().toLowerCase() && Math.floor(a.approvedOn ?? -1) === Math.floor(b.approvedOn ?? -1);
}
