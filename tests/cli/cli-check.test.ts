/**
 * `riskbook check`: the report, its JSON form, the exit codes, and a one-line answer for every
 * file that cannot be used. The input is never modified.
 */
import * as path from 'path';
import type { BAD_FILES, Scenario } from './fixtures';
import { writeBadFile, writeScenario } from './fixtures';
import { runCli, sha256, tempDir } from './support/cli-build';

const NOW = '2025-04-01T09:00:00Z';
let dir: string;

beforeAll(() => {
  dir = tempDir('check');
});

interface JsonFinding {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
  fix: string;
  /** A finding about many cells: its ranges. */
  cells?: string[];
  /** A finding that asks for blanks to be filled in: its to-do line. */
  todo?: string;
}
interface JsonReport {
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos: number; total: number; risks: number; registerSheet: string | null };
}

/** Runs check on a scenario; asserts the input's bytes are unchanged and stdout is one JSON object. */
async function checkJson(scenario: Scenario, extra: string[] = []) {
  const file = await writeScenario(dir, scenario);
  const before = sha256(file);
  const run = runCli(['check', file, '--json', '--now', NOW, ...extra]);
  expect(sha256(file)).toBe(before);
  const report = JSON.parse(run.stdout) as JsonReport;
  return { run, report, file };
}

describe('check on a usable register', () => {
  it('exits 1 and names the cell when a risk has no owner', async () => {
    const { run, report } = await checkJson('register-owner-missing');
    expect(run.code).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'risk-owner-missing', sheet: 'Risk register', cell: 'E6' }));
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.summary.registerSheet).toBe('Risk register');
    expect(report.summary.risks).toBe(3);
  });

  it('exits 0 with a warning for a register that has only its header', async () => {
    const { run, report } = await checkJson('register-header-only');
    expect(run.code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, risks: 0, registerSheet: 'Risk register' });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'register-empty', severity: 'warning' }));
  });

  it('gives the documented JSON shape and nothing else on stdout', async () => {
    const { run, report } = await checkJson('register-owner-missing');
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'infos', 'total', 'risks', 'registerSheet']);
    // A grouped finding also lists its cells, and a to-do its line (README, "check --json").
    for (const f of report.findings) expect(Object.keys(f).filter((k) => k !== 'cells' && k !== 'todo')).toEqual(['severity', 'code', 'sheet', 'cell', 'message', 'fix']);
    expect(report.findings.some((f) => Array.isArray(f.cells) && typeof f.todo === 'string')).toBe(true);
    expect(report.summary.total).toBe(report.findings.length);
    expect(run.stderr).toBe('');
  });

  it('prints a readable report that fits a 100-column terminal', async () => {
    const file = await writeScenario(dir, 'register-owner-missing');
    const run = runCli(['check', file, '--now', NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ERROR    Risk register!E6  risk-owner-missing');
    expect(run.stdout).toMatch(/Fix: /);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ errors?, \d+ warnings?( \(\d+ to do\))?, \d+ info( \(\d+ to do\))?$/);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('reads a register through merged cells', async () => {
    const { run, report } = await checkJson('register-merged-cells');
    expect([0, 1]).toContain(run.code);
    expect(report.summary).toMatchObject({ registerSheet: 'Risk register', risks: 3 });
  });

  it('still counts a risk on a hidden row', async () => {
    const { run, report } = await checkJson('register-hidden-row');
    expect([0, 1]).toContain(run.code);
    expect(report.summary.risks).toBe(3);
  });

  it('reports #N/A and #REF! in register cells as findings, not as text', async () => {
    const { report } = await checkJson('register-error-values');
    const errorCells = report.findings.filter((f) => f.code === 'risk-cell-error');
    expect(errorCells.map((f) => f.cell).sort()).toEqual(['E5', 'F4']);
    expect(errorCells.map((f) => f.message).join(' ')).toMatch(/#N\/A[\s\S]*#REF!|#REF![\s\S]*#N\/A/);
  });

  it('flags review dates typed as text', async () => {
    const { report } = await checkJson('register-dates-as-text');
    const dates = report.findings.filter((f) => f.code === 'risk-date-invalid');
    expect(dates.map((f) => f.cell).sort()).toEqual(['J4', 'J5']);
    expect(dates[0]!.message).toContain('31/12/2024');
  });

  it('finds a register on a sheet whose name has a space, an apostrophe and accents', async () => {
    const { report } = await checkJson('register-odd-sheet-name');
    expect(report.summary.registerSheet).toBe("Bob's risques – été");
  });

  it('uses the sheet given with --sheet, and refuses one that does not exist', async () => {
    const { report } = await checkJson('register-three-risks', ['--sheet', 'risk REGISTER']);
    expect(report.summary.registerSheet).toBe('Risk register');
    const file = await writeScenario(dir, 'register-three-risks');
    const run = runCli(['check', file, '--sheet', 'Risks 2024']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`riskbook: there is no sheet named "Risks 2024" in "${file}" (its sheets: "Risk register")\n`);
  });
});

describe('check on input it cannot use: exit 2, one line on stderr, no stack trace', () => {
  const expectations: [keyof typeof BAD_FILES, RegExp][] = [
    ['text-renamed.xlsx', /it is not an Excel workbook$/],
    ['truncated.xlsx', /damaged or incomplete/],
    ['password-protected.xlsx', /password-protected/],
    ['old-format.xlsx', /old-format \(\.xls\)/],
    ['word-document.xlsx', /not an Excel workbook/],
    ['zero-bytes.xlsx', /empty \(0 bytes\)/],
  ];
  it.each(expectations)('%s', async (name, reason) => {
    const file = await writeBadFile(dir, name);
    const before = sha256(file);
    const run = runCli(['check', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^riskbook: cannot read "${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": `));
    expect(lines[0]).toMatch(reason);
    expect(sha256(file)).toBe(before);
  });

  it('a missing file', () => {
    const run = runCli(['check', path.join(dir, 'nowhere.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`riskbook: cannot read "${path.join(dir, 'nowhere.xlsx')}": no such file\n`);
  });

  it('a folder', () => {
    const run = runCli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/it is a folder/);
  });

  it('a workbook with no cell filled', async () => {
    const file = await writeScenario(dir, 'empty-workbook');
    const run = runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`riskbook: cannot read "${file}": the workbook is empty\n`);
  });

  it('a workbook without a register: still one JSON object on stdout with --json', async () => {
    const file = await writeScenario(dir, 'no-register');
    const run = runCli(['check', file, '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.registerSheet).toBeNull();
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'register-not-found' }));
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^riskbook: no risk register found in ".*": .*riskbook map ".*" shows the closest rows and what they lack\./);
  });

  it('a wrong --now', async () => {
    const file = await writeScenario(dir, 'register-three-risks');
    const run = runCli(['check', file, '--now', 'yesterday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^riskbook: --now must be an ISO date/);
  });

  it('an unknown option or command', () => {
    expect(runCli(['check', 'x.xlsx', '--jsn'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^riskbook: unknown option '--jsn'.*\n$/) });
    const typo = runCli(['chek', 'x.xlsx']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(typo.stderr).toMatch(/Did you mean check\?/);
  });
});

describe('help and version', () => {
  it('documents each command and the exit codes', () => {
    for (const command of ['check', 'recalc', 'soa', 'rtp', 'heatmap', 'init', 'map']) {
      const run = runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: riskbook ${command}`);
    }
    expect(runCli(['--help']).stdout).toMatch(/Exit codes:[\s\S]*2 {2}the input cannot be used/);
    expect(runCli(['check', '--help']).stdout).toContain('--json');
  });

  it('prints the version', () => {
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/\S+/);
  });
});
