/**
 * docs/security.md, "What the add-ins can touch": the engine (core/), the shared panel (ui/) and
 * the two spreadsheet hosts (excel-addin/, sheets-addon/) contain no network API and no way to
 * run a string as code. The built bundles are checked in built-pages-have-a-csp-and-no-eval.test.ts.
 * Comments are stripped first, so a comment may name what the code must not use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['core', 'ui', 'excel-addin', 'sheets-addon'] as const;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every way a browser page, a worker or Apps Script reaches the network. */
const NETWORK = /\bfetch\s*\(|\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|UrlFetchApp|navigator\.serviceWorker|RTCPeerConnection)\b/;
/** Every way to run a string as code. */
const EVAL = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\bset(Timeout|Interval)\s*\(\s*['"`]/;
/** A remote URL as a script, style, image or frame source. */
const REMOTE_ASSET = /\b(src|href)\s*[:=]\s*['"`]https?:\/\//;

const files = FOLDERS.flatMap((f) => sourceFiles(path.join(ROOT, f)).map((file) => [path.relative(ROOT, file), file] as const));

describe('the engine, the panel and the hosts', () => {
  it('have source files to check in every folder', () => {
    for (const folder of FOLDERS) expect(files.filter(([rel]) => rel.startsWith(`${folder}/`)).length).toBeGreaterThan(3);
  });

  it.each(files)('%s calls no network API', (_rel, file) => {
    expect(code(file)).not.toMatch(NETWORK);
  });

  it.each(files)('%s runs no string as code', (_rel, file) => {
    expect(code(file)).not.toMatch(EVAL);
  });

  it.each(files.filter(([rel]) => rel.startsWith('core/') || rel.startsWith('ui/')))('%s loads nothing from a remote URL', (_rel, file) => {
    expect(code(file)).not.toMatch(REMOTE_ASSET);
  });

  it('really catches what it forbids', () => {
    for (const bad of ["fetch('/x')", 'new XMLHttpRequest()', 'navigator.sendBeacon(u, d)', "importScripts('https://x/y.js')", 'UrlFetchApp.fetch(u)']) expect(bad).toMatch(NETWORK);
    for (const bad of ['eval(s)', "new Function('return 1')", "Function('a', 'b')", "setTimeout('x()', 1)"]) expect(bad).toMatch(EVAL);
    for (const fine of ['prefetchRows(sheet)', 'evaluate(formula)', 'const f: Function = g', 'setTimeout(() => x(), 1)']) {
      expect(fine).not.toMatch(NETWORK);
      expect(fine).not.toMatch(EVAL);
    }
  });
});
