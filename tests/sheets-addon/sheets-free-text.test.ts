/**
 * Free text never becomes a formula: Sheets parses whatever `setValues` receives as if typed, so
 * `=HYPERLINK(…)` would be a live link, and `+44 20` or `-5 days` broken formulas.
 */
import { SHEETS } from '../../core/workbook/names';
import { needsQuotePrefix, toSheetsInput } from '../../sheets-addon/gas-values';
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon, fakeSnapshot, plainSheets, reference } from './sheets-test-kit';

const HOSTILE = ['=HYPERLINK("http://evil")', '+44 20', '-5 days'];

describe('text Sheets would parse', () => {
  it.each(['=1+1', '+44 20', '-5 days', '@mention', "'quoted", '4', '1 - Rare', '2025-01-15', 'TRUE', 'false', '#N/A', 'Jan 5', ' leading space', '5%', '$10'])(
    'goes in behind an apostrophe: %s',
    (text) => {
      expect(needsQuotePrefix(text)).toBe(true);
      expect(toSheetsInput(text, false)).toBe(`'${text}`);
    },
  );

  it.each(['Phishing of finance staff', 'Dana (CFO)', 'Mitigate', 'Likely', 'Ünïcode owner', 'May review'])('goes in as it is: %s', (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
  });

  it('is stored as typed where the cell is formatted as plain text', () => {
    expect(toSheetsInput('4', true)).toBe('4');
  });

  it('leaves formulas the plan marks as formulas alone', () => {
    expect(toSheetsInput({ formula: '=A1+1' }, false)).toBe('=A1+1');
  });
});

describe('hostile text in the register', () => {
  let addon: LoadedAddon;
  let expected: ReturnType<typeof reference>;
  beforeAll(async () => {
    addon = await exampleAddon();
    const register = addon.google.model.find('Risk register')!;
    // Typed by a person with a leading apostrophe, so the cells hold text: threat, owner, notes.
    register.setCell(4, 3, { v: HOSTILE[0]!, f: null });
    register.setCell(4, 8, { v: HOSTILE[1]!, f: null });
    register.setCell(4, 16, { v: HOSTILE[2]!, f: null });
    expected = reference(fakeSnapshot(addon), { kind: 'generate', action: 'recalc' });
    addon.call('riskbookMenuRecalculate');
  });

  it('is copied into the generated sheets as text', () => {
    const rtp = addon.google.model.find(SHEETS.rtp)!;
    const texts = rtp.cells.flatMap((line) => (line ?? []).map((c) => c?.v));
    expect(texts).toEqual(expect.arrayContaining([HOSTILE[0], HOSTILE[1]]));
  });

  it('never becomes a formula anywhere', () => {
    for (const sheet of addon.google.model.sheets) {
      for (const line of sheet.cells) {
        for (const cell of line ?? []) {
          if (!cell?.f) continue;
          expect(cell.f).not.toMatch(/evil|^=\+44|^=-5 days/);
        }
      }
    }
  });

  it('leaves exactly the formulas and values of the reference workbook', () => {
    expect(plainSheets(fakeSnapshot(addon))).toEqual(plainSheets(expected.after));
  });
});
