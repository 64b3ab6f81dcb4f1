/**
 * SpreadsheetApp moves a sheet only as the active one (`moveActiveSheet`), and a sheet made active
 * is shown: the fake unhides a hidden sheet it activates, as "the Google Sheets UI displays the
 * chosen sheet" (Spreadsheet.setActiveSheet). Before the fix, putting Riskbook's sheets back in
 * order unhid the lists and settings sheets, and any hidden sheet of the team's it moved; now a
 * hidden sheet is hidden again once it is in its place.
 */
import { SHEETS } from '../../core/workbook/names';
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon, okOutcome, request } from './sheets-test-kit';

const RECALC = { kind: 'generate', action: 'recalc' } as const;

function hiddenSheets(addon: LoadedAddon): string[] {
  return addon.google.model.sheets.filter((s) => s.hidden).map((s) => s.name);
}

describe('putting the sheets back in order', () => {
  let addon: LoadedAddon;
  let hiddenBefore: string[];
  let orderBefore: string[];

  beforeAll(async () => {
    addon = await exampleAddon();
    okOutcome(request(addon, RECALC));
    hiddenBefore = hiddenSheets(addon);
    orderBefore = addon.google.model.sheets.map((s) => s.name);
    // The tabs in reverse order, as a person dragging them about might leave them (hidden ones
    // they would unhide, move and hide again): the next run moves Riskbook's back where the
    // plan wants them, the hidden lists and settings sheets among them.
    addon.google.model.sheets.reverse();
    okOutcome(request(addon, RECALC));
  });

  it('moves Riskbook\'s sheets back to their places, hidden ones included', () => {
    const names = addon.google.model.sheets.map((s) => s.name);
    const riskbook = orderBefore.filter((n) => n !== 'Risk register');
    expect(names.filter((n) => riskbook.includes(n))).toEqual(riskbook);
    expect(addon.google.log.count('Spreadsheet.moveActiveSheet')).toBeGreaterThan(hiddenBefore.length);
  });

  it('leaves the hidden sheets hidden', () => {
    expect(hiddenBefore).toEqual(expect.arrayContaining([SHEETS.lists]));
    expect(hiddenSheets(addon)).toEqual(hiddenBefore);
  });

  it('gives the person back the sheet they were on', () => {
    expect(addon.google.model.active?.hidden).toBe(false);
    expect(addon.google.model.active?.name).toBe('Risk register');
  });
});
