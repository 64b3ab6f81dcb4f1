/**
 * Writes happen only under the document lock, a failure leaves the previous sheet whole, and a
 * run that would pass Apps Script's six-minute limit stops between sheets and is finished by the
 * next call of the same action, to the same workbook as one uninterrupted run.
 */
import { SHEETS } from '../../core/workbook/names';
import { FakeRange } from '../support/fake-sheets/fake-range';
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon, fakeSnapshot, okOutcome, plainSheets, request } from './sheets-test-kit';

jest.setTimeout(120000);

const RECALC = { kind: 'generate', action: 'recalc' } as const;

describe('the document lock', () => {
  it('is held around every write, and released after the one flush', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    const timeline = addon.google.log.timeline;
    expect(timeline[0]).toBe('Lock.waitLock');
    expect(timeline.slice(-2)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
    expect(timeline.slice(1, -2).every((e) => e === 'write')).toBe(true);
    expect(addon.google.locks.held).toBeNull();
  });

  it("makes a second editor's action wait, then give up without writing", async () => {
    const addon = await exampleAddon();
    addon.google.locks.otherHolds = true;
    addon.call('riskbookMenuGenerateSoa');
    expect(addon.google.log.timeline).not.toContain('write');
    expect(addon.google.ui.alerts[0]!.prompt).toMatch(/Another Riskbook action is still running/);
    expect(addon.google.model.find(SHEETS.soa)).toBeUndefined();
  });

  it('falls back to the script lock where there is no document lock', async () => {
    const addon = await exampleAddon({ bound: false });
    okOutcome(request(addon, { kind: 'generate', action: 'heatmap' }));
    expect(addon.google.log.count('LockService.getScriptLock')).toBe(1);
    expect(addon.google.model.find(SHEETS.heatmap)).toBeDefined();
  });
});

describe('a failure half-way through a sheet', () => {
  let addon: LoadedAddon;
  let before: ReturnType<typeof plainSheets>;
  beforeAll(async () => {
    addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    before = plainSheets(fakeSnapshot(addon));
    // The Risk Treatment Plan's dropdowns fail to write, as a Sheets service error would.
    const spy = jest.spyOn(FakeRange.prototype, 'setDataValidations').mockImplementationOnce(() => {
      throw new Error('Service Spreadsheets failed while accessing document');
    });
    addon.google.model.find('Risk register')!.setCell(5, 16, { v: 'edited after the first run', f: null });
    addon.call('riskbookMenuRecalculate');
    spy.mockRestore();
  });

  it('says so in an alert', () => {
    expect(addon.google.ui.alerts.at(-1)!.prompt).toMatch(/Service Spreadsheets failed/);
  });

  it('leaves the previous sheet whole and no half-built one', () => {
    const rtp = (sheets: ReturnType<typeof plainSheets>) => sheets.find((s) => s.name === SHEETS.rtp);
    expect(rtp(plainSheets(fakeSnapshot(addon)))).toEqual(rtp(before));
    expect(addon.google.model.sheets.some((s) => s.name.startsWith('~riskbook-build'))).toBe(false);
  });

  it('lets the lock go', () => {
    expect(addon.google.locks.held).toBeNull();
    expect(addon.google.log.timeline.at(-1)).toBe('Lock.releaseLock');
  });
});

describe('the six-minute limit', () => {
  let uninterrupted: ReturnType<typeof plainSheets>;
  let wholeOutcome: ReturnType<typeof okOutcome>;
  let addon: LoadedAddon;
  const outcomes: ReturnType<typeof request>[] = [];
  const between: ReturnType<typeof plainSheets>[] = [];
  const activeBetween: (string | undefined)[] = [];

  beforeAll(async () => {
    const whole = await exampleAddon();
    wholeOutcome = okOutcome(request(whole, RECALC));
    uninterrupted = plainSheets(fakeSnapshot(whole));

    addon = await exampleAddon();
    // Every SpreadsheetApp call takes three simulated seconds (ten times a slow real one): the run
    // needs several executions. At four, reading the fifteen sheets took each call's whole time and
    // the last sheet never started; a register that slow to read is beyond what a call can hold.
    addon.google.log.msPerCall = 3000;
    for (let i = 0; i < 12; i++) {
      const outcome = request(addon, RECALC);
      outcomes.push(outcome);
      if (outcome.ok) break;
      between.push(plainSheets(fakeSnapshot(addon)));
      activeBetween.push(addon.google.model.active?.name);
    }
  });

  it('stops before the limit, says how far it got and how to finish', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
    const first = outcomes[0]!;
    expect(first.ok).toBe(false);
    if (!first.ok) {
      expect(first.message).toMatch(/Stopped before Apps Script's six-minute limit with \d+ of 15 sheets written\. Run the same action again/);
      expect(first.problems![0]).toMatch(/^Still to write: /);
    }
  });

  it('keeps its place in the document properties, in pieces under 9 KB', () => {
    const props = addon.google.documentProperties!;
    expect(props.getProperty('riskbook.run.count')).toBe('0');
    expect([...props.store.values()].every((v) => Buffer.byteLength(v) <= 9 * 1024)).toBe(true);
  });

  it('gives the person back the sheet they were on, even when it stops', () => {
    expect(activeBetween.length).toBeGreaterThan(0);
    expect(new Set([...activeBetween, addon.google.model.active?.name])).toEqual(new Set(['Risk register']));
  });

  it('leaves every sheet whole between calls', () => {
    for (const state of between) {
      expect(state.some((s) => s.name.startsWith('~riskbook-build'))).toBe(false);
      for (const s of state) {
        const done = uninterrupted.find((u) => u.name === s.name);
        // A sheet is either not written yet (absent) or written in full.
        if (s.name !== 'Risk register' && done) expect(s).toEqual(done);
      }
    }
  });

  it('finishes, on a later call, with the workbook one uninterrupted run makes', () => {
    const last = outcomes.at(-1)!;
    expect(okOutcome(last).title).toBe(wholeOutcome.title);
    expect(okOutcome(last).changes).toEqual(wholeOutcome.changes);
    expect(okOutcome(last).status).toEqual(wholeOutcome.status);
    expect(plainSheets(fakeSnapshot(addon))).toEqual(uninterrupted);
  });

  it('writes one change-log entry for the run, not one per call', () => {
    const log = plainSheets(fakeSnapshot(addon)).find((s) => s.name === SHEETS.changeLog)!;
    expect(log.values.filter((row) => typeof row[1] === 'string' && row[1] === 'Recalculate & check traceability')).toHaveLength(1);
  });

  it('tells the person from the menu too', async () => {
    const menu = await exampleAddon();
    menu.google.log.msPerCall = 4000;
    menu.call('riskbookMenuRecalculate');
    expect(menu.google.ui.alerts[0]!.prompt).toMatch(/Run the same action again to finish/);
  });
});
