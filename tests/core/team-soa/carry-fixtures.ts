/**
 * Team SoAs built directly as the reader returns them, for the rules that carry their decisions
 * to Riskbook's SoA: one row per control with only what the scenario needs.
 */
import type { Applicability, SoaEdition, TeamSoa, TeamSoaField, TeamSoaRow } from '../../../core/team-soa/types';
import { cellAddress } from '../../../core/workbook/a1';

export const TEAM_SHEET = 'SoA';

/** Where the scenario's SoA keeps each field; the id in A. */
const COLUMNS: Readonly<Record<TeamSoaField, number>> = {
  controlId: 0, title: 1, theme: -1, applicable: 2, reasonRisk: 3, reasonLegal: 4, reasonContractual: 5, reasonBusiness: 6, reasonBestPractice: 7,
  justification: 8, exclusionJustification: 9, implementationStatus: 10, implementationNotes: 11, evidence: 12, owner: 13, lastReviewed: 14,
};

export interface RowSpec {
  /** The canonical id the reader gives; '' for an id it cannot place in the edition (then `typed` holds it). */
  readonly id: string;
  /** The id cell as typed, when it differs from `id`. */
  readonly typed?: string;
  /** 'yes', 'no', 'partial', or null (undecided). */
  readonly applicable?: 'yes' | 'no' | 'partial' | null;
  readonly applicableText?: string;
  readonly reasons?: Partial<TeamSoaRow['reasons']>;
  readonly justification?: string;
  readonly exclusionJustification?: string;
  readonly status?: string;
  readonly notes?: string;
  readonly evidence?: string;
  readonly owner?: string;
  readonly lastReviewed?: number | null;
}

function applicability(a: RowSpec['applicable']): Applicability {
  if (a === 'partial') return { decision: 'yes', partial: true };
  return { decision: a ?? null, partial: false };
}

const HEADER_ROW = 2;

export function teamRow(spec: RowSpec, index: number): TeamSoaRow {
  const row = HEADER_ROW + 1 + index;
  const cells = Object.fromEntries(
    (Object.keys(COLUMNS) as TeamSoaField[]).map((f) => [f, COLUMNS[f] < 0 ? '' : cellAddress(row, COLUMNS[f])]),
  ) as Record<TeamSoaField, string>;
  return {
    row,
    controlId: spec.id,
    typedId: spec.typed ?? spec.id,
    applicability: applicability(spec.applicable),
    applicableText: spec.applicableText ?? (spec.applicable === 'partial' ? 'Partially' : spec.applicable === 'yes' ? 'Yes' : spec.applicable === 'no' ? 'No' : ''),
    reasons: { risk: false, legal: false, contractual: false, business: false, bestPractice: false, ...spec.reasons },
    justification: spec.justification ?? '',
    exclusionJustification: spec.exclusionJustification ?? '',
    implementationStatus: spec.status ?? '',
    implementationNotes: spec.notes ?? '',
    evidence: spec.evidence ?? '',
    owner: spec.owner ?? '',
    lastReviewed: spec.lastReviewed ?? null,
    cells,
  };
}

export function teamSoa(edition: SoaEdition, rows: readonly RowSpec[], sheet = TEAM_SHEET): TeamSoa {
  const columns = Object.fromEntries(Object.entries(COLUMNS).filter(([, c]) => c >= 0)) as Partial<Record<TeamSoaField, number>>;
  return {
    location: { sheet, headerRow: HEADER_ROW, bannerRows: [], columns, how: {}, edition },
    rows: rows.map(teamRow),
    recovered: [],
    findings: [],
    lastRow: HEADER_ROW + rows.length,
    lastCol: 14,
  };
}
