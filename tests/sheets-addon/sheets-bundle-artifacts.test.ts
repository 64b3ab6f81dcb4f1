/**
 * dist/sheets-addon/ holds exactly what `clasp push` sends, in the shape Apps Script needs: one
 * global-scope Code.js with a top-level function per entry point, one self-contained Sidebar.html
 * and the manifest with V8 and exactly the two scopes. clasp itself needs a Google login, so it
 * never runs here; this is what can be checked without it.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as vm from 'vm';
import { MENU_ITEMS } from '../../sheets-addon/menu';
import { DIST, ROOT, distFile, ensureSheetsBuild } from '../support/sheets-bundle';

const SCOPES = ['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];
/**
 * shared/notes/hosts.md suggests 150 KB for Code.js (the core alone is about 140 KB); see the README.
 * Adopting the registers teams keep (issue 11) added about 45 KB of data every host needs: header
 * words in seven languages, the rank lexicon of word scales, the words around control ids. The
 * budget moved from 300 to 340 KB for it. Adopting the team's own SoA and treatment plan (issue 12)
 * added about 80 KB, most of it again words as data (SoA and plan headers, applicability and status
 * words in seven languages), and cell notes; it moved to 440 KB. Getting back under is left to the
 * scale work (issue 13): one analysis per request and a leaner catalogue, not fewer languages.
 * The Dashboard (issue 14: its layout, the formulas behind its figures and the core's own figures)
 * added about 20 KB (434,089 to 454,265 bytes); it moved to 460 KB. The rest of issue 14 (print
 * layout and headers, the to-do lines and summary by rule, formats copied from the team's header)
 * took it to 473,911 bytes; it moved to 480 KB. Issue 15's trail and sign-off rules and issue 16's
 * booleans and month names in sixteen languages (so text a person types stays text in a German or
 * French spreadsheet) took it to 506,948 bytes; it moved to 512 KB. The rest of issue 15 (evidence
 * and effectiveness rules, methodology governance, assessment cycles, ISMS risks, the Control view
 * and Maturity) took it to 569,325 bytes; it moved to 576 KB. Most of it is again words as data
 * (the catalogue's messages, header words in seven languages): a leaner catalogue is the way back.
 */
const CODE_LIMIT = 576 * 1024;
const SIDEBAR_LIMIT = 1024 * 1024;

beforeAll(() => {
  ensureSheetsBuild();
}, 300000);

describe('the pushable project', () => {
  it('holds exactly Code.js, Sidebar.html and appsscript.json', () => {
    expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('has a manifest with the V8 runtime and exactly the two scopes', () => {
    const manifest = JSON.parse(distFile('appsscript.json')) as { runtimeVersion: string; oauthScopes: string[]; addOns?: unknown };
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual(SCOPES);
    // Editor add-ons have no manifest section of their own; addOns is for Workspace add-ons.
    expect(manifest.addOns).toBeUndefined();
    expect(distFile('appsscript.json')).toBe(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8').replace(/\s+$/, '') + '\n');
  });

  it('keeps within the size budgets', () => {
    const code = statSync(path.join(DIST, 'Code.js')).size;
    const sidebar = statSync(path.join(DIST, 'Sidebar.html')).size;
    expect(code).toBeLessThan(CODE_LIMIT);
    expect(sidebar).toBeLessThan(SIDEBAR_LIMIT);
  });
});

describe('Code.js', () => {
  const code = (): string => distFile('Code.js');

  it('is a classic script with no module syntax', () => {
    expect(() => new vm.Script(code())).not.toThrow();
    expect(code()).not.toMatch(/^\s*(import|export)\s/m);
    expect(code()).not.toMatch(/\brequire\(/);
  });

  it('loads in a context with no globals at all, as Apps Script evaluates it on every call', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code(), context)).not.toThrow();
  });

  it('declares a top-level function for every trigger, menu item and sidebar function', () => {
    const context = vm.createContext({});
    vm.runInContext(code(), context);
    const wanted = ['onOpen', 'onInstall', 'riskbookRequest', 'riskbookSelectCells', 'showSidebar', ...MENU_ITEMS.flatMap((i) => (i ? [i.functionName] : []))];
    for (const name of wanted) {
      expect(code()).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
    }
  });
});

describe('Sidebar.html', () => {
  const html = (): string => distFile('Sidebar.html');
  const script = (): string => /<script>([\s\S]*)<\/script>/.exec(html())![1]!;

  it('is one page: no external script, stylesheet or font', () => {
    expect(html()).not.toMatch(/<script[^>]+src\s*=/i);
    expect(html()).not.toMatch(/<link[^>]+href\s*=/i);
    const styles = [...html().matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(styles).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
  });

  it('has no scriptlet marker for HtmlService to trip on', () => {
    expect(html()).not.toContain('<?');
  });

  it('closes its script only at the end', () => {
    expect(script()).not.toMatch(/<\/script/i);
  });

  it('has no template literal, whose // HtmlService would strip', () => {
    const source = ts.createSourceFile('sidebar.js', script(), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    let templates = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) templates++;
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(templates).toBe(0);
    expect(() => new vm.Script(script())).not.toThrow();
  });

  it('mounts the panel on #root', () => {
    expect(html()).toContain('<div id="root"></div>');
    expect(html()).toContain('<base target="_top">');
  });
});

describe('clasp set-up', () => {
  it('ships an example .clasp.json pointing at the built folder, and scripts to build and push', () => {
    const example = JSON.parse(readFileSync(path.join(ROOT, '.clasp.json.example'), 'utf8')) as { rootDir: string; scriptId: string };
    expect(example.rootDir).toBe('dist/sheets-addon');
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:sheets']).toBe('node scripts/build-sheets-addon.mjs');
    expect(scripts['sheets:push']).toBe('npm run build:sheets && cd dist/sheets-addon && clasp push');
    expect(scripts.build).toMatch(/npm run build:sheets/);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.clasp\.json$/m);
  });
});
