/**
 * Putting a workbook into the fake and reading it back, straight from the model (uncounted):
 * - from a WorkbookSnapshot (values, formulas, hidden sheets, merges, names), with date cells
 *   given a date format so that `getValues` hands them out as Dates, as Sheets does;
 * - from an .xlsx file through the command line's reader, date cells found by their type.
 */
import { createHash } from 'crypto';
import type * as ExcelJS from 'exceljs';
import { cellAddress, parseRange, splitSheetReference } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { readXlsxSnapshot } from '../../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../../cli/xlsx/workbook-io';
import type { StoredCell } from './cell-input';
import type { FakeGoogle } from './fake-google';
import type { CellFormat, SheetModel, SpreadsheetModel } from './model';

export type DateCells = (sheet: string, row: number, col: number) => boolean;

const DATE_FORMAT = 'yyyy-mm-dd';

export function seedSnapshot(model: SpreadsheetModel, snapshot: WorkbookSnapshot, dateCells: DateCells = () => false): void {
  for (const s of snapshot.sheets) {
    const width = Math.max(0, ...s.values.map((r) => r.length), ...(s.formulas ?? []).map((r) => r.length));
    const sheet = model.newSheet(s.name, model.sheets.length, Math.max(1000, s.values.length), Math.max(26, width));
    sheet.hidden = s.hidden ?? false;
    s.values.forEach((row, r) => {
      const formulas = s.formulas?.[r] ?? [];
      for (let c = 0; c < Math.max(row.length, formulas.length); c++) {
        const v = row[c] ?? null;
        const f = formulas[c] ?? null;
        if (v === null && f === null) continue;
        sheet.setCell(r, c, { v, f });
        if (typeof v === 'number' && f === null && dateCells(s.name, r, c)) sheet.editFormat(r, c).numberFormat = DATE_FORMAT;
      }
    });
    sheet.merges = (s.merges ?? []).map((m) => parseRange(m)!).filter(Boolean);
    for (const n of s.notes ?? []) {
      const at = parseRange(n.cell);
      if (at) sheet.notes.set(`${at.row},${at.col}`, n.text);
    }
  }
  for (const n of snapshot.names ?? []) {
    const split = splitSheetReference(n.reference);
    const sheet = split ? model.find(split.sheet) : undefined;
    const rect = split ? parseRange(split.range) : null;
    if (sheet && rect) model.names.set(n.name, { sheet, rect });
  }
  model.active = model.sheets.find((s) => !s.hidden) ?? model.sheets[0] ?? null;
}

/** Cells ExcelJS read as dates, by sheet name and 0-based row and column. */
function dateCellsOf(workbook: ExcelJS.Workbook): DateCells {
  const cells = new Set<string>();
  for (const ws of workbook.worksheets) {
    ws.eachRow((row, rowNumber) =>
      row.eachCell((cell, colNumber) => {
        const v = cell.type === 6 ? cell.result : cell.value;
        if (v instanceof Date) cells.add(`${ws.name}\u0000${rowNumber - 1},${colNumber - 1}`);
      }),
    );
  }
  return (sheet, row, col) => cells.has(`${sheet}\u0000${row},${col}`);
}

/** Files already read, by their bytes' digest: a sweep seeds the same file hundreds of times. */
const readFiles = new Map<string, Promise<{ readonly snapshot: WorkbookSnapshot; readonly dateCells: DateCells }>>();

function readXlsx(data: Buffer): Promise<{ readonly snapshot: WorkbookSnapshot; readonly dateCells: DateCells }> {
  const key = createHash('sha256').update(data).digest('hex');
  let read = readFiles.get(key);
  if (!read) {
    read = loadWorkbook(data).then((workbook) => ({ snapshot: readXlsxSnapshot(workbook), dateCells: dateCellsOf(workbook) }));
    readFiles.set(key, read);
  }
  return read;
}

export async function seedXlsx(google: FakeGoogle, data: Buffer): Promise<WorkbookSnapshot> {
  const { snapshot, dateCells } = await readXlsx(data);
  seedSnapshot(google.model, snapshot, dateCells);
  return snapshot;
}

function plain(cell: StoredCell | undefined): CellValue {
  if (!cell) return null;
  const v = cell.v;
  if (v === null || v === '') return null;
  return v;
}

/**
 * A sheet of the fake as the core would see it: what `getValues` hands the add-on. The fake does
 * not calculate, so a formula cell holds the value it was seeded with (a team's formula with its
 * cached result) or none (a formula Riskbook wrote).
 */
export function sheetSnapshot(sheet: SheetModel): SheetSnapshot {
  const rows = sheet.lastRow();
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = sheet.cells[r] ?? [];
    const width = line.length;
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = line[c];
      vr.push(plain(cell));
      fr.push(cell?.f ?? null);
    }
    while (vr.length > 0 && vr[vr.length - 1] === null && fr[fr.length - 1] === null) {
      vr.pop();
      fr.pop();
    }
    values.push(vr);
    formulas.push(fr);
  }
  return {
    name: sheet.name,
    values,
    formulas,
    hidden: sheet.hidden,
    merges: sheet.merges.map((m) => (m.rows === 1 && m.cols === 1 ? cellAddress(m.row, m.col) : `${cellAddress(m.row, m.col)}:${cellAddress(m.row + m.rows - 1, m.col + m.cols - 1)}`)),
    ...(sheet.notes.size > 0 ? { notes: [...sheet.notes].map(([key, text]) => ({ cell: noteCell(key), text })) } : {}),
  };
}

function noteCell(key: string): string {
  const [row, col] = key.split(',').map(Number);
  return cellAddress(row!, col!);
}

export function workbookSnapshot(model: SpreadsheetModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map(sheetSnapshot),
    names: [...model.names].map(([name, e]) => ({
      name,
      reference: `'${e.sheet.name.replace(/'/g, "''")}'!${cellAddress(e.rect.row, e.rect.col, true)}${e.rect.rows > 1 || e.rect.cols > 1 ? `:${cellAddress(e.rect.row + e.rect.rows - 1, e.rect.col + e.rect.cols - 1, true)}` : ''}`,
    })),
  };
}

/** The format of one cell by A1 address (undefined when it has none). */
export function formatAt(sheet: SheetModel, a1: string): CellFormat | undefined {
  const r = parseRange(a1)!;
  return sheet.format(r.row, r.col);
}
