/**
 * A register kept as an Excel table (a ListObject) is read as the table's columns: its header row
 * is the register's header, its structured-reference formulas (`[@Likelihood]*[@Impact]`, stored
 * in the file as `Risks[[#This Row],[Likelihood]]`) are kept as typed with their cached results as
 * values, its totals row is no risk, and `recalc` leaves every cell of the table as it was.
 */
import type * as ExcelJS from 'exceljs';
import { generate, inspect, mappingReport } from '../../core/engine';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { moveFormula as translateFormula } from '../../core/formula/references';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';

const NOW = { now: '2026-03-01T09:00:00Z' };
const ROW = 'Risks[[#This Row],[Likelihood]]*Risks[[#This Row],[Q1 impact]]';

/**
 * A register table `Risks` on A3:F7 below a title: header, three risks whose Score is a
 * calculated column (one per-cell formula, one in the `[@...]` form, a shared formula over two
 * cells), and a totals row summing the scores.
 */
async function tableWorkbook(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Register');
  ws.getCell('A1').value = 'Information security risks';
  ws.addTable({
    name: 'Risks',
    ref: 'A3',
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: 'Risk ID', totalsRowLabel: 'Total' },
      { name: 'Threat' },
      { name: 'Likelihood' },
      // A column whose name looks like a cell: a structured reference must never move it.
      { name: 'Q1 impact' },
      { name: 'Risk owner' },
      { name: 'Score', totalsRowFunction: 'sum' },
    ],
    rows: [
      ['R-1', 'Phishing', 4, 3, 'CISO', { formula: ROW, result: 12 } as ExcelJS.CellFormulaValue],
      ['R-2', 'Theft', 2, 5, 'IT lead', null],
      ['R-3', 'Fire', 1, 5, 'Facilities', null],
    ],
  });
  // A calculated column filled down as one shared formula, as spreadsheet programs write them.
  ws.getCell('F5').value = { formula: ROW, result: 10, shareType: 'shared', ref: 'F5:F6' } as ExcelJS.CellFormulaValue;
  ws.getCell('F6').value = { sharedFormula: 'F5', result: 5 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('F7').value = { formula: 'SUBTOTAL(109,Risks[Score])', result: 27 } as ExcelJS.CellFormulaValue;
  ws.getCell('G4').value = { formula: '[@Likelihood]*2', result: 8 } as ExcelJS.CellFormulaValue;
  return saveWorkbook(wb);
}

describe('an Excel table holding the register', () => {
  it('reads the cached results as values and keeps every structured reference as typed', async () => {
    const sheet = readXlsxSnapshot(await loadWorkbook(await tableWorkbook())).sheets[0]!;
    expect(sheet.values.slice(2, 7).map((r) => r.slice(0, 7))).toEqual([
      ['Risk ID', 'Threat', 'Likelihood', 'Q1 impact', 'Risk owner', 'Score'],
      ['R-1', 'Phishing', 4, 3, 'CISO', 12, 8],
      ['R-2', 'Theft', 2, 5, 'IT lead', 10],
      ['R-3', 'Fire', 1, 5, 'Facilities', 5],
      ['Total', null, null, null, null, 27],
    ]);
    expect(sheet.formulas!.slice(3, 7).map((r) => r[5])).toEqual([`=${ROW}`, `=${ROW}`, `=${ROW}`, '=SUBTOTAL(109,Risks[Score])']);
    expect(sheet.formulas![3]![6]).toBe('=[@Likelihood]*2');
  });

  it('reads the table as the register: its header, its risks, and its totals row skipped', async () => {
    const snapshot = readXlsxSnapshot(await loadWorkbook(await tableWorkbook()));
    const analysis = inspect(snapshot, NOW);
    expect(analysis.location).toMatchObject({ sheet: 'Register', headerRow: 2 });
    expect(analysis.risks.map((r) => [r.id, r.likelihood?.value])).toEqual([
      ['R-1', 4],
      ['R-2', 2],
      ['R-3', 1],
    ]);
    expect(mappingReport(snapshot, NOW).skipped).toEqual([{ row: 7, reason: 'totals', text: 'Total' }]);
  });

  it('leaves every cell of the table as it was after recalc', async () => {
    const workbook = await loadWorkbook(await tableWorkbook());
    const before = readXlsxSnapshot(workbook).sheets[0]!;
    await applyPlanToXlsx(workbook, generate(readXlsxSnapshot(workbook), 'recalc', NOW).plan);
    const reloaded = await loadWorkbook(await saveWorkbook(workbook));
    const after = readXlsxSnapshot(reloaded).sheets.find((s) => s.name === 'Register')!;
    for (let row = 0; row < 7; row++) {
      for (let col = 0; col < 6; col++) {
        expect([after.values[row]?.[col] ?? null, after.formulas?.[row]?.[col] ?? null]).toEqual([before.values[row]?.[col] ?? null, before.formulas?.[row]?.[col] ?? null]);
      }
    }
    expect(reloaded.getWorksheet('Register')!.getTable('Risks')).toBeDefined();
  });
});

describe('moving a shared formula', () => {
  it('moves cell references and never the columns named inside a structured reference', () => {
    expect(translateFormula('Risks[[#This Row],[Q1]]*B2', 1, 0)).toBe('Risks[[#This Row],[Q1]]*B3');
    expect(translateFormula('SUM(Risks[A1 score])+[1]Data!C3', 2, 1)).toBe('SUM(Risks[A1 score])+[1]Data!D5');
    expect(translateFormula('[@[Q1 impact]]*\'Risk ]sheet\'!A1', 1, 0)).toBe('[@[Q1 impact]]*\'Risk ]sheet\'!A2');
  });
});
