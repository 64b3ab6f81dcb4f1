/** `riskbook init` (a new register workbook) and `riskbook map` (how the columns were read). */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { writeScenario } from './fixtures';
import { newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { cliBundle, runCli, sha256, tempDir } from './support/cli-build';

const NOW = '2025-04-01T09:00:00Z';
let dir: string;

/** A workbook a person made: one sheet per entry, rows as typed. */
async function writeWorkbook(file: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const wb = newWorkbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  writeFileSync(file, await saveWorkbook(wb));
}

beforeAll(() => {
  dir = tempDir('init-map');
});

describe('init', () => {
  it('creates a register workbook (exit 0 whatever is still to fill in) that check then finds, with no risks yet', async () => {
    const out = path.join(dir, 'new', 'register.xlsx');
    const run = runCli(['init', out, '--now', NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created ${out} (5x5 method)`);
    const snap = readXlsxSnapshot(await loadWorkbook(readFileSync(out)));
    expect(snap.sheets.length).toBeGreaterThan(0);
    const check = runCli(['check', out, '--json', '--now', NOW]);
    expect([0, 1]).toContain(check.code);
    const report = JSON.parse(check.stdout) as { summary: { risks: number; registerSheet: string | null } };
    expect(report.summary.risks).toBe(0);
    expect(report.summary.registerSheet).not.toBeNull();
  });

  it('makes a register whose first recalculation gives a short to-do list, not warnings by the dozen', () => {
    const out = path.join(dir, 'todo', 'register.xlsx');
    expect(runCli(['init', out, '--now', NOW]).code).toBe(0);
    const recalc = runCli(['recalc', out, '--out', path.join(dir, 'todo', 'recalculated.xlsx'), '--now', NOW]);
    expect(recalc.code).toBe(0);
    const report = recalc.stdout.slice(recalc.stdout.indexOf('Register "'));
    expect(report).toBe(
      [
        'Register "Risk register": 0 risks',
        '',
        'To do:',
        '- Have the methodology approved and fill in Approved by and Approved on (Methodology B43)',
        "- Add your risks below the register's header (Risk register A7)",
        '- Decide whether 93 controls apply (Statement of Applicability D6:D98)',
        '- Record the opportunities the ISMS should pursue (Opportunities A4)',
        '',
        '0 errors, 3 warnings (3 to do), 1 info (1 to do)',
        `Wrote ${path.join(dir, 'todo', 'recalculated.xlsx')}`,
        '',
      ].join('\n'),
    );
  });

  it('accepts the 4x4 and 3x3 presets and refuses others', () => {
    for (const preset of ['4x4', '3x3']) {
      const out = path.join(dir, `preset-${preset}.xlsx`);
      expect(runCli(['init', out, '--preset', preset, '--now', NOW]).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    const bad = runCli(['init', path.join(dir, 'bad.xlsx'), '--preset', '6x6']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^riskbook: option '--preset <size>' argument '6x6' is invalid/);
  });

  it('refuses to overwrite an existing file unless --force is given', () => {
    const out = path.join(dir, 'existing.xlsx');
    writeFileSync(out, 'precious');
    const before = sha256(out);
    const run = runCli(['init', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`riskbook: "${out}" already exists; add --force to replace it\n`);
    expect(sha256(out)).toBe(before);
    expect(runCli(['init', out, '--force', '--now', NOW]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('map', () => {
  it('lists mapped columns, the user columns left alone and the missing fields', async () => {
    const file = await writeScenario(dir, 'register-three-risks');
    const before = sha256(file);
    const run = runCli(['map', file, '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toContain('Register "Risk register", header in row 3');
    expect(run.stdout).toMatch(/A {3}"Risk ID" +-> /);
    expect(run.stdout).toContain('"Team notes"');
    expect(run.stdout).toMatch(/Fields with no column/);
    expect(sha256(file)).toBe(before);
  });

  it('gives one JSON object with --json', async () => {
    const file = await writeScenario(dir, 'register-three-risks');
    const run = runCli(['map', file, '--json']);
    const report = JSON.parse(run.stdout) as { sheet: string; headerRow: number; fields: { field: string; column: string; header: string }[]; userColumns: { column: string; header: string }[]; missing: unknown[] };
    expect(report.sheet).toBe('Risk register');
    expect(report.headerRow).toBe(3);
    expect(report.fields).toContainEqual(expect.objectContaining({ field: 'id', column: 'A', header: 'Risk ID' }));
    expect(report.userColumns).toContainEqual({ column: 'K', header: 'Team notes' });
  });

  it('exits 2 when no sheet looks like a register, and says so without a row to show', async () => {
    const file = await writeScenario(dir, 'no-register');
    const run = runCli(['map', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('No sheet has a header that names a register column');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('shows the closest header row, what it understood and what it lacks, when no register is found', async () => {
    const file = path.join(dir, 'near-miss.xlsx');
    await writeWorkbook(file, { Notes: [['Meeting notes']], Risks: [['Ref', 'Budget code', 'Weather', 'Owner'], ['R1', 'B-7', 'Sunny', 'Ann']] });
    const check = runCli(['check', file]);
    expect(check.code).toBe(2);
    // check points at map, and map answers something check did not say.
    expect(check.stderr).toContain(`riskbook map "${file}" shows the closest rows`);
    const map = runCli(['map', file]);
    expect(map.code).toBe(2);
    expect(map.stdout).toContain('"Risks", row 1:');
    expect(map.stdout).toMatch(/A +"Ref" -> Risk ID/);
    expect(map.stdout).toContain('not understood: B "Budget code", C "Weather"');
    expect(map.stdout).toContain('missing: Likelihood, Impact, Threat or Description');
    expect(map.stdout).not.toContain(check.stderr.trim());
    const json = JSON.parse(runCli(['map', file, '--json']).stdout) as { sheet: null; candidates: { sheet: string; missing: string[] }[] };
    expect(json.sheet).toBeNull();
    expect(json.candidates[0]).toMatchObject({ sheet: 'Risks', missing: ['Likelihood', 'Impact', 'Threat or Description'] });
  });

  it('shows how a workbook that holds only an SoA was read, and exits 0', async () => {
    const file = path.join(dir, 'soa-only.xlsx');
    const rows = [['Control ID', 'Control', 'Applicable', 'Justification'], ...Array.from({ length: 37 }, (_, i) => [`A.5.${i + 1}`, `Control ${i + 1}`, 'Yes', 'Risk'])];
    await writeWorkbook(file, { 'Statement of Applicability': rows });
    const map = runCli(['map', file]);
    expect(map.code).toBe(0);
    expect(map.stdout).toContain('Statement of Applicability: sheet "Statement of Applicability", header row 1 (Annex A 2022)');
    expect(map.stdout).toContain('37 controls listed: 37 applicable, 0 excluded');
    const json = JSON.parse(runCli(['map', file, '--json']).stdout) as { sheet: null; looksLike: string; soa: { controls: number } };
    expect(json).toMatchObject({ sheet: null, looksLike: 'soa', soa: { controls: 37 } });
  });

  it('says a workbook that lists Annex A controls one per row, with no decisions, looks like an SoA', async () => {
    const file = path.join(dir, 'control-list.xlsx');
    const rows = [['Control ID', 'Control'], ...Array.from({ length: 37 }, (_, i) => [`A.5.${i + 1}`, `Control ${i + 1}`])];
    await writeWorkbook(file, { Controls: rows });
    const map = runCli(['map', file]);
    expect(map.code).toBe(2);
    expect(map.stdout).toContain('"Controls" looks like a Statement of Applicability');
  });
});

describe('the installed launcher', () => {
  it('bin/riskbook.js says how to build when the bundle is missing', () => {
    const launcher = path.join(dir, 'bin', 'riskbook.js');
    mkdirSync(path.dirname(launcher), { recursive: true });
    writeFileSync(launcher, readFileSync(path.join(__dirname, '../../bin/riskbook.js')));
    const run = runCli(['--version'], { script: launcher });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('riskbook: the command is not built; run `npm run build:cli` first\n');
  });

  it('bin/riskbook.js runs the bundle beside it', () => {
    const root = tempDir('launcher');
    const launcher = path.join(root, 'bin', 'riskbook.js');
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    copyFileSync(path.join(__dirname, '../../bin/riskbook.js'), launcher);
    copyFileSync(cliBundle(), path.join(root, 'dist', 'cli', 'riskbook.js'));
    const run = runCli(['--help'], { script: launcher });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: riskbook');
  });
});
