/** How a team's SoA was understood, for `riskbook map` and the panels: its columns, its ids, its decisions. */
import type { ControlCatalogue } from '../annex-a/types';
import { headerTexts } from '../register/header-row';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { SoaEdition, TeamSoa, TeamSoaField } from './types';

export const TEAM_SOA_FIELD_LABELS: Readonly<Record<TeamSoaField, string>> = {
  controlId: 'Control ID',
  title: 'Control title',
  theme: 'Theme',
  applicable: 'Applicable',
  reasonRisk: 'Reason: risk assessment',
  reasonLegal: 'Reason: legal',
  reasonContractual: 'Reason: contractual',
  reasonBusiness: 'Reason: business requirement',
  reasonBestPractice: 'Reason: best practice',
  justification: 'Justification',
  exclusionJustification: 'Exclusion justification',
  implementationStatus: 'Implementation status',
  implementationNotes: 'Implementation notes',
  evidence: 'Evidence',
  owner: 'Control owner',
  lastReviewed: 'Last reviewed',
};

export interface SoaMapping {
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  readonly edition: SoaEdition;
  /** False when Riskbook's own SoA is in use and this one is only seen. */
  readonly inUse: boolean;
  readonly fields: readonly { field: TeamSoaField; label: string; column: string; header: string; how: 'header' | 'cells' }[];
  /** Rows that name a control. */
  readonly controls: number;
  readonly applicable: number;
  readonly partial: number;
  readonly excluded: number;
  readonly undecided: number;
  /** Annex A 2022 controls the sheet does not list (0 for a 2013 SoA: migration settles those). */
  readonly notListed: number;
  readonly recovered: readonly { cell: string; typed: string; id: string; basis: string }[];
}

export function soaMapping(soa: TeamSoa, sheet: SheetSnapshot, catalogue: ControlCatalogue, inUse: boolean): SoaMapping {
  const headers = headerTexts(sheet, soa.location.headerRow);
  const fields = (Object.entries(soa.location.columns) as [TeamSoaField, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([field, col]) => ({
      field,
      label: TEAM_SOA_FIELD_LABELS[field],
      column: columnLetter(col),
      header: headers[col] ?? '',
      how: soa.location.how[field] ?? ('header' as const),
    }));
  const named = soa.rows.filter((r) => r.controlId !== '');
  const listed = new Set(named.map((r) => r.controlId.toUpperCase()));
  const notListed = soa.location.edition === '2022' ? catalogue.controls.filter((c) => c.annexA && !listed.has(c.id.toUpperCase())).length : 0;
  return {
    sheet: soa.location.sheet,
    headerRow: soa.location.headerRow + 1,
    edition: soa.location.edition,
    inUse,
    fields,
    controls: named.length,
    applicable: named.filter((r) => r.applicability.decision === 'yes' && !r.applicability.partial).length,
    partial: named.filter((r) => r.applicability.decision === 'yes' && r.applicability.partial).length,
    excluded: named.filter((r) => r.applicability.decision === 'no').length,
    undecided: named.filter((r) => r.applicability.decision === null).length,
    notListed,
    recovered: soa.recovered.map((r) => ({ cell: cellAddress(r.row, r.col), typed: String(r.typed), id: r.id, basis: r.basis })),
  };
}
