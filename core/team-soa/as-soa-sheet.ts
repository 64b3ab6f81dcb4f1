/**
 * A team's SoA in the shape the SoA rules read (`SoaSheet`), so one set of rules checks Riskbook's
 * SoA and the team's alike. Fields the team's sheet has no column for point nowhere ('').
 */
import type { SoaField, SoaRow, SoaSheet } from '../outputs/soa';
import { cellAddress } from '../workbook/a1';
import type { TeamSoa, TeamSoaRow } from './types';

function cellsOf(row: TeamSoaRow): Record<SoaField, string> {
  const c = row.cells;
  return {
    controlId: c.controlId,
    title: c.title,
    theme: c.theme,
    applicable: c.applicable,
    reasonRisk: c.reasonRisk,
    reasonLegal: c.reasonLegal,
    reasonContractual: c.reasonContractual,
    reasonBusiness: c.reasonBusiness,
    reasonBestPractice: c.reasonBestPractice,
    linkedRisks: '',
    composedJustification: '',
    justification: c.justification,
    exclusionJustification: c.exclusionJustification,
    implementationStatus: c.implementationStatus,
    implementationNotes: c.implementationNotes,
    evidence: c.evidence,
    owner: c.owner,
    lastReviewed: c.lastReviewed,
    rowStatus: '',
  };
}

/** A1 of the team SoA's control id header: where findings about the whole sheet point. */
export function teamSoaHeaderCell(soa: TeamSoa): string {
  return cellAddress(soa.location.headerRow, soa.location.columns.controlId ?? 0);
}

export function teamSoaAsSoaSheet(soa: TeamSoa): SoaSheet {
  const rows: SoaRow[] = soa.rows.map((r) => ({
    row: r.row,
    controlId: r.controlId,
    applicable: r.applicability.decision,
    reasons: { legal: r.reasons.legal, contractual: r.reasons.contractual, business: r.reasons.business, bestPractice: r.reasons.bestPractice },
    // The team's own "risk assessment" mark stands as a reason too: its register may cite the
    // control in words Riskbook cannot trace.
    ...(r.reasons.risk ? { riskMarked: true } : {}),
    linkedRisks: '',
    justification: r.justification,
    exclusionJustification: r.exclusionJustification,
    implementationStatus: r.implementationStatus,
    implementationNotes: r.implementationNotes,
    evidence: r.evidence,
    owner: r.owner,
    lastReviewed: r.lastReviewed,
    orphaned: false,
    cells: cellsOf(r),
  }));
  return {
    name: soa.location.sheet,
    headerRow: soa.location.headerRow,
    headerCell: teamSoaHeaderCell(soa),
    version: '',
    stamp: null,
    rows,
  };
}
