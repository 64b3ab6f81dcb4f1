/**
 * The register `riskbook init` makes, once a team has typed its risks in and recalculated,
 * prints as the team would want it on paper (LibreOffice, Carlito for Calibri): one page wide at
 * 7 pt or more, every column a reader needs on it and Riskbook's rating keys left out, the header
 * repeated on each page, nothing cut, on A4 and on Letter.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { sheetStartPages } from '../../cli/pack/pdf-outline';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { NEW_REGISTER_HEADERS, NEW_REGISTER_HEADER_ROW } from '../../core/register/new-register';
import { convertWithLibreOffice, libreOfficeMissing } from '../support/libreoffice';
import { pageText } from '../support/pdf-pages';
import { printedWorkbookDefects } from '../support/printed-pages';
import { requires } from '../support/prerequisite';
import { runCli, tempDir } from './support/cli-build';

const withLibreOffice = requires('printing a new register', libreOfficeMissing());
const NOW = '2026-12-07T09:00:00Z';

/**
 * What a team types, long enough to wrap, in every column a person fills, in the method's own
 * words. (A word wider than its column, "(PostgreSQL)" under Asset, would break in the middle: the
 * columns are as narrow as a register one page wide allows; the audit pack widens them.)
 */
function risk(n: number): (string | number)[] {
  const id = `R-${String(n).padStart(2, '0')}`;
  return [
    id,
    n % 2 === 0 ? 'Customer database' : 'Staff laptops',
    'Data exfiltration through an unvalidated query',
    'Input validation gaps in the legacy API endpoints',
    'An attacker extracts tenant data through an unvalidated query, unnoticed for weeks.',
    n % 3 === 0 ? 'Almost certain' : 'Possible',
    n % 2 === 0 ? 'Significant' : 'Noticeable',
    'Head of Security Operations',
    'Mitigate',
    '8.26, 8.28, 8.29',
    'Unlikely',
    'Minor',
    'CISO',
    46327,
    46327,
  ];
}

/** Rows as tall as a spreadsheet makes them when a person types wrapped text in (six lines). */
const TYPED_ROW_HEIGHT = 90;

async function typedIn(file: string, risks: number): Promise<void> {
  const wb = await loadWorkbook(readFileSync(file));
  const ws = wb.getWorksheet('Risk register')!;
  for (let n = 1; n <= risks; n++) {
    const row = ws.getRow(NEW_REGISTER_HEADER_ROW + 1 + n);
    risk(n).forEach((value, c) => (row.getCell(c + 1).value = value));
    row.height = TYPED_ROW_HEIGHT;
  }
  writeFileSync(file, await saveWorkbook(wb));
}

describe('a new register, filled in and printed', () => {
  for (const [locale, paper] of [['en_GB.UTF-8', 'A4'], ['en_US.UTF-8', 'Letter']] as const) {
    withLibreOffice.it(`prints one page wide on ${paper}, 7 pt or more, nothing cut`, async () => {
      const dir = tempDir(`init-print-${paper}`);
      const file = path.join(dir, 'register.xlsx');
      const env = { LANG: locale, LC_ALL: locale };
      expect(runCli(['init', file, '--now', NOW], { env }).code).toBe(0);
      await typedIn(file, 30);
      const recalculated = path.join(dir, 'recalculated.xlsx');
      expect([0, 1]).toContain(runCli(['recalc', file, '--out', recalculated, '--now', NOW], { env }).code);

      const pdf = convertWithLibreOffice(recalculated, dir, { to: 'pdf' });
      const starts = [...sheetStartPages(readFileSync(pdf)).entries()].sort((a, b) => a[1] - b[1]);
      const at = starts.findIndex(([sheet]) => sheet === 'Risk register');
      const [first, last] = [starts[at]![1], (starts[at + 1]?.[1] ?? Infinity) - 1];
      const { pages, defects } = await printedWorkbookDefects(pdf, recalculated);
      const register = pages.slice(first - 1, Math.min(last, pages.length));

      expect(register.length).toBeGreaterThan(1);
      expect(defects.filter((d) => d.page >= first && d.page <= last && d.kind !== 'unnumbered')).toEqual([]);
      // One page wide: every page down holds the first column's header and the last printed one's.
      for (const page of register) {
        const text = pageText(page);
        expect(text).toContain(NEW_REGISTER_HEADERS[0]);
        expect(text).toMatch(/Residual\s+level/u);
        expect(text).not.toMatch(/Inherent\s+rating/u);
        expect(Math.min(...page.items.map((i) => i.size))).toBeGreaterThanOrEqual(7);
        expect(page.width > page.height).toBe(true);
      }
      // Paper: A4 is 842 pt long, Letter 792.
      expect(Math.round(register[0]!.width)).toBe(paper === 'A4' ? 842 : 792);
    }, 240_000);
  }
});
