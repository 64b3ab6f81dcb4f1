/**
 * The Apps Script methods the Sheets add-on's server code calls, found by the TypeScript checker
 * against @types/google-apps-script, and the OAuth scopes each needs by Google's reference pages.
 *
 * A method is named by its service and class as the types declare it: `Spreadsheet.Range.setValues`,
 * `Base.Ui.alert`, `HTML.HtmlOutput.addMetaTag`. Its scopes are the "Authorization" section of its
 * reference page (developers.google.com/apps-script/reference/…): every method of the Spreadsheet
 * service takes `spreadsheets.currentonly` or `spreadsheets`, but those that reach another file
 * (open, openById, openByUrl, create) only `spreadsheets`; the editor's menus, alerts and sidebars
 * (Base.Ui, Base.Menu) take `script.container.ui`; HtmlService, LockService, PropertiesService and
 * the logs need none. A service not in the table is unknown, and a test naming it fails until its
 * scopes are looked up and added.
 */
import * as path from 'path';
import ts from 'typescript';
import { ROOT, declarationsOf, programOf } from './ts-program';

const GAS_TYPES = `${path.sep}@types${path.sep}google-apps-script${path.sep}`;

export const SCOPES = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
} as const;

/** Any one of these scopes lets the method run; an empty list needs no scope at all. */
export type ScopeRule = readonly string[];

/** By service (the namespace under GoogleAppsScript), the scopes its methods need. */
const BY_SERVICE: Readonly<Record<string, ScopeRule>> = {
  Spreadsheet: [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets],
  HTML: [],
  Lock: [],
  Properties: [],
};

/** By class within a service, where the service has no one rule. */
const BY_CLASS: Readonly<Record<string, ScopeRule>> = {
  'Base.Ui': [SCOPES.containerUi],
  'Base.Menu': [SCOPES.containerUi],
  'Base.Logger': [],
  'Base.Console': [],
};

/** Single methods that need more than their service: they reach files other than the current one. */
const BY_METHOD: Readonly<Record<string, ScopeRule>> = {
  'Spreadsheet.SpreadsheetApp.open': [SCOPES.spreadsheets],
  'Spreadsheet.SpreadsheetApp.openById': [SCOPES.spreadsheets],
  'Spreadsheet.SpreadsheetApp.openByUrl': [SCOPES.spreadsheets],
  'Spreadsheet.SpreadsheetApp.create': [SCOPES.spreadsheets],
};

/** The scopes a method needs, or null for a service the table does not know. */
export function scopesOf(method: string): ScopeRule | null {
  const [service, cls] = method.split('.');
  return BY_METHOD[method] ?? BY_CLASS[`${service}.${cls}`] ?? BY_SERVICE[service ?? ''] ?? null;
}

export interface MethodCall {
  readonly method: string;
  readonly file: string;
  readonly line: number;
}

/** `Service.Class.method` of an Apps Script declaration, or null for anything else. */
function methodName(decl: ts.Declaration, member: string): string | null {
  if (!path.resolve(decl.getSourceFile().fileName).includes(GAS_TYPES)) return null;
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if ((ts.isInterfaceDeclaration(n) || ts.isClassDeclaration(n) || ts.isModuleDeclaration(n)) && n.name && ts.isIdentifier(n.name)) names.unshift(n.name.text);
  }
  if (names[0] === 'GoogleAppsScript') names.shift();
  return names.length > 0 ? [...names, member].join('.') : null;
}

/** Every Apps Script method the files call, where. */
export function appsScriptCalls(files: readonly string[], overrides?: ReadonlyMap<string, string>): MethodCall[] {
  const { program, sources } = programOf(path.join(ROOT, 'sheets-addon/tsconfig.json'), files, overrides);
  const checker = program.getTypeChecker();
  const calls: MethodCall[] = [];
  for (const sf of sources) {
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
        for (const decl of declarationsOf(checker, n.expression)) {
          const method = methodName(decl, n.expression.name.text);
          if (method) {
            calls.push({ method, file: path.relative(ROOT, sf.fileName), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 });
            break;
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return calls;
}
