/** Helpers shared by the .xlsx host tests. */
import type * as ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { loadWorkbook, saveWorkbook } from '../../../cli/xlsx/workbook-io';
import { readZipDirectory, readZipEntry } from '../../../cli/io/zip-directory';

/** Saves to an .xlsx buffer and loads it back, as a file on disk would. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(workbook));
}

function trimRow<T>(row: readonly T[]): T[] {
  const out = [...row];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
}

/** Values and formulas without trailing empties, so hosts that pad differently compare equal. */
export function normaliseSheet(sheet: SheetSnapshot): { name: string; values: CellValue[][]; formulas: (string | null)[][]; hidden: boolean; merges: string[] } {
  const values = sheet.values.map((r) => trimRow(r.map((v) => (v === '' ? null : v))));
  const formulas = (sheet.formulas ?? []).map((r) => trimRow(r));
  while (values.length > 0 && values[values.length - 1]!.length === 0 && (formulas[values.length - 1]?.length ?? 0) === 0) {
    values.pop();
  }
  formulas.length = Math.min(formulas.length, values.length);
  while (formulas.length < values.length) formulas.push([]);
  return { name: sheet.name, values, formulas, hidden: sheet.hidden ?? false, merges: [...(sheet.merges ?? [])].sort() };
}

export function normaliseWorkbook(snapshot: WorkbookSnapshot): { sheets: ReturnType<typeof normaliseSheet>[]; names: { name: string; reference: string }[] } {
  return {
    sheets: snapshot.sheets.map(normaliseSheet),
    names: [...(snapshot.names ?? [])].map((n) => ({ ...n })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The raw XML of one part of a saved workbook, for assertions on what the file itself says. */
export function filePart(file: Buffer, path: string): string {
  return zipEntryText(file, path);
}

/** The text of one part of an .xlsx held in memory. */
export function zipEntryText(zip: Buffer, path: string): string {
  const dir = readZipDirectory(zip);
  if (!dir.ok) throw new Error(`Not a readable zip: ${dir.problem}`);
  const entry = dir.entries.find((e) => e.name === path);
  if (!entry) throw new Error(`No ${path} in the workbook`);
  return readZipEntry(zip, entry).toString('utf8');
}
