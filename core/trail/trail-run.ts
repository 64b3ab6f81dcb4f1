/**
 * The trail's part in a request, as the engine calls it: the approval rules on a workbook as it
 * is, and for a run the trail's new sheet, what the SoA shows of its approval and the team's
 * edits for the Change log.
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
import { riskApprovalRules, soaApprovalRules } from './approval-rules';
import { teamEdits, teamEditsSummary } from './team-edits';
import { readTrail, trailSheetPlan } from './trail-sheet';
import { updateTrail } from './update-trail';

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

/** Only Riskbook's own SoA carries the approval block the trail follows. */
function ownSoa(soa: SoaInUse): SoaInUse['sheet'] {
  return soa.kind === 'own' ? soa.sheet : null;
}

export function approvalFindings(look: TrailLook, registerSheet: string, cellOf: (risk: Risk, field: RegisterField) => string): Finding[] {
  const ctx = { trail: readTrail(look.snapshot, look.trailSheet, false), methodology: look.methodology, now: look.now };
  return [...riskApprovalRules(ctx, look.risks, registerSheet, cellOf), ...soaApprovalRules(ctx, ownSoa(look.soa), look.catalogue)];
}

export interface TrailRun {
  readonly sheet: SheetPlan;
  readonly soaView?: SoaApprovalView;
  /** The team's edits since the last run, as an entry of the Change log; absent when there were none. */
  readonly edits?: ChangeLogEntry;
}

export function trailRun(look: TrailLook, methodologyHash: string, time: string): TrailRun {
  const previous = readTrail(look.snapshot, look.trailSheet);
  const update = updateTrail(previous, { risks: look.risks, soa: ownSoa(look.soa), catalogue: look.catalogue, methodologyHash, now: look.now });
  const edits = teamEdits(previous, update);
  return {
    sheet: trailSheetPlan(update.trail),
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
