/**
 * Chromium from Debian (`chromium`) for the real-browser tests, driven by playwright-core through
 * `executablePath`: the full `playwright` package would download its own browser, which fails
 * offline (shared/notes/hosts.md §1.8).
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** The Chromium binary, or null when it is not installed. RISKBOOK_CHROMIUM overrides. */
export function findChromium(): string | null {
  const wanted = process.env.RISKBOOK_CHROMIUM ? [process.env.RISKBOOK_CHROMIUM] : CANDIDATES;
  return wanted.find((p) => existsSync(p)) ?? null;
}

/**
 * The Chromium to run, or one line saying it is missing and how to install it: for `requires`
 * (tests/support/prerequisite.ts), which skips the tests or, under CI, fails them.
 */
export function chromiumAvailability(): { available: true; executable: string; missing: null } | { available: false; missing: string } {
  const executable = findChromium();
  if (executable) return { available: true, executable, missing: null };
  return { available: false, missing: 'Chromium is not installed; install it with: apt-get install -y --no-install-recommends chromium' };
}

/** Quiet, offline-friendly switches: no GPU, no QUIC, no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile in a temporary directory (returned for clean-up). */
export async function launchChromium(
  executable: string,
  options: { width: number; height: number; colorScheme?: 'light' | 'dark' },
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'riskbook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 2,
    timeout: 60000,
  });
  return { context, profile };
}

/** Reads until `done` holds (a page updating after a click), or fails saying what it waited for. */
export async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** A test-side script (a stub of office.js or google.script.run) bundled for the page, as one IIFE. */
export async function browserScript(entry: string): Promise<string> {
  const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'error' });
  return bundled.outputFiles[0]!.text;
}
