/**
 * LibreOffice headless as an independent formula engine for tests (and the render script).
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
function throwAwayProfile(): string {
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

/** Recalculates every formula of an .xlsx with LibreOffice and returns the path of the copy. */
export function recalculateWithLibreOffice(inPath: string, outDir: string): string {
  return convertWithLibreOffice(inPath, outDir, { to: 'xlsx' });
}

/**
 * Recalculates several .xlsx files in one LibreOffice run (one start-up, the slow part, instead
 * of one per file) and returns the paths of the copies in the same order. The files' names must
 * differ, since each copy is named after its file.
 */
export function recalculateAllWithLibreOffice(inPaths: readonly string[], outDir: string, timeoutMs = 300000): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const expected = inPaths.map((p) => path.join(outDir, `${path.parse(p).name}.xlsx`));
  if (new Set(expected).size !== expected.length) throw new Error(`Files to recalculate in one run need different names: ${inPaths.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  for (const file of expected) rmSync(file, { force: true });
  const profile = throwAwayProfile();
  try {
    let output = '';
    try {
      output = execFileSync(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...inPaths],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs },
      );
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`LibreOffice failed on ${inPaths.join(', ')}: ${e.stderr || e.stdout || e.message}`);
    }
    const missing = expected.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(', ')}: ${output}`);
    return expected;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Null when LibreOffice is installed, else one line saying so and how to install it: for
 * `requires` (tests/support/prerequisite.ts), which skips the tests or, under CI, fails them.
 */
export function libreOfficeMissing(): string | null {
  if (findSoffice()) return null;
  return 'LibreOffice (soffice) is not installed; install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui';
}
