/**
 * LibreOffice headless, the program that recalculates and prints a workbook where Excel is not
 * at hand: `riskbook pack` prints with it, and the tests use it as an independent formula engine.
 *
 * Traps handled here (shared/notes/hosts.md §4):
 * - by default LibreOffice keeps the cached values of .xlsx formulas; a throw-away profile sets
 *   /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0 ("always recalculate");
 * - the `soffice` wrapper is called, never `soffice.bin`, which exits 81 on a fresh profile;
 * - every run gets its own profile, so parallel runs and a user's desktop session don't collide.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const CANDIDATES = ['soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

let cached: string | null | undefined;

/** The soffice launcher, or null when LibreOffice is not installed. RISKBOOK_SOFFICE overrides. */
export function findSoffice(): string | null {
  if (cached !== undefined) return cached;
  const wanted = process.env.RISKBOOK_SOFFICE ? [process.env.RISKBOOK_SOFFICE] : CANDIDATES;
  for (const candidate of wanted) {
    if (candidate.includes('/')) {
      if (existsSync(candidate)) return (cached = candidate);
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' });
    const p = found.stdout.trim();
    if (found.status === 0 && p && !p.endsWith('soffice.bin')) return (cached = p);
  }
  return (cached = null);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

/** A fresh profile directory whose settings make LibreOffice recalculate every formula on load. */
export function throwAwayProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-lo-'));
  mkdirSync(path.join(dir, 'user'), { recursive: true });
  writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return dir;
}

export interface ConvertOptions {
  /** `xlsx` (recalculated copy) or `pdf` (every sheet, for rendering). */
  readonly to: 'xlsx' | 'pdf';
  readonly timeoutMs?: number;
}

/**
 * Converts `inPath` into `outDir` and returns the path of the result. Throws with LibreOffice's
 * own output when no file comes out (it often exits 0 after failing).
 */
export function convertWithLibreOffice(inPath: string, outDir: string, options: ConvertOptions): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  mkdirSync(outDir, { recursive: true });
  const profile = throwAwayProfile();
  const filter = options.to === 'pdf' ? 'pdf:calc_pdf_Export' : 'xlsx:Calc MS Excel 2007 XML';
  const expected = path.join(outDir, `${path.parse(inPath).name}.${options.to}`);
  rmSync(expected, { force: true });
  try {
    let output = '';
    try {
      output = execFileSync(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', filter, '--outdir', outDir, inPath],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 120000 },
      );
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`LibreOffice failed on ${inPath}: ${e.stderr || e.stdout || e.message}`);
    }
    if (!existsSync(expected)) throw new Error(`LibreOffice wrote no ${expected}: ${output}`);
    return expected;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One line saying how to install LibreOffice, for a command that needs it. */
export const INSTALL_LIBREOFFICE =
  'LibreOffice is needed to print the pack: install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice; Windows: libreoffice.org), or set RISKBOOK_SOFFICE to its soffice program';
