/**
 * `riskbook move-register-ids FILE --out OUT.xlsx`: the register's 2013 control ids become their
 * 2022 successors, each rewritten cell keeps its old text in a note (below a note a person wrote),
 * and every other cell of the workbook comes out as it went in.
 */
import * as ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { findSheet } from '../../core/workbook/snapshot';
import { runCli, sha256, tempDir } from './support/cli-build';

const NOW = '2025-11-03T09:00:00Z';
const NOTE = (text: string): string => `Before the move to Annex A 2022 (Riskbook, 2025-11-03): ${text}`;
let dir: string;

beforeAll(() => {
  dir = tempDir('move-register-ids');
});

/** A register kept since the 2013 edition: some cells moved to 2022 already, one with a note of the team's. */
async function register2013(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Risks');
  ws.addRows([
    ['Risk register 2025'],
    ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Comments'],
    ['R-1', 'Unpatched servers', 'CTO', 4, 4, 'Mitigate', 'A.12.6.1 Management of technical vulnerabilities', 'monthly'],
    ['R-2', 'Log tampering', 'CISO', 3, 4, 'Mitigate', 'A.12.4.1-A.12.4.3; 5.17', null],
    ['R-3', 'Phishing', 'CFO', 4, 5, 'Mitigate', '5.17, 8.5', null],
    ['R-4', 'Audit gaps', 'CISO', 2, 3, 'Mitigate', 'A.18.2.3', 'see audit plan'],
    ['R-5', 'Insider', 'HR', 2, 4, 'Accept', null, null],
  ]);
  ws.getCell('G6').note = 'Agreed with the auditor in 2023';
  ws.getCell('B3').note = 'Raised by the pen test';
  const other = wb.addWorksheet('Assets');
  other.addRows([['Asset', 'Owner'], ['Payroll', 'CFO'], ['A.12.6.1', 'not a register cell']]);
  const file = path.join(dir, 'register-2013.xlsx');
  writeFileSync(file, await saveWorkbook(wb));
  return file;
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

describe('move-register-ids --out', () => {
  let input: string;
  let out: string;
  let stdout: string;
  let code: number | null;
  let before: string;

  beforeAll(async () => {
    input = await register2013();
    before = sha256(input);
    out = path.join(dir, 'moved.xlsx');
    const run = runCli(['move-register-ids', input, '--out', out, '--now', NOW]);
    stdout = run.stdout;
    code = run.code;
    if (![0, 1].includes(code ?? -1)) throw new Error(`exit ${String(code)}: ${run.stderr}`);
  });

  it('says what it moved and leaves the input byte for byte', () => {
    expect(stdout).toContain('Control ids moved to Annex A 2022');
    expect(stdout).toContain('3 control cells moved from 2013 to 2022 numbering on "Risks"');
    expect(stdout).toContain(`Wrote ${out}`);
    expect(sha256(input)).toBe(before);
  });

  it('writes the 2022 ids and keeps every other character of the cell', async () => {
    const ws = (await loadWorkbook(readFileSync(out))).getWorksheet('Risks')!;
    expect(ws.getCell('G3').value).toBe('A.8.8 Management of technical vulnerabilities');
    expect(ws.getCell('G4').value).toBe('A.8.15; 5.17');
    expect(ws.getCell('G6').value).toBe('A.5.36, A.8.8');
  });

  it('keeps the old text in the cell note, and a note a person wrote above it', async () => {
    const ws = (await loadWorkbook(readFileSync(out))).getWorksheet('Risks')!;
    expect(ws.getCell('G3').note).toBe(NOTE('A.12.6.1 Management of technical vulnerabilities'));
    expect(ws.getCell('G4').note).toBe(NOTE('A.12.4.1-A.12.4.3; 5.17'));
    expect(ws.getCell('G6').note).toBe(`Agreed with the auditor in 2023\n\n${NOTE('A.18.2.3')}`);
    expect(ws.getCell('B3').note).toBe('Raised by the pen test');
    expect(ws.getCell('G5').note).toBeUndefined();
  });

  it('changes no other cell of the workbook', async () => {
    const was = await snapshotOf(input);
    const now = await snapshotOf(out);
    const moved = new Set(['2,6', '3,6', '5,6']);
    for (const sheet of was.sheets) {
      const after = findSheet(now, sheet.name)!;
      const rows = Math.max(sheet.values.length, after.values.length);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(sheet.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          if (sheet.name === 'Risks' && moved.has(`${r},${c}`)) continue;
          expect([sheet.name, r, c, after.values[r]?.[c] ?? null]).toEqual([sheet.name, r, c, sheet.values[r]?.[c] ?? null]);
        }
      }
      expect(after.merges).toEqual(sheet.merges);
    }
    // The change log records the move; no other sheet is added.
    expect(now.sheets.map((s) => s.name)).toEqual([...was.sheets.map((s) => s.name), 'Change log']);
  });

  it('no longer reports a 2013 id in the register', () => {
    const check = runCli(['check', out, '--json', '--now', NOW]);
    const report = JSON.parse(check.stdout) as { findings: { code: string }[] };
    expect(report.findings.filter((f) => f.code === 'control-2013-id')).toEqual([]);
  });
});

describe('move-register-ids on a register with no 2013 id', () => {
  it('says there is nothing to move and writes no file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Risks').addRows([
      ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls'],
      ['R-1', 'Phishing', 'CFO', 4, 5, 'Mitigate', '5.17, 8.5'],
    ]);
    const input = path.join(dir, 'register-2022.xlsx');
    writeFileSync(input, await saveWorkbook(wb));
    const out = path.join(dir, 'unchanged.xlsx');
    const run = runCli(['move-register-ids', input, '--out', out, '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toContain('No control cell on "Risks" cites a 2013 id: nothing to move.');
    expect(run.stdout).toContain('No file written.');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', async () => {
    const run = runCli(['move-register-ids', path.join(dir, 'register-2022.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('move-register-ids needs --out FILE.xlsx');
  });
});
