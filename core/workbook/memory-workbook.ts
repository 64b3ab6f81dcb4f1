/**
 * An in-memory workbook that applies plans exactly as the contract in plan.ts says. Used by the
 * core (to check the workbook a plan will produce), by tests, and as the reference the real
 * hosts are compared with.
 */
import { allWrites } from './formula-fills';
import { cellAddress, parseRange, rangeAddress } from './a1';
import { withNote } from './notes';
import { orderSheets } from './sheet-order';
import type {
  ConditionalFormatSpec,
  FormatSpec,
  NamedRangeSpec,
  PlanCell,
  SheetPlan,
  SheetProtectionSpec,
  ValidationSpec,
  WorkbookPlan,
  ColumnWidthSpec,
  PageSetupSpec,
} from './plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './snapshot';

export interface MemorySheet {
  name: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  /** Format applied to each cell, keyed `row,col` (0-based). Later specs override earlier keys. */
  formats: Map<string, FormatSpec>;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  hidden: boolean;
  tabColor?: string;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: ColumnWidthSpec[];
  rowHeights: Map<number, number>;
  merges: string[];
  autoFilter?: string;
  printArea?: string;
  protection?: SheetProtectionSpec;
  pageSetup?: PageSetupSpec;
  /** Cell notes by cell (A1, upper case). */
  notes: Map<string, string>;
  /**
   * The rows of the snapshot the sheet was read from, when it borrows them (see `fromSnapshot`'s
   * `borrowRows`): a row that is still one of these is copied the first time a cell of it is
   * written, never written in place.
   */
  lender?: { readonly values: readonly (readonly CellValue[])[]; readonly formulas: readonly (readonly (string | null)[])[] };
  /**
   * Rows taken from a plan as they are (see `apply`'s `takeRows`), by sheet row: copied the first
   * time a cell of them is written, like borrowed rows. Their formula rows are `NO_FORMULAS`.
   */
  taken?: (readonly CellValue[] | undefined)[];
}

/** The formulas of every row taken from a plan: none. Never written in place. */
const NO_FORMULAS: readonly (string | null)[] = Object.freeze([]);

function newSheet(name: string): MemorySheet {
  return {
    name,
    values: [],
    formulas: [],
    formats: new Map(),
    validations: [],
    conditionalFormats: [],
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: [],
    rowHeights: new Map(),
    merges: [],
    notes: new Map(),
  };
}

function rangesOverlap(a: string, b: string): boolean {
  const ra = parseRange(a);
  const rb = parseRange(b);
  if (!ra || !rb) return false;
  return ra.row < rb.row + rb.rows && rb.row < ra.row + ra.rows && ra.col < rb.col + rb.cols && rb.col < ra.col + ra.cols;
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly names = new Map<string, NamedRangeSpec>();

  /**
   * `borrowRows` shares the snapshot's rows instead of copying them, and copies a row only when
   * the workbook writes into it: for the engine's look at a plan's result, where a register of
   * 50,000 rows would otherwise be copied twice to change a few columns. Use `snapshot` with
   * `borrowRows` too, and do not change the workbook's rows other than through `apply`.
   */
  static fromSnapshot(snapshot: WorkbookSnapshot, options: { borrowRows?: boolean } = {}): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    const borrow = options.borrowRows ?? false;
    for (const s of snapshot.sheets) {
      const sheet = newSheet(s.name);
      // A borrowed row is typed mutable but never written in place (writeRow copies it first).
      sheet.values = borrow ? (s.values.slice() as CellValue[][]) : s.values.map((row) => [...row]);
      sheet.formulas = s.formulas ? (borrow ? (s.formulas.slice() as (string | null)[][]) : s.formulas.map((row) => [...row])) : [];
      if (borrow) sheet.lender = { values: s.values, formulas: s.formulas ?? [] };
      sheet.hidden = s.hidden ?? false;
      sheet.merges = [...(s.merges ?? [])];
      if (s.autoFilter !== undefined) sheet.autoFilter = s.autoFilter;
      if (s.printArea !== undefined) sheet.printArea = s.printArea;
      for (const n of s.notes ?? []) sheet.notes.set(noteKey(n.cell), n.text);
      wb.sheets.push(sheet);
    }
    for (const n of snapshot.names ?? []) {
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(n.reference.replace(/^=/, ''));
      if (m) {
        const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
        wb.names.set(n.name, { name: n.name, sheet, range: (m[3] ?? '').replace(/\$/g, '') });
      }
    }
    return wb;
  }

  sheet(name: string): MemorySheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /**
   * `contentOnly` applies values, formulas, sheets and names but no formats, validations or
   * conditional formats: what the engine needs to read the result back, at a fraction of the cost.
   * `takeRows` keeps a plan row that fills an empty row from its first column, and holds no
   * formula, as the sheet's row itself instead of a copy (an empty text stays '', the empty cell
   * Office.js reads): a generated table of 70,000 rows is then not copied to be read back. The
   * plan is then not to be changed; the workbook copies a taken row before it writes into it.
   */
  apply(plan: WorkbookPlan, options: { contentOnly?: boolean; takeRows?: boolean } = {}): void {
    for (const sp of plan.sheets) this.applySheet(sp, options.contentOnly ?? false, options.takeRows ?? false);
    for (const n of plan.names) this.names.set(n.name, n);
    if (plan.sheetOrder) {
      const byName = new Map(this.sheets.map((s) => [s.name.toLowerCase(), s]));
      const ordered = orderSheets(this.sheets.map((s) => s.name), plan.sheetOrder).flatMap((name) => byName.get(name.toLowerCase()) ?? []);
      this.sheets.splice(0, this.sheets.length, ...ordered);
    }
  }

  private applySheet(sp: SheetPlan, contentOnly: boolean, takeRows: boolean): void {
    let sheet = this.sheet(sp.name);
    if (!sheet) {
      sheet = newSheet(sp.name);
      this.sheets.push(sheet);
    } else if (sp.mode === 'replace') {
      const fresh = newSheet(sheet.name);
      Object.assign(sheet, fresh);
      delete sheet.taken;
    }
    if (sp.hidden !== undefined) sheet.hidden = sp.hidden;
    if (sp.tabColor !== undefined) sheet.tabColor = sp.tabColor;
    if (sp.frozenRows !== undefined) sheet.frozenRows = sp.frozenRows;
    if (sp.frozenColumns !== undefined) sheet.frozenColumns = sp.frozenColumns;
    for (const h of sp.rowHeights ?? []) sheet.rowHeights.set(h.row, h.height);
    if (sp.columnWidths) {
      for (const w of sp.columnWidths) {
        sheet.columnWidths = sheet.columnWidths.filter((x) => x.col !== w.col);
        sheet.columnWidths.push(w);
      }
    }
    for (const w of allWrites(sp)) {
      const at = parseRange(w.at);
      if (!at) throw new Error(`Bad write anchor ${w.at}`);
      for (let r = 0; r < w.cells.length; r++) {
        const cells = w.cells[r]!;
        if (!(takeRows && at.col === 0 && takeRow(sheet, at.row + r, cells))) writeRow(sheet, at.row + r, at.col, cells);
      }
    }
    if (sp.merges) for (const m of sp.merges) if (!sheet.merges.includes(m)) sheet.merges.push(m);
    for (const n of sp.notes ?? []) {
      const key = noteKey(n.cell);
      sheet.notes.set(key, withNote(sheet.notes.get(key), n.text));
    }
    if (contentOnly) return;
    for (const like of sp.formatsLike ?? []) {
      const source = parseRange(like.like);
      const target = parseRange(like.range);
      if (!source || !target) throw new Error(`Bad format copy ${like.like} to ${like.range}`);
      const format = sheet.formats.get(`${source.row},${source.col}`);
      for (let r = target.row; r < target.row + target.rows; r++) {
        for (let c = target.col; c < target.col + target.cols; c++) {
          const key = `${r},${c}`;
          if (format) sheet.formats.set(key, { ...format, range: rangeAddress(r, c, 1, 1) });
          else sheet.formats.delete(key);
        }
      }
    }
    for (const f of sp.formats) {
      const rr = parseRange(f.range);
      if (!rr) throw new Error(`Bad format range ${f.range}`);
      for (let r = rr.row; r < rr.row + rr.rows; r++) {
        for (let c = rr.col; c < rr.col + rr.cols; c++) {
          const key = `${r},${c}`;
          sheet.formats.set(key, { ...sheet.formats.get(key), ...f, range: rangeAddress(r, c, 1, 1) });
        }
      }
    }
    for (const v of sp.validations) {
      sheet.validations = sheet.validations.filter((x) => !rangesOverlap(x.range, v.range));
      sheet.validations.push(v);
    }
    for (const cf of sp.conditionalFormats) {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => !(x.range === cf.range && x.formula === cf.formula));
      sheet.conditionalFormats.push(cf);
    }
    if (sp.autoFilter !== undefined) sheet.autoFilter = sp.autoFilter;
    if (sp.printArea !== undefined) sheet.printArea = sp.printArea;
    if (sp.protection !== undefined) sheet.protection = sp.protection;
    if (sp.pageSetup !== undefined) sheet.pageSetup = sp.pageSetup;
  }

  /** `borrowRows`: hand out the workbook's rows as they are (they are the caller's to read, not to change). */
  snapshot(options: { borrowRows?: boolean } = {}): WorkbookSnapshot {
    const copy = <T>(rows: T[][]): T[][] => (options.borrowRows ? rows.slice() : rows.map((row) => [...row]));
    const sheets: SheetSnapshot[] = this.sheets.map((s) => ({
      name: s.name,
      values: copy(s.values),
      formulas: copy(s.formulas),
      hidden: s.hidden,
      merges: [...s.merges],
      ...(s.autoFilter !== undefined ? { autoFilter: s.autoFilter } : {}),
      ...(s.printArea !== undefined ? { printArea: s.printArea } : {}),
      // Only a sheet with notes says so, as the hosts' readers do.
      ...(s.notes.size > 0 ? { notes: [...s.notes].map(([cell, text]) => ({ cell, text })) } : {}),
    }));
    const names = [...this.names.values()].map((n) => ({
      name: n.name,
      reference: `'${n.sheet.replace(/'/g, "''")}'!${absolute(n.range)}`,
    }));
    return { sheets, names };
  }
}

/** A note's cell in one spelling: `b5` and `$B$5` are B5. */
function noteKey(cell: string): string {
  const at = parseRange(cell);
  if (!at || at.rows !== 1 || at.cols !== 1) throw new Error(`Bad note cell ${cell}`);
  return cellAddress(at.row, at.col);
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

function ensure<T>(grid: T[][], row: number, col: number, fill: T): void {
  while (grid.length <= row) grid.push([]);
  const r = grid[row]!;
  while (r.length <= col) r.push(fill);
}

/**
 * One row of a write block, from column `col` on. Null cells are left as they are. The row is
 * copied from its lender (if it is still borrowed) and grown once, not once a cell: a table of a
 * million cells is written here on every request.
 */
function writeRow(sheet: MemorySheet, row: number, col: number, cells: readonly PlanCell[]): void {
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === null) last--;
  if (last < 0) return;
  const lender = sheet.lender;
  if (lender) {
    const values = sheet.values[row];
    const formulas = sheet.formulas[row];
    if (values && values === lender.values[row]) sheet.values[row] = values.slice();
    if (formulas && formulas === lender.formulas[row]) sheet.formulas[row] = formulas.slice();
  }
  const taken = sheet.taken;
  if (taken) {
    const values = sheet.values[row];
    if (values && values === taken[row]) sheet.values[row] = values.slice();
    if (sheet.formulas[row] === NO_FORMULAS) sheet.formulas[row] = [];
  }
  ensure(sheet.values, row, col + last, null);
  ensure(sheet.formulas, row, col + last, null);
  const values = sheet.values[row]!;
  const formulas = sheet.formulas[row]!;
  for (let c = 0; c <= last; c++) {
    const cell = cells[c] ?? null;
    if (cell === null) continue;
    if (typeof cell === 'object') {
      values[col + c] = null;
      formulas[col + c] = cell.formula;
    } else {
      values[col + c] = cell === '' ? null : cell;
      formulas[col + c] = null;
    }
  }
}

/**
 * Takes a plan row as the sheet's row when the row is empty and the plan's row holds no formula
 * (see `apply`'s `takeRows`); false, leaving the row to `writeRow`, otherwise.
 */
function takeRow(sheet: MemorySheet, row: number, cells: readonly PlanCell[]): boolean {
  const values = sheet.values[row];
  const formulas = sheet.formulas[row];
  if ((values !== undefined && values.length > 0) || (formulas !== undefined && formulas.length > 0)) return false;
  // A row of nulls writes nothing, and makes no row (writeRow).
  let any = false;
  for (const cell of cells) {
    if (cell === null) continue;
    if (typeof cell === 'object') return false;
    any = true;
  }
  if (!any) return false;
  while (sheet.values.length < row) sheet.values.push([]);
  while (sheet.formulas.length < row) sheet.formulas.push([]);
  // A plan cell without a formula is a cell value (PlanCell less its formula object).
  const kept = cells as CellValue[];
  (sheet.taken ??= [])[row] = kept;
  sheet.values[row] = kept;
  sheet.formulas[row] = NO_FORMULAS as (string | null)[];
  return true;
}

/**
 * The workbook's content once `plan` is applied, as far as the engine reads it (values, formulas,
 * sheets, names; no formats): how the engine and the use cases look at a plan's result. It shares
 * every row the plan does not write with `snapshot`; neither is to be changed afterwards.
 */
export function contentAfter(snapshot: WorkbookSnapshot, plan: WorkbookPlan): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(snapshot, { borrowRows: true });
  wb.apply(plan, { contentOnly: true, takeRows: true });
  return wb.snapshot({ borrowRows: true });
}
