/** A hash of what the generated sheets depend on, to tell when the SoA or RTP is stale. */
import type { ControlCitation } from '../annex-a/types';
import { shortHash } from '../hash';
import { oncePer } from '../memo';
import type { LevelRef, Risk } from './types';

function citationId(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return c.id;
    case 'annex-a-2013':
      return c.id2013;
    case 'unknown':
    case 'clause':
    case 'free-text':
      return c.raw;
  }
}

const value = (l: LevelRef | null): number | null => (l ? l.value : null);

/**
 * Hash of each risk's id, likelihood, impact, residual likelihood and impact, treatment, cited
 * controls and owner, in row order. Free text that no generated sheet shows does not count. One
 * analysis stamps, checks and logs the same risks: it is worked out once per list.
 */
export const registerHash: (risks: readonly Risk[]) => string = oncePer(hashRisks);

function hashRisks(risks: readonly Risk[]): string {
  // Arrays of strings, numbers and null only: JSON.stringify writes them exactly as hashOf's
  // stable form does (the hashes workbooks already carry stay valid), natively.
  return shortHash(JSON.stringify(
    risks.map((r) => [
      r.id,
      value(r.likelihood),
      value(r.impact),
      value(r.residualLikelihood),
      value(r.residualImpact),
      r.treatment,
      r.controls.map(citationId),
      r.owner,
    ]),
  ));
}
