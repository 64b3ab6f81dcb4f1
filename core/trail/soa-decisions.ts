/**
 * An SoA's decisions as the trail keeps them, control by control (Clause 6.1.3 d): applicable or
 * not, the justification, the exclusion's justification and the implementation status. What
 * changed between two sets of decisions is listed control, field, was, now.
 */
import { shortHash } from '../hash';
import { SOA_HEADERS, isSoaHeading } from '../outputs/soa';
import type { SoaSheet } from '../outputs/soa';
import type { ControlCatalogue } from '../annex-a/types';
import type { Fields } from './trail-sheet';

export const SOA_DECISION_FIELDS = ['applicable', 'justification', 'exclusionJustification', 'implementationStatus'] as const;
export type SoaDecisionField = (typeof SOA_DECISION_FIELDS)[number];

/** A long text is kept as its beginning and a hash: a cell of the trail holds at most 32,767 characters. */
const KEPT_TEXT = 400;

export function kept(text: string): string {
  const t = text.trim();
  return t.length <= KEPT_TEXT + 20 ? t : `${t.slice(0, KEPT_TEXT)}… #${shortHash(t)}`;
}

/** Each control's decisions on an SoA, by control id (upper case), in the SoA's order. */
export function soaDecisions(soa: SoaSheet, catalogue: ControlCatalogue): Map<string, Fields> {
  const out = new Map<string, Fields>();
  for (const row of soa.rows) {
    if (row.controlId === '' || row.orphaned || isSoaHeading(row.controlId, catalogue)) continue;
    const key = row.controlId.toUpperCase();
    if (out.has(key)) continue;
    out.set(key, {
      applicable: row.applicable === 'yes' ? 'Yes' : row.applicable === 'no' ? 'No' : '',
      justification: kept(row.justification),
      exclusionJustification: kept(row.exclusionJustification),
      implementationStatus: kept(row.implementationStatus),
    });
  }
  return out;
}

export interface SoaChange {
  readonly control: string;
  readonly field: SoaDecisionField;
  /** The field's header on Riskbook's SoA: how a person reads it. */
  readonly fieldLabel: string;
  readonly was: string;
  readonly now: string;
}

/** Every change from `before` to `after`, in `after`'s order, then controls no longer listed. */
export function soaChanges(before: ReadonlyMap<string, Fields>, after: ReadonlyMap<string, Fields>): SoaChange[] {
  const out: SoaChange[] = [];
  const compare = (control: string, was: Fields | undefined, now: Fields | undefined): void => {
    for (const field of SOA_DECISION_FIELDS) {
      const a = was?.[field] ?? '';
      const b = now?.[field] ?? '';
      if (a !== b) out.push({ control, field, fieldLabel: SOA_HEADERS[field], was: a, now: b });
    }
  };
  for (const [control, now] of after) compare(control, before.get(control), now);
  for (const [control, was] of before) if (!after.has(control)) compare(control, was, undefined);
  return out;
}
