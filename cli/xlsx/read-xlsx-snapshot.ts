/**
 * ExcelJS workbook → WorkbookSnapshot: plain values, canonical formulas, hidden state, merges
 * and named ranges. Only rows that exist in the file are visited, so a sheet whose used range
 * claims a million rows costs what its real content costs.
 */
import type * as ExcelJS from 'exceljs';
import { columnLetter, rangeAddress, splitSheetReference } from '../../core/workbook/a1';
import type { CellNote, CellValue, NamedRangeSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { plainValue } from './cell-values';
import { moveFormula } from '../../core/formula/references';
import { canonicalFromFile } from './formula-text';
import { rowNotes } from './notes';
import { alwaysQuoted, putCell, putRow } from './snapshot-grid';
import { appendAll } from '../../core/arrays';
import type { PaperSize } from '../../core/workbook/plan';
import { paperOfCode } from './page-setup';

export interface ReadProgress {
  /** Called after each sheet with the rows read so far across the workbook. */
  (rowsRead: number, sheet: string): void;
}

export interface ReadOptions {
  readonly onProgress?: ReadProgress;
}

// ExcelJS's cell type numbers (Enums.ValueType), spelled out to avoid a runtime import.
const MERGE = 1;
const FORMULA = 6;

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The worksheet's merged areas. ExcelJS keeps them in `_merges` and exposes no cheaper getter. */
export function worksheetMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: MergeRange }> })._merges ?? {};
  return Object.values(merges)
    .filter((m) => m && m.model)
    .map(({ model: m }) => rangeAddress(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1));
}

/**
 * The rows present in the file, in order. `eachRow({ includeEmpty: true })` would create every
 * missing row up to the last one, and without it hidden empty rows are skipped.
 */
function existingRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
  const out: ExcelJS.Row[] = [];
  // forEach skips the holes of the sparse array.
  rows.forEach((row) => {
    if (row) out.push(row);
  });
  return out;
}

/** The canonical formula of a cell, resolving shared-formula children against their master. */
function cellFormula(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): string | null {
  if (cell.type !== FORMULA) return null;
  const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
  if ('formula' in value && typeof value.formula === 'string' && value.formula !== '') return canonicalFromFile(value.formula);
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') {
    const master = ws.getCell(value.sharedFormula);
    const masterValue = master.value as ExcelJS.CellFormulaValue | null;
    if (masterValue && typeof masterValue.formula === 'string') {
      const moved = moveFormula(
        masterValue.formula,
        Number(cell.row) - Number(master.row),
        Number(cell.col) - Number(master.col),
      );
      return canonicalFromFile(moved);
    }
  }
  return null;
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const notes: CellNote[] = [];
  let lastRow = 0;
  for (const row of existingRows(ws)) {
    const rowNumber = row.number;
    if (row.hidden) hiddenRows.push(rowNumber);
    appendAll(notes, rowNotes(row));
    const rowValues: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    let lastCol = 0;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The covered cells of a merge read as empty, as in every spreadsheet program.
      if (cell.type === MERGE) return;
      const formula = cellFormula(ws, cell);
      // `cell.result`, not `cell.value.result`: ExcelJS's value copy drops falsy results (0, FALSE).
      const value = formula !== null ? plainValue(cell.result) : plainValue(cell.value);
      if (value === null && formula === null) return;
      putCell(rowValues, rowFormulas, colNumber, value, formula);
      lastCol = colNumber;
    });
    if (lastCol === 0) continue;
    putRow(values, formulas, rowNumber, rowValues, rowFormulas);
    lastRow = rowNumber;
  }
  values.length = lastRow;
  formulas.length = lastRow;
  return {
    name: ws.name,
    values,
    formulas,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    hiddenRows,
    merges: worksheetMerges(ws),
    ...paperOf(ws),
    ...autoFilterOf(ws),
    ...printAreaOf(ws),
    // Only a sheet with notes says so, as the memory workbook does.
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function paperOf(ws: ExcelJS.Worksheet): { paperSize?: PaperSize } {
  const paper = paperOfCode(ws.pageSetup.paperSize === undefined ? undefined : String(ws.pageSetup.paperSize));
  return paper ? { paperSize: paper } : {};
}

/** The sheet's autofilter range as A1 without `$`; ExcelJS holds a range text or its two corners. */
function autoFilterOf(ws: ExcelJS.Worksheet): { autoFilter?: string } {
  const filter = ws.autoFilter;
  if (!filter) return {};
  const corner = (at: string | { row: number; column: number }): string =>
    typeof at === 'string' ? at : `${columnLetter(at.column - 1)}${at.row}`;
  const ref = typeof filter === 'string' ? filter : `${corner(filter.from)}:${corner(filter.to)}`;
  return { autoFilter: ref.replace(/\$/gu, '').toUpperCase() };
}

/** The print area as the snapshot holds it; ExcelJS (with exceljs-print-areas.ts) joins several with `&&`. */
function printAreaOf(ws: ExcelJS.Worksheet): { printArea?: string } {
  const area = ws.pageSetup.printArea;
  return area ? { printArea: area.split('&&').join(',').toUpperCase() } : {};
}

/** `'Sheet'!$A$1:$B$2` for a single-area name; null for names the core cannot use. */
function namedRange(name: string, ranges: readonly string[]): NamedRangeSnapshot | null {
  if (name.startsWith('_xlnm.') || ranges.length !== 1) return null;
  const split = splitSheetReference(ranges[0]!);
  if (!split) return null;
  const absolute = split.range
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  return { name, reference: `${alwaysQuoted(split.sheet)}!${absolute}` };
}

export function readXlsxSnapshot(workbook: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  let rowsRead = 0;
  for (const ws of workbook.worksheets) {
    const sheet = readSheet(ws);
    sheets.push(sheet);
    rowsRead += sheet.values.length;
    options.onProgress?.(rowsRead, ws.name);
  }
  const names: NamedRangeSnapshot[] = [];
  for (const n of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    const r = namedRange(n.name, n.ranges);
    if (r) names.push(r);
  }
  return { sheets, names };
}
