/**
 * Which Statement of Applicability the rules read: Riskbook's own when the workbook has one (a
 * person chose it, or copied the team's decisions into it), else the team's own SoA sheet when
 * one is found, else none.
 */
import type { SoaSheet } from '../outputs/soa';
import { readSoa } from '../outputs/soa';
import type { OwnSheets } from '../ownership/own-sheets';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { teamSoaAsSoaSheet } from './as-soa-sheet';
import { findTeamSoa } from './locate-team-soa';
import type { TeamSoa } from './types';

export type SoaInUse =
  /** Riskbook's SoA (null: the workbook has none yet); `team` is a team SoA beside it, not read. */
  | { readonly kind: 'own'; readonly sheet: SoaSheet | null; readonly team: TeamSoa | null }
  | { readonly kind: 'team'; readonly sheet: SoaSheet; readonly team: TeamSoa };

/** `skipSheets`: lower-case names of Riskbook's sheets and the register, never a team SoA. */
export function soaInUse(snapshot: WorkbookSnapshot, own: OwnSheets, skipSheets: ReadonlySet<string>): SoaInUse {
  const team = findTeamSoa(snapshot, { skipSheets });
  if (own.existing.has('soa')) return { kind: 'own', sheet: readSoa(snapshot, own.names.soa), team };
  if (team) return { kind: 'team', sheet: teamSoaAsSoaSheet(team), team };
  return { kind: 'own', sheet: null, team: null };
}
