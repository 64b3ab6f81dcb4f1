/**
 * The Excel host's budgets (shared/notes/hosts.md, "Suggested budgets: Excel"), measured by the
 * fake Excel on the whole "Recalculate & check traceability" path (read, core's respond, write,
 * verify) for generated registers of 100, 2,000 and 20,000 risks:
 * - four round trips (read the sheet list, read the cells, read the register again to catch a
 *   co-author's edit, write and verify), plus one per further read block group and per further
 *   write batch, no more;
 * - no request over 4 MB (Excel on the web refuses 5 MB), reads far below 5 million cells;
 * - proxies that do not grow with rows: one more per further chunk at most;
 * - calculation (and, with ExcelApi 1.9, screen updating) suspended exactly once per write batch.
 */
import type { FakeOfficeOptions, RunRecord } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import type { HostRun } from './support/excel-harness';
import { runHost, withFakeExcel, writeSyncs } from './support/excel-harness';

const SIZES = [100, 2000, 20000] as const;
const MB = 1024 * 1024;

async function recalc(risks: number, options: FakeOfficeOptions = {}): Promise<HostRun> {
  const { snapshot } = generateRegister({ risks, seed: 2026, gapRate: 0.1 });
  return withFakeExcel(snapshot, async (office) => {
    const result = await runHost(office, { kind: 'generate', action: 'recalc' });
    expect(result.outcome.ok).toBe(true);
    return result;
  }, options);
}

/** Round trips beyond the four every recalculation takes. */
function furtherChunks(r: HostRun): number {
  return r.report.readSyncs - 3 + (r.report.writeBatches - 1);
}

const measured = new Map<number, HostRun>();

beforeAll(async () => {
  for (const risks of SIZES) measured.set(risks, await recalc(risks));
}, 300000);

function run(risks: number): HostRun {
  const r = measured.get(risks);
  if (!r) throw new Error(`no measurement for ${risks} risks`);
  return r;
}

describe.each(SIZES)('recalculating a register of %i risks', (risks) => {
  it('takes four round trips plus exactly one per further read block group or write batch', () => {
    const r = run(risks);
    expect(r.run.syncs).toHaveLength(4 + furtherChunks(r));
    // The chunk counts the host reports are the round trips the fake saw.
    expect(writeSyncs(r.run)).toHaveLength(r.report.writeBatches);
    expect(r.run.syncs.filter((s) => s.writes === 0)).toHaveLength(r.report.readSyncs);
    if (risks === 100) expect(r.run.syncs).toHaveLength(4);
  });

  it('sends no request over 4 MB, fills every write batch but the last, and reads far below 5 million cells', () => {
    const r = run(risks);
    for (const s of r.run.syncs) {
      expect(s.requestBytes).toBeLessThanOrEqual(4 * MB);
      expect(s.responseBytes).toBeLessThanOrEqual(4 * MB);
      expect(s.largestRead).toBeLessThanOrEqual(1_000_000);
    }
    const writes = writeSyncs(r.run);
    for (const s of writes.slice(0, -1)) expect(s.requestBytes).toBeGreaterThan(3 * MB);
  });

  it('suspends calculation and screen updating once per write batch and never while reading', () => {
    const r = run(risks);
    for (const s of r.run.syncs) {
      const expected = s.writes > 0 ? 1 : 0;
      expect([s.calculationSuspensions, s.screenUpdatingSuspensions]).toEqual([expected, expected]);
    }
  });

  it('creates no more proxies than for 100 risks, but for one range per further chunk', () => {
    const r = run(risks);
    const base = run(100);
    expect(r.run.proxies).toBeGreaterThanOrEqual(base.run.proxies);
    expect(r.run.proxies - base.run.proxies).toBeLessThanOrEqual(furtherChunks(r) - furtherChunks(base));
    // Never a proxy per cell: far fewer ranges than the register has rows, let alone cells. The
    // ranges are the sheets' formats and blocks, the same at 100 risks as at 20,000: 620 with the
    // Dashboard's tiles and bars and the appended headers' style, 816 since the Control view heads
    // each of its controls (93 Annex A controls; a team's own controls add theirs, risks none).
    expect(r.run.proxiesByKind.get('Range') ?? 0).toBeLessThan(900);
  });
});

describe('on Excel without ExcelApi 1.9', () => {
  let r: HostRun;
  beforeAll(async () => {
    r = await recalc(2000, { apiVersion: '1.8' });
  }, 120000);

  it('still suspends calculation once per write batch, and never calls screen-updating suspension', () => {
    const perSync = (run: RunRecord): number[][] => run.syncs.map((s) => [s.writes > 0 ? 1 : 0, s.calculationSuspensions, s.screenUpdatingSuspensions]);
    expect(perSync(r.run).every(([writes, calc, screen]) => calc === writes && screen === 0)).toBe(true);
    expect(r.run.syncs).toHaveLength(4 + furtherChunks(r));
  });
});
