/**
 * The keyed-table merge behind every regenerated sheet (RTP, SoA, Opportunities).
 *
 * Regeneration rewrites only the columns Riskbook derives. Whatever a person typed survives,
 * matched by row key: their cells in Riskbook's user columns, every column they added (any
 * header Riskbook does not own, at any position), rows whose key left the register (kept and
 * marked orphaned), rows with no key, and anything above the header. Running the merge on its
 * own output gives the same table again.
 */
import { cellAddress } from '../workbook/a1';
import type { PlanCell, ValidationRule } from '../workbook/plan';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import { carryCell, sameText, textOf } from './cells';

export type ColumnKind = 'derived' | 'user';

export interface ColumnDef {
  readonly header: string;
  /** `derived`: rewritten on every regeneration. `user`: typed by people, carried over by key. */
  readonly kind: ColumnKind;
  /** Print width in characters. */
  readonly width: number;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  /** Dropdown or type check on the column's cells (user columns). */
  readonly validation?: ValidationRule;
  readonly validationPrompt?: string;
}

export interface KeyedTableSpec {
  readonly columns: readonly ColumnDef[];
  /** 0-based row where Riskbook puts the header on a sheet it creates. */
  readonly headerRow: number;
  /** The key column's header: finding it locates the table in an existing sheet. */
  readonly keyHeader: string;
  /** A row's key from its cells (looked up by Riskbook header); null when the row has none. */
  readonly key: (cell: (header: string) => CellValue) => string | null;
  /**
   * `derived`: the fresh rows are the table, in their order; existing rows whose key is gone
   * follow them, orphaned. `user`: the rows are people's; every row keeps its place and fresh
   * rows only add to the end.
   */
  readonly rows: 'derived' | 'user';
  /** The derived column that says a row no longer matches, and what it says. */
  readonly status?: { readonly header: string; readonly orphaned: string; readonly unkeyed: string };
}

export interface FreshRow {
  readonly key: string;
  /** Values of derived columns, and defaults of user columns for a new row, by header. */
  readonly cells: Readonly<Record<string, PlanCell>>;
}

/**
 * current: matches a fresh row (in a user table: any row that was there); added: new this time;
 * orphaned: its key is no longer derived; unkeyed: it has content but no key (derived tables).
 */
export type RowState = 'current' | 'added' | 'orphaned' | 'unkeyed';

export interface MergedTable {
  /** 0-based row of the header in the regenerated sheet. */
  readonly headerRow: number;
  /** Everything above the header, as it was (empty rows for a new sheet). */
  readonly preamble: readonly (readonly PlanCell[])[];
  /** Riskbook's headers, then the columns people added, in their original order. */
  readonly headers: readonly PlanCell[];
  /** How many of `headers` are Riskbook's (the rest are people's). */
  readonly ownColumns: number;
  readonly rows: readonly (readonly PlanCell[])[];
  readonly rowKeys: readonly (string | null)[];
  readonly rowStates: readonly RowState[];
  /** Keys of rows kept although the register no longer has them. */
  readonly orphaned: readonly string[];
  /** Keys of rows that were not there before. */
  readonly added: readonly string[];
}

/** Rows searched for the header; users may insert a few rows above it. */
export const HEADER_SEARCH_ROWS = 10;

export interface TableLocation {
  readonly headerRow: number;
  /** 0-based column of each header cell, by its trimmed lower-case text (first occurrence). */
  readonly columns: ReadonlyMap<string, number>;
}

function headerKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Finds a generated table in a sheet: the first of the top rows holding `keyHeader`. Further
 * down, a row counts only when it holds `keyHeader` and another of `otherHeaders`, so a value
 * that happens to equal the key header is not mistaken for one.
 */
export function locateTable(sheet: SheetSnapshot, keyHeader: string, otherHeaders: readonly string[] = []): TableLocation | null {
  const rows = usedRowCount(sheet);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    const hasKey = row.some((v) => typeof v === 'string' && sameText(v, keyHeader));
    if (!hasKey) continue;
    const confirmed = r < HEADER_SEARCH_ROWS || row.some((v) => typeof v === 'string' && otherHeaders.some((h) => !sameText(h, keyHeader) && sameText(v, h)));
    if (!confirmed) continue;
    const columns = new Map<string, number>();
    row.forEach((v, c) => {
      const k = headerKey(textOf(v));
      if (k !== '' && !columns.has(k)) columns.set(k, c);
    });
    return { headerRow: r, columns };
  }
  return null;
}

/** Column index of a header in a located table. */
export function columnOf(location: TableLocation, header: string): number | undefined {
  return location.columns.get(headerKey(header));
}

/** Width of a sheet counting formula-only cells, which `usedColumnCount` does not see. */
function sheetWidth(sheet: SheetSnapshot): number {
  let width = 0;
  const grids: readonly (readonly (readonly unknown[])[])[] = [sheet.values, sheet.formulas ?? []];
  for (const grid of grids) {
    for (const row of grid) {
      for (let c = row.length - 1; c >= width; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') {
          width = c + 1;
          break;
        }
      }
    }
  }
  return width;
}

/** Holds nothing at all; even a lone space is something a person typed. */
function isEmptyCell(value: CellValue): boolean {
  return value === null || value === '';
}

function rowIsEmpty(sheet: SheetSnapshot, r: number, width: number): boolean {
  for (let c = 0; c < width; c++) {
    if (!isEmptyCell(cellAt(sheet, r, c))) return false;
    const f = formulaAt(sheet, r, c);
    if (f !== null && f !== '') return false;
  }
  return true;
}

function carryRow(sheet: SheetSnapshot, r: number, width: number): PlanCell[] {
  const out: PlanCell[] = [];
  for (let c = 0; c < width; c++) out.push(carryCell(cellAt(sheet, r, c), formulaAt(sheet, r, c)));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** One filled row of a generated table as people left it, read by field name. */
export interface TableRow<F extends string> {
  /** 0-based sheet row. */
  readonly row: number;
  get(field: F): CellValue;
  /** A1 address of each field's cell on this row; '' where the sheet lacks the column. */
  readonly cells: Readonly<Record<F, string>>;
}

/**
 * The rows below a located header that hold anything in a known column (blank rows people left
 * between entries are skipped), for the readers of the RTP and the SoA.
 */
export function tableRows<F extends string>(sheet: SheetSnapshot, location: TableLocation, headers: Readonly<Record<F, string>>): TableRow<F>[] {
  const fields = Object.keys(headers) as F[];
  const colOf = new Map<F, number | undefined>(fields.map((f) => [f, columnOf(location, headers[f])]));
  const known = [...colOf.values()].filter((c): c is number => c !== undefined);
  const rows: TableRow<F>[] = [];
  const end = usedRowCount(sheet);
  for (let r = location.headerRow + 1; r < end; r++) {
    if (!known.some((c) => textOf(cellAt(sheet, r, c)) !== '' || formulaAt(sheet, r, c) !== null)) continue;
    const row = r;
    const cells = Object.fromEntries(fields.map((f) => {
      const c = colOf.get(f);
      return [f, c === undefined ? '' : cellAddress(row, c)];
    })) as Record<F, string>;
    rows.push({
      row,
      get: (f) => {
        const c = colOf.get(f);
        return c === undefined ? null : cellAt(sheet, row, c);
      },
      cells,
    });
  }
  return rows;
}

export function normalizeKey(key: string): string {
  return key.trim().toUpperCase();
}

interface ExistingRow {
  readonly sheetRow: number;
  readonly key: string | null;
}

/**
 * Merges freshly derived rows into the table an existing sheet holds (or builds it new when
 * `existing` is undefined).
 */
export function mergeKeyedTable(existing: SheetSnapshot | undefined, spec: KeyedTableSpec, fresh: readonly FreshRow[]): MergedTable {
  const defs = spec.columns;
  const ownHeaders = defs.map((d) => d.header);
  const location = existing ? locateTable(existing, spec.keyHeader, ownHeaders) : null;

  // Where each of Riskbook's columns sits in the existing sheet, and which columns are people's.
  const ownAt: (number | undefined)[] = defs.map(() => undefined);
  const extraCols: number[] = [];
  let preamble: PlanCell[][] = [];
  let headerRow = spec.headerRow;
  const existingRows: ExistingRow[] = [];

  if (existing && location) {
    const width = sheetWidth(existing);
    for (let c = 0; c < width; c++) {
      const text = textOf(cellAt(existing, location.headerRow, c));
      const i = text === '' ? -1 : defs.findIndex((d, j) => ownAt[j] === undefined && sameText(d.header, text));
      if (i >= 0) ownAt[i] = c;
      else if (text !== '' || columnHasData(existing, location.headerRow, c)) extraCols.push(c);
    }
    for (let r = 0; r < location.headerRow; r++) preamble.push(carryRow(existing, r, width));
    // A sheet whose header sits higher than Riskbook's layout keeps its rows; the gap goes below them.
    while (preamble.length < spec.headerRow) preamble.push([]);
    headerRow = preamble.length;

    const rows = usedRowCount(existing);
    for (let r = location.headerRow + 1; r < rows; r++) {
      if (rowIsEmpty(existing, r, width)) continue;
      const get = (header: string): CellValue => {
        const i = defs.findIndex((d) => sameText(d.header, header));
        const c = i >= 0 ? ownAt[i] : undefined;
        return c === undefined ? null : cellAt(existing, r, c);
      };
      const key = spec.key(get);
      existingRows.push({ sheetRow: r, key: key === null || key.trim() === '' ? null : key });
    }
  } else if (existing && sheetWidth(existing) > 0) {
    // Not a table Riskbook recognises: keep all of it above a new table rather than lose it.
    const width = sheetWidth(existing);
    const rows = usedRowCount(existing);
    for (let r = 0; r < rows; r++) preamble.push(carryRow(existing, r, width));
    preamble.push([]);
    while (preamble.length < spec.headerRow) preamble.push([]);
    headerRow = preamble.length;
  } else {
    preamble = Array.from({ length: spec.headerRow }, () => []);
  }

  const statusIndex = spec.status ? defs.findIndex((d) => d.header === spec.status!.header) : -1;

  const build = (source: ExistingRow | null, freshRow: FreshRow | null, state: RowState): PlanCell[] => {
    const cells: PlanCell[] = defs.map((d, i) => {
      const c = ownAt[i];
      const carried = source && existing && c !== undefined ? carryCell(cellAt(existing, source.sheetRow, c), formulaAt(existing, source.sheetRow, c)) : null;
      const suggested = freshRow ? (freshRow.cells[d.header] ?? null) : null;
      if (d.kind === 'derived') return freshRow ? suggested : carried;
      // A user cell is people's once the row and column exist; a default fills only what never was.
      // An empty default is written as nothing, exactly as it will read back next time.
      return source && c !== undefined ? carried : suggested === '' ? null : suggested;
    });
    if (spec.status && statusIndex >= 0) {
      if (state === 'orphaned') cells[statusIndex] = spec.status.orphaned;
      else if (state === 'unkeyed') cells[statusIndex] = spec.status.unkeyed;
    }
    for (const c of extraCols) cells.push(source && existing ? carryCell(cellAt(existing, source.sheetRow, c), formulaAt(existing, source.sheetRow, c)) : null);
    return cells;
  };

  const rows: PlanCell[][] = [];
  const rowKeys: (string | null)[] = [];
  const rowStates: RowState[] = [];
  const push = (cells: PlanCell[], key: string | null, state: RowState): void => {
    rows.push(cells);
    rowKeys.push(key);
    rowStates.push(state);
  };

  const freshByKey = new Map<string, FreshRow>();
  for (const f of fresh) if (!freshByKey.has(normalizeKey(f.key))) freshByKey.set(normalizeKey(f.key), f);
  const existingByKey = new Map<string, ExistingRow[]>();
  for (const e of existingRows) {
    if (e.key === null) continue;
    const k = normalizeKey(e.key);
    const group = existingByKey.get(k);
    if (group) group.push(e);
    else existingByKey.set(k, [e]);
  }

  const added: string[] = [];
  const orphaned: string[] = [];
  if (spec.rows === 'derived') {
    for (const [k, f] of freshByKey) {
      const group = existingByKey.get(k);
      if (!group) {
        push(build(null, f, 'added'), f.key, 'added');
        added.push(f.key);
        continue;
      }
      // Rows a person duplicated for the same key (several actions for one control) stay together.
      for (const e of group) push(build(e, f, 'current'), f.key, 'current');
    }
    for (const e of existingRows) {
      if (e.key === null) {
        push(build(e, null, 'unkeyed'), null, 'unkeyed');
      } else if (!freshByKey.has(normalizeKey(e.key))) {
        push(build(e, null, 'orphaned'), e.key, 'orphaned');
        if (!orphaned.some((o) => normalizeKey(o) === normalizeKey(e.key!))) orphaned.push(e.key);
      }
    }
  } else {
    for (const e of existingRows) {
      const f = e.key === null ? null : (freshByKey.get(normalizeKey(e.key)) ?? null);
      // People's rows need no marking, keyed or not: nothing derives them, so none can go stale.
      push(build(e, f, 'current'), e.key, 'current');
    }
    for (const [k, f] of freshByKey) {
      if (existingByKey.has(k)) continue;
      push(build(null, f, 'added'), f.key, 'added');
      added.push(f.key);
    }
  }

  const headers: PlanCell[] = [...ownHeaders];
  for (const c of extraCols) headers.push(existing && location ? carryCell(cellAt(existing, location.headerRow, c), formulaAt(existing, location.headerRow, c)) : null);

  return { headerRow, preamble, headers, ownColumns: defs.length, rows, rowKeys, rowStates, orphaned, added };
}

function columnHasData(sheet: SheetSnapshot, headerRow: number, c: number): boolean {
  const rows = usedRowCount(sheet);
  for (let r = headerRow + 1; r < rows; r++) {
    if (!isEmptyCell(cellAt(sheet, r, c))) return true;
    const f = formulaAt(sheet, r, c);
    if (f !== null && f !== '') return true;
  }
  return false;
}
