/**
 * The bundled example, end to end through the built command: `riskbook check` prints exactly the
 * findings examples/README.md promises, and `recalc` writes every generated sheet with the worked
 * example R-14 scored as the docs say.
 */
import * as ExcelJS from 'exceljs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { SHEETS } from '../../core/workbook/names';
import { ROOT, runCli, tempDir } from './support/cli-build';

const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
const NOW = '2026-11-23';

interface JsonFinding { severity: string; code: string; sheet: string; cell: string }

describe('riskbook check on the example register', () => {
  const run = runCli(['check', EXAMPLE, '--json', '--now', NOW]);
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: { risks: number } };

  it('exits 1: the example has error findings', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('reads all 40 risks across the blank row', () => {
    expect(report.summary.risks).toBe(40);
  });

  it('finds exactly the gaps seeded in it, at their cells', () => {
    const found = report.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`).sort();
    expect(found).toEqual(
      [
        'error risk-owner-missing Risk register!I43',
        'error acceptance-unacceptable-unapproved Risk register!N36',
        'error mitigate-without-controls Risk register!K27',
        'error control-unknown Risk register!K23',
        'warning control-2013-id Risk register!K16',
        'warning review-overdue Risk register!P32',
        // About sheets that do not exist yet: anchored on the register's header.
        'warning rtp-not-found Risk register!A4',
        'warning soa-not-found Risk register!A4',
        // No Methodology sheet: the method is inferred from the register, anchored on its header.
        'info methodology-inferred Risk register!A4',
        // The risk owners' sign-off (6.1.3 f), grouped by band: most treated risks have none yet.
        'warning treatment-tolerable-unapproved Risk register!N6',
        'info treatment-acceptable-unapproved Risk register!N17',
        'info acceptance-acceptable-unapproved Risk register!N19',
        'warning residual-missing Risk register!L27',
        // One finding per approver who signed for risks another person owns.
        'info approval-not-risk-owner Risk register!N7',
        'info approval-not-risk-owner Risk register!N18',
      ].sort(),
    );
  });
});

describe('riskbook recalc on the example register', () => {
  const dir = tempDir('example');
  const out = path.join(dir, 'acme.xlsx');
  const run = runCli(['recalc', EXAMPLE, '--out', out, '--now', NOW]);
  let sheets: string[] = [];
  let r14: Record<string, unknown> = {};

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const snapshot = readXlsxSnapshot(wb);
    sheets = snapshot.sheets.map((s) => s.name);
    const reg = snapshot.sheets.find((s) => s.name === 'Risk register')!;
    const header = reg.values[3]!.map((v) => String(v ?? ''));
    const row = reg.values.find((r) => r[0] === 'R-14')!;
    r14 = Object.fromEntries(header.map((h, c) => [h, reg.formulas?.[reg.values.indexOf(row)]?.[c] ?? row[c]]));
  });

  it('exits 1 (the seeded errors remain) and writes the workbook', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Wrote ${out}`);
  });

  it('adds every generated sheet after the team\'s own', () => {
    expect(sheets[0]).toBe('Risk register');
    // The cycle's sheet is written only when a new assessment cycle is started (tests/core/cycle).
    expect(sheets).toEqual(expect.arrayContaining(Object.values(SHEETS).filter((name) => name !== SHEETS.cycle)));
  });

  it('scores R-14 with live formulas, not typed numbers', () => {
    expect(r14['Inherent score']).toMatch(/^=/);
    expect(r14['Inherent level']).toMatch(/^=/);
    expect(r14['Residual level']).toMatch(/^=/);
  });
});
