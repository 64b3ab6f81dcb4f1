/**
 * Registers built from drawn risks (method-arbitraries.ts), and what the independent scorer says
 * each row's inherent and residual assessment is, read from the cells exactly as they were typed.
 *
 * The Methodology sheet is written with the core's own sheet plan (the way Riskbook and its
 * methodology editor write it), so the engine reads the method back from the workbook as it
 * would from a team's file; the register itself is plain cells in a team's layout, header on
 * row 1, with either one Impact column or Confidentiality / Integrity / Availability impact.
 */
import { methodologySheetPlan } from '../../core/methodology/methodology-sheet';
import type { Methodology } from '../../core/methodology/types';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { Stamp } from '../../core/workbook/stamp';
import type { PlainCell, Scored } from './independent-scorer';
import { assessCells } from './independent-scorer';
import type { DrawnRisk } from './method-arbitraries';
import { levelCell } from './method-arbitraries';

export const SCORED_REGISTER_SHEET = 'Risk register';
/** The day the registers are checked on, and a review date a month before it. */
export const SCORED_NOW = '2026-11-23T09:00:00Z';
export const RECENT_REVIEW = 46320;

export const METHOD_STAMP: Stamp = {
  generator: 'Riskbook test',
  generatedAt: '2026-11-01T08:00:00Z',
  methodologyVersion: '1.0',
  methodologyHash: '0000000000',
  registerHash: '0000000000',
};

const SINGLE_IMPACT = ['Impact'] as const;
const CIA_IMPACT = ['Confidentiality impact', 'Integrity impact', 'Availability impact'] as const;

/** The register's headers, in order. */
export function registerHeaders(impactColumns: 1 | 3): string[] {
  return [
    'Risk ID',
    'Threat',
    'Risk owner',
    'Likelihood',
    ...(impactColumns === 1 ? SINGLE_IMPACT : CIA_IMPACT),
    'Treatment',
    'Controls',
    'Residual likelihood',
    'Residual impact',
    'Approved by',
    'Approval date',
    'Last review',
  ];
}

/** 0-based column of a header. */
export function columnOf(impactColumns: 1 | 3, header: string): number {
  const c = registerHeaders(impactColumns).indexOf(header);
  if (c < 0) throw new Error(`No column ${header}`);
  return c;
}

export interface RegisterRowCells {
  readonly likelihood: PlainCell;
  readonly impacts: readonly PlainCell[];
  readonly residualLikelihood: PlainCell;
  readonly residualImpact: PlainCell;
  readonly row: PlainCell[];
}

const capitalised = (t: string | null): string => (t ? t[0]!.toUpperCase() + t.slice(1) : '');

/** One risk as the cells of its register row. */
export function rowCells(m: Methodology, risk: DrawnRisk): RegisterRowCells {
  const n = risk.impacts.length;
  const likelihood = levelCell(m.likelihood, risk.likelihood, risk.forms[0]!);
  const impacts = risk.impacts.map((lvl, k) => levelCell(m.impact, lvl, risk.forms[1 + k]!));
  const residualLikelihood = levelCell(m.likelihood, risk.residualLikelihood, risk.forms[1 + n]!);
  const residualImpact = levelCell(m.impact, risk.residualImpact, risk.forms[2 + n]!);
  const row: PlainCell[] = [
    risk.id,
    `Threat to ${risk.id}`,
    'Dana Ito',
    likelihood,
    ...impacts,
    capitalised(risk.treatment),
    risk.controls.join(', ') || null,
    residualLikelihood,
    residualImpact,
    risk.approvedBy || null,
    risk.approvalDate,
    RECENT_REVIEW,
  ];
  return { likelihood, impacts, residualLikelihood, residualImpact, row };
}

export interface ExpectedRow {
  readonly id: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly inherent: Scored;
  readonly residual: Scored;
}

/** What the independent scorer says about every row, from the typed cells. */
export function expectedRows(m: Methodology, risks: readonly DrawnRisk[], firstRow = 1): ExpectedRow[] {
  return risks.map((r, k) => {
    const cells = rowCells(m, r);
    return {
      id: r.id,
      row: firstRow + k,
      inherent: assessCells(m, cells.likelihood, cells.impacts),
      residual: assessCells(m, cells.residualLikelihood, [cells.residualImpact]),
    };
  });
}

/** The register's rows (header first) for drawn risks. */
export function registerRows(m: Methodology, risks: readonly DrawnRisk[]): PlainCell[][] {
  const impactColumns = (risks[0]?.impacts.length ?? 1) as 1 | 3;
  return [registerHeaders(impactColumns), ...risks.map((r) => rowCells(m, r).row)];
}

/** A workbook holding the Methodology sheet for `m` (written by the core's sheet plan) and the register. */
export function scoredRegisterWorkbook(m: Methodology, risks: readonly DrawnRisk[]): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot({ sheets: [{ name: SCORED_REGISTER_SHEET, values: registerRows(m, risks) }] });
  const { sheet, names } = methodologySheetPlan(m, METHOD_STAMP);
  wb.apply({ sheets: [sheet], names });
  return wb.snapshot();
}
