/**
 * Approvals that expire (Clause 6.1.3 d, f): an approval covers what it approved when Riskbook
 * first saw it (the trail). A risk whose likelihood, impact, treatment, controls or residual
 * changed since has `approval-stale` on its approval; so has an approval older than the review
 * interval. The SoA changed since its approved version raises `soa-changed-since-approval`, with
 * every change. Nothing is stale that the trail never recorded: a `check` of a workbook no run
 * has seen reports only approvals past the interval. The plan's actions expire the same way
 * (`rtpApprovalRules`), and a risk approved as it is but under an earlier methodology than the
 * current one is `risk-approved-under-older-methodology`, one finding for all of them.
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
import { RISK_APPROVAL_FIELDS, RISK_FIELD_WORDS, changedFields, riskApprovalFields, riskTrailKeys, shownValue } from './fingerprints';
import type { SoaChange } from './soa-decisions';
import { soaChanges, soaDecisions } from './soa-decisions';
import type { Trail } from './trail-sheet';
import { sameApproval } from './same-approval';
import { NO_CONTROL } from '../outputs/rtp';
import type { PlanApprovals, RtpApprovalField } from './rtp-approvals';
import { RTP_APPROVAL_FIELDS, rtpApprovalFields, rtpApprovalKeys } from './rtp-approvals';

export interface ApprovalRuleContext {
  readonly trail: Trail;
  readonly methodology: Methodology;
  /** The current method's hash: a risk approved under another is approved under an earlier method. */
  readonly methodologyHash?: string;
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
  const earlier: CellFound[] = [];
  const earlierIds: string[] = [];
  // A trail without risk approvals (a check before any run) needs no keys.
  const keys = ctx.trail.risks.size === 0 ? null : riskTrailKeys(risks);
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i]!;
    if (risk.approvedBy === '') continue;
    const recorded = keys === null ? undefined : ctx.trail.risks.get(keys[i]!);
    const isAged = aged(ctx, risk.approvalDate);
    if (recorded === undefined && !isAged) continue;
    const cell = cellOf(risk, 'approvedBy');
    const date = risk.approvalDate !== null ? isoFromSerial(risk.approvalDate) : '';
    const what = fillTemplate(PHRASES.staleRisk, { id: risk.id });
    const same = recorded !== undefined && sameApproval(recorded, { approvedBy: risk.approvedBy, approvedOn: risk.approvalDate });
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
    } else if (same && ctx.methodologyHash !== undefined && recorded.methodologyHash !== '' && recorded.methodologyHash !== ctx.methodologyHash) {
      // Approved as it is, but under criteria that have changed since: one finding for them all.
      earlier.push({ cell, params: { id: risk.id, date, then: recorded.methodologyHash } });
      earlierIds.push(risk.id);
    }
  }
  appendAll(out, findingsOnCells('approval-stale', sheet, old, { days: ctx.methodology.reviewIntervalDays }));
  appendAll(out, findingsOnCells('risk-approved-under-older-methodology', sheet, earlier, { now: ctx.methodologyHash ?? '', version: ctx.methodology.version, ids: idList(earlierIds) }));
  return out;
}

/** The ids a grouped finding names: the first few, and how many more. */
const IDS_NAMED = 10;
function idList(ids: readonly string[]): string {
  if (ids.length <= IDS_NAMED) return ids.join(', ');
  return `${ids.slice(0, IDS_NAMED).join(', ')} ${fillTemplate(PHRASES.moreChanges, { count: ids.length - IDS_NAMED })}`;
}

function shownRtp(field: RtpApprovalField, value: string): string {
  return fillTemplate(PHRASES.approvedField, { field: PHRASES.rtpFieldWords[field], value: value === '' ? PHRASES.blankValue : value });
}

/**
 * The approvals of the plan's actions (Riskbook's RTP or the team's plan): an action, owner, due
 * date or expected residual level changed since the approval was first seen, or an approval older
 * than the review interval.
 */
export function rtpApprovalRules(ctx: ApprovalRuleContext, plan: PlanApprovals | null): Finding[] {
  if (!plan) return [];
  const out: Finding[] = [];
  const old: CellFound[] = [];
  const days = ctx.methodology.reviewIntervalDays;
  for (const { row, key } of rtpApprovalKeys(plan.rows)) {
    if (row.approvedBy === '') continue;
    const recorded = ctx.trail.rtp.size === 0 ? undefined : ctx.trail.rtp.get(key);
    const isAged = aged(ctx, row.approvalDate);
    if (recorded === undefined && !isAged) continue;
    const cell = row.cells.approvedBy || row.cells.riskId;
    const date = row.approvalDate !== null ? isoFromSerial(row.approvalDate) : '';
    const what = fillTemplate(PHRASES.staleRtp, { id: row.riskId, control: row.controlId || NO_CONTROL });
    const same = recorded !== undefined && sameApproval(recorded, { approvedBy: row.approvedBy, approvedOn: row.approvalDate });
    if (same) {
      const now = rtpApprovalFields(row);
      const changed = changedFields(recorded.approved, now, RTP_APPROVAL_FIELDS) as RtpApprovalField[];
      if (changed.length > 0) {
        const then = changed.map((f) => shownRtp(f, recorded.approved[f] ?? '')).join(', ');
        const nowText = changed.map((f) => now[f] || PHRASES.blankValue).join(', ');
        out.push(finding('approval-stale', plan.sheet, cell, { what, date, why: fillTemplate(PHRASES.staleChanged, { then, now: nowText }) }));
        continue;
      }
    }
    // A team's row naming several risks shares one approval cell: counted once.
    if (isAged && old[old.length - 1]?.cell !== cell) old.push({ cell, params: { what, date, why: fillTemplate(PHRASES.staleAged, { days }) } });
  }
  appendAll(out, findingsOnCells('approval-stale', plan.sheet, old, { days }));
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
  const same = recorded !== null && sameApproval(recorded, approval);
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
