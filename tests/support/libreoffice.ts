/**
 * LibreOffice headless as an independent formula engine for tests (and the render script): the
 * command line's own runner (cli/io/libreoffice.ts), and several files recalculated in one run.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, rmSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { convertWithLibreOffice, findSoffice, throwAwayProfile } from '../../cli/io/libreoffice';

export { convertWithLibreOffice, findSoffice };
export type { ConvertOptions } from '../../cli/io/libreoffice';

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
