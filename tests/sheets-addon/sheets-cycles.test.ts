/**
 * Year on year through the Sheets add-on (the built Code.js on the fake SpreadsheetApp): the
 * example recalculated, a new assessment cycle started from the menu after a yes, a year of work
 * typed in Sheets, then a recalculation: the register's Change since last cycle column marks each
 * risk as the engine does on the in-memory workbook (tests/core/cycle), and a no starts nothing.
 */
import { CHANGE_HEADER, headers, marks, workOfTheYear } from '../core/cycle/example-cycle';
import { exampleAddon, fakeSnapshot, okOutcome, request, typeInSheets } from './sheets-test-kit';

describe('assessment cycles through the Sheets add-on', () => {
  it('starts a cycle from the menu after a yes, then marks each risk against it', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    addon.google.ui.answers.push('YES');
    addon.call('riskbookMenuNewCycle');
    const question = addon.google.ui.alerts.at(-1);
    expect(question?.prompt).toMatch(/^Start a new assessment cycle\?/);
    const begun = fakeSnapshot(addon);
    expect(addon.google.model.find('Riskbook cycle')?.hidden).toBe(true);
    expect(new Set(Object.values(marks(begun)))).toEqual(new Set(['Unchanged']));
    expect(headers(begun).filter((h) => h !== '').slice(-3)).toEqual([CHANGE_HEADER, 'Inherent rating', 'Residual rating']);

    typeInSheets(addon, workOfTheYear());
    const after = okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
    const m = marks(fakeSnapshot(addon));
    expect([m['R-31'], m['R-41'], m['R-02'], m['R-40']]).toEqual(['Modified', 'New', 'Unchanged', undefined]);
    expect(after.status.cycle).toEqual(expect.objectContaining({ new: 1, modified: 1, unchanged: 38, closed: 1 }));
  });

  it('starts nothing after a no', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    addon.google.ui.answers.push('NO');
    addon.call('riskbookMenuNewCycle');
    expect(addon.google.model.find('Riskbook cycle')).toBeUndefined();
    expect(headers(fakeSnapshot(addon))).not.toContain(CHANGE_HEADER);
  });
});
