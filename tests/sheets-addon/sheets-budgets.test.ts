/**
 * Call budgets (shared/notes/hosts.md, "Suggested budgets: Apps Script"), counted by the fake on
 * the built bundle: on the example and on generated registers of 2,000 and 20,000 risks.
 *
 * "Data calls" are what the budget lists: reads of cells, and writes of values, formulas, number
 * formats, validations, conditional formats and protection, plus flush. Styling (colours, fonts,
 * alignment, borders, merges), structure (sheets, names, widths, frozen rows) and navigation
 * (getRange, getName) are counted too; the total must not grow with the rows. The counts are
 * written to out/sheets-addon-budgets.json.
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { CallCounts } from '../support/fake-sheets/call-log';
import { seedSnapshot } from '../support/fake-sheets/seed';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, generateRegister } from '../support/register-generator';
import type { LoadedAddon } from '../support/sheets-bundle';
import { ROOT, loadAddon } from '../support/sheets-bundle';
import { NOW, exampleAddon, okOutcome, request } from './sheets-test-kit';

jest.setTimeout(240000);

const RECALC_DATA_BUDGET = 60;
const CHECK_DATA_BUDGET = 10;

interface Measured {
  readonly check: CallCounts;
  readonly recalc: CallCounts;
  readonly recheck: CallCounts;
  readonly locks: { acquired: number; released: number };
}

function measure(addon: LoadedAddon): Measured {
  const log = addon.google.log;
  log.reset();
  okOutcome(request(addon, { kind: 'status' }));
  const check = log.counts();
  log.reset();
  okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
  const recalc = log.counts();
  const locks = { acquired: addon.google.locks.acquired, released: addon.google.locks.released };
  log.reset();
  okOutcome(request(addon, { kind: 'status' }));
  const recheck = log.counts();
  return { check, recalc, recheck, locks };
}

function generatedAddon(risks: number): LoadedAddon {
  const addon = loadAddon({ simulatedClock: true, startMs: Date.parse(NOW) });
  const { snapshot } = generateRegister({ risks, gapRate: 0.1 });
  const dateCols = new Set(['Approval date', 'Last review'].map((h) => (GENERATED_HEADERS as readonly string[]).indexOf(h)));
  seedSnapshot(addon.google.model, snapshot, (_sheet, row, col) => row > GENERATED_HEADER_ROW && dateCols.has(col));
  return addon;
}

const results: Record<string, Measured> = {};

function summary(c: CallCounts): Record<string, number> {
  return { data: c.data, all: c.spreadsheet, ...c.byCategory };
}

afterAll(() => {
  const out = path.join(ROOT, 'out');
  mkdirSync(out, { recursive: true });
  const table = Object.fromEntries(Object.entries(results).map(([k, m]) => [k, { check: summary(m.check), recalc: summary(m.recalc), checkAfterRecalc: summary(m.recheck) }]));
  writeFileSync(path.join(out, 'sheets-addon-budgets.json'), `${JSON.stringify(table, null, 2)}\n`);
});

describe.each([
  ['the example register', () => exampleAddon()],
  ['2,000 risks', async () => generatedAddon(2000)],
  ['20,000 risks', async () => generatedAddon(20000)],
] as const)('%s', (label, make) => {
  let m: Measured;
  beforeAll(async () => {
    m = measure(await make());
    results[label] = m;
  });

  it(`checks in at most ${CHECK_DATA_BUDGET} data calls`, () => {
    expect(m.check.data).toBeLessThanOrEqual(CHECK_DATA_BUDGET);
    expect(m.check.spreadsheet).toBeLessThanOrEqual(15);
  });

  it(`recalculates in at most ${RECALC_DATA_BUDGET} data calls`, () => {
    expect(m.recalc.data).toBeLessThanOrEqual(RECALC_DATA_BUDGET);
  });

  it('never reads or writes one cell at a time', () => {
    for (const c of [m.check, m.recalc, m.recheck]) expect(c.byCategory['per-cell']).toBe(0);
  });

  it('flushes at most once, and only when it wrote', () => {
    expect(m.recalc.byCategory.flush).toBe(1);
    expect(m.check.byCategory.flush).toBe(0);
  });

  it('takes the document lock once and lets it go', () => {
    expect(m.locks).toEqual({ acquired: 1, released: 1 });
  });

  it('reads its settings once and writes none when the run completes', () => {
    expect(m.recalc.byMethod['Properties.getProperties']).toBe(1);
    expect(m.recalc.byMethod['Properties.setProperties'] ?? 0).toBe(0);
  });

  it('checks a workbook it has built with two reads per sheet', () => {
    // The register and the sheets a recalculation writes, the Dashboard, the Control view, Maturity and the trail among them.
    const sheets = 15;
    expect(m.recheck.data).toBeLessThanOrEqual(2 * sheets + 1);
  });
});

describe('whatever the number of rows', () => {
  /**
   * Rows are inserted once for each sheet that outgrows the 1,000 rows a new sheet has: whether the
   * Checks sheet does depends on how many findings there are, never on how many rows each has.
   */
  const ROW_INSERTS = 'Sheet.insertRowsAfter';
  const besideRowInserts = (calls: Readonly<Record<string, number>>): Record<string, number> =>
    Object.fromEntries(Object.entries(calls).filter(([method]) => method !== ROW_INSERTS));

  it('makes the same calls for 2,000 and 20,000 risks', () => {
    const small = results['2,000 risks']!;
    const large = results['20,000 risks']!;
    expect(besideRowInserts(large.recalc.byMethod)).toEqual(besideRowInserts(small.recalc.byMethod));
    expect(large.check.byMethod).toEqual(small.check.byMethod);
  });

  it('inserts rows at most once a sheet', () => {
    for (const r of Object.values(results)) expect(r.recalc.byMethod[ROW_INSERTS] ?? 0).toBeLessThanOrEqual(11);
  });
});
