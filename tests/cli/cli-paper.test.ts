/**
 * The paper generated sheets print on, from the command line: the register's paper, else the one
 * offices use where the person is (the locale in the environment, LC_PAPER being POSIX's own
 * category for it), unless `--paper` chooses one.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { personLocale } from '../../cli/io/locale';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { SHEETS } from '../../core/workbook/names';
import { findSheet } from '../../core/workbook/snapshot';
import { libreOfficeMissing } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { writeScenario } from './fixtures';
import { runCli, tempDir } from './support/cli-build';

const NOW = '2025-04-01T09:00:00Z';

describe('the locale of the person running riskbook', () => {
  it('is LC_ALL, else LC_PAPER, else LANG, as a BCP 47 tag', () => {
    expect(personLocale({ LANG: 'en_US.UTF-8' }, 'linux')).toBe('en-US');
    expect(personLocale({ LANG: 'en_US.UTF-8', LC_PAPER: 'en_GB.UTF-8' }, 'linux')).toBe('en-GB');
    expect(personLocale({ LANG: 'en_US.UTF-8', LC_PAPER: 'en_GB.UTF-8', LC_ALL: 'de_DE@euro' }, 'darwin')).toBe('de-DE');
  });

  it('is unknown where the environment names none or only the C locale, although Intl then says en-US', () => {
    expect(personLocale({}, 'linux')).toBeUndefined();
    expect(personLocale({ LANG: 'C.UTF-8' }, 'linux')).toBeUndefined();
    expect(personLocale({ LC_ALL: 'POSIX' }, 'darwin')).toBeUndefined();
  });

  it("is the user's setting on Windows, which Intl reads", () => {
    expect(personLocale({}, 'win32')).toBe(Intl.DateTimeFormat().resolvedOptions().locale);
  });
});

describe('riskbook soa --paper', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir('paper');
    input = await writeScenario(dir, 'register-three-risks');
  });

  async function soaPaper(name: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
    const out = path.join(dir, `${name}.xlsx`);
    const run = runCli(['soa', input, '--out', out, '--now', NOW, ...args], { env });
    expect([0, 1]).toContain(run.code);
    const snapshot = readXlsxSnapshot(await loadWorkbook(readFileSync(out)));
    return findSheet(snapshot, SHEETS.soa)?.paperSize;
  }

  it("prints on the locale's paper where the register names none", async () => {
    expect(findSheet(readXlsxSnapshot(await loadWorkbook(readFileSync(input))), 'Risk register')?.paperSize).toBeUndefined();
    expect(await soaPaper('us', [], { LANG: 'en_US.UTF-8' })).toBe('Letter');
    expect(await soaPaper('de', [], { LANG: 'de_DE.UTF-8' })).toBe('A4');
  });

  it('prints on the paper the person chose, whatever the locale', async () => {
    expect(await soaPaper('us-a4', ['--paper', 'A4'], { LANG: 'en_US.UTF-8' })).toBe('A4');
    expect(await soaPaper('gb-letter', ['--paper', 'Letter'], { LANG: 'en_GB.UTF-8' })).toBe('Letter');
  });

  it('refuses a paper it does not know, with one line', () => {
    const run = runCli(['soa', input, '--out', path.join(dir, 'a3.xlsx'), '--paper', 'A3']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('A4');
  });
});

const hasPdfinfo = !spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).error;
const withPrinter = requires(
  'the audit pack paper test',
  libreOfficeMissing() ?? (hasPdfinfo ? null : 'pdfinfo is not installed; install it with: apt-get install -y --no-install-recommends poppler-utils'),
);

/** Each page's size as pdfinfo names it, e.g. `letter` or `A4`. */
function pageSizes(pdf: string): string[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/^Page\s+\d+ size:.*\((\w+)\)$/gmu)].map((m) => m[1]!);
}

withPrinter.it('riskbook pack --paper prints every page of the audit pack on that paper, whatever the locale', async () => {
  const dir = tempDir('pack-paper');
  const input = await writeScenario(dir, 'register-three-risks');
  const out = path.join(dir, 'pack.pdf');
  const run = runCli(['pack', input, '--out', out, '--now', NOW, '--paper', 'Letter'], { env: { LANG: 'en_GB.UTF-8' } });
  expect([0, 1]).toContain(run.code);
  const sizes = pageSizes(out);
  expect(sizes.length).toBeGreaterThan(2);
  expect(new Set(sizes)).toEqual(new Set(['letter']));
}, 180000);
