/** Which controls each risk relies on, as the RTP and the SoA both need to see it. */
import type { ControlCitation } from '../annex-a/types';
import { oncePer } from '../memo';
import type { Risk, Treatment } from '../register/types';

/** Treatments that call for actions in the Risk Treatment Plan (accepting a risk does not). */
export const TREATED: readonly Treatment[] = ['mitigate', 'transfer', 'avoid'];

export function isTreated(risk: Risk): boolean {
  return risk.treatment !== null && TREATED.includes(risk.treatment);
}

/**
 * The control ids a citation stands for: the 2022 id, a cited 2013 control's 2022 successors,
 * or an unknown citation or measures in words as typed (so the plan still shows what the risk
 * owner meant). A clause of ISO/IEC 27001 is no control and needs no action row.
 */
export function citedIds(citation: ControlCitation): string[] {
  if (citation.kind === 'control') return [citation.id];
  if (citation.kind === 'annex-a-2013') return [...citation.successors];
  if (citation.kind === 'clause') return [];
  const raw = citation.raw.trim();
  return raw === '' ? [] : [raw];
}

/**
 * A risk's control ids, each once, in the order it cites them: `annex-a` only its Annex A
 * controls (what the SoA links), `planned` those and its measures in words (what the RTP plans).
 * An unknown id is never one: `control-unknown` reports it, and a row or link made from a typo
 * would be one more finding of the same cause.
 */
export function riskControlIds(risk: Risk, which: 'annex-a' | 'planned'): string[] {
  const out: string[] = [];
  // A risk cites a handful of controls: those already listed are looked for in a list, not a set.
  const seen: string[] = [];
  for (const c of risk.controls) {
    if (c.kind === 'unknown' || (which === 'annex-a' && c.kind === 'free-text')) continue;
    if (c.kind === 'control') {
      addControlId(c.id, out, seen);
      continue;
    }
    for (const id of citedIds(c)) addControlId(id, out, seen);
  }
  return out;
}

function addControlId(id: string, out: string[], seen: string[]): void {
  const k = id.toUpperCase();
  if (seen.includes(k)) return;
  seen.push(k);
  out.push(id);
}

export interface TreatedPair {
  readonly risk: Risk;
  /** '' for a risk transferred or avoided without a control: the plan still needs a row for its action. */
  readonly controlId: string;
}

/**
 * Every (risk, control) pair the Risk Treatment Plan must have a row for, in register order:
 * one per control a treated risk cites (unknown ids aside, see `riskControlIds`). A risk
 * transferred or avoided without citing a control, or an ISMS-level one, gets one row for its action. A risk that
 * cites only unknown ids, or a Mitigate risk citing nothing, gets none: the register's finding
 * (`control-unknown`, `mitigate-without-controls`) is the one cause, and a row for control
 * "(none)" or a typo would only repeat it. One request plans the RTP and checks it against the
 * same risks: worked out once per list.
 */
export const treatedPairs: (risks: readonly Risk[]) => readonly TreatedPair[] = oncePer(pairsOf);

/**
 * A treated risk that cites no control the plan can name still has a row for its action: one
 * transferred or avoided, or an ISMS-level risk (Clause 6.1.1), which an action may treat alone.
 */
function plansWithoutControl(risk: Risk): boolean {
  return (risk.treatment !== 'mitigate' || risk.riskType === 'isms') && !risk.controls.some((c) => c.kind === 'unknown');
}

/** Treated risks with at least one RTP row to plan (`treatedPairs`). */
export function plannedRiskCount(risks: readonly Risk[]): number {
  let count = 0;
  let last: Risk | undefined;
  for (const p of treatedPairs(risks)) {
    if (p.risk !== last) count++;
    last = p.risk;
  }
  return count;
}

/**
 * The risk ids (trimmed, upper-cased) more than one risk goes by. A risk's own control ids are
 * distinct (riskControlIds), so a risk and a control can come together twice only under such an
 * id: only those are looked up in the lists below. Worked out once per list of risks.
 */
const repeatedRiskKeys: (risks: readonly Risk[]) => ReadonlySet<string> = oncePer((risks) => {
  const once = new Set<string>();
  const repeated = new Set<string>();
  for (const risk of risks) {
    const key = risk.id.trim().toUpperCase();
    if (key === '') continue;
    if (once.has(key)) repeated.add(key);
    else once.add(key);
  }
  return repeated;
});

function pairsOf(risks: readonly Risk[]): TreatedPair[] {
  const treated = risks.filter((risk) => risk.id.trim() !== '' && isTreated(risk));
  const repeated = repeatedRiskKeys(risks);
  const seen = new Set<string>();
  const out: TreatedPair[] = [];
  for (const risk of treated) {
    const riskKey = risk.id.trim().toUpperCase();
    const shared = repeated.has(riskKey);
    const ids = riskControlIds(risk, 'planned');
    if (ids.length === 0 && !plansWithoutControl(risk)) continue;
    for (const controlId of ids.length > 0 ? ids : ['']) {
      if (shared) {
        const k = `${riskKey}\u0000${controlId.toUpperCase()}`;
        if (seen.has(k)) continue;
        seen.add(k);
      }
      out.push({ risk, controlId });
    }
  }
  return out;
}

/**
 * Risk ids citing each control (upper-cased control id → risk ids in register order), through
 * 2022 ids and the successors of cited 2013 ids. Worked out once per list of risks.
 */
export const controlLinks: (risks: readonly Risk[]) => ReadonlyMap<string, readonly string[]> = oncePer(linksOf);

function linksOf(risks: readonly Risk[]): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const repeated = repeatedRiskKeys(risks);
  // Beside each list, the repeated ids already in it: a lookup per risk, not a scan of the list.
  const seen = new Map<string, Set<string>>();
  for (const risk of risks) {
    const id = risk.id.trim();
    if (id === '') continue;
    const shared = repeated.has(id.toUpperCase());
    for (const controlId of riskControlIds(risk, 'annex-a')) {
      const k = controlId.toUpperCase();
      let list = links.get(k);
      if (!list) links.set(k, (list = []));
      if (shared) {
        let ids = seen.get(k);
        if (!ids) seen.set(k, (ids = new Set<string>()));
        if (ids.has(id)) continue;
        ids.add(id);
      }
      list.push(id);
    }
  }
  return links;
}
