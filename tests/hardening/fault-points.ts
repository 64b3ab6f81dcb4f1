/**
 * Which host calls the fault sweeps fail at. A recalculation makes a few thousand calls on the
 * fake Excel and about 500 on the fake Sheets, most of them in long runs of the same kind of call
 * on the same sheet (a build sheet's fills, fonts and borders, one after another). Failing at the
 * fifth or the sixth fill of such a run leaves the same kind of state: the calls before it are
 * done, the run is cut short, what follows never happens. So a sweep takes, for every phase (a
 * maximal run of calls with the same phase key: request, sheet, and the call's kind, with every
 * formatting call one kind), its first and last call, and every Nth call in between. Each phase
 * edge is a fault point, and so is every structural call (a rename, a delete, a name, a rule),
 * since each of those is a phase of its own.
 *
 * RISKBOOK_FAULTS_EVERY=N sets N (default 8); 1 fails at every call, the exhaustive sweep. Anything
 * but a positive integer is an error, thrown when the sweep starts: `Number('fast')` is NaN, and a
 * NaN stride would quietly sweep next to nothing.
 */
import { createHash } from 'crypto';

export const FAULTS_EVERY = 'RISKBOOK_FAULTS_EVERY';
export const DEFAULT_STRIDE = 8;

export function faultsStride(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[FAULTS_EVERY];
  if (raw === undefined || raw.trim() === '') return DEFAULT_STRIDE;
  const text = raw.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new Error(`${FAULTS_EVERY} must be a positive integer (the sweeps fail every Nth host call of a phase), not ${JSON.stringify(raw)}`);
  }
  return Number(text);
}

/**
 * The indices of the calls to fail at, in order: for each maximal run of equal phase keys, its
 * first and last index and every `stride`-th index counted from its first.
 */
export function faultPoints(phases: readonly string[], stride: number): number[] {
  const points: number[] = [];
  let start = 0;
  for (let i = 0; i < phases.length; i++) {
    const last = i === phases.length - 1 || phases[i + 1] !== phases[i];
    if (i === start || last || (i - start) % stride === 0) points.push(i);
    if (last) start = i + 1;
  }
  return points;
}

/**
 * The digest of a workbook's state as text. A sweep remembers the states a next run has already
 * started from, hundreds of them, each about 2 MB of text on Sheets: held whole, they took
 * hundreds of megabytes of heap.
 */
export function stateDigest(state: string): string {
  return createHash('sha256').update(state).digest('base64');
}
