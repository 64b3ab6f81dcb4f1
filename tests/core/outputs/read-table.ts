/** Test helper: a generated table read back as records by header, the way a person reads it. */
import { locateTable } from '../../../core/outputs/preserve';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet, usedRowCount } from '../../../core/workbook/snapshot';

export type Row = Record<string, CellValue> & { readonly __row: number };

export function sheetOf(workbook: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = findSheet(workbook, name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

export function readTable(workbook: WorkbookSnapshot, sheetName: string, keyHeader: string): { headerRow: number; headers: string[]; rows: Row[] } {
  const sheet = sheetOf(workbook, sheetName);
  const location = locateTable(sheet, keyHeader);
  if (!location) throw new Error(`No table with ${keyHeader} on ${sheetName}`);
  const headerCells = sheet.values[location.headerRow] ?? [];
  const headers = headerCells.map((v) => (v === null ? '' : String(v)));
  const rows: Row[] = [];
  for (let r = location.headerRow + 1; r < usedRowCount(sheet); r++) {
    const values = sheet.values[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    if (!values.some((v) => v !== null && v !== '') && !formulas.some((f) => f)) continue;
    const rec: Record<string, CellValue> = {};
    headers.forEach((h, c) => {
      rec[h === '' ? `#${c}` : h] = formulas[c] ? `FORMULA:${formulas[c]}` : (values[c] ?? null);
    });
    rows.push({ ...rec, __row: r } as Row);
  }
  return { headerRow: location.headerRow, headers, rows };
}

export function rowWhere(rows: readonly Row[], pred: (r: Row) => boolean): Row {
  const found = rows.find(pred);
  if (!found) throw new Error('No matching row');
  return found;
}
