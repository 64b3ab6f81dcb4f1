/**
 * Sheets reads what `setValues` receives as if a person typed it, in the spreadsheet's locale: in
 * a German spreadsheet "Wahr" is the boolean TRUE and "Mär 5" a date, in a French one "Faux" and
 * "févr. 3". The fake parses input in its locale (English, German and French), so text that only
 * English-speaking spreadsheets would leave alone is caught. Before the fix the host quoted only
 * English booleans and month names; now a text goes in behind an apostrophe whenever any of the
 * languages Sheets is used in would read it as a boolean or a date.
 */
import { SHEETS } from '../../core/workbook/names';
import { needsQuotePrefix } from '../../sheets-addon/gas-values';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import { seedSnapshot } from '../support/fake-sheets/seed';
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon, okOutcome, request } from './sheets-test-kit';

describe('text a spreadsheet in another language would read as a boolean or a date', () => {
  it.each([
    'Wahr', 'FALSCH', 'vrai', 'Faux', 'Verdadero', 'falso', 'Vero', 'Waar', 'onwaar', 'Sant', 'falsk', 'Prawda', 'ИСТИНА', 'ложь', 'Doğru', 'YANLIŞ',
    'Mär 5', 'März 2025', 'Okt 12', 'Dez. 24', 'févr. 3', 'août 15', 'déc 1', 'mrt 4', 'ene 7', 'gen 9', 'mayo 2', 'Oct 5', 'Sept. 30', 'janv 2',
  ])('goes in behind an apostrophe: %s', (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
  });

  it.each(['Wahrheit', 'Falschgeld', 'Marketing', 'Mitigate', 'Likely', 'Datenschutz', 'Mai review', 'Oktoberfest team', 'Août'])('goes in as it is: %s', (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
  });
});

describe('the fake reads typed input in the spreadsheet\'s locale', () => {
  it.each([
    ['de_DE', 'Wahr', true],
    ['de_DE', 'FALSCH', false],
    ['fr_FR', 'faux', false],
    ['de_DE', 'TRUE', true],
    ['en_GB', 'Wahr', 'Wahr'],
  ] as const)('in %s, %s is stored as %p', (locale, text, stored) => {
    const google = new FakeGoogle();
    seedSnapshot(google.model, { sheets: [{ name: 'Notes', values: [] }] });
    google.model.locale = locale;
    google.locks.held = 'document';
    const ss = (google.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('Notes')!.getRange('A1').setValues([[text]]);
    expect(google.model.find('Notes')!.cells[0]?.[0]?.v).toBe(stored);
  });

  it('reads a month name of the locale followed by a day as a date', () => {
    const google = new FakeGoogle();
    seedSnapshot(google.model, { sheets: [{ name: 'Notes', values: [] }] });
    google.model.locale = 'de_DE';
    google.locks.held = 'document';
    const ss = (google.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('Notes')!.getRange('A1:A2').setValues([['Mär 5'], ['Mär 5 und 6']]);
    expect(typeof google.model.find('Notes')!.cells[0]?.[0]?.v).toBe('number');
    expect(google.model.find('Notes')!.cells[1]?.[0]?.v).toBe('Mär 5 und 6');
  });
});

describe('a register in a German-locale spreadsheet, recalculated', () => {
  let addon: LoadedAddon;
  beforeAll(async () => {
    addon = await exampleAddon();
    addon.google.model.locale = 'de_DE';
    const register = addon.google.model.find('Risk register')!;
    // Typed by people, so stored as text: a threat, an owner.
    register.setCell(4, 3, { v: 'Wahr', f: null });
    register.setCell(4, 8, { v: 'Mär 5', f: null });
    okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
  });

  it('copies them into the generated sheets as the same text', () => {
    const rtp = addon.google.model.find(SHEETS.rtp)!;
    const texts = rtp.cells.flatMap((line) => (line ?? []).map((c) => c?.v));
    expect(texts).toEqual(expect.arrayContaining(['Wahr', 'Mär 5']));
    expect(texts).not.toContain(true);
  });
});
