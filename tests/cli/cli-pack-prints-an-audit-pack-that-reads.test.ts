/**
 * `riskbook pack`: the audit pack an auditor reads on paper. Printed by LibreOffice (with Carlito,
 * Calibri's metrics) and read back as a person would (printed-pages.ts): every word at least
 * 7 pt, every page numbered "Page N of M", no text cut at a cell's edge or printed over other text,
 * no word broken in the middle, no `###`, no empty page; the contents pointing at the pages the
 * sections start on, the SoA listing all 93 controls, and the input never changed. Registers
 * teams published, in other fonts, sizes and languages, print the same.
 */
import { spawnSync } from 'child_process';
import { copyFileSync } from 'fs';
import * as path from 'path';
import { ANNEX_A_CATALOGUE } from '../../core/annex-a/catalogue';
import { MIN_PRINT_PT } from '../../core/workbook/print-layout';
import { libreOfficeMissing } from '../support/libreoffice';
import { pageText, type PdfPage } from '../support/pdf-pages';
import { printedWorkbookDefects } from '../support/printed-pages';
import { requires } from '../support/prerequisite';
import { ROOT, cliBundle, sha256, tempDir } from './support/cli-build';

const withLibreOffice = requires('the audit pack tests', libreOfficeMissing());

function pack(input: string, out: string, workbook?: string): { code: number | null; stdout: string; stderr: string } {
  const args = [cliBundle(), 'pack', input, '--out', out, '--now', '2026-12-07', ...(workbook ? ['--workbook', workbook] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Registers teams published (tests/corpus/public), each in its own layout, font and language. */
const THEIR_REGISTERS = [
  'iderex_rr_de', // German, dates in narrow columns
  'uzorcyber_rr', // Aptos Narrow, which LibreOffice lacks; a header in two runs of text
  'intuitem_ra', // 12 pt bold headers with long words
  'travishull_rr', // three pages wide
  'agustus_rr', // narrow columns, long words
] as const;

function expectLegibleNumberedPages(pages: readonly PdfPage[]): void {
  expect(pages.length).toBeGreaterThan(4);
  pages.forEach((page, i) => {
    const small = page.items.filter((item) => item.size < MIN_PRINT_PT);
    expect({ page: i + 1, small: small.slice(0, 3) }).toEqual({ page: i + 1, small: [] });
    expect(pageText(page)).toContain(`Page ${i + 1} of ${pages.length}`);
  });
}

/** The page each contents row names, by sheet. */
function contentsPages(pages: readonly PdfPage[]): Map<string, number> {
  const contents = pages[1]!;
  const found = new Map<string, number>();
  const items = contents.items.map((i) => i.text.trim());
  items.forEach((text, i) => {
    const next = items[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) found.set(text, Number(next));
  });
  return found;
}

/** The first page after the cover and contents whose header names the sheet. */
function startsWith(pages: readonly PdfPage[], sheet: string): number {
  return pages.findIndex((p, i) => i >= 2 && p.items.some((item) => item.text.trim() === sheet)) + 1;
}

describe('riskbook pack', () => {
  withLibreOffice.it('prints the example as a numbered pack at 7 pt or more, nothing cut, its contents right and its SoA complete', async () => {
    const dir = tempDir('pack');
    const input = path.join(dir, 'register.xlsx');
    copyFileSync(path.join(ROOT, 'examples/acme-saas-register.xlsx'), input);
    const before = sha256(input);
    const out = path.join(dir, 'pack.pdf');
    const printedFrom = path.join(dir, 'pack.xlsx');
    const run = pack(input, out, printedFrom);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // The example's seeded errors, as `check` reports them.
    expect(run.stdout).toMatch(/^Wrote .*pack\.pdf: \d+ pages, cover, contents/);
    expect(sha256(input)).toBe(before);

    const { pages, defects } = await printedWorkbookDefects(out, printedFrom);
    expect(defects).toEqual([]);
    expectLegibleNumberedPages(pages);
    expect(pageText(pages[0]!)).toContain('audit pack');
    expect(pageText(pages[0]!)).toMatch(/Version 1\.0, hash #[0-9a-f]+/);

    const contents = contentsPages(pages);
    for (const sheet of ['Methodology', 'Risk register', 'Risk Treatment Plan', 'Statement of Applicability', 'Heatmap', 'Checks']) {
      expect({ sheet, page: contents.get(sheet) }).toEqual({ sheet, page: startsWith(pages, sheet) });
    }

    const soaFrom = contents.get('Statement of Applicability')! - 1;
    const soaTo = contents.get('Heatmap')! - 1;
    const soaText = pages.slice(soaFrom, soaTo).map(pageText).join(' ');
    const listed = ANNEX_A_CATALOGUE.controls.filter((c) => !soaText.includes(c.title.split(' ').slice(0, 3).join(' ')));
    expect(listed.map((c) => c.id)).toEqual([]);
  }, 900_000);

  for (const name of THEIR_REGISTERS) {
    withLibreOffice.it(`prints ${name}, a register it did not write, legibly, numbered and nothing cut`, async () => {
      const dir = tempDir(`pack-${name}`);
      const out = path.join(dir, 'pack.pdf');
      const printedFrom = path.join(dir, 'pack.xlsx');
      const run = pack(path.join(ROOT, `tests/corpus/public/${name}.xlsx`), out, printedFrom);
      expect(run.stderr).toBe('');
      expect(run.code === 0 || run.code === 1).toBe(true);
      const { pages, defects } = await printedWorkbookDefects(out, printedFrom);
      expect(defects).toEqual([]);
      expectLegibleNumberedPages(pages);
    }, 900_000);
  }

  it('says in one line how to install LibreOffice when it is not there', () => {
    const dir = tempDir('pack-no-lo');
    const run = spawnSync(process.execPath, [cliBundle(), 'pack', path.join(ROOT, 'examples/acme-saas-register.xlsx'), '--out', path.join(dir, 'p.pdf')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RISKBOOK_SOFFICE: path.join(dir, 'no-such-soffice') },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/LibreOffice is needed to print the pack: install it/);
  });
});
