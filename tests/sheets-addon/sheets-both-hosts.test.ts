/**
 * One workbook, both hosts: a register `riskbook recalc` has written, opened in Google Sheets (the
 * fake, seeded from the .xlsx), is recognised as Riskbook's and recalculates to the findings and
 * sheets the command line gives for the same file.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Finding } from '../../core/findings/finding';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { runCli, tempDir } from '../cli/support/cli-build';
import { seedXlsx } from '../support/fake-sheets/seed';
import type { LoadedAddon } from '../support/sheets-bundle';
import { loadAddon } from '../support/sheets-bundle';
import type { PlainSheet } from './sheets-test-kit';
import { EXAMPLE, NOW, fakeSnapshot, okOutcome, plainSheets, request } from './sheets-test-kit';

jest.setTimeout(120000);

interface CliReport {
  readonly findings: Pick<Finding, 'code' | 'sheet' | 'cell' | 'severity'>[];
  readonly summary: { readonly registerSheet: string | null; readonly risks: number };
}

function recalc(input: string, output: string): CliReport {
  const run = runCli(['recalc', input, '--out', output, '--now', NOW, '--json']);
  if (run.code === null || run.code > 1) throw new Error(`riskbook recalc failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CliReport;
}

const key = (f: Pick<Finding, 'code' | 'sheet' | 'cell'>): string => `${f.code} ${f.sheet}!${f.cell}`;

describe('a workbook the command line recalculated, opened in Google Sheets', () => {
  let cliTwice: CliReport;
  let cliSheets: PlainSheet[];
  let addon: LoadedAddon;
  let outcome: ReturnType<typeof okOutcome>;

  beforeAll(async () => {
    const dir = tempDir('sheets-both-hosts');
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    recalc(EXAMPLE, once);
    // What the command line makes of its own output: the reference for the Sheets run.
    cliTwice = recalc(once, twice);
    cliSheets = plainSheets(readXlsxSnapshot(await loadWorkbook(readFileSync(twice))));

    addon = loadAddon({ simulatedClock: true, startMs: Date.parse(NOW) });
    await seedXlsx(addon.google, readFileSync(once));
    outcome = okOutcome(request(addon, { kind: 'generate', action: 'recalc' }));
  });

  it('is recognised: the register from the saved mapping, the workbook’s own method', () => {
    expect(outcome.status.register).toMatchObject({ sheet: cliTwice.summary.registerSheet, risks: cliTwice.summary.risks });
    expect(outcome.status.methodology.found).toBe(true);
  });

  it('recalculates to the same findings, code and cell', () => {
    expect(outcome.status.findingsNotShown).toBe(0);
    expect(outcome.status.findings.map(key).sort()).toEqual(cliTwice.findings.map(key).sort());
  });

  it('leaves the same sheets, in the same order, hidden alike', () => {
    const sheets = plainSheets(fakeSnapshot(addon));
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual(cliSheets.map((s) => [s.name, s.hidden]));
  });

  it('with the same values and formulas in every sheet', () => {
    const sheets = plainSheets(fakeSnapshot(addon));
    for (const cli of cliSheets) expect(sheets.find((s) => s.name === cli.name)).toEqual(cli);
  });
});
