/**
 * The trail's part in a request, as the engine calls it: the approval rules on a workbook as it
 * is (the register's risks, the plan's actions, the SoA and the Methodology), and for a run the
 * trail's new sheet, what the SoA shows of its approval and the team's edits for the Change log.
 */
import type { ControlCatalogue } from '../annex-a/types';
import type { Finding } from '../findings/finding';
import type { Methodology } from '../methodology/types';
import type { ChangeLogEntry } from '../outputs/change-log';
import type { SoaApprovalView } from '../outputs/soa';
import type { RegisterField, Risk } from '../register/types';
import type { SoaInUse } from '../team-soa/soa-in-use';
import type { SheetPlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { riskApprovalRules, rtpApprovalRules, soaApprovalRules } from './approval-rules';
import type { MethodologyLook } from './methodology-approval';
import { methodologyApprovalRules } from './methodology-approval';
import type { PlanApprovals } from './rtp-approvals';
import { teamEdits, teamEditsSummary } from './team-edits';
import type { Fields } from './trail-sheet';
import { readTrail, trailSheetPlan } from './trail-sheet';
import { soaDecisions } from './soa-decisions';
import { updateTrail, withPlanAndMethodology } from './update-trail';

export interface TrailLook {
  readonly snapshot: WorkbookSnapshot;
  /** The sheet that holds the trail's role in this workbook. */
  readonly trailSheet: string;
  readonly risks: readonly Risk[];
  readonly soa: SoaInUse;
  readonly catalogue: ControlCatalogue;
  readonly methodology: Methodology;
  /** Today as a spreadsheet serial. */
  readonly now: number;
}

/** What the approval rules see beyond the register and the SoA: the plan in use and the Methodology. */
export interface ApprovalLook extends TrailLook {
  readonly plan: PlanApprovals | null;
  readonly method: MethodologyLook;
  readonly methodologyHash: string;
}

/** Only Riskbook's own SoA carries the approval block the trail follows. */
function ownSoa(soa: SoaInUse): SoaInUse['sheet'] {
  return soa.kind === 'own' ? soa.sheet : null;
}

export function approvalFindings(look: ApprovalLook, registerSheet: string, cellOf: (risk: Risk, field: RegisterField) => string): Finding[] {
  const trail = readTrail(look.snapshot, look.trailSheet, false);
  const ctx = { trail, methodology: look.methodology, methodologyHash: look.methodologyHash, now: look.now };
  return [
    ...riskApprovalRules(ctx, look.risks, registerSheet, cellOf),
    ...rtpApprovalRules(ctx, look.plan),
    ...soaApprovalRules(ctx, ownSoa(look.soa), look.catalogue),
    ...methodologyApprovalRules({ recorded: trail.methodology, now: look.now }, look.method),
  ];
}

/** The workbook as a run leaves it, as the final look read it: what the trail records of it. */
export interface TrailAfter {
  readonly soa: SoaInUse;
  readonly plan: PlanApprovals | null;
  readonly method: MethodologyLook;
}

export interface TrailRun {
  /**
   * The trail's sheet, given the SoA in use as the run leaves it: its decisions are the last
   * run's fingerprint, so that a run that changes nothing leaves the trail as it was (a first
   * run adds the SoA's rows, which the input did not have).
   */
  sheet(after: TrailAfter): SheetPlan;
  readonly soaView?: SoaApprovalView;
  /** The team's edits since the last run, as an entry of the Change log; absent when there were none. */
  readonly edits?: ChangeLogEntry;
}

export function trailRun(look: TrailLook, methodologyHash: string, time: string): TrailRun {
  const previous = readTrail(look.snapshot, look.trailSheet);
  const update = updateTrail(previous, { risks: look.risks, soa: ownSoa(look.soa), catalogue: look.catalogue, methodologyHash, now: look.now });
  const edits = teamEdits(previous, update);
  return {
    sheet: (after) => {
      const soaAfter = ownSoa(after.soa);
      const run = update.trail.run;
      const soa = soaAfter ? soaDecisions(soaAfter, look.catalogue) : new Map<string, Fields>();
      const trail = withPlanAndMethodology(update.trail, previous, { plan: after.plan, methodology: after.method, methodologyHash, now: look.now });
      return trailSheetPlan({ ...trail, run: run ? { ...run, soa } : run });
    },
    ...(update.soaView ? { soaView: update.soaView } : {}),
    ...(edits
      ? {
          edits: {
            time,
            action: 'Edits since the last run',
            summary: teamEditsSummary(edits),
            controlsNowApplicable: edits.controlsNowApplicable,
            controlsNowExcluded: edits.controlsNowExcluded,
            rowsAdded: edits.risksAdded.map((id) => `Register ${id}`),
            rowsOrphaned: edits.risksRemoved.map((id) => `Register ${id}`),
            methodologyHashBefore: '',
            methodologyHashAfter: '',
          },
        }
      : {}),
  };
}
