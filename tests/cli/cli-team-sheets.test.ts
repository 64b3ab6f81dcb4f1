/**
 * `riskbook recalc` on a workbook that holds the team's own sheets named Lists, Heatmap, Checks and
 * "Statement of Applicability": every one of them comes out exactly as it went in (cells, formats
 * of what was typed, visibility, place), and Riskbook's own sheets sit beside them.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { writeScenario } from './fixtures';
import { runCli, tempDir } from './support/cli-build';

const NOW = '2025-04-01T09:00:00Z';
const TEAM_SHEETS = ['Lists', 'Heatmap', 'Checks', 'Statement of Applicability'];

function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out[cell.address] = { value: cell.value instanceof Date ? cell.value.toISOString() : cell.value, numFmt: cell.numFmt, type: cell.type };
    }),
  );
  return out;
}

function describeSheet(wb: ExcelJS.Workbook, name: string): unknown {
  const ws = wb.getWorksheet(name);
  if (!ws) return 'missing';
  return { cells: cellsOf(ws), state: ws.state, merges: [...(ws.model.merges ?? [])].sort() };
}

describe('recalc beside team sheets under Riskbook names', () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let stdout: string;

  beforeAll(async () => {
    const dir = tempDir('team-sheets');
    const input = await writeScenario(dir, 'register-beside-team-sheets-under-riskbook-names');
    const out = path.join(dir, 'out.xlsx');
    const run = runCli(['recalc', input, '--out', out, '--now', NOW, '--all']);
    expect([0, 1]).toContain(run.code);
    stdout = run.stdout;
    before = await loadWorkbook(readFileSync(input));
    after = await loadWorkbook(readFileSync(out));
  });

  it.each(TEAM_SHEETS)('leaves "%s" exactly as it was', (name) => {
    expect(describeSheet(after, name)).toEqual(describeSheet(before, name));
  });

  it('keeps the team sheets in their order, ahead of Riskbook\'s', () => {
    const order = after.worksheets.map((ws) => ws.name);
    expect(order.slice(0, before.worksheets.length)).toEqual(before.worksheets.map((ws) => ws.name));
  });

  it('builds Riskbook\'s own sheets under free names and says so once per sheet', () => {
    const order = after.worksheets.map((ws) => ws.name);
    expect(order).toEqual(expect.arrayContaining(['Riskbook Heatmap', 'Riskbook Checks', 'Riskbook SoA', 'Riskbook lists']));
    for (const name of ['Heatmap', 'Checks', 'Statement of Applicability']) {
      expect(stdout.match(new RegExp(`^INFO +${name}!A1 +sheet-name-taken$`, 'gm'))).toHaveLength(1);
    }
  });
});
