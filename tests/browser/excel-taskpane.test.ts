/**
 * The built Excel task pane in a real browser: Debian's Chromium, driven by playwright-core, loads
 * dist/excel-addin/taskpane.html from a local server. The page asks for office.js from Microsoft's
 * CDN; that request is answered with a stub (tests/browser/office-stub.ts, bundled by esbuild) that
 * installs `Office` and the fake Excel holding the example register. Every other request outside
 * the local server is refused, so the test runs offline and proves the pane needs nothing else.
 *
 * A 320 px pane: "Recalculate & check traceability" writes every generated sheet into the fake
 * workbook, the findings show the counts the core's check() reports on the workbook the fake then
 * holds, and choosing a finding selects its cell. Screenshots go to out/screenshots/ for a person.
 */
import * as ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import type { Server } from 'http';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { gzipSync } from 'zlib';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { check, generate } from '../../core/engine';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { S } from '../../ui/panel/strings';
import { browserScript, chromiumAvailability, launchChromium, poll } from '../support/chromium';
import { ADDIN_DIST, ROOT, ensureAddinBuild } from '../support/excel-addin-build';
import type { FakeOfficeOptions } from '../support/fake-excel';
import { requires } from '../support/prerequisite';
import type { FakeWindowHandle } from './office-stub';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
const SCREENSHOTS = path.join(ROOT, 'out/screenshots');
/** The pane's clock, fixed so the browser and check() agree on overdue reviews. */
const NOW = '2026-11-23T12:00:00.000Z';
const PANE_WIDTH = 320;
const PANE_HEIGHT = 900;
/** Budgets for what the pane downloads (minified; gzip is what a server sends). */
const TASKPANE_BUDGET = { raw: 1200 * 1024, gzip: 320 * 1024 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

declare global {
  interface Window {
    riskbookFake?: FakeWindowHandle;
  }
}

/** Serves dist/excel-addin/ on 127.0.0.1, nothing outside it. */
function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(ADDIN_DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(ADDIN_DIST + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

async function exampleSnapshot(): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  return readXlsxSnapshot(workbook);
}

/** office.js as the test serves it: the example register, then the fake Office and Excel. */
async function officeStub(snapshot: WorkbookSnapshot): Promise<(options: FakeOfficeOptions) => string> {
  const code = await browserScript(path.join(__dirname, 'office-stub.ts'));
  const seed = JSON.stringify(snapshot);
  return (options) => `window.__riskbookSnapshot = ${seed};\nwindow.__riskbookOfficeOptions = ${JSON.stringify(options)};\n${code}`;
}

/** The scripts taskpane.html loads, in document order. */
function scriptSources(html: string): { src: string; tag: string }[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => ({ tag: m[0], src: /\bsrc=["']?([^"' >]+)/.exec(m[0])?.[1] ?? '' }));
}

let built: { rebuilt: boolean; ms: number } = { rebuilt: false, ms: 0 };

beforeAll(() => {
  built = ensureAddinBuild();
}, 600000);

describe('the production build of the add-in', () => {
  it('writes taskpane.html, which loads office.js from the CDN with a plain script tag before the bundle', () => {
    const html = readFileSync(path.join(ADDIN_DIST, 'taskpane.html'), 'utf8');
    const scripts = scriptSources(html);
    expect(scripts.map((s) => s.src)).toEqual([OFFICE_JS, expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(scripts[0]!.tag).not.toMatch(/\b(async|defer|type=["']?module)\b/);
  });

  it('builds the ribbon commands, the notice dialog, the help page, the icons and the manifest', () => {
    const files = readdirSync(ADDIN_DIST);
    for (const page of ['commands.html', 'notice.html', 'help.html', 'manifest.xml']) expect(files).toContain(page);
    const commands = scriptSources(readFileSync(path.join(ADDIN_DIST, 'commands.html'), 'utf8')).map((s) => s.src);
    expect(commands).toEqual([OFFICE_JS, expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/)]);
    expect(readdirSync(path.join(ADDIN_DIST, 'assets'))).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-80.png', 'recalc-80.png']));
  });

  it('keeps the task pane small, with no source maps shipped', () => {
    const files = readdirSync(ADDIN_DIST);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const bundle = files.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))!;
    const data = readFileSync(path.join(ADDIN_DIST, bundle));
    const sizes = { raw: statSync(path.join(ADDIN_DIST, bundle)).size, gzip: gzipSync(data, { level: 9 }).length };
    console.log(
      `task pane bundle ${bundle}: ${(sizes.raw / 1024).toFixed(0)} KiB minified, ${(sizes.gzip / 1024).toFixed(0)} KiB gzip` +
        (built.rebuilt ? ` (built in ${(built.ms / 1000).toFixed(1)} s)` : ' (reused the existing build)'),
    );
    expect(sizes.raw).toBeLessThan(TASKPANE_BUDGET.raw);
    expect(sizes.gzip).toBeLessThan(TASKPANE_BUDGET.gzip);
  });
});

const chromium = chromiumAvailability();
const inChromium = requires('the real-browser tests', chromium.missing).describe;

inChromium('the task pane in Chromium, on a fake Excel holding the example register', () => {
  let server: Server;
  let origin = '';
  let stub: (options: FakeOfficeOptions) => string = () => '';
  let before: WorkbookSnapshot;
  const launched: { context: BrowserContext; profile: string }[] = [];

  beforeAll(async () => {
    before = await exampleSnapshot();
    stub = await officeStub(before);
    ({ server, origin } = await serveDist());
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120000);

  afterAll(async () => {
    for (const { context, profile } of launched) {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A fresh pane: office.js answered by the stub, everything else off the local server refused. */
  async function openPane(office: FakeOfficeOptions | 'blocked' = {}): Promise<{ page: Page; refused: string[]; errors: string[] }> {
    if (!chromium.available) throw new Error('unreachable');
    const run = await launchChromium(chromium.executable, { width: PANE_WIDTH, height: PANE_HEIGHT });
    const body = office === 'blocked' ? null : stub(office);
    launched.push(run);
    const refused: string[] = [];
    const errors: string[] = [];
    await run.context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS && body !== null) await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
      else if (url.startsWith(`${origin}/`)) await route.continue();
      else {
        refused.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const page = run.context.pages()[0] ?? (await run.context.newPage());
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(`${origin}/taskpane.html`);
    return { page, refused, errors };
  }

  const recalcButton = (page: Page) => page.getByRole('button', { name: S.actions.recalc, exact: true });
  const findingsRegion = (page: Page) => page.getByRole('region', { name: S.findings.heading, exact: true });

  it('recalculates, shows the findings check() reports, and selects the cell of a finding', async () => {
    const { page, refused, errors } = await openPane();
    await recalcButton(page).waitFor({ state: 'visible', timeout: 30000 });
    await page.waitForFunction(() => window.riskbookFake !== undefined);
    const sheetsBefore = await page.evaluate(() => window.riskbookFake!.sheetNames());
    expect(sheetsBefore).toEqual(before.sheets.map((s) => s.name));

    // Every sheet the core plans for this workbook, so the list follows the engine, not this test.
    const planned = generate(before, 'recalc', { now: NOW }).plan.sheets.map((s) => s.name);
    expect(planned).toEqual(expect.arrayContaining(['Methodology', 'Risk Treatment Plan', 'Statement of Applicability', 'Heatmap', 'Checks', 'Change log']));

    await recalcButton(page).click();
    const sheetsAfter = await poll(
      'the generated sheets',
      () => page.evaluate(() => window.riskbookFake!.sheetNames()),
      (names) => planned.every((n) => names.includes(n)),
    );
    expect(sheetsAfter).toEqual(expect.arrayContaining([...before.sheets.map((s) => s.name), ...planned]));
    await page.getByText(S.progress.recalc).waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);

    // What the findings list must say: check() on the workbook the fake now holds.
    const after = await page.evaluate(() => window.riskbookFake!.snapshot());
    const expected = check(after, { now: NOW });
    expect(expected.usable).toBe(true);
    const { errors: e, warnings: w, infos: i } = expected.summary;
    const todos = expected.findings.filter((f) => f.todo !== undefined);
    const region = findingsRegion(page);
    await region.getByText(S.findings.counts(e, w, i, todos.length), { exact: true }).waitFor({ state: 'attached', timeout: 30000 });
    // The to-do list leads; the warnings heading counts the warnings that are not on it.
    const otherWarnings = w - todos.filter((f) => f.severity === 'warning').length;
    for (const [heading, n] of [['To do', todos.length], ['Errors', e], ['Warnings', otherWarnings]] as const) {
      if (n > 0) await expect(region.getByRole('heading', { name: new RegExp(`^${heading} \\(${n}\\)$`) }).count()).resolves.toBe(1);
    }

    // The pointer still rests where the button was before the pane grew: no stray hover state.
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'excel-taskpane.png'), fullPage: true });

    // The first error finding: its button names the cell; choosing it selects that cell in Excel.
    const first = expected.findings.find((f) => f.severity === 'error') ?? expected.findings[0]!;
    const button = region.getByRole('button', { name: new RegExp(escapeRegExp(first.message)) }).first();
    await button.click();
    const selected = await poll(
      'the selection',
      () => page.evaluate(() => window.riskbookFake!.selection()),
      (s) => s !== null && s.sheet === first.sheet && s.cell === first.cell,
      15000,
    );
    expect(selected).toEqual({ sheet: first.sheet, cell: first.cell });

    // A to-do line about several ranges: this fake Excel (ExcelApi 1.13) cannot select range
    // areas (1.18), so the pane selects the first range (the Node tests select them all on 1.18).
    const todo = todos.find((f) => f.cells && f.cells.length > 1)!;
    await region.getByRole('button', { name: todo.todo, exact: true }).click();
    const firstRange = await poll(
      'the selection of the first range',
      () => page.evaluate(() => window.riskbookFake!.selection()),
      (s) => s !== null && s.sheet === todo.sheet && s.cell === todo.cells![0],
      15000,
    );
    expect(firstRange).toEqual({ sheet: todo.sheet, cell: todo.cells![0] });

    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 120000);

  it('follows Excel when Excel says its theme is dark', async () => {
    // Excel's "Black" Office theme; the system (Chromium) stays light, so this is Office's word.
    const { page, errors } = await openPane({ officeTheme: { bodyBackgroundColor: '#262626' } });
    await recalcButton(page).waitFor({ state: 'visible', timeout: 30000 });
    await recalcButton(page).click();
    await findingsRegion(page).waitFor({ state: 'visible', timeout: 30000 });
    await page.getByText(S.progress.recalc).waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-theme]')!).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.2);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'excel-taskpane-dark.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120000);

  it('says how to open it when office.js does not load (a plain browser tab, or the CDN blocked)', async () => {
    const { page, refused } = await openPane('blocked');
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 30000 });
    await expect(alert.getByRole('heading').textContent()).resolves.toBe('Office did not load');
    await expect(alert.textContent()).resolves.toMatch(/Upload My Add-in/);
    expect(refused).toEqual([OFFICE_JS]);
  }, 60000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Relative luminance (0 black, 1 white) of a CSS `rgb(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}
