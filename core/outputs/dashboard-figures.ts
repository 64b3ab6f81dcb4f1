/**
 * The Dashboard's figures as the core reads them: what the sheet's live formulas must show once a
 * spreadsheet program computes them (tests/cli/libreoffice-dashboard.test.ts holds the two to each
 * other). Each figure says what it counts in the words of the rules that check the same things.
 */
import { CYCLE_MARKS } from '../cycle/cycle-words';
import type { Band } from '../methodology/types';
import { inherentOf, residualOf } from '../rules/assessment';
import type { Risk } from '../register/types';
import { sameText } from './cells';
import type { DashboardInput } from './dashboard-input';
import { countedActions, countedControls, registerTreatment } from './dashboard-input';
import { controlLinks } from './links';
import { CANCELLED_STATUS, CLOSED_ACTION_STATUSES, DONE_STATUS, IMPLEMENTED_STATUS } from './options';
import type { SoaRow } from './soa';

export interface LevelFigures {
  readonly band: Band;
  /** Risks whose inherent (residual) score falls in the band. */
  readonly inherent: number;
  readonly residual: number;
}

export interface TreatmentFigures {
  /** Assessed risks the register says to mitigate, transfer or avoid. */
  readonly treated: number;
  /** Assessed risks the register says to accept (retain). */
  readonly accepted: number;
  /** Assessed risks with no treatment the register names. */
  readonly open: number;
}

export interface PlanFigures {
  /** The plan's actions (rows the RTP rules check). */
  readonly actions: number;
  /** Actions whose status is Done. */
  readonly done: number;
  /** Open actions (neither Done nor Cancelled) whose due date has passed: `rtp-overdue`. */
  readonly overdue: number;
  /** Actions with no owner that are not cancelled: `rtp-owner-missing`. */
  readonly withoutOwner: number;
}

export interface SoaFigures {
  /** Rows naming a control of the catalogue. */
  readonly controls: number;
  /** Controls marked applicable or not. */
  readonly decided: number;
  /** Decided controls the SoA rules find justified (no `soa-inclusion-unjustified` or `soa-exclusion-unjustified`). */
  readonly justified: number;
  /** Controls whose implementation status is Implemented; null when the SoA has no such column. */
  readonly implemented: number | null;
  /** Implemented controls with an evidence reference; null when the SoA has no evidence column. */
  readonly withEvidence: number | null;
}

export interface DashboardFigures {
  /** One entry per band of the methodology, in its order (lowest first). */
  readonly levels: readonly LevelFigures[];
  /** Risks scored: a likelihood and an impact on the scales (they have a rating). */
  readonly assessed: number;
  readonly treatment: TreatmentFigures;
  /**
   * Risks whose level now (residual where rescored, else inherent) is in a band the method does
   * not accept as it is, and that nobody is recorded as having approved (Approved by is blank).
   */
  readonly aboveAppetite: number;
  /** `review-overdue`: last reviewed more than the method's interval ago; null without a Last review column. */
  readonly reviewsOverdue: number | null;
  readonly plan: PlanFigures | null;
  readonly soa: SoaFigures | null;
  readonly findings: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** Risks against the current assessment cycle; absent while none has begun. */
  readonly cycle?: CycleFigures;
}

export interface CycleFigures {
  /** When the cycle began (spreadsheet serial). */
  readonly started: number;
  /** Risks marked New, Modified and Unchanged (what the register's column says, see `DashboardCycle`). */
  readonly new: number;
  readonly modified: number;
  readonly unchanged: number;
  /** Risks of the cycle's baseline no longer in the register. */
  readonly closed: number;
  readonly closedIds: readonly string[];
}

function cycleFigures(input: DashboardInput): CycleFigures | null {
  const c = input.cycle;
  if (!c) return null;
  const said = (mark: string): number => count(c.marks, (m) => m.toLowerCase() === mark.toLowerCase());
  return {
    started: c.started,
    new: said(CYCLE_MARKS.new),
    modified: said(CYCLE_MARKS.modified),
    unchanged: said(CYCLE_MARKS.unchanged),
    closed: c.closed.length,
    closedIds: c.closed.map((r) => r.id),
  };
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n;
}

/** The band a risk stands in now: its residual band once rescored, else its inherent one. */
export function currentBand(input: DashboardInput, risk: Risk): Band | null {
  return residualOf(input.methodology, risk).band ?? inherentOf(input.methodology, risk).band;
}

function isAboveAppetite(input: DashboardInput, risk: Risk): boolean {
  const band = currentBand(input, risk);
  return band !== null && band.decision !== 'acceptable' && risk.approvedBy.trim() === '';
}

function treatmentFigures(risks: readonly Risk[]): TreatmentFigures {
  const assessed = risks.filter((r) => r.likelihood !== null && r.impact !== null);
  const treated = count(assessed, (r) => {
    const t = registerTreatment(r);
    return t !== null && t !== 'accept';
  });
  const accepted = count(assessed, (r) => registerTreatment(r) === 'accept');
  return { treated, accepted, open: assessed.length - treated - accepted };
}

function reviewsOverdue(input: DashboardInput): number | null {
  if (input.register.mapping.lastReview === undefined) return null;
  const days = input.methodology.reviewIntervalDays;
  // As `review-overdue` counts: whole days, a review exactly one interval ago is due, not overdue.
  return count(input.risks, (r) => r.lastReview !== null && Math.floor(r.lastReview) + days < Math.floor(input.now));
}

function isStatus(status: string, word: string): boolean {
  return status !== '' && sameText(status, word);
}

function planFigures(input: DashboardInput): PlanFigures | null {
  if (!input.plan) return null;
  const rows = countedActions(input.plan);
  const today = Math.floor(input.now);
  const closed = (status: string): boolean => CLOSED_ACTION_STATUSES.some((s) => isStatus(status, s));
  return {
    actions: rows.length,
    done: count(rows, (r) => isStatus(r.status, DONE_STATUS)),
    overdue: count(rows, (r) => !closed(r.status) && r.dueDate !== null && r.dueDate < today),
    withoutOwner: count(rows, (r) => r.owner === '' && !isStatus(r.status, CANCELLED_STATUS)),
  };
}

/** As the SoA rules judge a decided row: a reason, a linked risk or a justification for an inclusion; a justification for an exclusion. */
function isJustified(row: SoaRow, linked: boolean): boolean {
  if (row.applicable === 'no') return row.exclusionJustification !== '' || row.justification !== '';
  const r = row.reasons;
  return linked || r.legal || r.contractual || r.business || r.bestPractice || row.riskMarked === true || row.justification !== '';
}

function soaFigures(input: DashboardInput): SoaFigures | null {
  const soa = input.soa;
  if (!soa || soa.kind === 'team-2013') return null;
  const rows = countedControls(soa.sheet, input.catalogue);
  const links = controlLinks(input.risks);
  const decided = rows.filter((r) => r.applicable !== null);
  const hasColumn = (field: 'implementationStatus' | 'evidence'): boolean => soa.sheet.rows.some((r) => r.cells[field] !== '');
  const implemented = hasColumn('implementationStatus') ? rows.filter((r) => isStatus(r.implementationStatus, IMPLEMENTED_STATUS)) : null;
  return {
    controls: rows.length,
    decided: decided.length,
    justified: count(decided, (r) => isJustified(r, (links.get(r.controlId.toUpperCase()) ?? []).length > 0)),
    implemented: implemented ? implemented.length : null,
    withEvidence: implemented && hasColumn('evidence') ? count(implemented, (r) => r.evidence !== '') : null,
  };
}

export function dashboardFigures(input: DashboardInput): DashboardFigures {
  const m = input.methodology;
  const levels = m.bands.map((band) => ({
    band,
    inherent: count(input.risks, (r) => inherentOf(m, r).band === band),
    residual: count(input.risks, (r) => residualOf(m, r).band === band),
  }));
  return {
    levels,
    assessed: count(input.risks, (r) => r.likelihood !== null && r.impact !== null),
    treatment: treatmentFigures(input.risks),
    aboveAppetite: count(input.risks, (r) => isAboveAppetite(input, r)),
    reviewsOverdue: reviewsOverdue(input),
    plan: planFigures(input),
    soa: soaFigures(input),
    findings: { errors: input.findings.errors, warnings: input.findings.warnings, infos: input.findings.infos },
    ...withCycle(cycleFigures(input)),
  };
}

function withCycle(cycle: CycleFigures | null): { cycle?: CycleFigures } {
  return cycle ? { cycle } : {};
}
