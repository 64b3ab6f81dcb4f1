/**
 * Sign-off per risk (Clause 6.1.3 f): every treated or accepted risk carries the risk owner's
 * approval of its treatment and acceptance of its residual level (who and when, and for an
 * acceptance why), whatever its band. A missing one is a finding whose severity is the band's:
 * the level the owner accepts decides how much it matters.
 *
 * - Accepted risks are judged by their level (nothing lowers it): `acceptance-<decision>-unapproved`.
 * - Treated risks (Mitigate, Transfer, Avoid) by the residual level the owner accepts:
 *   `residual-unacceptable` (treatment-rules.ts), `treatment-tolerable-unapproved`,
 *   `treatment-acceptable-unapproved`; with no residual rating there is nothing to accept yet,
 *   and that is `residual-missing` instead (one cause, one finding).
 * - An approver who is not the risk owner is allowed, and named: `approval-not-risk-owner`, one
 *   finding per approver.
 *
 * What repeats is grouped: the lower bands and the missing residuals are one finding each.
 */
import { appendAll } from '../arrays';
import type { Finding } from '../findings/finding';
import { PHRASES } from '../findings/catalogue';
import type { CellFound } from '../findings/report';
import { fillTemplate, finding, findingsOnCells, joinedWithOr } from '../findings/report';
import type { RegisterField, Risk } from '../register/types';
import { parseCell } from '../workbook/a1';
import type { Assessment } from './assessment';
import type { RiskRuleContext } from './context';

/** What a risk's approval lacks, the first part first: the cell a finding points at is that part's. */
function missingParts(ctx: RiskRuleContext, risk: Risk, withRationale: boolean): RegisterField[] {
  const parts: RegisterField[] = [];
  if (risk.approvedBy.trim() === '') parts.push('approvedBy');
  if (risk.approvalDate === null) parts.push('approvalDate');
  // A rationale is asked for only where the register has a place for it (Riskbook appends one).
  if (withRationale && risk.acceptanceRationale.trim() === '' && (ctx.hasColumn?.('acceptanceRationale') ?? true)) parts.push('acceptanceRationale');
  return parts;
}

const PART_WORDS: Readonly<Partial<Record<RegisterField, string>>> = {
  approvedBy: PHRASES.signOffParts.approver,
  approvalDate: PHRASES.signOffParts.date,
  acceptanceRationale: PHRASES.signOffParts.rationale,
};

function inWords(parts: readonly RegisterField[]): string {
  return joinedWithOr(parts.map((p) => PART_WORDS[p] ?? p));
}

const TREATED = new Set(['mitigate', 'transfer', 'avoid']);

/** True when a risk's residual likelihood and impact are both rated. */
function residualRated(risk: Risk): boolean {
  return risk.residualLikelihood !== null && risk.residualImpact !== null;
}

/** `inherent` and `residual` are each risk's assessments, in the order of `ctx.risks`. */
export function signOffRules(ctx: RiskRuleContext, inherent: readonly Assessment[], residual: readonly Assessment[]): Finding[] {
  const out: Finding[] = [];
  const grouped: Record<'acceptance-tolerable-unapproved' | 'acceptance-acceptable-unapproved' | 'treatment-tolerable-unapproved' | 'treatment-acceptable-unapproved' | 'residual-missing', CellFound[]> = {
    'acceptance-tolerable-unapproved': [],
    'acceptance-acceptable-unapproved': [],
    'treatment-tolerable-unapproved': [],
    'treatment-acceptable-unapproved': [],
    'residual-missing': [],
  };
  const byApprover = new Map<string, { approver: string; found: CellFound[]; ids: string[] }>();
  for (let k = 0; k < ctx.risks.length; k++) {
    const risk = ctx.risks[k]!;
    if (risk.treatment === null) continue;
    const approver = risk.approvedBy.trim();
    if (approver !== '' && risk.owner.trim() !== '' && approver.toLowerCase() !== risk.owner.trim().toLowerCase()) {
      const key = approver.toLowerCase();
      const entry = byApprover.get(key) ?? { approver, found: [], ids: [] };
      entry.found.push({ cell: ctx.cellOf(risk, 'approvedBy'), params: { id: risk.id, owner: risk.owner.trim(), approver } });
      entry.ids.push(risk.id);
      byApprover.set(key, entry);
    }
    if (risk.treatment === 'accept') {
      const band = inherent[k]?.band;
      if (!band) continue;
      const missing = missingParts(ctx, risk, true);
      if (missing.length === 0) continue;
      const params = { id: risk.id, level: band.name, missing: inWords(missing) };
      const cell = ctx.cellOf(risk, missing[0]!);
      if (band.decision === 'unacceptable') out.push(finding('acceptance-unacceptable-unapproved', ctx.sheet, cell, params));
      else grouped[band.decision === 'tolerable' ? 'acceptance-tolerable-unapproved' : 'acceptance-acceptable-unapproved'].push({ cell, params });
      continue;
    }
    if (!TREATED.has(risk.treatment)) continue;
    if (!residualRated(risk)) {
      const field: RegisterField = risk.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact';
      grouped['residual-missing'].push({ cell: ctx.cellOf(risk, field), params: { id: risk.id, treatment: risk.treatmentText.trim() } });
      continue;
    }
    // An unacceptable residual level is residual-unacceptable's; off the scale, the level rules'.
    const band = residual[k]?.band;
    if (!band || band.decision === 'unacceptable') continue;
    const missing = missingParts(ctx, risk, false);
    if (missing.length === 0) continue;
    const code = band.decision === 'tolerable' ? 'treatment-tolerable-unapproved' : 'treatment-acceptable-unapproved';
    grouped[code].push({ cell: ctx.cellOf(risk, missing[0]!), params: { id: risk.id, treatment: risk.treatmentText.trim(), level: band.name, missing: inWords(missing) } });
  }
  for (const [code, found] of Object.entries(grouped)) appendAll(out, findingsOnCells(code, ctx.sheet, byColumn(found)));
  for (const { approver, found, ids } of byApprover.values()) {
    appendAll(out, findingsOnCells('approval-not-risk-owner', ctx.sheet, found, { approver, ids: idList(ids) }));
  }
  return out;
}

/**
 * Cells column by column, each top to bottom: the approvers missing, then the dates, so a grouped
 * finding names a few long ranges instead of one range a row where the two alternate.
 */
function byColumn(found: readonly CellFound[]): CellFound[] {
  const keyed = found.map((f) => ({ f, at: parseCell(f.cell) }));
  keyed.sort((a, b) => (a.at?.col ?? 0) - (b.at?.col ?? 0) || (a.at?.row ?? 0) - (b.at?.row ?? 0));
  return keyed.map((k) => k.f);
}

/** The ids a grouped finding names: the first few, and how many more. */
const IDS_NAMED = 10;
function idList(ids: readonly string[]): string {
  if (ids.length <= IDS_NAMED) return ids.join(', ');
  return `${ids.slice(0, IDS_NAMED).join(', ')} ${fillTemplate(PHRASES.moreChanges, { count: ids.length - IDS_NAMED })}`;
}
