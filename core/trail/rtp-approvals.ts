/**
 * What an approval of a plan's action covers (Clause 6.1.3 e, f): the action, its owner, its due
 * date and the residual level it is expected to reach, on Riskbook's RTP or the team's own plan.
 * The trail keys each approved row by its risk and control (`R-14 · 8.16`), and a further row of
 * the same key by its place among them (`R-14 · 8.16 #2`), so rows a person duplicated for several
 * actions keep their own approvals.
 */
import { isoFromSerial } from '../dates';
import { normalizeKey } from '../outputs/preserve';
import type { RtpRow } from '../outputs/rtp';
import { kept } from './soa-decisions';
import type { Fields } from './trail-sheet';

export const RTP_APPROVAL_FIELDS = ['action', 'owner', 'dueDate', 'expectedResidualLevel'] as const;
export type RtpApprovalField = (typeof RTP_APPROVAL_FIELDS)[number];

/** The plan's rows the trail follows, and where they are: Riskbook's RTP or the team's plan. */
export interface PlanApprovals {
  readonly sheet: string;
  /** One per row of the sheet (a team's row naming several controls once). */
  readonly rows: readonly RtpRow[];
}

/**
 * Each keyed row with its key as the trail keeps it, in sheet order. Every caller looks only at
 * rows someone approved: a plan with none (most, and every plan Riskbook just generated) has no
 * keys to work out, at 70,000 rows a cost worth skipping.
 */
export function rtpApprovalKeys(rows: readonly RtpRow[]): { row: RtpRow; key: string }[] {
  if (!rows.some((r) => r.approvedBy !== '')) return [];
  const seen = new Map<string, number>();
  const out: { row: RtpRow; key: string }[] = [];
  for (const row of rows) {
    if (row.key === '') continue;
    const base = normalizeKey(row.key);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ row, key: n === 1 ? base : `${base} #${n}` });
  }
  return out;
}

/** What an approval of this row covers now. */
export function rtpApprovalFields(row: RtpRow): Fields {
  return {
    action: kept(row.action),
    owner: row.owner.trim(),
    dueDate: row.dueDate !== null ? isoFromSerial(row.dueDate) : row.dueText.trim(),
    expectedResidualLevel: row.expectedResidualLevel.trim(),
  };
}
