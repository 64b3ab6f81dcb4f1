/**
 * The built Google Sheets sidebar (dist/sheets-addon/Sidebar.html) in a real browser: Debian's
 * Chromium, driven by playwright-core, opens the file at the sidebar's 300 px width with a stub
 * `google.script.run` injected before the page's script (tests/browser/sheets-script-run-stub.ts)
 * that answers from an in-memory copy of the example register. Any request the page makes beyond
 * its own file is recorded: the sidebar must need nothing else.
 *
 * "Recalculate & check traceability" must show the findings the core's check() reports on the
 * workbook the stub then holds, with no horizontal scrolling at 300 px; choosing a finding asks the
 * server to select its cell. The screenshot goes to out/screenshots/sheets-sidebar.png.
 */
import { mkdirSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { BrowserContext, Page } from 'playwright-core';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { check } from '../../core/engine';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { S } from '../../ui/panel/strings';
import { browserScript, chromiumAvailability, launchChromium, poll } from '../support/chromium';
import { requires } from '../support/prerequisite';
import { DIST, ROOT, ensureSheetsBuild } from '../support/sheets-bundle';
import type { SheetsStubHandle } from './sheets-script-run-stub';

const SIDEBAR = path.join(DIST, 'Sidebar.html');
const SCREENSHOT = path.join(ROOT, 'out/screenshots/sheets-sidebar.png');
/** The first screenful only, as a person sees the sidebar open. */
const SCREENSHOT_TOP = path.join(ROOT, 'out/screenshots/sheets-sidebar-top.png');
/** One screenful from the findings' heading down. */
const SCREENSHOT_FINDINGS = path.join(ROOT, 'out/screenshots/sheets-sidebar-findings.png');
const NOW = '2026-11-23T12:00:00.000Z';
const SIDEBAR_WIDTH = 300;
const SIDEBAR_HEIGHT = 900;

declare global {
  interface Window {
    riskbookSheetsStub?: SheetsStubHandle;
  }
}

async function stubScript(snapshot: WorkbookSnapshot): Promise<string> {
  const code = await browserScript(path.join(__dirname, 'sheets-script-run-stub.ts'));
  return `window.__riskbookSnapshot = ${JSON.stringify(snapshot)};\nwindow.__riskbookNow = ${JSON.stringify(NOW)};\n${code}`;
}

beforeAll(() => {
  ensureSheetsBuild();
}, 300000);

const chromium = chromiumAvailability();
const inChromium = requires('the real-browser tests', chromium.missing).describe;

inChromium('the Google Sheets sidebar in Chromium, at 300 px, over a stub google.script.run', () => {
  let run: { context: BrowserContext; profile: string } | null = null;
  let page: Page;
  let before: WorkbookSnapshot;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!chromium.available) return;
    before = readXlsxSnapshot(await loadWorkbook(readFileSync(path.join(ROOT, 'examples/acme-saas-register.xlsx'))));
    const stub = await stubScript(before);
    run = await launchChromium(chromium.executable, { width: SIDEBAR_WIDTH, height: SIDEBAR_HEIGHT });
    page = run.context.pages()[0] ?? (await run.context.newPage());
    await page.addInitScript({ content: stub });
    page.on('request', (req) => {
      if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) outside.push(req.url());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(pathToFileURL(SIDEBAR).href);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  }, 120000);

  afterAll(async () => {
    if (!run) return;
    await run.context.close();
    rmSync(run.profile, { recursive: true, force: true });
  });

  const recalcButton = () => page.getByRole('button', { name: S.actions.recalc, exact: true });
  const findingsRegion = () => page.getByRole('region', { name: S.findings.heading, exact: true });

  it('recalculates through google.script.run and shows the findings check() reports', async () => {
    await recalcButton().waitFor({ state: 'visible', timeout: 30000 });
    await recalcButton().click();
    await poll(
      'the recalculation',
      () => page.evaluate(() => window.riskbookSheetsStub!.workbook().sheets.map((s) => s.name)),
      (names) => names.includes('Checks'),
    );
    await page.getByText(S.progress.recalc).waitFor({ state: 'detached', timeout: 30000 }).catch(() => undefined);
    const after = await page.evaluate(() => window.riskbookSheetsStub!.workbook());
    const expected = check(after, { now: NOW });
    const { errors: e, warnings: w, infos: i } = expected.summary;
    expect(e + w).toBeGreaterThan(0);
    const todos = expected.findings.filter((f) => f.todo !== undefined).length;
    await findingsRegion().getByText(S.findings.counts(e, w, i, todos), { exact: true }).waitFor({ state: 'attached', timeout: 30000 });

    const calls = await page.evaluate(() => window.riskbookSheetsStub!.calls());
    expect(calls.filter((c) => c.fn === 'riskbookRequest').length).toBeGreaterThanOrEqual(2);
    expect(calls.every((c) => c.argTypes.every((t) => t === 'string'))).toBe(true);
  }, 120000);

  it('fits 300 px: no horizontal scrolling', async () => {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.client).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    expect(widths.scroll).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT_TOP });
  }, 60000);

  it('fits the example\'s findings on one screen, the to-do list first and every error shown', async () => {
    const measured = await page.evaluate(() => {
      const region = document.querySelector('[data-findings]')!;
      region.scrollIntoView({ block: 'start' });
      const below = (el: Element): boolean => el.getBoundingClientRect().bottom > window.innerHeight;
      const errors = Array.from(region.querySelectorAll('[data-severity="error"] button[data-finding]'));
      return {
        height: region.getBoundingClientRect().height,
        first: region.querySelector('h3')?.textContent ?? '',
        errors: errors.length,
        errorsBelow: errors.filter(below).length,
      };
    });
    await page.screenshot({ path: SCREENSHOT_FINDINGS });
    const after = await page.evaluate(() => window.riskbookSheetsStub!.workbook());
    expect(measured.first).toMatch(/^To do \(\d+\)$/);
    expect(measured.errors).toBe(check(after, { now: NOW }).summary.errors);
    expect(measured.errorsBelow).toBe(0);
    expect(measured.height).toBeLessThanOrEqual(SIDEBAR_HEIGHT);
    await page.evaluate(() => window.scrollTo(0, 0));
  }, 60000);

  it('asks the server to select the cell of a finding', async () => {
    const after = await page.evaluate(() => window.riskbookSheetsStub!.workbook());
    const first = check(after, { now: NOW }).findings.find((f) => f.severity === 'error')!;
    await findingsRegion()
      .getByRole('button', { name: new RegExp(first.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .click();
    const selected = await poll(
      'the selection',
      () => page.evaluate(() => window.riskbookSheetsStub!.selected()),
      (s) => s !== null,
      15000,
    );
    expect(selected).toEqual({ sheet: first.sheet, cells: [first.cell] });
  }, 60000);

  it('needs nothing beyond its own file, and logs no error', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
