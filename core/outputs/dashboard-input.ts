/**
 * What the Dashboard counts, and which rows: the register's risks, the treatment plan in use
 * (Riskbook's RTP or the team's own), the SoA in use (Riskbook's or the team's) and the findings,
 * all as the engine read the workbook its plan leaves. The figures (dashboard-figures.ts) and the
 * formulas that compute them live (dashboard.ts) both start from here, so they count the same rows.
 */
import type { ControlCatalogue } from '../annex-a/types';
import type { BaselineRisk } from '../cycle/cycle-sheet';
import type { FindingSummary } from '../findings/finding';
import type { Methodology } from '../methodology/types';
import type { RegisterLocation, Risk } from '../register/types';
import { parseTreatment } from '../register/treatment-words';
import type { Treatment } from '../register/types';
import type { RtpRow } from './rtp';
import type { SoaRow, SoaSheet } from './soa';
import { isSoaHeading } from './soa';

/** The plan whose actions the Dashboard counts: Riskbook's RTP, or the team's plan in use. */
export interface DashboardPlan {
  readonly sheet: string;
  /** True for Riskbook's own RTP (a sheet it rebuilds), false for the team's. */
  readonly own: boolean;
  /** Every row as the RTP rules read it (a team's plan in the RTP's shape, `planRowsAsRtp`). */
  readonly rows: readonly RtpRow[];
}

/** The SoA whose controls the Dashboard counts. */
export type DashboardSoa =
  | { readonly kind: 'own' | 'team'; readonly sheet: SoaSheet }
  /** A team SoA in the 2013 numbering: the 2022 rules cannot read it, so nothing is counted. */
  | { readonly kind: 'team-2013'; readonly name: string };

/** The current assessment cycle, where one has begun (core/cycle). */
export interface DashboardCycle {
  /** When the cycle began: a spreadsheet serial date-time. */
  readonly started: number;
  /** Riskbook's column of marks on the register, where it has one: the figures count its cells. */
  readonly column?: number;
  /**
   * Each risk's mark, in the order of `risks`: as its cell in Riskbook's column says it (what a
   * formula counts), else as the core marks it (the register keeps its own column, or none).
   */
  readonly marks: readonly string[];
  /** The baseline's risks no longer in the register, settled at the run. */
  readonly closed: readonly BaselineRisk[];
}

export interface DashboardInput {
  readonly methodology: Methodology;
  readonly catalogue: ControlCatalogue;
  readonly risks: readonly Risk[];
  /** The register as the plan leaves it: its mapping has Riskbook's derived columns. */
  readonly register: RegisterLocation;
  readonly plan: DashboardPlan | null;
  readonly soa: DashboardSoa | null;
  /** The findings on the Checks sheet. */
  readonly findings: FindingSummary;
  /** Today as a spreadsheet serial date (a fraction is the time of day). */
  readonly now: number;
  /** The current assessment cycle; null (or absent) while none has begun. */
  readonly cycle?: DashboardCycle | null;
}

/**
 * The treatment the register's own Treatment cell records. A team's plan may complete a risk the
 * register leaves blank (team-plan/planned-risks.ts), but the Dashboard counts the register's
 * column: that is what its formulas can read.
 */
export function registerTreatment(risk: Risk): Treatment | null {
  return risk.treatmentText === '' ? null : parseTreatment(risk.treatmentText);
}

/**
 * The plan's actions: each row the RTP rules check once. Riskbook's rows that are keyed and not
 * orphaned; a team's rows that name a register risk, each sheet row once (a row naming two risks
 * is one action).
 */
export function countedActions(plan: DashboardPlan): RtpRow[] {
  const out: RtpRow[] = [];
  // Rows come in sheet order, so a row past the last one kept is new; the set of rows seen is
  // built only if one comes out of order (76,000 rows at 50,000 risks).
  let last = -Infinity;
  let seen: Set<number> | undefined;
  for (const row of plan.rows) {
    if (row.riskId === '' || row.orphaned) continue;
    if (plan.own && row.key === '') continue;
    if (row.row <= last) {
      seen ??= new Set(out.map((r) => r.row));
      if (seen.has(row.row)) continue;
      seen.add(row.row);
    } else {
      last = row.row;
      seen?.add(row.row);
    }
    out.push(row);
  }
  return out;
}

/** The SoA's controls: rows naming a control of the catalogue, headings and orphaned rows aside. */
export function countedControls(soa: SoaSheet, catalogue: ControlCatalogue): SoaRow[] {
  return soa.rows.filter((r) => r.controlId !== '' && !r.orphaned && !isSoaHeading(r.controlId, catalogue) && catalogue.get(r.controlId) !== undefined);
}
