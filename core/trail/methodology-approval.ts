/**
 * The Methodology's approval (Clauses 6.1.2, 7.5.2 c): who approved the method and when, as the
 * sheet's Governance states it. When Riskbook first sees an approval it records a hash of each part
 * of the method and of its statements (the trail); from then on a change to any part is
 * `methodology-changed-since-approval`, naming the parts, until the method is approved again. No
 * approval at all is `methodology-unapproved`; one older than the review interval is
 * `approval-stale`. A method Riskbook inferred whose line still says it awaits review is
 * `methodology-inferred-unapproved`'s alone (one cause, one finding), and a workbook with no
 * Methodology sheet has no approval to ask for.
 */
import { isoFromSerial } from '../dates';
import { PHRASES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { fillTemplate, finding, joinedWithAnd } from '../findings/report';
import { hashOf, shortHash } from '../hash';
import type { Governance } from '../methodology/governance';
import type { Methodology } from '../methodology/types';
import type { Fields, MethodologyApproval } from './trail-sheet';
import { sameApproval } from './same-approval';

/** The parts an approval of the method covers, in the order a message names them. */
export const METHOD_PARTS = ['version', 'likelihood', 'impact', 'scoring', 'bands', 'reviewInterval', 'roles', 'appetite'] as const;
export type MethodPart = (typeof METHOD_PARTS)[number];

/** Each part of the method and of its statements, as a short value that compares. */
export function methodParts(m: Methodology, governance: Governance | undefined): Fields {
  const statement = (text: string | undefined): string => (text === undefined || text.trim() === '' ? '' : shortHash(text.trim().replace(/\s+/g, ' ')));
  return {
    version: m.version,
    likelihood: hashOf(m.likelihood),
    impact: hashOf(m.impact),
    scoring: hashOf({ scoring: m.scoring, matrix: m.matrix, impactDimensions: m.impactDimensions, impactRule: m.impactRule }),
    bands: hashOf(m.bands),
    reviewInterval: String(m.reviewIntervalDays),
    roles: statement(governance?.fields.roles?.text),
    appetite: statement(governance?.fields.appetite?.text),
  };
}

/** What the Methodology holds of its approval and of itself, as the engine read it. */
export interface MethodologyLook {
  /** The Methodology sheet's name; absent when the workbook has none. */
  readonly sheet?: string;
  readonly governance?: Governance;
  readonly methodology: Methodology;
  /** The method still carries the line that says Riskbook inferred it and it awaits review. */
  readonly awaitingReview: boolean;
}

interface StatedApproval {
  readonly approvedBy: string;
  readonly approvedOn: number | null;
}

function statedApproval(look: MethodologyLook): StatedApproval | null {
  const by = look.governance?.fields.approvedBy?.text.trim() ?? '';
  return by === '' ? null : { approvedBy: by, approvedOn: look.governance?.fields.approvedOn?.serial ?? null };
}

/**
 * The trail's record of the approval: the one on record while the approver and date are the same,
 * a new one (what the method is now) when they are new, none when the approval was cleared.
 */
export function methodologyApprovalRecord(previous: MethodologyApproval | null, look: MethodologyLook, methodologyHash: string, now: number): MethodologyApproval | null {
  const stated = statedApproval(look);
  if (!stated || look.sheet === undefined) return null;
  if (previous && sameApproval(previous, stated)) return previous;
  return { ...stated, recorded: now, methodologyHash, version: look.methodology.version, parts: methodParts(look.methodology, look.governance) };
}

export interface MethodologyRuleContext {
  readonly recorded: MethodologyApproval | null;
  readonly now: number;
}

export function methodologyApprovalRules(ctx: MethodologyRuleContext, look: MethodologyLook): Finding[] {
  const sheet = look.sheet;
  if (sheet === undefined || look.awaitingReview) return [];
  const g = look.governance;
  const m = look.methodology;
  const byCell = g?.fields.approvedBy?.cell ?? '';
  const onCell = g?.fields.approvedOn?.cell ?? '';
  const stated = statedApproval(look);
  if (!stated || stated.approvedOn === null) {
    const missing: string[] = [];
    if (byCell === '' && onCell === '') missing.push(PHRASES.methodologyApprovalParts.absent);
    else {
      if (!stated) missing.push(PHRASES.methodologyApprovalParts.approver);
      // A date typed as text the spreadsheet did not take for one ("2 Nov") is there, but unreadable.
      const dateTyped = (g?.fields.approvedOn?.text ?? '') !== '';
      if (!stated || stated.approvedOn === null) missing.push(dateTyped ? PHRASES.methodologyApprovalParts.notADate : PHRASES.methodologyApprovalParts.date);
    }
    const cell = (!stated ? byCell : onCell) || byCell || onCell || 'A1';
    return [finding('methodology-unapproved', sheet, cell, { version: m.version, missing: joinedWithAnd(missing) })];
  }
  const cell = onCell || byCell;
  const date = isoFromSerial(stated.approvedOn);
  const recorded = ctx.recorded;
  if (recorded && sameApproval(recorded, stated)) {
    const now = methodParts(m, g);
    const changed = METHOD_PARTS.filter((p) => (recorded.parts[p] ?? '') !== (now[p] ?? ''));
    if (changed.length > 0) {
      const parts = joinedWithAnd(changed.map((p) => PHRASES.methodParts[p]));
      return [finding('methodology-changed-since-approval', sheet, cell, { approver: stated.approvedBy, date, version: recorded.version, parts })];
    }
  }
  if (Math.floor(stated.approvedOn) + m.reviewIntervalDays < Math.floor(ctx.now)) {
    const what = fillTemplate(PHRASES.staleMethodology, { version: m.version });
    return [finding('approval-stale', sheet, cell, { what, date, why: fillTemplate(PHRASES.staleAged, { days: m.reviewIntervalDays }) })];
  }
  return [];
}
