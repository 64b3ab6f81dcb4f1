/**
 * The clauses of ISO/IEC 27001:2022 itself (4 to 10), which teams cite beside controls: `9.2`
 * internal audit, `6.1.3` risk treatment. They share numbers with Annex A: a two-level `5.1`-`8.3`
 * is both a clause and an Annex A control, and a three-level `6.1.1`-`6.1.3`, `9.2.1`, `9.2.2` or
 * `9.3.1` is both a clause and a 2013 Annex A control. `readDottedId` decides which one a bare
 * number most likely means; the words around it (`Clause`, `A.`) override that.
 */
import { canonicalId, isAnnexA2022Id, successorsOf2013 } from './control-ids';

const CLAUSES: ReadonlySet<string> = new Set([
  '4', '4.1', '4.2', '4.3', '4.4',
  '5', '5.1', '5.2', '5.3',
  '6', '6.1', '6.1.1', '6.1.2', '6.1.3', '6.2', '6.3',
  '7', '7.1', '7.2', '7.3', '7.4', '7.5', '7.5.1', '7.5.2', '7.5.3',
  '8', '8.1', '8.2', '8.3',
  '9', '9.1', '9.2', '9.2.1', '9.2.2', '9.3', '9.3.1', '9.3.2', '9.3.3',
  '10', '10.1', '10.2',
]);

/** A clause of ISO/IEC 27001:2022 (dotted, without leading zeros: `6.1.3`). */
export function isClause(dotted: string): boolean {
  return CLAUSES.has(dotted);
}

/** What a dotted number in a Controls cell stands for. */
export type DottedReading =
  | { readonly kind: 'control'; readonly id: string }
  | { readonly kind: 'annex-a-2013'; readonly id2013: string; readonly successors: readonly string[] }
  | { readonly kind: 'clause'; readonly clause: string }
  /** Both a clause and a 2013 control (`6.1.3`): the rest of the cell decides. */
  | { readonly kind: 'clause-or-2013'; readonly clause: string; readonly id2013: string; readonly successors: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * How the number was introduced: `annex` (an `A.` prefix, `Annex A`, `Control`), `clause`
 * (`Clause`, `Kapitel`) or `bare`.
 */
export type Introduced = 'annex' | 'clause' | 'bare';

/** `5.17` → control; `A.9.2.3` / `9.2.3` → 2013; `9.2`, `4.1`, `7.5.1` bare → clause. */
export function readDottedId(dotted: string, introduced: Introduced): DottedReading {
  const plain = isPlain(dotted) ? dotted : dotted.split('.').map((p) => String(Number(p))).join('.');
  if (introduced === 'clause') return { kind: 'clause', clause: plain };
  let levels = 1;
  for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) === DOT) levels++;
  if (levels === 2) {
    if (isAnnexA2022Id(plain)) return { kind: 'control', id: plain };
    // Annex A 2022 has themes 5 to 8 only, so a bare 4.x, 9.x or 10.x is a clause.
    return introduced === 'bare' && isClause(plain) ? { kind: 'clause', clause: plain } : { kind: 'unknown' };
  }
  const id2013 = canonicalId(plain);
  const successors = successorsOf2013(id2013);
  const clause = introduced === 'bare' && isClause(plain);
  if (successors.length > 0 && clause) return { kind: 'clause-or-2013', clause: plain, id2013, successors };
  if (successors.length > 0) return { kind: 'annex-a-2013', id2013, successors };
  return clause ? { kind: 'clause', clause: plain } : { kind: 'unknown' };
}

const DOT = 0x2e;
const ZERO = 0x30;

/**
 * Numbers of one or two digits without a leading zero, between dots (`5.17`, `12.6.1`): what
 * nearly every cell types, already as `String(Number(part))` writes each part. Telling that by
 * looking spares splitting and joining the number for every id of a register.
 */
function isPlain(dotted: string): boolean {
  let digits = 0;
  for (let i = 0; i < dotted.length; i++) {
    const c = dotted.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0) return false;
      digits = 0;
    } else if (c >= ZERO && c <= ZERO + 9 && digits < 2 && !(digits === 1 && dotted.charCodeAt(i - 1) === ZERO)) {
      digits++;
    } else {
      return false;
    }
  }
  return digits > 0;
}

/**
 * Whether a bare number that is no control still looks like an attempt at one: its first level
 * is a clause or an Annex A section of either edition (4 to 18). `1.5 hours` is prose; `12.9` is
 * a mistyped id.
 */
export function looksLikeId(dotted: string): boolean {
  const first = Number(dotted.split('.')[0]);
  return first >= 4 && first <= 18;
}
