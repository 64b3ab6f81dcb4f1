/**
 * The rows of a located register as a reader sees them: which rows hold risks, which were skipped
 * and why, and the value each cell stands for — its own, the value of a merge over it, or its
 * group's value written once above it. Reading only: nothing here changes a cell.
 */
import type { CellRef } from '../workbook/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedRowCount } from '../workbook/snapshot';
import { cellText, isBlankCell } from './cell-text';
import { isDerivedField } from './fields';
import type { CarriedColumn, GroupRow } from './group-values';
import { GROUPING_FIELDS, carriedGroupValues } from './group-values';
import { headerTexts } from './header-row';
import { bannerCells, cellKey, verticalMergeSources } from './merged-values';
import type { RowKind, RowView, SkipReason } from './row-kinds';
import { rowKind } from './row-kinds';
import type { RegisterField, RegisterLocation } from './types';
import { maxOf } from '../arrays';

export interface SkippedRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
  /** The row's first text, shortened, so a person recognises it. */
  readonly text: string;
}

export interface RegisterRows {
  /** 0-based rows that hold risks, top to bottom. */
  readonly riskRows: readonly number[];
  /** Rows holding text that are not risks: legends, instructions, headings, totals. */
  readonly skipped: readonly SkippedRow[];
  /** Grouping columns whose blanks were read as the value written above them. */
  readonly carried: readonly CarriedColumn[];
  /** The value a cell stands for. */
  valueAt(row: number, col: number): CellValue;
  /** The cell where that value was typed: the cell itself, a merge's top-left or its group's first row. */
  sourceOf(row: number, col: number): CellRef;
}

const STORY_FIELDS = ['threat', 'vulnerability', 'description', 'title', 'likelihood'];
const SHOWN_TEXT = 60;

function shortText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= SHOWN_TEXT ? one : `${one.slice(0, SHOWN_TEXT - 1)}…`;
}

export function registerRows(sheet: SheetSnapshot, location: RegisterLocation): RegisterRows {
  // Field names are read as strings so that fields the header vocabulary adds are read too.
  const mapping = location.mapping as Readonly<Record<string, number | undefined>>;
  // The columns of the fields a person types, looked up once per field name rather than checked
  // against the derived fields for every cell of every row.
  const inputCols = new Map<string, number>();
  for (const [field, col] of Object.entries(mapping)) if (col !== undefined && !isDerivedField(field as RegisterField)) inputCols.set(field, col);
  const inputCol = (field: string): number | undefined => inputCols.get(field);
  const headers = headerTexts(sheet, location.headerRow);
  const width = Math.max(headers.length, maxOf(Object.values(mapping).map((c) => (c ?? -1) + 1)));
  const merged = verticalMergeSources(sheet, location.headerRow);
  const banners = bannerCells(sheet);

  const mergedValue = (row: number, col: number): CellValue => {
    const own = cellAt(sheet, row, col);
    const from = merged.size > 0 && isBlankCell(own) ? merged.get(cellKey(row, col)) : undefined;
    return from ? cellAt(sheet, from.row, from.col) : own;
  };

  const inputColumns = [...inputCols.values()];
  // By column, not a set: every cell of the table is looked up here.
  const isInput: boolean[] = [];
  for (const col of inputColumns) isInput[col] = true;
  // Each row below the header and its kind, side by side: two arrays, not an object a row.
  const kindRows: number[] = [];
  const kinds: RowKind[] = [];
  const last = usedRowCount(sheet);
  // One view, moved from row to row: a register of 50,000 rows would otherwise make as many.
  let at = location.headerRow;
  const view: { cells: CellValue[] } & Omit<RowView, 'cells'> = {
    cells: [],
    inputColumns,
    headers,
    columnOf: inputCol,
    valueOf: (field) => {
      const col = inputCol(field);
      return col === undefined ? null : mergedValue(at, col);
    },
    isBanner: (col) => banners.size > 0 && banners.has(cellKey(at, col)),
  };
  // One array of cells too, refilled for each row: rowKind reads it and keeps nothing.
  const cells: CellValue[] = new Array<CellValue>(width);
  view.cells = cells;
  for (let row = location.headerRow + 1; row < last; row++) {
    at = row;
    const values = sheet.values[row];
    const formulas = sheet.formulas?.[row];
    for (let col = 0; col < width; col++) {
      const formula = formulas?.[col];
      cells[col] = isInput[col] === true || formula === undefined || formula === null || formula === '' ? (values?.[col] ?? null) : null;
    }
    kindRows.push(row);
    kinds.push(rowKind(view));
  }

  const riskRows = kindRows.filter((_, i) => kinds[i] === 'risk');
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const row = kindRows[i]!;
    const kind = kinds[i]!;
    if (kind === 'risk' || kind === 'blank') continue;
    const cellsOfRow = sheet.values[row] ?? [];
    const first = cellsOfRow.find((v) => typeof v === 'string' && v.trim() !== '') ?? cellsOfRow.find((v) => !isBlankCell(v));
    skipped.push({ row, reason: kind, text: shortText(cellText(first ?? null)) });
  }

  const storyCols = STORY_FIELDS.map(inputCol).filter((c): c is number => c !== undefined);
  const groupRows: GroupRow[] = kindRows.map((row, i) => {
    const kind = kinds[i]!;
    if (kind === 'risk') return { row, role: storyCols.some((c) => !isBlankCell(mergedValue(row, c))) ? 'story' : 'neutral' };
    return { row, role: kind === 'blank' ? 'neutral' : 'break' };
  });
  const groupCols = GROUPING_FIELDS.flatMap((field) => {
    const col = inputCol(field);
    return col === undefined ? [] : [{ field, col }];
  });
  const carried = carriedGroupValues(groupRows, groupCols, mergedValue);

  const sourceOf = (row: number, col: number): CellRef => {
    const key = cellKey(row, col);
    if (!isBlankCell(cellAt(sheet, row, col))) return { row, col };
    const from = merged.get(key) ?? carried.sources.get(key);
    if (!from) return { row, col };
    // A group's first row may itself sit under a merge.
    return merged.get(cellKey(from.row, from.col)) ?? from;
  };
  const borrowsNothing = merged.size === 0 && carried.sources.size === 0;
  const valueAt = (row: number, col: number): CellValue => {
    const own = cellAt(sheet, row, col);
    // Most registers merge nothing and write every value out: a cell then stands for itself.
    if (borrowsNothing || !isBlankCell(own)) return own;
    const from = sourceOf(row, col);
    return cellAt(sheet, from.row, from.col);
  };
  return { riskRows, skipped, carried: carried.columns, valueAt, sourceOf };
}
