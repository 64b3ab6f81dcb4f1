/** The methodology's fingerprint, stamped on every generated sheet to show which method made it. */
import { hashOf } from '../hash';
import type { Methodology } from './types';

export function methodologyHash(m: Methodology): string {
  return hashOf(m);
}
