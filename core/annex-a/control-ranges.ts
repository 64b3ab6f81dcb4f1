/**
 * Ranges of ids (`5.24 to 5.28`, `A.8.1–A.8.3`): every control between the two ends, in the
 * catalogue's order, within one theme. A range across themes or with an end that is no control
 * names nothing certain, so it is read as one unknown reference.
 */
import { ANNEX_A_2022 } from './catalogue-data';
import type { DottedReading } from './clauses';
import { successorsOf2013 } from './control-ids';

const POSITION: ReadonlyMap<string, number> = new Map(ANNEX_A_2022.map((c, i) => [c.id, i]));

export type RangeReading =
  | { readonly kind: 'controls'; readonly ids: readonly string[] }
  | { readonly kind: 'controls-2013'; readonly ids: readonly { readonly id2013: string; readonly successors: readonly string[] }[] }
  | { readonly kind: 'clauses'; readonly clause: string }
  | { readonly kind: 'unknown' };

/** A 2013 reading of either end where the number is both a clause and a 2013 control. */
function as2013(r: DottedReading): string | null {
  return r.kind === 'annex-a-2013' || r.kind === 'clause-or-2013' ? r.id2013 : null;
}

function asClause(r: DottedReading): string | null {
  return r.kind === 'clause' || r.kind === 'clause-or-2013' ? r.clause : null;
}

export function readRange(from: DottedReading, to: DottedReading): RangeReading {
  if (from.kind === 'control' && to.kind === 'control') {
    const a = POSITION.get(from.id)!;
    const b = POSITION.get(to.id)!;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (ANNEX_A_2022[lo]!.theme !== ANNEX_A_2022[hi]!.theme) return { kind: 'unknown' };
    return { kind: 'controls', ids: ANNEX_A_2022.slice(lo, hi + 1).map((c) => c.id) };
  }
  const a2013 = as2013(from);
  const b2013 = as2013(to);
  if (a2013 && b2013 && (from.kind === 'annex-a-2013' || to.kind === 'annex-a-2013')) return range2013(a2013, b2013);
  const aClause = asClause(from);
  const bClause = asClause(to);
  if (aClause && bClause) return { kind: 'clauses', clause: `${aClause}-${bClause}` };
  if (a2013 && b2013) return range2013(a2013, b2013);
  return { kind: 'unknown' };
}

/** `A.12.6.1` to `A.12.6.2`: the 2013 controls of one objective between the two numbers. */
function range2013(from: string, to: string): RangeReading {
  const a = from.split('.');
  const b = to.split('.');
  if (a[1] !== b[1] || a[2] !== b[2]) return { kind: 'unknown' };
  const lo = Math.min(Number(a[3]), Number(b[3]));
  const hi = Math.max(Number(a[3]), Number(b[3]));
  const ids: { id2013: string; successors: readonly string[] }[] = [];
  for (let n = lo; n <= hi; n++) {
    const id2013 = `A.${a[1]}.${a[2]}.${n}`;
    const successors = successorsOf2013(id2013);
    if (successors.length > 0) ids.push({ id2013, successors });
  }
  return ids.length > 0 ? { kind: 'controls-2013', ids } : { kind: 'unknown' };
}
