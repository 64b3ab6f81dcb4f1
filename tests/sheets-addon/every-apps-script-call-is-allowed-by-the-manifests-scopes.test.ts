/**
 * Apps Script lets a script call only what the scopes in appsscript.json allow; a call outside
 * them fails for the person at run time ("You do not have permission to call …"), never in a test
 * against the fake. So every Apps Script method the server code calls is checked against the
 * manifest's scopes (tests/support/apps-script-calls.ts has the table, from Google's reference
 * pages), and every scope the manifest asks a person to grant must be one some call needs.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { ROOT } from '../support/ts-program';
import type { MethodCall } from '../support/apps-script-calls';
import { SCOPES, appsScriptCalls, scopesOf } from '../support/apps-script-calls';

jest.setTimeout(120000);

const SERVER = path.join(ROOT, 'sheets-addon');
const SOURCES = readdirSync(SERVER)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(SERVER, f));
const MANIFEST_SCOPES: readonly string[] = (JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;

/** Calls whose method no scope of `granted` allows, or whose scopes the table does not know. */
function notAllowed(calls: readonly MethodCall[], granted: readonly string[]): string[] {
  return calls
    .filter((c) => {
      const needs = scopesOf(c.method);
      return needs === null || (needs.length > 0 && !needs.some((s) => granted.includes(s)));
    })
    .map((c) => `${c.file}:${c.line} ${c.method} needs ${scopesOf(c.method)?.join(' or ') ?? 'scopes no one has looked up'}`);
}

describe('the Sheets add-on\'s server code', () => {
  let calls: MethodCall[];
  beforeAll(() => {
    calls = appsScriptCalls(SOURCES);
  });

  it('calls only what the scopes in appsscript.json allow', () => {
    expect(notAllowed(calls, MANIFEST_SCOPES)).toEqual([]);
  });

  it('needs every scope appsscript.json asks for', () => {
    const needed = new Set(calls.flatMap((c) => {
      const needs = scopesOf(c.method) ?? [];
      // The narrowest scope that allows the call is the one it needs.
      const granted = needs.filter((s) => MANIFEST_SCOPES.includes(s));
      return granted.slice(0, 1);
    }));
    expect([...MANIFEST_SCOPES].sort()).toEqual([...needed].sort());
  });

  it('is really read: the calls it makes of each service are found', () => {
    const methods = new Set(calls.map((c) => c.method));
    for (const m of ['Spreadsheet.Range.setValues', 'Spreadsheet.Spreadsheet.moveActiveSheet', 'Base.Ui.alert', 'Base.Menu.addItem', 'Base.Ui.showSidebar', 'HTML.HtmlOutput.addMetaTag', 'Lock.LockService.getDocumentLock', 'Properties.Properties.setProperties']) {
      expect(methods).toContain(m);
    }
  });
});

describe('the check itself', () => {
  const SAMPLE = path.join(SERVER, '__scope-sample__.ts');
  const code = `
export function allowed(): void {
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValues([[1]]);
  SpreadsheetApp.getUi().alert('fine');
  PropertiesService.getDocumentProperties();
}

export function opensAnotherFile(): void {
  SpreadsheetApp.openById('1abc').getSheets();
}

export function fetchesTheWeb(): void {
  UrlFetchApp.fetch('https://example.com');
}
`;
  let sample: MethodCall[];
  beforeAll(() => {
    sample = appsScriptCalls([SAMPLE], new Map([[SAMPLE, code]]));
  });

  it('refuses a call that needs a scope the manifest lacks, and one of a service it does not know', () => {
    expect(notAllowed(sample, MANIFEST_SCOPES).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      `Spreadsheet.SpreadsheetApp.openById needs ${SCOPES.spreadsheets}`,
      'URL_Fetch.UrlFetchApp.fetch needs scopes no one has looked up',
    ]);
  });

  it('allows the rest, and everything with the broader spreadsheets scope but the unknown service', () => {
    expect(notAllowed(sample, [...MANIFEST_SCOPES, SCOPES.spreadsheets]).map((line) => line.replace(/^\S+ /, ''))).toEqual(['URL_Fetch.UrlFetchApp.fetch needs scopes no one has looked up']);
  });
});
