/**
 * A WorkbookSnapshot written as the .xlsx a person would hand the CLI: values, formulas (with no
 * cached result, as a file fresh from code has), hidden sheets, merges and defined names. And
 * cells typed into an open ExcelJS workbook, as a person types them into the file.
 */
import type * as ExcelJS from 'exceljs';
import { newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { isCellError } from '../../core/workbook/snapshot';

/** What ExcelJS stores for a typed value or formula; null leaves the cell empty. */
export function excelValue(value: CellValue, formula: string | null): ExcelJS.CellValue {
  if (formula) return { formula: formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  if (value === null || value === '') return null;
  if (isCellError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  if (typeof value === 'number' && !Number.isFinite(value)) return { error: '#NUM!' } as ExcelJS.CellErrorValue;
  return value;
}

export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const wb = newWorkbook();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const vrow = sheet.values[r] ?? [];
      const frow = sheet.formulas?.[r] ?? [];
      for (let c = 0; c < Math.max(vrow.length, frow.length); c++) {
        const v = excelValue(vrow[c] ?? null, frow[c] ?? null);
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }
    }
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  for (const n of snapshot.names ?? []) wb.definedNames.add(n.reference, n.name);
  return saveWorkbook(wb);
}

/** Types a value or formula into a cell of an open workbook (0-based row and column). */
export function typeIntoXlsx(wb: ExcelJS.Workbook, sheet: string, row: number, col: number, value: CellValue, formula: string | null): void {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.getCell(row + 1, col + 1).value = excelValue(value, formula);
}
