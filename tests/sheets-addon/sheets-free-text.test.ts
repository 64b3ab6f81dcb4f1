/**
 * Free text never becomes a formula: Sheets parses whatever `setValues` receives as if typed, so
 * `=HYPERLINK(…)` would be a live link, and `+44 20` or `-5 days` broken formulas.
 */
import { SHEETS } from '../../core/workbook/names';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { needsQuotePrefix, toSheetsInput } from '../../sheets-addon/gas-values';
import { applyPlanToSheets } from '../../sheets-addon/sheets-apply-plan';
import { readWorkbook } from '../../sheets-addon/sheets-read-snapshot';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import { seedSnapshot } from '../support/fake-sheets/seed';
import { ALL_RISKY_TEXTS, RISKY_TEXTS, riskyCases } from '../support/risky-text';
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

describe('every risky plan string, through the Sheets host (tests/support/risky-text.ts)', () => {
  it.each(riskyCases())('%s goes in behind an apostrophe', (_shown, text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(toSheetsInput(text, false)).toBe(`'${text}`);
  });

  // One plan writes them all down a column of a sheet it replaces and of one it updates, with the
  // fake's services as the globals the server code expects.
  const SERVICES = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'HtmlService'] as const;
  const plan: WorkbookPlan = {
    sheets: [
      { ...emptySheetPlan('Generated', 'replace'), writes: [{ at: 'A1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
      { ...emptySheetPlan('Notes', 'update'), writes: [{ at: 'B1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
    ],
    names: [],
  };
  const google = new FakeGoogle();
  let snapshot: WorkbookSnapshot;
  beforeAll(() => {
    seedSnapshot(google.model, { sheets: [{ name: 'Notes', values: [['My own notes']] }] });
    const g = google.globals();
    const saved = SERVICES.map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
    for (const k of SERVICES) (globalThis as Record<string, unknown>)[k] = g[k];
    google.locks.held = 'document';
    try {
      const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
      applyPlanToSheets(ss, plan, readWorkbook(ss), { done: new Set(), canStart: () => true });
      snapshot = readWorkbook(ss).snapshot;
    } finally {
      google.locks.held = null;
      for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
    }
  });

  describe.each([
    ['a sheet the plan replaces', 'Generated', 0],
    ['a sheet the plan updates', 'Notes', 1],
  ] as const)('on %s', (_label, name, col) => {
    const row = (text: string): number => ALL_RISKY_TEXTS.indexOf(text);

    it.each(riskyCases())('%s is stored as exactly that text, not a formula', (_shown, text) => {
      expect(google.model.find(name)!.cells[row(text)]?.[col]).toEqual({ v: text, f: null });
    });

    it.each(riskyCases())('%s reads back through the host as exactly that text, no formula', (_shown, text) => {
      const sheet = snapshot.sheets.find((s) => s.name === name)!;
      expect({ value: sheet.values[row(text)]?.[col], formula: sheet.formulas?.[row(text)]?.[col] ?? null }).toEqual({ value: text, formula: null });
    });
  });

  it("leaves the person's own cell beside them alone", () => {
    expect(google.model.find('Notes')!.cells[0]?.[0]).toEqual({ v: 'My own notes', f: null });
  });

  it('would have made formulas of those starting with = and broken formulas of those with + or -, written as they are', () => {
    const raw = new FakeGoogle();
    seedSnapshot(raw.model, { sheets: [{ name: 'Notes', values: [] }] });
    const notes = raw.model.find('Notes')!;
    const formulaStarts = RISKY_TEXTS.filter((t) => /^[=+-]/.test(t));
    const ss = (raw.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    raw.locks.held = 'document';
    ss.getSheetByName('Notes')!.getRange(1, 1, formulaStarts.length, 1).setValues(formulaStarts.map((t) => [t]));
    expect(formulaStarts.map((_t, r) => notes.cells[r]?.[0]?.f)).toEqual(formulaStarts.map((t) => (t.startsWith('=') ? t : `=${t}`)));
  });
});
