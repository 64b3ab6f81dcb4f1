/**
 * `riskbook check` on a workbook that holds only a Statement of Applicability: the SoA's own rules
 * run, the exit code is 0 or 1 (never 2, "unusable"), one note says which rules needed a register,
 * and `map` shows how the SoA was read. Checked on the public SoAs of the corpus, as teams wrote them.
 */
import * as path from 'path';
import { runCli } from './support/cli-build';

const PUBLIC = path.resolve(__dirname, '../corpus/public');
const NOW = '2026-12-06';

interface JsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly sheet: string;
}

describe.each([['cenedril_soa.xlsx'], ['cenedril_soa_de.xlsx']])('riskbook check %s (an SoA, no register)', (file) => {
  const input = path.join(PUBLIC, file);
  const run = runCli(['check', input, '--json', '--now', NOW]);
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: { errors: number; registerSheet: string | null } };

  it('exits 0 or 1 by its findings, not 2', () => {
    expect(run.code).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(report.summary.registerSheet).toBeNull();
  });

  it('says once that the SoA was checked on its own, and raises no register or method finding', () => {
    const codes = report.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'soa-checked-without-register')).toHaveLength(1);
    expect(codes).not.toContain('register-not-found');
    expect(codes.filter((c) => c.startsWith('methodology-'))).toEqual([]);
  });

  it('reads every decision the team made: no control it decided on is reported undecided', () => {
    expect(report.findings.filter((f) => f.code === 'soa-applicability-missing')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'soa-missing-controls')).toEqual([]);
  });

  it('map shows the SoA it read and exits 0', () => {
    const map = runCli(['map', input, '--now', NOW]);
    expect(map.code).toBe(0);
    expect(map.stdout).toMatch(/^Statement of Applicability: sheet ".+", header row 1 \(Annex A 2022\)/);
    expect(map.stdout).toMatch(/93 controls listed/);
  });
});
