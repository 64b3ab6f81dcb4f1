/**
 * The bundled example register (examples/acme-saas-register.xlsx) as the tests start from it: its
 * snapshot as ExcelJS reads the file, the reading the `.xlsx` host's oracle keeps.
 */
import * as ExcelJS from 'exceljs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';

export const EXAMPLE_REGISTER = path.resolve(__dirname, '../../examples/acme-saas-register.xlsx');

/** A fresh snapshot of the example each call: tests change what they get. */
export async function exampleSnapshot(): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_REGISTER);
  return readXlsxSnapshot(wb);
}
