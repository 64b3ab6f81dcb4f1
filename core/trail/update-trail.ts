/**
 * A run's new trail, from the one the workbook holds and what the workbook holds now:
 * - an approval seen for the first time, or entered again (another approver or date), records
 *   what it approves now; one seen before keeps what it approved then, so a change since shows;
 *   an approval cleared is forgotten, and entering it again records it afresh;
 * - the SoA approved again after a change raises its version (1.0 → 1.1) unless the person
 *   typed a new version themselves;
 * - the last run's fingerprints are replaced by this run's;
 * - the approvals of the plan's actions and of the Methodology likewise, from the workbook as the
 *   run leaves it (`withPlanAndMethodology`).
 */
import type { ControlCatalogue } from '../annex-a/types';
import type { SoaApprovalView, SoaSheet } from '../outputs/soa';
import type { Risk } from '../register/types';
import { riskApprovalFields, riskFingerprint, riskTrailKeys } from './fingerprints';
import { sameApproval } from './same-approval';
import type { SoaChange } from './soa-decisions';
import { soaChanges, soaDecisions } from './soa-decisions';
import type { Approval, Fields, LastRun, RiskApproval, RtpApproval, SoaApproval, Trail } from './trail-sheet';
import type { MethodologyLook } from './methodology-approval';
import { methodologyApprovalRecord } from './methodology-approval';
import type { PlanApprovals } from './rtp-approvals';
import { rtpApprovalFields, rtpApprovalKeys } from './rtp-approvals';
import { isoFromSerial } from '../dates';

export interface TrailInput {
  readonly risks: readonly Risk[];
  /** Riskbook's own SoA as people left it; null when the SoA in use is the team's or there is none. */
  readonly soa: SoaSheet | null;
  readonly catalogue: ControlCatalogue;
  readonly methodologyHash: string;
  /** The run's time, as a spreadsheet serial. */
  readonly now: number;
}

export interface TrailUpdate {
  readonly trail: Trail;
  /** What Riskbook's SoA shows of its approval; absent when the SoA has no approval to show. */
  readonly soaView?: SoaApprovalView;
}

/** The version after `version`: its last number raised by one ("1.0" → "1.1", "v2" → "v3"); "1" after nothing. */
export function nextVersion(version: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(version.trim());
  if (!m) return version.trim() === '' ? '1' : `${version.trim()}.1`;
  return `${m[1]!}${Number(m[2]) + 1}${m[3]!}`;
}

function riskApprovals(previous: Trail, input: TrailInput): Map<string, RiskApproval> {
  const out = new Map<string, RiskApproval>();
  const keys = riskTrailKeys(input.risks);
  for (let i = 0; i < input.risks.length; i++) {
    const risk = input.risks[i]!;
    const key = keys[i]!;
    const approvedBy = risk.approvedBy.trim();
    // A risk with no id, or one whose id another risk took first, has no approval the trail can keep.
    if (approvedBy === '' || key === '' || out.has(key)) continue;
    const was = previous.risks.size === 0 ? undefined : previous.risks.get(key);
    out.set(key, was && sameApproval(was, { approvedBy, approvedOn: risk.approvalDate })
      ? was
      : { id: risk.id.trim(), approvedBy, approvedOn: risk.approvalDate, recorded: input.now, methodologyHash: input.methodologyHash, approved: riskApprovalFields(risk) });
  }
  return out;
}

function lastRun(input: TrailInput, soa: ReadonlyMap<string, Fields>): LastRun {
  const risks = new Map<string, { id: string; fingerprint: string }>();
  const keys = riskTrailKeys(input.risks);
  for (let i = 0; i < input.risks.length; i++) {
    const risk = input.risks[i]!;
    const key = keys[i]!;
    if (key !== '' && !risks.has(key)) risks.set(key, { id: risk.id.trim(), fingerprint: riskFingerprint(risk) });
  }
  return { methodologyHash: input.methodologyHash, risks, soa };
}

/** How many changes the SoA lists above its table; the finding and the trail have them all. */
export const LISTED_CHANGES = 200;

export function updateTrail(previous: Trail, input: TrailInput): TrailUpdate {
  const decisions = input.soa ? soaDecisions(input.soa, input.catalogue) : new Map<string, Fields>();
  let soa: SoaApproval | null = null;
  let soaView: SoaApprovalView | undefined;
  const approval = input.soa?.approval;
  if (input.soa && approval && approval.approvedBy.trim() !== '') {
    const now = { approvedBy: approval.approvedBy.trim(), approvedOn: approval.approvedOn };
    const was = previous.soa;
    if (was && sameApproval(was, now)) {
      // The same approval: its version is what the sheet says now, its decisions those approved.
      soa = { ...was, version: input.soa.version };
    } else {
      // Approved again after an approval on record: the version goes up, unless the person raised it.
      const raised = was !== null && input.soa.version === was.version ? nextVersion(was.version) : undefined;
      const record: Approval = { ...now, recorded: input.now, methodologyHash: input.methodologyHash };
      soa = { ...record, version: raised ?? input.soa.version, decisions };
      if (raised !== undefined) soaView = { version: raised };
    }
    soaView = { ...soaView, changes: changesView(soa, soaChanges(soa.decisions, decisions)) };
  } else if (previous.soa && input.soa) {
    // The approval was cleared: the list of changes says there is no approved version any more.
    soaView = { changes: { summary: 'No approved version on record: enter Approved by and Approved on to approve this one.', rows: [] } };
  }
  const trail: Trail = {
    risks: riskApprovals(previous, input),
    // The plan's and the Methodology's approvals are recorded from the workbook as the run leaves
    // it (`withPlanAndMethodology`); until then they stay as they were.
    rtp: previous.rtp,
    soa,
    methodology: previous.methodology,
    run: lastRun(input, decisions),
    otherRows: previous.otherRows,
  };
  return { trail, ...(soaView ? { soaView } : {}) };
}

function changesView(approved: SoaApproval, changes: readonly SoaChange[]): NonNullable<SoaApprovalView['changes']> {
  const when = approved.approvedOn !== null ? ` on ${isoFromSerial(approved.approvedOn)}` : '';
  const what = `version ${approved.version} approved by ${approved.approvedBy}${when}`;
  const summary = changes.length === 0
    ? `None since ${what}.`
    : `${changes.length} change(s) since ${what}${changes.length > LISTED_CHANGES ? `; the first ${LISTED_CHANGES} listed` : ''}: approve the SoA again once reviewed.`;
  return {
    summary,
    rows: changes.slice(0, LISTED_CHANGES).map((c) => ({ control: c.control, field: c.fieldLabel, was: c.was, now: c.now })),
  };
}

/** What the trail records of the plan's and the Methodology's approvals, from the workbook as a run leaves it. */
export interface PlanAndMethodology {
  readonly plan: PlanApprovals | null;
  readonly methodology: MethodologyLook;
  readonly methodologyHash: string;
  /** The run's time, as a spreadsheet serial. */
  readonly now: number;
}

function rtpApprovals(previous: Trail, input: PlanAndMethodology): Map<string, RtpApproval> {
  const out = new Map<string, RtpApproval>();
  if (!input.plan) return out;
  for (const { row, key } of rtpApprovalKeys(input.plan.rows)) {
    if (row.approvedBy.trim() === '' || out.has(key)) continue;
    const now = { approvedBy: row.approvedBy.trim(), approvedOn: row.approvalDate };
    const was = previous.rtp.get(key);
    out.set(key, was && sameApproval(was, now) ? was : { key, ...now, recorded: input.now, methodologyHash: input.methodologyHash, approved: rtpApprovalFields(row) });
  }
  return out;
}

/** `trail` with the approvals of the plan's actions and of the Methodology as they stand, `previous` the trail the workbook held. */
export function withPlanAndMethodology(trail: Trail, previous: Trail, input: PlanAndMethodology): Trail {
  return {
    ...trail,
    rtp: rtpApprovals(previous, input),
    methodology: methodologyApprovalRecord(previous.methodology, input.methodology, input.methodologyHash, input.now),
  };
}
