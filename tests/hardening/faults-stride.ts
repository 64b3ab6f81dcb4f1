/**
 * The stride of the fault sweeps: RISKBOOK_FAULTS_EVERY=N fails every Nth host call instead of
 * every one, for a quicker local run. Anything but a positive integer is an error, thrown
 * when the sweep starts: `Number('fast')` is NaN, and a NaN stride would quietly sweep next to
 * nothing. Unset or empty means every call.
 */
export const FAULTS_EVERY = 'RISKBOOK_FAULTS_EVERY';

export function faultsStride(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[FAULTS_EVERY];
  if (raw === undefined || raw.trim() === '') return 1;
  const text = raw.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new Error(`${FAULTS_EVERY} must be a positive integer (the sweeps fail every Nth host call), not ${JSON.stringify(raw)}`);
  }
  return Number(text);
}
