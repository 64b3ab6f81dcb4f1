/**
 * Each risk against the cycle's baseline: New (no risk had its id when the cycle began), Modified
 * (its assessment changed since), Unchanged; and the baseline's risks gone from the register,
 * Closed. What counts as a change is the risk and its assessment, not the cycle's routine:
 * a new review date or a fresh approval leaves a risk Unchanged (approvals expire on their own,
 * core/trail).
 */
import { comparedCitation, comparedLevel } from '../register/compared-values';
import type { Risk } from '../register/types';
import { FieldHasher } from '../hash';
import { riskSummary } from '../outputs/rtp';
import type { BaselineRisk, Cycle, CycleTally } from './cycle-sheet';
import { SUMMARY_CHARS, baselineKey } from './cycle-sheet';
import type { CycleMark } from './cycle-words';
import { CYCLE_MARKS } from './cycle-words';


/**
 * What a cycle compares of a risk: what it is (title, asset, threat, vulnerability, description,
 * type), who owns it, and its assessment and treatment (levels by their value, so "3" and
 * "Possible" are the same; controls as a set). Hashed without building a text (FNV-1a, 32 bits):
 * it runs for every risk of every run once a cycle has begun.
 */
export function cycleFingerprint(risk: Risk): string {
  const hash = new FieldHasher();
  hash.add(risk.title);
  hash.add(risk.asset);
  hash.add(risk.threat);
  hash.add(risk.vulnerability);
  hash.add(risk.description);
  hash.add(risk.riskType ?? '');
  hash.add(risk.owner);
  hash.add(comparedLevel(risk.likelihood));
  hash.add(comparedLevel(risk.impact));
  hash.add(risk.treatment ?? risk.treatmentText);
  const controls = risk.controls.length < 2 ? risk.controls.map(comparedCitation) : [...new Set(risk.controls.map(comparedCitation))].sort();
  for (const c of controls) hash.add(c);
  hash.add(comparedLevel(risk.residualLikelihood));
  hash.add(comparedLevel(risk.residualImpact));
  return hash.digest();
}

/** A risk as the baseline keeps it. */
export function baselineRisk(risk: Risk): BaselineRisk {
  const summary = riskSummary(risk);
  return { id: risk.id.trim(), fingerprint: cycleFingerprint(risk), summary: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1)}…` : summary };
}

export interface CycleComparison {
  /** Each risk's mark, in the order of the risks compared. */
  readonly marks: readonly CycleMark[];
  readonly tally: CycleTally;
  /** The baseline's risks no risk of the register has the id of now, in the baseline's order. */
  readonly closed: readonly BaselineRisk[];
}

export function compareWithCycle(cycle: Cycle, risks: readonly Risk[]): CycleComparison {
  const marks: CycleMark[] = [];
  const present = new Set<string>();
  let added = 0;
  let modified = 0;
  for (const risk of risks) {
    const key = baselineKey(risk.id);
    const was = key === '' ? undefined : cycle.baseline.get(key);
    present.add(key);
    if (!was) {
      marks.push(CYCLE_MARKS.new);
      added++;
    } else if (was.fingerprint !== cycleFingerprint(risk)) {
      marks.push(CYCLE_MARKS.modified);
      modified++;
    } else marks.push(CYCLE_MARKS.unchanged);
  }
  const closed = [...cycle.baseline].filter(([key]) => !present.has(key)).map(([, r]) => r);
  return { marks, tally: { new: added, modified, unchanged: risks.length - added - modified, closed: closed.length }, closed };
}
