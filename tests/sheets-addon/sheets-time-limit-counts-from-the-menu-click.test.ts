/**
 * Apps Script ends an execution six minutes after it began, and an alert suspends the script
 * while the person reads it: the clock runs on. The fake lets time pass while an alert is open
 * and, where a test asks, stops an execution at six minutes as Apps Script does. "Set up
 * register" asks before it writes; before the fix its run counted its five minutes from the
 * answer, so a slow answer plus a long run passed the limit and was killed mid-write, with no
 * place kept. Now the budget counts from the menu click: the run stops in time and keeps its
 * place, and choosing the item again finishes it (before, it asked its questions again, and by
 * then the half-made register was the register, so nothing led back to the run).
 */
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon } from './sheets-test-kit';

const MINUTE = 60 * 1000;

/** The example with the register emptied out and the person on a sheet of notes. */
async function notRegisterYet(): Promise<LoadedAddon> {
  const addon = await exampleAddon();
  const model = addon.google.model;
  model.newSheet('Notes', 1).cells.push([{ v: 'just notes', f: null }]);
  model.find('Risk register')!.name = 'Old list';
  model.find('Old list')!.cells.splice(0);
  model.active = model.find('Notes')!;
  return addon;
}

describe('"Set up register" when the person takes long over the question', () => {
  let addon: LoadedAddon;
  let started: number;
  let error: unknown = null;

  beforeAll(async () => {
    addon = await notRegisterYet();
    const google = addon.google;
    google.log.executionLimitMs = 6 * MINUTE;
    // A slow world: every call a second and a half, and four minutes to answer the question.
    google.log.msPerCall = 1500;
    google.ui.msPerAlert = 4 * MINUTE;
    google.ui.answers.push('YES');
    started = google.now();
    try {
      addon.call('riskbookMenuSetUpRegister');
    } catch (err) {
      error = err;
    }
  });

  it('stops before Apps Script\'s six minutes, counted from the click, the question\'s time included', () => {
    expect(error).toBeNull();
    const [question, report] = addon.google.ui.alerts;
    expect(question!.prompt).toMatch(/does not look like a risk register/);
    expect(report!.prompt).toMatch(/Stopped before Apps Script's six-minute limit/);
    // The run's report opens before the six minutes are up.
    expect(report!.atMs - started).toBeLessThan(6 * MINUTE);
  });

  it('keeps its place, so choosing it again finishes the new register', () => {
    const props = addon.google.documentProperties!;
    expect(Number(props.getProperty('riskbook.run.count'))).toBeGreaterThan(0);
    // The next execution in an ordinary world.
    addon.google.ui.msPerAlert = 0;
    addon.google.log.msPerCall = 100;
    const alerts = addon.google.ui.alerts.length;
    for (let i = 0; i < 10 && props.getProperty('riskbook.run.count') !== '0'; i++) addon.call('riskbookMenuSetUpRegister');
    expect(props.getProperty('riskbook.run.count')).toBe('0');
    // No question again: the register is already the one being set up.
    expect(addon.google.ui.alerts.slice(alerts).filter((a) => a.buttons !== 'OK')).toEqual([]);
    expect(addon.google.model.toasts.at(-1)!.title).toMatch(/Risk register/);
  });
});
