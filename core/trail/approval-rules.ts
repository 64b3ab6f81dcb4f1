/**
 * Approvals that expire (Clause 6.1.3 d, f): an approval covers what it approved when Riskbook
 * first saw it (the trail). A risk whose likelihood, impact, treatment, controls or residual
 * changed since has `approval-stale` on its approval; so has an approval older than the review
 * interval. The SoA changed since its approved version raises `soa-changed-since-approval`, with
 * every change. Nothing is stale that the trail never recorded: a `check` of a workbook no run
 * has seen reports only approvals past the interval.
 */
import { appendAll } from '../arrays';
import type { ControlCatalogue } from '../annex-a/types';
import { isoFromSerial } from '../dates';
import { PHRASES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { fillTemplate, finding, findingsOnCells } from '../findings/report';
import type { Methodology } from '../methodology/types';
import type { SoaSheet } from '../outputs/soa';
import type { RegisterField, Risk } from '../register/types';
import { RISK_APPROVAL_FIELDS, RISK_FIELD_WORDS, changedFields, riskApprovalFields, shownValue } from './fingerprints';
import type { SoaChange } from './soa-decisions';
import { soaChanges, soaDecisions } from './soa-decisions';
import type { Trail } from './trail-sheet';

export interface ApprovalRuleContext {
  readonly trail: Trail;
  readonly methodology: Methodology;
  /** Today as a spreadsheet serial. */
  readonly now: number;
}

/** Whole days: an approval exactly one interval old is due today, not stale. */
function aged(ctx: ApprovalRuleContext, approvedOn: number | null): boolean {
  return approvedOn !== null && Math.floor(approvedOn) + ctx.methodology.reviewIntervalDays < Math.floor(ctx.now);
}

function shown(ctx: ApprovalRuleContext, field: (typeof RISK_APPROVAL_FIELDS)[number], value: string): string {
  const v = shownValue(ctx.methodology, field, value);
  return fillTemplate(PHRASES.approvedField, { field: RISK_FIELD_WORDS[field], value: v === '' ? PHRASES.blankValue : v });
}

export function riskApprovalRules(
  ctx: ApprovalRuleContext,
  risks: readonly Risk[],
  sheet: string,
  cellOf: (risk: Risk, field: RegisterField) => string,
): Finding[] {
  const out: Finding[] = [];
  const old: CellFound[] = [];
  for (const risk of risks) {
    if (risk.approvedBy === '') continue;
    const recorded = ctx.trail.risks.size === 0 ? undefined : ctx.trail.risks.get(risk.id.trim().toLowerCase());
    const isAged = aged(ctx, risk.approvalDate);
    if (recorded === undefined && !isAged) continue;
    const cell = cellOf(risk, 'approvedBy');
    const date = risk.approvalDate !== null ? isoFromSerial(risk.approvalDate) : '';
    const what = fillTemplate(PHRASES.staleRisk, { id: risk.id });
    const same = recorded !== undefined
      && recorded.approvedBy.toLowerCase() === risk.approvedBy.trim().toLowerCase()
      && Math.floor(recorded.approvedOn ?? -1) === Math.floor(risk.approvalDate ?? -1);
    if (same) {
      const now = riskApprovalFields(risk);
      const changed = changedFields(recorded.approved, now, RISK_APPROVAL_FIELDS) as (typeof RISK_APPROVAL_FIELDS)[number][];
      if (changed.length > 0) {
        const then = changed.map((f) => shown(ctx, f, recorded.approved[f] ?? '')).join(', ');
        const nowText = changed.map((f) => shownValue(ctx.methodology, f, now[f] ?? '') || PHRASES.blankValue).join(', ');
        out.push(finding('approval-stale', sheet, cell, { what, date, why: fillTemplate(PHRASES.staleChanged, { then, now: nowText }) }));
        continue;
      }
    }
    if (isAged) {
      old.push({ cell, params: { what, date, why: fillTemplate(PHRASES.staleAged, { days: ctx.methodology.reviewIntervalDays }) } });
    }
  }
  appendAll(out, findingsOnCells('approval-stale', sheet, old, { days: ctx.methodology.reviewIntervalDays }));
  return out;
}

/** How many changes the finding's message names; the SoA lists them, and the finding's cells cover them all. */
const NAMED_CHANGES = 5;

function changeText(c: SoaChange): string {
  return fillTemplate(PHRASES.soaChange, { control: c.control, field: c.fieldLabel, was: c.was === '' ? PHRASES.blankValue : c.was, now: c.now === '' ? PHRASES.blankValue : c.now });
}

/** The SoA's approval: changed since its approved version, or older than the review interval. */
export function soaApprovalRules(ctx: ApprovalRuleContext, soa: SoaSheet | null, catalogue: ControlCatalogue): Finding[] {
  const approval = soa?.approval;
  if (!soa || !approval || approval.approvedBy.trim() === '') return [];
  const cell = approval.cells.approvedOn || approval.cells.approvedBy;
  const date = approval.approvedOn !== null ? isoFromSerial(approval.approvedOn) : '';
  const recorded = ctx.trail.soa;
  const same = recorded !== null
    && recorded.approvedBy.toLowerCase() === approval.approvedBy.trim().toLowerCase()
    && Math.floor(recorded.approvedOn ?? -1) === Math.floor(approval.approvedOn ?? -1);
  if (same) {
    const changes = soaChanges(recorded.decisions, soaDecisions(soa, catalogue));
    if (changes.length > 0) {
      const rowOf = new Map(soa.rows.map((r) => [r.controlId.toUpperCase(), r]));
      const named = changes.slice(0, NAMED_CHANGES).map(changeText);
      if (changes.length > NAMED_CHANGES) named.push(fillTemplate(PHRASES.moreChanges, { count: changes.length - NAMED_CHANGES }));
      const changedCells = changes.flatMap((c) => {
        const at = rowOf.get(c.control)?.cells[c.field];
        return at ? [at] : [];
      });
      const f = finding('soa-changed-since-approval', soa.name, cell, { count: changes.length, version: recorded.version, date, changes: named.join('; ') });
      return [{ ...f, cells: [cell, ...new Set(changedCells)] }];
    }
  }
  if (aged(ctx, approval.approvedOn)) {
    const what = fillTemplate(PHRASES.staleSoa, { version: soa.version });
    return [finding('approval-stale', soa.name, cell, { what, date, why: fillTemplate(PHRASES.staleAged, { days: ctx.methodology.reviewIntervalDays }) })];
  }
  return [];
}
