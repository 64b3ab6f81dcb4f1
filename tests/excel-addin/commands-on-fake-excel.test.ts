/**
 * The ribbon's "Recalculate & check" end to end on the fake Excel: the function file as Office
 * loads it (registered through Office.actions.associate), the real Excel host behind it, the
 * example register in the workbook, and the engine in its Web Worker (core-worker.ts itself, in a
 * stand-in for the thread: tests/support/fake-core-worker.ts).
 */
import { generate } from '../../core/engine';
import { SHEETS } from '../../core/workbook/names';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { FakeOffice } from '../support/fake-excel';
import { createFakeWorkbook, installFakeOffice } from '../support/fake-excel';
import { FakeCoreWorker } from '../support/fake-core-worker';
import { exampleSnapshot } from '../support/example-register';

jest.mock('../../excel-addin/core-worker-start', () => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  startCoreWorker: () => new (require('../support/fake-core-worker') as { FakeCoreWorker: typeof FakeCoreWorker }).FakeCoreWorker(),
}));


type Command = (event: { completed: () => void }) => Promise<void>;

let office: FakeOffice | null = null;

/** Installs the fake on globalThis and loads commands.ts as Office would: its associate call runs. */
function loadRibbon(snapshot: WorkbookSnapshot): { office: FakeOffice; recalculate: Command } {
  office = installFakeOffice(globalThis, createFakeWorkbook(snapshot));
  (globalThis as unknown as { window: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
  // The function file runs in a browser runtime, which has Web Workers.
  (globalThis as unknown as { Worker: unknown }).Worker = FakeCoreWorker;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../excel-addin/commands');
  });
  const recalculate = office.actions.get('recalculate') as Command | undefined;
  if (!recalculate) throw new Error('commands.ts did not associate "recalculate"');
  return { office, recalculate };
}

afterEach(() => {
  office?.uninstall();
  office = null;
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { Worker?: unknown }).Worker;
  FakeCoreWorker.started.length = 0;
});

describe('"Recalculate & check" from the ribbon, on the fake Excel', () => {
  it('writes every generated sheet, shows Checks, and completes the event', async () => {
    const snapshot = await exampleSnapshot();
    const { office: fake, recalculate } = loadRibbon(snapshot);
    const completed = jest.fn();
    await recalculate({ completed });

    const planned = generate(snapshot, 'recalc', { now: new Date().toISOString() }).plan.sheets.map((s) => s.name);
    const names = fake.workbook.sheets.map((s) => s.name);
    for (const name of planned) expect(names).toContain(name);
    expect(fake.workbook.activeSheet?.name).toBe(SHEETS.checks);
    expect(fake.workbook.selection).toEqual({ sheet: SHEETS.checks, address: 'A1' });
    expect(fake.dialogs).toEqual([]);
    expect(completed).toHaveBeenCalledTimes(1);
  }, 60000);

  it('runs the engine in a Web Worker, never on the function file\'s own thread', async () => {
    const { recalculate } = loadRibbon(await exampleSnapshot());
    const completed = jest.fn();
    await recalculate({ completed });
    expect(FakeCoreWorker.started).toHaveLength(1);
    const calls = FakeCoreWorker.started[0]!.received as { request: unknown }[];
    expect(calls.map((c) => c.request)).toEqual([{ kind: 'generate', action: 'recalc' }]);
    // A second click reuses the worker rather than starting another.
    await recalculate({ completed });
    expect(FakeCoreWorker.started).toHaveLength(1);
    expect(completed).toHaveBeenCalledTimes(2);
  }, 60000);

  it('opens the notice dialog with the reason when the workbook has no register', async () => {
    const { office: fake, recalculate } = loadRibbon({ sheets: [{ name: 'Sheet1', values: [['Shopping list']], formulas: [[null]] }], names: [] });
    const completed = jest.fn();
    // The fake's dialog never closes (no person to close it), so the command stays open: as in
    // Office, it completes only once the dialog is closed.
    void recalculate({ completed });
    for (let i = 0; i < 50 && fake.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fake.dialogs).toHaveLength(1);
    const url = new URL(fake.dialogs[0]!.url);
    expect(url.pathname).toBe('/notice.html');
    expect(url.searchParams.get('message')).toMatch(/No risk register found/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(completed).not.toHaveBeenCalled();
  }, 60000);
});
