/**
 * The fake SpreadsheetApp itself: the Sheets behaviours the add-on's tests rely on it to enforce.
 */
import { expose } from '../support/fake-sheets/call-log';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import type { FakeSheet } from '../support/fake-sheets/fake-sheet';
import { seedSnapshot } from '../support/fake-sheets/seed';
import { serialOfYmd } from '../support/fake-sheets/time-zone';

function setup(options: ConstructorParameters<typeof FakeGoogle>[0] = {}) {
  const google = new FakeGoogle(options);
  seedSnapshot(google.model, { sheets: [{ name: 'Data', values: [['a']] }, { name: 'Lists', values: [['x'], ['y']] }] });
  const g = google.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; LockService: GoogleAppsScript.Lock.LockService; PropertiesService: GoogleAppsScript.Properties.PropertiesService };
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Data')!;
  const lock = (): void => g.LockService.getDocumentLock()!.waitLock(1000);
  return { google, g, ss, sheet, lock };
}

describe('values arrive as if typed', () => {
  const { google, sheet, lock } = setup();
  lock();
  sheet.getRange('A1:F1').setValues([['=HYPERLINK("http://evil")', '+44 20', '-5 days', "'=not a formula", '4', '2025-01-15']]);
  const cell = (c: number) => google.model.find('Data')!.cell(0, c);

  it('makes a formula of a leading =', () => {
    expect(cell(0)).toEqual({ v: null, f: '=HYPERLINK("http://evil")' });
  });

  it('reads a leading + or - before text as a broken formula', () => {
    expect(cell(1)?.f).toBe('=+44 20');
    expect(cell(2)?.f).toBe('=-5 days');
  });

  it('keeps the rest as text after an apostrophe', () => {
    expect(cell(3)).toEqual({ v: '=not a formula', f: null });
  });

  it('turns number- and date-looking text into numbers', () => {
    expect(cell(4)?.v).toBe(4);
    expect(cell(5)?.v).toBe(serialOfYmd(2025, 1, 15));
  });

  it('stores input as typed in a plain-text cell', () => {
    sheet.getRange('A2').setNumberFormat('@');
    sheet.getRange('A2:A2').setValues([['4']]);
    expect(google.model.find('Data')!.cell(1, 0)).toEqual({ v: '4', f: null });
  });
});

describe('one R1C1 formula over a range list', () => {
  const { google, sheet, lock } = setup();
  lock();
  google.log.reset();
  sheet.getRangeList(['C2:C3', 'C5']).setFormulaR1C1('=IF(RC[-1]="R1C1",R[-1]C[-2]*R1C1+SUM(C[-2]:C[-2]),"")');
  const formula = (a1: string) => google.model.find('Data')!.cell(Number(a1.slice(1)) - 1, 2)?.f;

  it('gives every cell of every range the formula its references make from that cell', () => {
    expect(formula('C2')).toBe('=IF(B2="R1C1",A1*$A$1+SUM(A:A),"")');
    expect(formula('C3')).toBe('=IF(B3="R1C1",A2*$A$1+SUM(A:A),"")');
    expect(formula('C5')).toBe('=IF(B5="R1C1",A4*$A$1+SUM(A:A),"")');
    expect(formula('C4')).toBeUndefined();
  });

  it('counts as one write, a data call', () => {
    const counts = google.log.counts();
    expect(counts.byMethod['RangeList.setFormulaR1C1']).toBe(1);
    expect(counts.byCategory.write).toBe(1);
    expect(counts.data).toBe(1);
  });
});

describe('selecting', () => {
  it('activates a range list as one selection of every range, its last range active', () => {
    const { google, g, sheet } = setup();
    g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Lists')!.activate();
    sheet.getRangeList(['A1:A3', 'C5', 'D7:E8']).activate();
    expect(google.model.active?.name).toBe('Data');
    expect(google.model.selection?.rects).toEqual([
      { row: 0, col: 0, rows: 3, cols: 1 },
      { row: 4, col: 2, rows: 1, cols: 1 },
      { row: 6, col: 3, rows: 2, cols: 2 },
    ]);
    expect(google.model.activeRange?.rect).toEqual({ row: 6, col: 3, rows: 2, cols: 2 });
  });

  it('makes an activated range the whole selection', () => {
    const { google, sheet } = setup();
    sheet.getRangeList(['A1', 'B2']).activate();
    sheet.getRange('C3').activate();
    expect(google.model.selection?.rects).toEqual([{ row: 2, col: 2, rows: 1, cols: 1 }]);
  });
});

describe('shapes and limits', () => {
  const { sheet, lock, ss } = setup();
  lock();

  it('refuses a grid that does not match the range', () => {
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(/number of rows in the data does not match/);
  });

  it('refuses a cell of more than 50,000 characters, writing nothing of that call', () => {
    expect(() => sheet.getRange('A1:A2').setValues([['kept?'], ['x'.repeat(50001)]])).toThrow(/maximum of 50000 characters/);
    expect(sheet.getRange('A1').getValue()).not.toBe('kept?');
  });

  it('refuses ranges outside the sheet until it grows', () => {
    expect(() => sheet.getRange('A1001')).toThrow(/outside the dimensions/);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange('A1005').getA1Notation()).toBe('A1005');
  });

  it('will not delete the last sheet nor hide the last visible one', () => {
    const lists = ss.getSheetByName('Lists')!;
    lists.hideSheet();
    expect(() => ss.getSheetByName('Data')!.hideSheet()).toThrow(/hide all the sheets/);
  });
});

describe('dates', () => {
  it('hands out a date cell as midnight in the spreadsheet zone', () => {
    const google = new FakeGoogle({ timeZone: 'America/New_York' });
    seedSnapshot(google.model, { sheets: [{ name: 'D', values: [[serialOfYmd(2025, 7, 1)]] }] }, () => true);
    const app = google.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const value = app.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').getValues()[0]![0] as Date;
    expect(value.toISOString()).toBe('2025-07-01T04:00:00.000Z');
  });
});

describe('rules', () => {
  const { google, g, ss, sheet, lock } = setup();
  lock();
  const app = g.SpreadsheetApp;

  it('replaces every conditional format rule of a sheet at once', () => {
    const rule = (f: string) => app.newConditionalFormatRule().whenFormulaSatisfied(f).setBackground('#FF0000').setRanges([sheet.getRange('A1:A5')]).build();
    sheet.setConditionalFormatRules([rule('=A1>1'), rule('=A1>2')]);
    sheet.setConditionalFormatRules([rule('=A1>3')]);
    expect(google.model.find('Data')!.cfRules.map((r) => r.formula)).toEqual(['=A1>3']);
  });

  it('breaks named ranges and dropdowns that point at a deleted sheet', () => {
    const lists = ss.getSheetByName('Lists')!;
    ss.setNamedRange('RB_Options', lists.getRange('A1:A2'));
    sheet.getRange('B1:B3').setDataValidation(app.newDataValidation().requireValueInRange(ss.getRangeByName('RB_Options')!, true).build());
    ss.insertSheet('Other');
    ss.deleteSheet(lists);
    expect(ss.getRangeByName('RB_Options')).toBeNull();
    expect(google.model.find('Data')!.validation(0, 1)?.broken).toBe(true);
  });
});

describe('what it refuses', () => {
  it('refuses writes without a lock', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:A1').setValues([[1]])).toThrow(/without holding the document lock/);
  });

  it('refuses methods it does not model', () => {
    const { sheet } = setup();
    expect(() => (sheet as unknown as { autoResizeColumns(a: number, b: number): void }).autoResizeColumns(1, 2)).toThrow(/not implemented/);
  });

  it('has no document lock or properties outside a bound script', () => {
    const { g } = setup({ bound: false });
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(g.PropertiesService.getDocumentProperties()).toBeNull();
  });

  it('limits property values to 9 KB', () => {
    const { g } = setup();
    expect(() => g.PropertiesService.getDocumentProperties()!.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
  });

  it('counts properties in UTF-8 bytes, 500 KB in all, and keeps them as UTF-8 text', () => {
    const { g } = setup();
    const props = g.PropertiesService.getDocumentProperties()!;
    // 3,000 Chinese characters: 9,000 bytes, fine; 3,100 are 9,300 bytes, too many.
    expect(() => props.setProperty('a', '风'.repeat(3000))).not.toThrow();
    expect(() => props.setProperty('b', '风'.repeat(3100))).toThrow(/too large/);
    const many = Object.fromEntries(Array.from({ length: 60 }, (_v, i) => [`k${i}`, '风'.repeat(3000)]));
    expect(() => props.setProperties(many)).toThrow(/quota/);
    // Half an emoji cannot be kept: it comes back as U+FFFD.
    props.setProperty('half', '🔒'.slice(0, 1));
    expect(props.getProperty('half')).toBe('\ufffd');
  });

  it('refuses meta tags HtmlService does not pass on, and records those it does', () => {
    const { google } = setup({ htmlFiles: new Map([['Sidebar', '<meta name="viewport" content="x"><p>hi</p>']]) });
    const g = google.globals() as { HtmlService: GoogleAppsScript.HTML.HtmlService; SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const html = g.HtmlService.createHtmlOutputFromFile('Sidebar');
    expect(() => html.addMetaTag('description', 'x')).toThrow(/not allowed/);
    g.SpreadsheetApp.getUi().showSidebar(html);
    // The tag in the file is ignored: the page gets only what addMetaTag added.
    expect(google.ui.sidebars[0]!.metaTags).toEqual([]);
  });
});

describe('the UI and the clock', () => {
  it('shows a hidden sheet that is made active, as the Sheets UI displays the active sheet', () => {
    const { google, g, ss, lock } = setup();
    lock();
    const lists = ss.getSheetByName('Lists')!;
    lists.hideSheet();
    g.SpreadsheetApp.getActiveSpreadsheet().setActiveSheet(lists);
    expect(google.model.find('Lists')!.hidden).toBe(false);
    lists.hideSheet();
    lists.activate();
    expect(google.model.find('Lists')!.hidden).toBe(false);
  });

  it('lets time pass while an alert is open', () => {
    const { google, g } = setup();
    google.ui.msPerAlert = 90000;
    const before = google.now();
    const ui = g.SpreadsheetApp.getUi();
    ui.alert('Riskbook', 'Go on?', ui.ButtonSet.YES_NO);
    expect(google.now() - before).toBe(90000);
    expect(google.ui.alerts[0]!.atMs).toBe(before);
  });

  it('ends an execution at its limit, where a test sets one', () => {
    const { google, sheet } = setup();
    google.log.executionLimitMs = 6 * 60000;
    google.log.startExecution();
    google.log.advance(6 * 60000 + 1);
    expect(() => sheet.getDataRange()).toThrow(/Exceeded maximum execution time/);
  });
});

describe('counting', () => {
  it('counts calls per method and category, and advances the simulated clock', () => {
    const { google, sheet } = setup();
    google.log.reset();
    google.log.msPerCall = 1000;
    const before = google.now();
    sheet.getDataRange().getValues();
    const counts = google.log.counts();
    expect(counts.byMethod['Range.getValues']).toBe(1);
    expect(counts.byCategory.read).toBe(1);
    expect(counts.byCategory.navigation).toBe(1);
    expect(google.now() - before).toBe(2000);
  });

  it('hands out one proxy per object', () => {
    const { google } = setup();
    const s = google.model.sheetObject(google.model.sheets[0]!) as FakeSheet;
    expect(expose(s, google.log)).toBe(expose(s, google.log));
  });
});
