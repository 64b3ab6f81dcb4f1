/** Loading and saving ExcelJS workbooks, always with Riskbook's ExcelJS fixes installed. */
import * as ExcelJS from 'exceljs';
import { installExcelJsPatches } from './exceljs-patches';
import { withReadablePartNames } from './package-parts';

export function newWorkbook(): ExcelJS.Workbook {
  installExcelJsPatches();
  return new ExcelJS.Workbook();
}

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  // ExcelJS's typings predate Node's generic Buffer.
  await workbook.xlsx.load((await withReadablePartNames(data)) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
