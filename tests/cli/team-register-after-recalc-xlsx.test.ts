/**
 * A team's register in an .xlsx after `recalc`: the columns Riskbook appends join the team's
 * table. Both readers see the team's autofilter and print area, both reach over the new columns
 * (the print area but for the rating keys, which come last), and their headers carry the team's
 * header style.
 */
import type * as ExcelJS from 'exceljs';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { streamXlsxSnapshot } from '../../cli/xlsx/stream-xlsx-snapshot';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { maxOf } from '../../core/arrays';
import { generate } from '../../core/engine';
import { findSheet } from '../../core/workbook/snapshot';

const NOW = '2025-04-01T09:00:00Z';
const REGISTER = 'Risks';
const TEAM_FILL = 'FF385723';

/** A register with a dark green header of white bold text, filtered from its header row. */
async function teamWorkbook(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(REGISTER);
  ws.addRows([
    ['Acme risk register'],
    [],
    ['Risk ID', 'Asset', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls'],
    ['R-01', 'Customer database', 'SQL injection', 'Likely', 'Severe', 'CTO', 'Mitigate', '8.28'],
    ['R-02', 'Laptops', 'Theft', 'Unlikely', 'Moderate', 'IT lead', 'Transfer', '7.9'],
  ]);
  for (let col = 1; col <= 8; col++) {
    const cell = ws.getCell(3, col);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TEAM_FILL } };
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' }, name: 'Arial', size: 10 };
  }
  ws.autoFilter = 'A3:H5';
  ws.pageSetup.printArea = 'A1:H40';
  return saveWorkbook(wb);
}

describe('A team’s register after recalc', () => {
  let file: Buffer;
  let after: ExcelJS.Workbook;
  let appended: number[];

  beforeAll(async () => {
    file = await teamWorkbook();
    const workbook = await loadWorkbook(file);
    const result = generate(readXlsxSnapshot(workbook), 'recalc', { now: NOW });
    await applyPlanToXlsx(workbook, result.plan);
    after = await loadWorkbook(await saveWorkbook(workbook));
    const headers = after.getWorksheet(REGISTER)!.getRow(3);
    appended = [];
    headers.eachCell((cell, col) => {
      if (col > 8 && cell.text !== '') appended.push(col);
    });
  });

  it('is read with its autofilter and print area by both readers', async () => {
    for (const read of [findSheet(readXlsxSnapshot(await loadWorkbook(file)), REGISTER)!, findSheet(await streamXlsxSnapshot(file), REGISTER)!]) {
      expect(read).toMatchObject({ autoFilter: 'A3:H5', printArea: 'A1:H40' });
    }
  });

  it('prints the columns Riskbook appended with its own, over the same rows, all but the rating keys', () => {
    const ws = after.getWorksheet(REGISTER)!;
    const keys = appended.filter((col) => /rating$/iu.test(ws.getCell(3, col).text));
    const printed = appended.filter((col) => !keys.includes(col));
    expect(keys.length).toBe(2);
    // The keys come last, so one print area of whole rows leaves them out.
    expect(Math.min(...keys)).toBeGreaterThan(Math.max(...printed));
    const last = ws.getCell(3, Math.max(...printed)).address.replace(/\d+$/u, '');
    expect(ws.pageSetup.printArea).toBe(`A1:${last}40`);
  });

  it('has its autofilter reach over the columns Riskbook appended, over the same rows', () => {
    expect(appended.length).toBeGreaterThan(0);
    const last = after.getWorksheet(REGISTER)!.getCell(3, maxOf(appended)).address.replace(/\d+$/u, '');
    expect(after.getWorksheet(REGISTER)!.autoFilter).toBe(`A3:${last}5`);
  });

  it('gives the appended headers the team’s header style, wrapped', () => {
    for (const col of appended) {
      const cell = after.getWorksheet(REGISTER)!.getCell(3, col);
      expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: TEAM_FILL } });
      expect(cell.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' }, name: 'Arial', size: 10 });
      expect(cell.alignment?.wrapText).toBe(true);
    }
    // The team's own header cell is not changed by the copy.
    expect(after.getWorksheet(REGISTER)!.getCell('H3').alignment?.wrapText).toBeUndefined();
  });
});
