/**
 * Treatment decisions in the words of ISO/IEC 27005: modify (mitigate), share (transfer), avoid,
 * retain (accept), with the synonyms and past tenses teams actually type.
 */
import type { Treatment } from './types';

const WORDS: Readonly<Record<string, Treatment>> = {
  mitigate: 'mitigate',
  mitigated: 'mitigate',
  mitigation: 'mitigate',
  reduce: 'mitigate',
  reduced: 'mitigate',
  reduction: 'mitigate',
  modify: 'mitigate',
  modified: 'mitigate',
  modification: 'mitigate',
  treat: 'mitigate',
  treated: 'mitigate',
  transfer: 'transfer',
  transferred: 'transfer',
  share: 'transfer',
  shared: 'transfer',
  sharing: 'transfer',
  avoid: 'avoid',
  avoided: 'avoid',
  avoidance: 'avoid',
  terminate: 'avoid',
  terminated: 'avoid',
  termination: 'avoid',
  accept: 'accept',
  accepted: 'accept',
  acceptance: 'accept',
  retain: 'accept',
  retained: 'accept',
  retention: 'accept',
  tolerate: 'accept',
  tolerated: 'accept',
};

/**
 * The treatment a cell names, or null when it names none (blank text included). A note in
 * brackets after the word is ignored: `Mitigate (reduce)`, `Accept (retain)`.
 */
export function parseTreatment(text: string): Treatment | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/\s*[([].*$/, '')
    .replace(/[.!]+$/, '')
    .trim();
  return WORDS[word] ?? null;
}
