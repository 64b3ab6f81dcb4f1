/**
 * A stopped run resumes for an hour from the last call that made progress, not from its first
 * call: a run that needs more than an hour of six-minute calls (a very large register) still
 * finishes, and one left alone for an hour starts over.
 */
import type { RunCheckpoint } from '../../sheets-addon/run-checkpoint';
import { resumable } from '../../sheets-addon/run-checkpoint';

const RECALC = { kind: 'generate', action: 'recalc' } as unknown as RunCheckpoint['request'];
const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-12-07T09:00:00Z');

function stoppedRun(savedAtMs?: number): RunCheckpoint {
  return {
    v: 1,
    request: RECALC,
    now: new Date(START).toISOString(),
    ...(savedAtMs !== undefined ? { savedAt: new Date(savedAtMs).toISOString() } : {}),
    done: ['Methodology'],
    title: 'Recalculated',
    changes: [],
  };
}

describe('a stopped run', () => {
  it('resumes two hours after it began when its last call made progress ten minutes ago', () => {
    const run = stoppedRun(START + 2 * HOUR - 10 * 60 * 1000);
    expect(resumable(run, RECALC, START + 2 * HOUR)).toBe(run);
  });

  it('starts over when nothing moved it for more than an hour, or another action is asked for', () => {
    expect(resumable(stoppedRun(START + 10 * 60 * 1000), RECALC, START + 2 * HOUR)).toBeNull();
    const other = { kind: 'generate', action: 'soa' } as unknown as RunCheckpoint['request'];
    expect(resumable(stoppedRun(START + 2 * HOUR - 1000), other, START + 2 * HOUR)).toBeNull();
  });

  it('saved by an earlier version, without the time of its last progress, ages from its first call', () => {
    expect(resumable(stoppedRun(), RECALC, START + 30 * 60 * 1000)).not.toBeNull();
    expect(resumable(stoppedRun(), RECALC, START + 2 * HOUR)).toBeNull();
  });
});
