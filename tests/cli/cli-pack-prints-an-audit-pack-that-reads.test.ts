/**
 * `riskbook pack`: the audit pack an auditor reads on paper. Printed by LibreOffice (with Carlito,
 * Calibri's metrics) and measured with pdf.js: every word at least 7 pt, every page numbered
 * "Page N of M", the contents pointing at the pages the sections start on, the SoA listing all
 * 93 controls, and the input never changed.
 */
import { spawnSync } from 'child_process';
import { copyFileSync } from 'fs';
import * as path from 'path';
import { ANNEX_A_CATALOGUE } from '../../core/annex-a/catalogue';
import { MIN_PRINT_PT } from '../../core/workbook/print-layout';
import { libreOfficeMissing } from '../support/libreoffice';
import { pageText, pdfPages, type PdfPage } from '../support/pdf-pages';
import { requires } from '../support/prerequisite';
import { ROOT, cliBundle, sha256, tempDir } from './support/cli-build';

const withLibreOffice = requires('the audit pack tests', libreOfficeMissing());

function pack(input: string, out: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cliBundle(), 'pack', input, '--out', out, '--now', '2026-12-07'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

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
  withLibreOffice.it('prints the example as a numbered pack at 7 pt or more, its contents right and its SoA complete', () => {
    const dir = tempDir('pack');
    const input = path.join(dir, 'register.xlsx');
    copyFileSync(path.join(ROOT, 'examples/acme-saas-register.xlsx'), input);
    const before = sha256(input);
    const out = path.join(dir, 'pack.pdf');
    const run = pack(input, out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // The example's seeded errors, as `check` reports them.
    expect(run.stdout).toMatch(/^Wrote .*pack\.pdf: \d+ pages, cover, contents/);
    expect(sha256(input)).toBe(before);

    const pages = pdfPages(out);
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

  withLibreOffice.it('prints a register it did not write, in German, legibly and numbered', () => {
    const dir = tempDir('pack-team');
    const out = path.join(dir, 'pack.pdf');
    const run = pack(path.join(ROOT, 'tests/corpus/public/iderex_rr_de.xlsx'), out);
    expect(run.stderr).toBe('');
    expect(run.code === 0 || run.code === 1).toBe(true);
    expectLegibleNumberedPages(pdfPages(out));
  }, 900_000);

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
