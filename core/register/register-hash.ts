/** A hash of what the generated sheets depend on, to tell when the SoA or RTP is stale. */
import type { ControlCitation } from '../annex-a/types';
import { ShortHasher } from '../hash';
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
  // The hash of the JSON of an array with one array per risk, [id, likelihood, impact, residual
  // likelihood, residual impact, treatment, [control ids], owner], which is what earlier versions
  // stamped (and workbooks carry): worked out piece by piece, without the text.
  const hash = new ShortHasher();
  hash.add('[');
  for (let i = 0; i < risks.length; i++) {
    const r = risks[i]!;
    hash.add(i === 0 ? '[' : ',[');
    hash.addJson(r.id);
    hash.add(',');
    hash.addJson(value(r.likelihood));
    hash.add(',');
    hash.addJson(value(r.impact));
    hash.add(',');
    hash.addJson(value(r.residualLikelihood));
    hash.add(',');
    hash.addJson(value(r.residualImpact));
    hash.add(',');
    hash.addJson(r.treatment);
    hash.add(',[');
    for (let k = 0; k < r.controls.length; k++) {
      if (k > 0) hash.add(',');
      hash.addJson(citationId(r.controls[k]!));
    }
    hash.add('],');
    hash.addJson(r.owner);
    hash.add(']');
  }
  hash.add(']');
  return hash.digest();
}
