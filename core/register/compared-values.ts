/**
 * A risk's values as fingerprints and approvals compare them: a level by its value, so "3" and
 * "Possible" are the same; a cited control by its id as a person writes it.
 */
import type { ControlCitation } from '../annex-a/types';
import type { LevelRef } from './types';

/** A cited control: its 2022 id, its 2013 id as `A.5.1.1`, or the text as typed. */
export function comparedCitation(c: ControlCitation): string {
  switch (c.kind) {
    case 'control':
      return c.id;
    case 'annex-a-2013':
      return `A.${c.id2013}`;
    default:
      return c.raw.trim();
  }
}

/** A level by its value; '' when the risk has none. */
export function comparedLevel(l: LevelRef | null): string {
  return l ? String(l.value) : '';
}
