/**
 * Looks at the task pane the way a person would: bundles the demo page (ui/demo/demo-page.tsx)
 * with esbuild, opens it in Debian's Chromium at the Sheets sidebar's 300 px, clicks
 * Recalculate, and saves light and dark screenshots, then the open sections (heatmap,
 * methodology editor, set-up), then a blank workbook's set-up, to out/screenshots/. It also checks what a screenshot cannot
 * show: nothing is wider than the pane, the first Tab stop is the primary button, and Enter on a
 * finding selects its cell.
 *
 *   npx tsx scripts/screenshot-panel.ts [--out DIR] [--chromium PATH] [--tiles] [--workbook FILE.xlsx]
 *
 * With --workbook, it also opens the pane on that workbook (read as the command line reads it),
 * saves its first screen (panel-workbook.png) and checks that the findings fit on that screen
 * with every error shown.
 *
 * Needs Chromium (Debian: apt-get install chromium). Prints the minified bundle size.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { gzipSync } from 'zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { readXlsxSnapshot } from '../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../cli/xlsx/workbook-io';

const WIDTH = 300;
const HEIGHT = 900;

function fail(message: string): never {
  process.stderr.write(`screenshot-panel: ${message}\n`);
  process.exit(2);
}

function option(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fail(`${name} needs a value`)) : fallback;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve('ui/demo/demo-page.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  });
  const file = result.outputFiles[0];
  if (!file) fail('esbuild produced no output');
  return file.text;
}

function page(): string {
  // The same frame as excel-addin/demo.html: no margins, the system UI font.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Riskbook demo</title>
<style>html, body { margin: 0; padding: 0; } body { font-family: "Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }</style>
</head>
<body><div id="root"></div><script src="demo.js"></script></body>
</html>`;
}

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

async function overflow(p: Page): Promise<Check> {
  const wide = await p.evaluate((limit) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > limit) out.push(`page scrolls to ${document.documentElement.scrollWidth}px`);
    for (const el of Array.from(document.querySelectorAll<Element>('#root *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit + 0.5) out.push(`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0] ?? ''} ends at ${Math.round(r.right)}px`);
      if (out.length > 5) break;
    }
    return out;
  }, WIDTH);
  return { name: `nothing wider than ${WIDTH}px`, ok: wide.length === 0, detail: wide.join('; ') };
}

/** With `tiles`, also saves the page in 700 px slices: a full page is too tall to read at full size. */
async function shoot(p: Page, file: string, tiles: boolean): Promise<void> {
  await p.screenshot({ path: file, fullPage: true });
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  if (!tiles) return;
  const height = await p.evaluate(() => document.documentElement.scrollHeight);
  const dir = path.join(path.dirname(file), 'tiles');
  mkdirSync(dir, { recursive: true });
  for (let y = 0, i = 1; y < height; y += 700, i++) {
    const tile = path.join(dir, `${path.basename(file, '.png')}-${i}.png`);
    await p.screenshot({ path: tile, fullPage: true, clip: { x: 0, y, width: WIDTH, height: Math.min(700, height - y) } });
  }
}

async function waitIdle(p: Page): Promise<void> {
  await p.waitForSelector('main[data-busy="false"]', { timeout: 30000 });
}

/**
 * The pane opened on a workbook of the caller's: its first screen, and whether the findings fit
 * on one screen with every error shown (scrolled to the findings' heading, the findings end
 * within the window, and each error's button is in it).
 */
async function shootWorkbook(context: BrowserContext, demoUrl: string, file: string, outDir: string, tiles: boolean): Promise<Check[]> {
  const snapshot = readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
  const p = await context.newPage();
  await p.addInitScript({ content: `window.riskbookDemoWorkbook = ${JSON.stringify(snapshot)};` });
  await p.goto(`${demoUrl}?theme=light`);
  await waitIdle(p);
  await p.mouse.move(0, 0);
  const shot = path.join(outDir, 'panel-workbook.png');
  await p.screenshot({ path: shot });
  process.stdout.write(`${path.relative(process.cwd(), shot)}\n`);
  await shoot(p, path.join(outDir, 'panel-workbook-full.png'), tiles);
  const measured = await p.evaluate(() => {
    const region = document.querySelector('[data-findings]');
    const top = region ? Math.round(region.getBoundingClientRect().top + window.scrollY) : -1;
    region?.scrollIntoView({ block: 'start' });
    const errors = Array.from(document.querySelectorAll<HTMLElement>('[data-severity="error"] button[data-finding]'));
    return {
      top,
      height: region ? Math.round(region.getBoundingClientRect().height) : -1,
      errors: errors.length,
      hidden: errors.filter((b) => b.getBoundingClientRect().bottom > window.innerHeight).length,
    };
  });
  const scrolled = path.join(outDir, 'panel-workbook-findings.png');
  await p.screenshot({ path: scrolled });
  process.stdout.write(`${path.relative(process.cwd(), scrolled)}\n`);
  // The first to-do line selects all its cells; its chevron lists them, and a cell goes to it alone.
  const todo = p.locator('[data-todo] button[data-finding]').first();
  await todo.click();
  await p.waitForFunction(() => window.riskbookDemo?.selected() !== null);
  const selectedAll = await p.evaluate(() => window.riskbookDemo?.selected() ?? null);
  await p.locator('[data-todo] button[aria-expanded]').first().click();
  await p.getByRole('button', { name: /^Go to / }).nth(2).click();
  await p.waitForFunction((before) => JSON.stringify(window.riskbookDemo?.selected()) !== before, JSON.stringify(selectedAll));
  const selectedOne = await p.evaluate(() => window.riskbookDemo?.selected() ?? null);
  await p.mouse.move(0, 0);
  const cells = path.join(outDir, 'panel-workbook-cells.png');
  await p.screenshot({ path: cells });
  process.stdout.write(`${path.relative(process.cwd(), cells)}\n`);
  await p.close();
  return [
    {
      name: `${path.basename(file)}: the findings fit on one screen (${HEIGHT}px)`,
      ok: measured.height >= 0 && measured.height <= HEIGHT,
      detail: `${measured.height}px tall, from ${measured.top}px down the pane`,
    },
    { name: `${path.basename(file)}: every error is on that screen`, ok: measured.errors > 0 && measured.hidden === 0, detail: `${measured.errors} errors, ${measured.hidden} below the fold` },
    { name: `${path.basename(file)}: a to-do line selects all its cells, one of its cells that cell alone`, ok: (selectedAll?.cells.length ?? 0) >= 1 && selectedOne?.cells.length === 1, detail: `${JSON.stringify(selectedAll)} then ${JSON.stringify(selectedOne)}` },
  ];
}

async function main(argv: string[]): Promise<void> {
  const outDir = path.resolve(option(argv, '--out', 'out/screenshots'));
  const executablePath = option(argv, '--chromium', '/usr/bin/chromium');
  const tiles = argv.includes('--tiles');
  const workbook = argv.includes('--workbook') ? path.resolve(option(argv, '--workbook', '')) : null;
  if (workbook && !existsSync(workbook)) fail(`no workbook at ${workbook}`);
  if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath}; Debian: apt-get install chromium`);

  const script = await bundle();
  const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
  process.stdout.write(`demo bundle (minified): ${kib(Buffer.byteLength(script))}, ${kib(gzipSync(script).length)} gzipped\n`);

  const work = mkdtempSync(path.join(tmpdir(), 'riskbook-panel-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'riskbook-chromium-'));
  writeFileSync(path.join(work, 'demo.js'), script);
  writeFileSync(path.join(work, 'demo.html'), page());
  mkdirSync(outDir, { recursive: true });

  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
  });
  const checks: Check[] = [];
  try {
    for (const theme of ['light', 'dark'] as const) {
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await p.goto(`${pathToFileURL(path.join(work, 'demo.html')).href}?theme=${theme}`);
      await waitIdle(p);
      await shoot(p, path.join(outDir, `panel-${theme}-loaded.png`), tiles);

      if (theme === 'light') {
        await p.keyboard.press('Tab');
        const first = await p.evaluate(() => document.activeElement?.textContent ?? '');
        checks.push({ name: 'first Tab stop is the primary button', ok: first === 'Recalculate & check traceability', detail: `focused "${first}"` });
      }

      await p.getByRole('button', { name: 'Recalculate & check traceability' }).click();
      await p.waitForSelector('main[data-busy="true"]');
      await shoot(p, path.join(outDir, `panel-${theme}-running.png`), tiles);
      await waitIdle(p);
      await p.mouse.move(0, 0);
      await shoot(p, path.join(outDir, `panel-${theme}.png`), tiles);
      checks.push({ ...(await overflow(p)), name: `${theme}: nothing wider than ${WIDTH}px after Recalculate` });

      if (theme === 'light') {
        const finding = p.locator('main li button').first();
        await finding.focus();
        await p.keyboard.press('Enter');
        await p.waitForFunction(() => window.riskbookDemo?.selected() !== null);
        const selected = await p.evaluate(() => JSON.stringify(window.riskbookDemo?.selected()));
        checks.push({ name: 'Enter on a finding selects its cell', ok: selected !== 'null', detail: selected });
      }

      for (const section of ['Methodology', 'Set up register', 'Column mapping']) {
        await p.getByRole('button', { name: section, exact: true }).click();
      }
      // Light previews a sheet that reads as a register, dark one that does not, and a method the core refuses.
      if (theme === 'light') await p.getByRole('combobox', { name: 'Sheet', exact: true }).selectOption('Risk register');
      await p.getByRole('button', { name: 'Preview mapping' }).click();
      await waitIdle(p);
      if (theme === 'dark') {
        await p.getByRole('textbox', { name: 'To score of band Medium' }).fill('10');
        await p.getByRole('button', { name: 'Save methodology' }).click();
        await waitIdle(p);
      }
      await p.mouse.move(0, 0);
      checks.push({ ...(await overflow(p)), name: `${theme}: nothing wider than ${WIDTH}px with every section open` });
      await shoot(p, path.join(outDir, `panel-${theme}-sections.png`), tiles);
      checks.push({ name: `${theme}: no page errors`, ok: errors.length === 0, detail: errors.join(' | ') });
      await p.close();
    }

    // A blank workbook: the set-up comes first, then a new register.
    const p = await context.newPage();
    await p.goto(`${pathToFileURL(path.join(work, 'demo.html')).href}?theme=light&workbook=empty`);
    await waitIdle(p);
    await shoot(p, path.join(outDir, 'panel-light-empty.png'), tiles);
    await p.getByRole('button', { name: 'Create new register' }).click();
    await waitIdle(p);
    await p.mouse.move(0, 0);
    await shoot(p, path.join(outDir, 'panel-light-new-register.png'), tiles);
    checks.push({ ...(await overflow(p)), name: `blank workbook: nothing wider than ${WIDTH}px` });
    await p.close();
    if (workbook) checks.push(...(await shootWorkbook(context, pathToFileURL(path.join(work, 'demo.html')).href, workbook, outDir, tiles)));
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  for (const c of checks) process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}\n`);
  if (checks.some((c) => !c.ok)) process.exit(1);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
