/**
 * `riskbook new-cycle FILE --out OUT.xlsx`: the example register recalculated, a new assessment
 * cycle started from the command line, then a year of work and a recalculation: the register's
 * Change since last cycle column marks each risk, the hidden cycle sheet is in the file, and the
 * command says what it did and refuses what `recalc` refuses.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { isoFromSerial } from '../../core/dates';
import { CHANGE_HEADER, REGISTER, headers, marks, workOfTheYear } from '../core/cycle/example-cycle';
import { ROOT, runCli, tempDir } from './support/cli-build';

const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
let dir: string;

beforeAll(() => {
  dir = tempDir('new-cycle');
});

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

/** A year of work typed into the file, as a person would in Excel. */
async function work(file: string): Promise<void> {
  const wb = await loadWorkbook(readFileSync(file));
  const ws = wb.getWorksheet(REGISTER)!;
  for (const e of workOfTheYear()) {
    const date = e.date === true && typeof e.value === 'number' ? new Date(`${isoFromSerial(e.value)}T00:00:00Z`) : null;
    ws.getCell(e.cell).value = e.value === '' ? null : (date ?? (e.value as string | number));
  }
  writeFileSync(file, await saveWorkbook(wb));
}

describe('riskbook new-cycle', () => {
  it('starts a cycle, writes it to a new file and says so; the next recalc marks each risk against it', async () => {
    const first = path.join(dir, 'first.xlsx');
    expect(runCli(['recalc', EXAMPLE, '--out', first, '--now', '2026-01-10T09:00:00Z']).code).toBe(1);
    const begun = path.join(dir, 'begun.xlsx');
    const cli = runCli(['new-cycle', first, '--out', begun, '--now', '2026-01-15T09:00:00Z']);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain("- New assessment cycle begun on 2026-01-15: the register's 40 risk(s) are its baseline");
    expect(cli.stdout).toContain(`Wrote ${begun}`);
    const afterStart = await snapshotOf(begun);
    expect(afterStart.sheets.find((s) => s.name === 'Riskbook cycle')?.hidden).toBe(true);
    expect(new Set(Object.values(marks(afterStart)))).toEqual(new Set(['Unchanged']));
    expect(headers(afterStart).filter((h) => h !== '').slice(-3)).toEqual([CHANGE_HEADER, 'Inherent rating', 'Residual rating']);

    await work(begun);
    const year = path.join(dir, 'year.xlsx');
    expect(runCli(['recalc', begun, '--out', year, '--now', '2026-12-05T09:00:00Z']).code).toBe(1);
    const m = marks(await snapshotOf(year));
    expect([m['R-31'], m['R-41'], m['R-02'], m['R-40']]).toEqual(['Modified', 'New', 'Unchanged', undefined]);
  });

  it('asks for --out or --in-place, as recalc does, and needs a register', () => {
    const missing = runCli(['new-cycle', EXAMPLE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^riskbook: new-cycle needs --out FILE\.xlsx \(a new file\) or --in-place/);
  });

  it('says in one line that a workbook without a register has nothing to start a cycle on', async () => {
    const file = path.join(dir, 'no-register.xlsx');
    const wb = new (await import('exceljs')).Workbook();
    wb.addWorksheet('Notes').addRows([['Shopping list'], ['Milk']]);
    writeFileSync(file, await saveWorkbook(wb));
    const cli = runCli(['new-cycle', file, '--out', path.join(dir, 'never.xlsx')]);
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
  });
});
