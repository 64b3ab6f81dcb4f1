/**
 * Concurrent editors, Google Sheets: every run that writes holds the document lock; when another
 * editor's run holds it past the wait (waitLock's timeout), nothing is written, the lock is not
 * left held, the menu says so in an alert and the sidebar gets `ok: false` with one line. Once
 * the other run is done, the same action goes through.
 */
import { SHEETS } from '../../core/workbook/names';
import { exampleAddon, fakeSnapshot, okOutcome, plainSheets, request } from '../sheets-addon/sheets-test-kit';

jest.setTimeout(120000);

const BUSY = /^Another Riskbook action is still running on this spreadsheet \(another editor's, or yours in another tab\)\. Nothing was changed; try again in a moment\.$/;

describe('another editor holds the document lock', () => {
  it('a menu action alerts with one line and writes nothing', async () => {
    const addon = await exampleAddon();
    const before = plainSheets(fakeSnapshot(addon));
    addon.google.locks.otherHolds = true;
    addon.call('riskbookMenuRecalculate');
    expect(addon.google.log.timeline).not.toContain('write');
    expect(addon.google.ui.alerts).toHaveLength(1);
    expect(addon.google.ui.alerts[0]!.prompt).toMatch(BUSY);
    expect(addon.google.locks.held).toBeNull();
    expect(plainSheets(fakeSnapshot(addon))).toEqual(before);
  });

  it('a sidebar request answers ok:false with one line, and the same request succeeds once the lock is free', async () => {
    const addon = await exampleAddon();
    addon.google.locks.otherHolds = true;
    const busy = request(addon, { kind: 'generate', action: 'soa' });
    expect(busy.ok).toBe(false);
    if (!busy.ok) {
      expect(busy.message).toMatch(BUSY);
      expect(busy.message).not.toMatch(/\n/);
      expect(busy.problems ?? []).toEqual([]);
    }
    expect(addon.google.log.timeline).not.toContain('write');
    expect(addon.google.model.find(SHEETS.soa)).toBeUndefined();

    addon.google.locks.otherHolds = false;
    okOutcome(request(addon, { kind: 'generate', action: 'soa' }));
    expect(addon.google.model.find(SHEETS.soa)).toBeDefined();
    expect(addon.google.locks.held).toBeNull();
  });

  it('a read-only request does not wait for the lock', async () => {
    const addon = await exampleAddon();
    addon.google.locks.otherHolds = true;
    okOutcome(request(addon, { kind: 'status' }));
    expect(addon.google.log.timeline).not.toContain('Lock.waitLock');
  });
});
