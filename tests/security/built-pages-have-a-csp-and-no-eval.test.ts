/**
 * docs/security.md, "Content-Security-Policy": every page of the built Excel add-in carries a CSP
 * meta tag, ahead of any script, that allows scripts only from the add-in's own origin and
 * Microsoft's office.js CDN and never `unsafe-eval` or inline scripts; the production bundles hold
 * no `eval(` and no `new Function(` (webpack's runtime has one `new Function('return this')`,
 * reached only where `globalThis` is missing, inside a try; it is the single exception); the Sheets
 * sidebar loads nothing from outside its own file. That the pane then runs under this policy, with
 * no console error and no request but office.js, is tests/browser/excel-taskpane.test.ts.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { ADDIN_DIST, ensureAddinBuild } from '../support/excel-addin-build';
import { DIST as SHEETS_DIST, ensureSheetsBuild } from '../support/sheets-bundle';

const OFFICE_HOSTS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];
const PAGES = {
  'taskpane.html': { office: true },
  'commands.html': { office: true },
  'notice.html': { office: true },
  'demo.html': { office: false },
  'help.html': { office: false },
} as const;

/** webpack's `__webpack_require__.g` fallback for engines without globalThis. */
const WEBPACK_GLOBAL_SHIM = /try\s*\{\s*return this\s*\|\|\s*new Function\(["']return this["']\)\(\)\s*\}\s*catch/g;
const EVAL = /\beval\s*\(|\bnew Function\s*\(/;
const NETWORK = /\bfetch\(|\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/;

function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
  if (!meta) return null;
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)]),
  );
}

beforeAll(() => {
  ensureAddinBuild();
  ensureSheetsBuild();
}, 600000);

describe.each(Object.entries(PAGES))('the built %s', (page, { office }) => {
  let html = '';
  let csp: Map<string, string[]> | null = null;
  beforeAll(() => {
    html = readFileSync(path.join(ADDIN_DIST, page), 'utf8');
    csp = policyOf(html);
  });

  it('has a Content-Security-Policy meta tag before any script', () => {
    expect(csp).not.toBeNull();
    const at = html.search(/<meta\s+http-equiv=["']?Content-Security-Policy/i);
    const firstScript = html.search(/<script\b/i);
    if (firstScript >= 0) expect(at).toBeLessThan(firstScript);
  });

  it('denies eval, inline scripts, plugins, form posts and foreign bases', () => {
    const all = [...csp!.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    expect(csp!.get('script-src') ?? []).not.toContain("'unsafe-inline'");
    expect(csp!.get('default-src')).toEqual(["'self'"]);
    expect(csp!.get('object-src')).toEqual(["'none'"]);
    expect(csp!.get('form-action')).toEqual(["'none'"]);
    expect(csp!.get('base-uri')).toEqual(["'self'"]);
    // Nothing is allowed to reach out: no wildcard sources and no connections beyond the origin.
    expect(all.filter((s) => s.includes('*') || s === 'https:' || s === 'http:')).toEqual([]);
    expect(csp!.get('connect-src') ?? ["'self'"]).toEqual(["'self'"]);
  });

  it(office ? 'takes scripts only from its own origin and the office.js CDN' : 'takes scripts from its own origin at most', () => {
    const scripts = csp!.get('script-src')!;
    if (page === 'help.html') expect(scripts).toEqual(["'none'"]);
    else expect(scripts).toEqual(office ? ["'self'", ...OFFICE_HOSTS] : ["'self'"]);
    const external = [...html.matchAll(/<script\b[^>]*\bsrc=["']?(https?:[^"' >]+)/gi)].map((m) => m[1]);
    expect(external).toEqual(office ? ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'] : []);
  });
});

describe('the built bundles of the add-in', () => {
  const bundles = (): string[] => readdirSync(ADDIN_DIST).filter((f) => f.endsWith('.js'));

  it('include the task pane, its worker and the commands', () => {
    const files = bundles();
    for (const name of ['taskpane', 'commands', 'notice']) expect(files.some((f) => f.startsWith(`${name}.`))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it('contain no eval( and no new Function( beyond webpack\'s globalThis fallback', () => {
    for (const f of bundles()) {
      const text = readFileSync(path.join(ADDIN_DIST, f), 'utf8').replace(WEBPACK_GLOBAL_SHIM, '');
      expect([f, EVAL.exec(text)?.[0] ?? null]).toEqual([f, null]);
    }
  });

  it('call no network API', () => {
    for (const f of bundles()) {
      const text = readFileSync(path.join(ADDIN_DIST, f), 'utf8');
      expect([f, NETWORK.exec(text)?.[0] ?? null]).toEqual([f, null]);
    }
  });

  it('start the worker from a same-origin file, so worker-src \'self\' is enough (no blob: worker)', () => {
    const pane = readFileSync(path.join(ADDIN_DIST, bundles().find((f) => f.startsWith('taskpane.'))!), 'utf8');
    expect(pane).toMatch(/new Worker\(new URL\(/);
    expect(pane).not.toMatch(/URL\.createObjectURL/);
  });
});

describe('the built Sheets sidebar and server bundle', () => {
  let sidebar = '';
  let code = '';
  beforeAll(() => {
    sidebar = readFileSync(path.join(SHEETS_DIST, 'Sidebar.html'), 'utf8');
    code = readFileSync(path.join(SHEETS_DIST, 'Code.js'), 'utf8');
  });

  it('inlines every script and style: no src, no stylesheet link, no remote @import or url()', () => {
    expect(sidebar).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(sidebar).not.toMatch(/<link\b[^>]*\bhref=/i);
    expect(sidebar).not.toMatch(/@import\s+(url\()?["']?https?:/i);
    expect(sidebar).not.toMatch(/url\(\s*["']?https?:/i);
    expect(sidebar).not.toMatch(/<(iframe|img|object|embed)\b[^>]*\bsrc=["']?https?:/i);
  });

  it('contains no eval( or new Function( and calls no network API', () => {
    for (const [name, text] of [['Sidebar.html', sidebar.replace(WEBPACK_GLOBAL_SHIM, '')], ['Code.js', code]] as const) {
      expect([name, EVAL.exec(text)?.[0] ?? null]).toEqual([name, null]);
      expect([name, NETWORK.exec(text)?.[0] ?? null]).toEqual([name, null]);
      expect(text).not.toMatch(/\bUrlFetchApp\b/);
    }
  });
});
