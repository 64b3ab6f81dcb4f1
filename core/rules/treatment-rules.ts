/**
 * Treatment, acceptance, residual risk and review (Clauses 6.1.3 and 8.2): what an auditor checks
 * once a risk is scored.
 */
import { appendAll } from '../arrays';
import { isoFromSerial } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import type { Risk } from '../register/types';
import type { Assessment } from './assessment';
import { hasApproverAndDate, inherentOf, residualOf } from './assessment';
import type { RiskRuleContext } from './context';
import { signOffRules } from './sign-off-rules';

export function treatmentRules(ctx: RiskRuleContext): Finding[] {
  const out: Finding[] = [];
  const push = (f: Finding | null): void => {
    if (f) out.push(f);
  };
  // Risks never reviewed are one thing to fill in, however many (a new register has all of them).
  const unreviewed: CellFound[] = [];
  // Each risk is assessed once, for these rules and the sign-off's.
  const inherents: Assessment[] = [];
  const residuals: Assessment[] = [];
  for (const risk of ctx.risks) {
    const inherent = inherentOf(ctx.methodology, risk);
    const residual = residualOf(ctx.methodology, risk);
    inherents.push(inherent);
    residuals.push(residual);
    push(treatmentMissing(ctx, risk, inherent));
    push(mitigateWithoutControls(ctx, risk));
    push(residualAboveInherent(ctx, risk, inherent, residual));
    push(residualUnacceptable(ctx, risk, inherent, residual));
    if (risk.lastReview === null) unreviewed.push({ cell: ctx.cellOf(risk, 'lastReview'), params: { id: risk.id } });
    else push(reviewOverdue(ctx, risk));
  }
  appendAll(out, findingsOnCells('review-missing', ctx.sheet, unreviewed));
  appendAll(out, signOffRules(ctx, inherents, residuals));
  return out;
}

export function treatmentMissing(ctx: RiskRuleContext, risk: Risk, inherent: Assessment): Finding | null {
  const band = inherent.band;
  if (!band || band.decision === 'acceptable') return null;
  // Text that is not a treatment option is reported as treatment-unknown, not as missing.
  if (risk.treatment !== null || risk.treatmentText.trim() !== '') return null;
  return finding('treatment-missing', ctx.sheet, ctx.cellOf(risk, 'treatment'), {
    id: risk.id,
    level: band.name,
    decision: band.decision,
  });
}

/** The cell to fill first: the approver when it is missing, else the approval date. */
function approvalCell(ctx: RiskRuleContext, risk: Risk): string {
  return ctx.cellOf(risk, risk.approvedBy.trim() === '' ? 'approvedBy' : 'approvalDate');
}

function isAcceptedUnacceptable(risk: Risk, inherent: Assessment): boolean {
  return risk.treatment === 'accept' && inherent.band?.decision === 'unacceptable';
}

export function mitigateWithoutControls(ctx: RiskRuleContext, risk: Risk): Finding | null {
  // A clause of ISO/IEC 27001 is no control; measures in words are (`control-free-text` says how to trace them).
  if (risk.treatment !== 'mitigate' || risk.controls.some((c) => c.kind !== 'clause')) return null;
  // An ISMS-level risk may be treated by an action alone: its plan row must name it (rules/isms-rules.ts).
  if (risk.riskType === 'isms') return null;
  return finding('mitigate-without-controls', ctx.sheet, ctx.cellOf(risk, 'controls'), { id: risk.id });
}

export function residualAboveInherent(
  ctx: RiskRuleContext,
  risk: Risk,
  inherent: Assessment,
  residual: Assessment,
): Finding | null {
  if (inherent.score === null || residual.score === null || residual.score <= inherent.score) return null;
  return finding('residual-above-inherent', ctx.sheet, ctx.cellOf(risk, 'residualLikelihood'), {
    id: risk.id,
    residual: residual.score,
    inherent: inherent.score,
  });
}

export function residualUnacceptable(
  ctx: RiskRuleContext,
  risk: Risk,
  inherent: Assessment,
  residual: Assessment,
): Finding | null {
  if (residual.band?.decision !== 'unacceptable' || hasApproverAndDate(risk)) return null;
  // An accepted unacceptable risk is already reported for its missing approval: once is enough.
  if (isAcceptedUnacceptable(risk, inherent)) return null;
  return finding('residual-unacceptable', ctx.sheet, approvalCell(ctx, risk), {
    id: risk.id,
    level: residual.band.name,
  });
}

/** review-overdue when the last review is older than the interval (a risk with no date is review-missing). */
export function reviewOverdue(ctx: RiskRuleContext, risk: Risk): Finding | null {
  if (risk.lastReview === null) return null;
  const days = ctx.methodology.reviewIntervalDays;
  // Whole days: a review exactly one interval ago is due today, not overdue.
  if (Math.floor(risk.lastReview) + days >= Math.floor(ctx.now)) return null;
  return finding('review-overdue', ctx.sheet, ctx.cellOf(risk, 'lastReview'), { id: risk.id, date: isoFromSerial(risk.lastReview), days });
}
