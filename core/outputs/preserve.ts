/**
 * The keyed-table merge behind every regenerated sheet (RTP, SoA, Checks, Opportunities).
 *
 * Regeneration rewrites only the columns Riskbook derives. Whatever a person typed survives,
 * matched by row key: their cells in Riskbook's user columns, every column they added (any
 * header Riskbook does not own, at any position), rows whose key left the register (kept and
 * marked orphaned), rows with no key (a section heading, a second action line: they stay under
 * the keyed row they were under), anything above the header, and anything below the table
 * (kept as far below its new end as it was). Running the merge on its own output gives the same
 * table again.
 */
import { cellAddress } from '../workbook/a1';
import type { PlanCell, ValidationRule } from '../workbook/plan';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import { carryCell, sameText, textOf } from './cells';
import { maxOf } from '../arrays';

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
  /**
   * A row's key from its cells (looked up by Riskbook header; `formula` gives a cell's formula,
   * null for a plain value); null when the row has none.
   */
  readonly key: (cell: CellReader, formula: FormulaReader) => string | null;
  /**
   * `derived`: the fresh rows are the table, in their order; existing rows whose key is gone
   * follow them, orphaned. `user`: the rows are people's; every row keeps its place and fresh
   * rows only add to the end.
   */
  readonly rows: 'derived' | 'user';
  /**
   * For tables where several fresh rows may share a key (Checks: one cell can have two findings
   * of one code). Within a key, an existing row takes the fresh row whose variant reads the same;
   * a key with one existing and one fresh row pairs them whatever their variants. Unset: fresh
   * rows after the first of a key are ignored, and every existing row of the key takes that
   * first one (rows a person duplicated for one key stay together).
   */
  readonly variant?: (cell: CellReader, formula: FormulaReader) => string;
  /**
   * Rows whose key is gone (derived tables). `keep` (the default): always kept, marked orphaned.
   * `typed`: kept only when a person typed something in them (in a user column or a column they
   * added); otherwise they go.
   */
  readonly orphans?: 'keep' | 'typed';
  /**
   * The derived column that says a row no longer matches, and what it says. `unkeyed` is what
   * earlier versions wrote on rows with no key; it is cleared from them now that they are left
   * unmarked.
   */
  readonly status?: { readonly header: string; readonly orphaned: string; readonly unkeyed?: string };
}

/** A row's cell value by Riskbook header (null where the sheet lacks the column). */
export type CellReader = (header: string) => CellValue;
/** A row's cell formula by Riskbook header; null for a plain value or a missing column. */
export type FormulaReader = (header: string) => string | null;

export interface FreshRow {
  readonly key: string;
  /** Values of derived columns, and defaults of user columns for a new row, by header. */
  readonly cells: Readonly<Record<string, PlanCell>>;
}

/**
 * current: matches a fresh row (in a user table: any row that was there); added: new this time;
 * orphaned: its key is no longer derived; unkeyed: it has content but no key (derived tables): a
 * heading or a second line a person put there, which stays under the keyed row it was under,
 * unmarked.
 */
export type RowState = 'current' | 'added' | 'orphaned' | 'unkeyed';

export interface MergedTable {
  /** 0-based row of the header in the regenerated sheet. */
  readonly headerRow: number;
  /** Everything above the header, as it was (empty rows for a new sheet). */
  readonly preamble: readonly (readonly PlanCell[])[];
  /**
   * Riskbook's headers, then the columns people added, in their original order: those that were
   * right of Riskbook's as far right of them as they were (a blank column between stays blank).
   */
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
  /**
   * What a person typed below the table (derived tables: after an empty row under the last keyed
   * row and the rows directly under it), as it was, `gap` empty rows below the table's end.
   */
  readonly below: { readonly gap: number; readonly rows: readonly (readonly PlanCell[])[] };
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
export function sheetWidth(sheet: SheetSnapshot): number {
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

/** A sheet row as it must be written back to keep it (`carryCell`), without trailing empty cells. */
export function carryRow(sheet: SheetSnapshot, r: number, width: number): PlanCell[] {
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
/** Where a row's lazily worked-out addresses keep their row: a key no column name can take. */
const ROW = Symbol('row');

export function tableRows<F extends string>(sheet: SheetSnapshot, location: TableLocation, headers: Readonly<Record<F, string>>): TableRow<F>[] {
  const fields = Object.keys(headers) as F[];
  const colOf = new Map<F, number | undefined>(fields.map((f) => [f, columnOf(location, headers[f])]));
  const known = [...colOf.values()].filter((c): c is number => c !== undefined);
  const rows: TableRow<F>[] = [];
  const end = usedRowCount(sheet);
  // A table can have 100,000 rows, read on every request: a row is one small object of a class
  // made for this table, whose reader and cell addresses are worked out on demand, not a closure
  // and a string per column for every row. (A class, not Object.create with a descriptor: its
  // rows stay small objects.)
  class Addresses {
    readonly [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  for (const f of fields) {
    const c = colOf.get(f);
    Object.defineProperty(Addresses.prototype, f, {
      enumerable: true,
      get(this: Addresses): string {
        return c === undefined ? '' : cellAddress(this[ROW], c);
      },
    });
  }
  class Row implements TableRow<F> {
    constructor(readonly row: number) {}
    get(field: F): CellValue {
      const c = colOf.get(field);
      return c === undefined ? null : cellAt(sheet, this.row, c);
    }
    get cells(): Readonly<Record<F, string>> {
      return new Addresses(this.row) as unknown as Record<F, string>;
    }
  }
  for (let r = location.headerRow + 1; r < end; r++) if (hasKnownContent(sheet, r, known)) rows.push(new Row(r));
  return rows;
}

/** A row holds text, a number or a formula in one of the table's columns. */
function hasKnownContent(sheet: SheetSnapshot, r: number, cols: readonly number[]): boolean {
  for (const c of cols) if (textOf(cellAt(sheet, r, c)) !== '' || formulaAt(sheet, r, c) !== null) return true;
  return false;
}

export function normalizeKey(key: string): string {
  return isNormalKey(key) ? key : key.trim().toUpperCase();
}

/**
 * A key upper-casing and trimming leave as it is: ASCII without lower-case letters (or the
 * middle dot of `R-14 · 8.16`), with no space at either end. Most keys are, and every RTP row's
 * key is normalised several times a run: they are then used as they are, not copied.
 */
function isNormalKey(key: string): boolean {
  const last = key.length - 1;
  if (last < 0) return true;
  if (isTrimmedSpace(key.charCodeAt(0)) || isTrimmedSpace(key.charCodeAt(last))) return false;
  for (let i = 0; i <= last; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x80 && c !== 0xb7)) return false;
  }
  return true;
}

/** What `trim` takes off below U+0080 (anything above is left to the slow path anyway). */
function isTrimmedSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
}

interface ExistingRow {
  readonly sheetRow: number;
  readonly key: string | null;
  /** What pairs it within its key (`spec.variant`); '' when the spec has none. */
  readonly variant: string;
}

/** A plan cell read as a host would read it back: its value, and its formula. */
function planValue(cell: PlanCell | undefined): CellValue {
  return cell === undefined || (typeof cell === 'object' && cell !== null) ? null : cell;
}

function planFormula(cell: PlanCell | undefined): string | null {
  return cell !== undefined && cell !== null && typeof cell === 'object' ? cell.formula : null;
}

function hasContent(sheet: SheetSnapshot, r: number, c: number): boolean {
  if (!isEmptyCell(cellAt(sheet, r, c))) return true;
  const f = formulaAt(sheet, r, c);
  return f !== null && f !== '';
}

/**
 * Where what a person typed below a derived table begins: the first row with content after an
 * empty row that follows the last keyed row and the rows directly under it (or the header, when
 * no row has a key). Null when there is nothing below.
 */
function belowStart(rows: readonly ExistingRow[], headerRow: number): { index: number; gap: number } | null {
  let last = -1;
  rows.forEach((e, i) => {
    if (e.key !== null) last = i;
  });
  let end = last >= 0 ? rows[last]!.sheetRow : headerRow;
  for (let i = last + 1; i < rows.length; i++) {
    const r = rows[i]!.sheetRow;
    if (r !== end + 1) return { index: i, gap: r - end - 1 };
    end = r;
  }
  return null;
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
  let below: { gap: number; rows: PlanCell[][] } = { gap: 0, rows: [] };

  if (existing && location) {
    const width = sheetWidth(existing);
    // Columns with no header count as people's when the table holds data in them (decided below).
    const headerless: number[] = [];
    for (let c = 0; c < width; c++) {
      const text = textOf(cellAt(existing, location.headerRow, c));
      const i = text === '' ? -1 : defs.findIndex((d, j) => ownAt[j] === undefined && sameText(d.header, text));
      if (i >= 0) ownAt[i] = c;
      else if (text !== '') extraCols.push(c);
      else headerless.push(c);
    }
    for (let r = 0; r < location.headerRow; r++) preamble.push(carryRow(existing, r, width));
    // A sheet whose header sits higher than Riskbook's layout keeps its rows; the gap goes below them.
    while (preamble.length < spec.headerRow) preamble.push([]);
    headerRow = preamble.length;

    const colOf = (header: string): number | undefined => {
      const i = defs.findIndex((d) => sameText(d.header, header));
      return i >= 0 ? ownAt[i] : undefined;
    };
    const rows = usedRowCount(existing);
    for (let r = location.headerRow + 1; r < rows; r++) {
      if (rowIsEmpty(existing, r, width)) continue;
      const get: CellReader = (header) => {
        const c = colOf(header);
        return c === undefined ? null : cellAt(existing, r, c);
      };
      const getFormula: FormulaReader = (header) => {
        const c = colOf(header);
        const f = c === undefined ? null : formulaAt(existing, r, c);
        return f === null || f === '' ? null : f;
      };
      const key = spec.key(get, getFormula);
      existingRows.push({ sheetRow: r, key: key === null || key.trim() === '' ? null : key, variant: spec.variant ? spec.variant(get, getFormula) : '' });
    }
    let tableEnd = rows;
    if (spec.rows === 'derived') {
      const start = belowStart(existingRows, location.headerRow);
      if (start) {
        tableEnd = existingRows[start.index]!.sheetRow;
        const rowsBelow: PlanCell[][] = [];
        for (let r = tableEnd; r < rows; r++) rowsBelow.push(carryRow(existing, r, width));
        below = { gap: start.gap, rows: rowsBelow };
        existingRows.splice(start.index);
      }
    }
    for (const c of headerless) if (columnHasData(existing, location.headerRow, tableEnd, c)) extraCols.push(c);
    extraCols.sort((a, b) => a - b);
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

  // People's columns right of Riskbook's keep their distance from them (blank columns between
  // stay); one a person put among Riskbook's columns moves to just after them.
  const lastOwn = Math.max(-1, maxOf(ownAt.filter((c): c is number => c !== undefined)));
  const among = extraCols.filter((c) => c < lastOwn);
  const extraAt = new Map<number, number>();
  among.forEach((c, i) => extraAt.set(c, defs.length + i));
  for (const c of extraCols) if (c > lastOwn) extraAt.set(c, defs.length + among.length + (c - lastOwn - 1));
  const tableWidth = Math.max(defs.length, maxOf([...extraAt.values()].map((at) => at + 1)));
  const placeExtras = (cells: PlanCell[], cellOf: (c: number) => PlanCell): PlanCell[] => {
    while (cells.length < tableWidth) cells.push(null);
    for (const c of extraCols) cells[extraAt.get(c)!] = cellOf(c);
    return cells;
  };

  const statusIndex = spec.status ? defs.findIndex((d) => d.header === spec.status!.header) : -1;
  const isStatusWording = (cell: PlanCell | undefined): boolean =>
    typeof cell === 'string' && spec.status !== undefined && (sameText(cell, spec.status.orphaned) || (spec.status.unkeyed !== undefined && sameText(cell, spec.status.unkeyed)));

  const build = (source: ExistingRow | null, freshRow: FreshRow | null, state: RowState): PlanCell[] => {
    const cells: PlanCell[] = [];
    for (let i = 0; i < defs.length; i++) {
      const d = defs[i]!;
      const c = ownAt[i];
      const carried = source && existing && c !== undefined ? carryCell(cellAt(existing, source.sheetRow, c), formulaAt(existing, source.sheetRow, c)) : null;
      const suggested = freshRow ? (freshRow.cells[d.header] ?? null) : null;
      if (d.kind === 'derived') cells.push(freshRow ? suggested : carried);
      // A user cell is people's once the row and column exist; a default fills only what never was.
      // An empty default is written as nothing, exactly as it will read back next time.
      else cells.push(source && c !== undefined ? carried : suggested === '' ? null : suggested);
    }
    if (statusIndex >= 0) {
      if (state === 'orphaned') cells[statusIndex] = spec.status!.orphaned;
      // A row without a key is the person's; Riskbook's words from an earlier run do not belong on it.
      else if (state === 'unkeyed' && isStatusWording(cells[statusIndex])) cells[statusIndex] = '';
    }
    return placeExtras(cells, (c) => (source && existing ? carryCell(cellAt(existing, source.sheetRow, c), formulaAt(existing, source.sheetRow, c)) : null));
  };

  const rows: PlanCell[][] = [];
  const rowKeys: (string | null)[] = [];
  const rowStates: RowState[] = [];
  const push = (cells: PlanCell[], key: string | null, state: RowState): void => {
    rows.push(cells);
    rowKeys.push(key);
    rowStates.push(state);
  };

  // Fresh rows by key: the first of each, or every one when rows pair by variant. A key's first
  // row stands alone until a second joins it: most keys have one, and a table may have 100,000.
  const freshGroups = new Map<string, FreshRow | FreshRow[]>();
  for (const f of fresh) {
    const k = normalizeKey(f.key);
    const group = freshGroups.get(k);
    if (group === undefined) freshGroups.set(k, f);
    else if (!spec.variant) continue;
    else if (Array.isArray(group)) group.push(f);
    else freshGroups.set(k, [group, f]);
  }
  const firstOf = (group: FreshRow | FreshRow[]): FreshRow => (Array.isArray(group) ? group[0]! : group);
  const eachOf = (group: FreshRow | FreshRow[], visit: (f: FreshRow) => void): void => {
    if (Array.isArray(group)) group.forEach(visit);
    else visit(group);
  };
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
    // Which fresh row each existing keyed row takes.
    const match = new Map<ExistingRow, FreshRow>();
    const variantOf = (f: FreshRow): string =>
      spec.variant ? spec.variant((h) => planValue(f.cells[h]), (h) => planFormula(f.cells[h])) : '';
    for (const [k, group] of freshGroups) {
      const olds = existingByKey.get(k);
      if (!olds) continue;
      if (!spec.variant) {
        for (const e of olds) match.set(e, firstOf(group));
      } else if (!Array.isArray(group) && olds.length === 1) {
        match.set(olds[0]!, group);
      } else {
        eachOf(group, (f) => {
          const v = variantOf(f);
          const e = olds.find((o) => !match.has(o) && sameText(o.variant, v));
          if (e) match.set(e, f);
        });
      }
    }
    const typed = (e: ExistingRow): boolean =>
      defs.some((d, i) => d.kind === 'user' && ownAt[i] !== undefined && hasContent(existing!, e.sheetRow, ownAt[i])) ||
      extraCols.some((c) => hasContent(existing!, e.sheetRow, c));
    const kept = (e: ExistingRow): boolean => match.has(e) || spec.orphans !== 'typed' || typed(e);

    // Rows with no key stay under the keyed row above them, or at the top when none is.
    const leading: ExistingRow[] = [];
    const under = new Map<ExistingRow, ExistingRow[]>();
    let host: ExistingRow | null = null;
    for (const e of existingRows) {
      if (e.key !== null) {
        if (kept(e)) {
          host = e;
          under.set(e, []);
        }
      } else if (host) {
        under.get(host)!.push(e);
      } else {
        leading.push(e);
      }
    }
    const pushUnkeyed = (e: ExistingRow): void => push(build(e, null, 'unkeyed'), null, 'unkeyed');
    const pushWithRowsUnder = (e: ExistingRow, f: FreshRow | null, state: RowState): void => {
      push(build(e, f, state), f ? f.key : e.key, state);
      for (const u of under.get(e) ?? []) pushUnkeyed(u);
    };

    for (const e of leading) pushUnkeyed(e);
    const taken = new Map<FreshRow, ExistingRow[]>();
    for (const e of existingRows) {
      const f = match.get(e);
      if (f) taken.set(f, [...(taken.get(f) ?? []), e]);
    }
    const place = (f: FreshRow): void => {
      const olds = taken.get(f);
      if (!olds) {
        push(build(null, f, 'added'), f.key, 'added');
        added.push(f.key);
        return;
      }
      // Rows a person duplicated for the same key (several actions for one control) stay together.
      for (const e of olds) pushWithRowsUnder(e, f, 'current');
    };
    for (const group of freshGroups.values()) eachOf(group, place);
    // A set of the keys already listed: after a renumbering every row is orphaned, and a scan of
    // the list for each would be quadratic.
    const orphanedKeys = new Set<string>();
    for (const e of existingRows) {
      if (e.key === null || match.has(e) || !kept(e)) continue;
      pushWithRowsUnder(e, null, 'orphaned');
      const k = normalizeKey(e.key);
      if (orphanedKeys.has(k)) continue;
      orphanedKeys.add(k);
      orphaned.push(e.key);
    }
  } else {
    for (const e of existingRows) {
      const group = e.key === null ? undefined : freshGroups.get(normalizeKey(e.key));
      const f = group === undefined ? null : firstOf(group);
      // People's rows need no marking, keyed or not: nothing derives them, so none can go stale.
      push(build(e, f, 'current'), e.key, 'current');
    }
    for (const [k, group] of freshGroups) {
      if (existingByKey.has(k)) continue;
      const f = firstOf(group);
      push(build(null, f, 'added'), f.key, 'added');
      added.push(f.key);
    }
  }

  const headers = placeExtras([...ownHeaders], (c) =>
    existing && location ? carryCell(cellAt(existing, location.headerRow, c), formulaAt(existing, location.headerRow, c)) : null,
  );

  return { headerRow, preamble, headers, ownColumns: defs.length, rows, rowKeys, rowStates, orphaned, added, below };
}

/** Whether a column holds anything in the table's rows (below the header, above `end`). */
function columnHasData(sheet: SheetSnapshot, headerRow: number, end: number, c: number): boolean {
  for (let r = headerRow + 1; r < end; r++) if (hasContent(sheet, r, c)) return true;
  return false;
}
