/**
 * Applies a WorkbookPlan to the open spreadsheet with batch calls, as plan.ts describes and
 * core/workbook/memory-workbook.ts does in memory:
 * - a `replace` sheet is built on a new sheet beside the old one, then swapped in (old deleted,
 *   new renamed), so a failure or a stop leaves the old one whole; the one exception is the
 *   Lists sheet, rewritten where it is, because other sheets' dropdowns point at its cells and
 *   Sheets re-targets no reference when a sheet is deleted;
 * - an `update` sheet changes only the cells, formats and rules the plan names;
 * - every sheet is one step; between steps the caller may stop the run (the 6-minute limit) and
 *   a later call resumes with the steps not yet done.
 * Row heights and page setup are not applied: Sheets grows rows to fit wrapped text itself and
 * SpreadsheetApp has no page setup.
 */
import { fillR1C1 } from '../core/workbook/formula-fills';
import { columnLetter } from '../core/workbook/a1';
import type { SheetRole } from '../core/workbook/names';
import { runsOfEqualValues } from '../core/workbook/runs';
import type { BlockWrite, FormulaFill, NamedRangeSpec, SheetPlan, WorkbookPlan } from '../core/workbook/plan';
import { orderSheets } from '../core/workbook/sheet-order';
import type { SheetSnapshot } from '../core/workbook/snapshot';
import type { Box } from './cell-grids';
import { boxOf, rectanglesByValue, unionOf } from './cell-grids';
import { toSheetsInput } from './gas-values';
import { applyFormatsLike, applyNumberFormats, applyStyles, plainTextCells } from './sheet-formats';
import { applyNotes } from './sheet-notes';
import { applyConditionalFormats, applyProtection, applyValidations } from './sheet-rules';
import { SheetTarget } from './sheet-target';
import type { ReadWorkbook } from './sheets-read-snapshot';
import { BUILD_SHEET_PREFIX, asideSheetName, rect } from './sheets-read-snapshot';
import { appendAll, maxOf } from '../core/arrays';

/** Rows and columns a sheet inserted by SpreadsheetApp starts with. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;

/** Riskbook's sheets rewritten in place rather than swapped (see the file comment). */
const IN_PLACE: ReadonlySet<SheetRole | undefined> = new Set<SheetRole>(['lists']);

/**
 * Rough cost of a step, to stop before Apps Script's limit rather than be killed by it: a fixed
 * part for the sheet's own calls and a part per cell for the batch setters (unmeasured on real
 * Google; generous on purpose).
 */
export function estimateStepMs(sp: SheetPlan): number {
  const box = sheetExtent(sp);
  const cells = box ? box.rows * box.cols : 0;
  return 2000 + cells * 0.05;
}

export interface ApplyOptions {
  /** Step keys an earlier execution of the same run has done. */
  readonly done: ReadonlySet<string>;
  /** Asked before each step; false stops the run there (the rest is left for the next call). */
  readonly canStart: (estimateMs: number) => boolean;
}

export interface ApplyResult {
  readonly complete: boolean;
  /** Every step done so far, this execution's and earlier ones'. */
  readonly done: readonly string[];
  /** Names of the sheets still to write when the run stopped. */
  readonly remaining: readonly string[];
  readonly warnings: readonly string[];
  /** Whether anything was written (a flush is then due). */
  readonly wrote: boolean;
}

export const stepKey = (sheetName: string): string => `sheet:${sheetName.toLowerCase()}`;
const FINISH = 'finish';

/** The area everything in a sheet plan touches, to size the sheet before any range is asked for. */
function sheetExtent(sp: SheetPlan): Box | null {
  const ranges: string[] = [];
  for (const f of sp.formats) ranges.push(f.range);
  for (const v of sp.validations) ranges.push(v.range);
  for (const c of sp.conditionalFormats) ranges.push(c.range);
  for (const m of sp.merges ?? []) ranges.push(m);
  for (const r of sp.protection?.editableRanges ?? []) ranges.push(r);
  if (sp.autoFilter) ranges.push(sp.autoFilter);
  for (const w of sp.columnWidths ?? []) ranges.push(`${columnLetter(w.col)}1`);
  for (const n of sp.notes ?? []) ranges.push(n.cell);
  for (const f of sp.fills ?? []) appendAll(ranges, f.ranges);
  const other = boxOf(ranges);
  return unionOf([...sp.writes.map(blockRect), ...(other ? [other] : [])]);
}

/** The fills' cells inside `box` go back to undefined: a fill writes them, setValues must not. */
function leaveFillCells(grid: (string | number | boolean | undefined)[][], box: Box, fills: readonly FormulaFill[]): void {
  for (const f of fills) {
    for (const a1 of f.ranges) {
      const r = rect(a1);
      for (let row = Math.max(r.row, box.row); row < Math.min(r.row + r.rows, box.row + box.rows); row++) {
        const line = grid[row - box.row]!;
        for (let col = Math.max(r.col, box.col); col < Math.min(r.col + r.cols, box.col + box.cols); col++) line[col - box.col] = undefined;
      }
    }
  }
}

/** Marks '' in `grid` where a block leaves a cell that was read empty (no value, no formula). */
function fillEmptyHoles(grid: (string | number | boolean | undefined)[][], box: Box, writes: readonly BlockWrite[], snapshot: SheetSnapshot): void {
  for (const w of writes) {
    const at = rect(w.at);
    w.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = at.row + r;
        const col = at.col + c;
        if (cell !== null || grid[row - box.row]?.[col - box.col] !== undefined) return;
        const value = snapshot.values[row]?.[col] ?? null;
        const formula = snapshot.formulas?.[row]?.[col] ?? null;
        if (value === null && (formula === null || formula === '')) grid[row - box.row]![col - box.col] = '';
      }),
    );
  }
}

/**
 * Each fill in one call, however many ranges the rows that are not risks split it into: one R1C1
 * text is the same formula in every cell, its relative references moving with the cell.
 */
function writeFills(t: SheetTarget, fills: readonly FormulaFill[]): void {
  for (const f of fills) t.rangeList(f.ranges).setFormulaR1C1(fillR1C1(f));
}

function blockRect(w: BlockWrite): Box {
  const at = rect(w.at);
  return { row: at.row, col: at.col, rows: w.cells.length, cols: Math.max(0, maxOf(w.cells.map((r) => r.length))) };
}

class PlanApplier {
  private readonly warnings: string[] = [];
  private readonly done: string[];
  /** Sheet names in tab order, as this run has left them. */
  private readonly order: string[];
  private readonly sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  private readonly named = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  private activeName: string | null = null;
  private moved = false;
  private wrote = false;
  private built = 0;

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly plan: WorkbookPlan,
    private readonly read: ReadWorkbook,
    private readonly options: ApplyOptions,
  ) {
    this.done = [...options.done];
    this.order = [...read.sheets.values()].map((h) => h.name);
    for (const h of read.sheets.values()) this.sheets.set(h.name.toLowerCase(), h.sheet);
  }

  /** Steps finished so far (each sheet is whole once its step is here). */
  get stepsDone(): readonly string[] {
    return [...this.done];
  }

  run(): ApplyResult {
    for (const leftover of this.read.leftovers) {
      this.ss.deleteSheet(leftover);
      this.wrote = true;
    }
    // A sheet a stopped run left aside, its replacement never named, was read under its own name.
    for (const h of this.read.sheets.values()) {
      if (h.asideName === undefined || h.sheet.getName() === h.name) continue;
      h.sheet.setName(h.name);
      this.wrote = true;
    }
    const steps = this.plan.sheets.filter((sp) => !this.done.includes(stepKey(sp.name)));
    for (let i = 0; i < steps.length; i++) {
      const sp = steps[i]!;
      if (!this.options.canStart(estimateStepMs(sp))) {
        this.restoreActive();
        return this.result(false, steps.slice(i).map((s) => s.name));
      }
      if (this.activeName === null) this.activeName = this.ss.getActiveSheet().getName();
      this.applySheet(sp);
      this.done.push(stepKey(sp.name));
      this.wrote = true;
    }
    if (!this.done.includes(FINISH)) {
      this.finish();
      this.done.push(FINISH);
    }
    return this.result(true, []);
  }

  private result(complete: boolean, remaining: string[]): ApplyResult {
    return { complete, done: this.done, remaining, warnings: this.warnings, wrote: this.wrote };
  }

  private applySheet(sp: SheetPlan): void {
    const key = sp.name.toLowerCase();
    const existing = this.sheets.get(key);
    const snapshot = this.read.snapshot.sheets.find((s) => s.name.toLowerCase() === key);
    if (existing && sp.mode === 'update') {
      this.ensureSize(existing, sp, false);
      this.writeSheet(new SheetTarget(existing, false), sp, snapshot);
      this.setHidden(existing, sp, this.read.sheets.get(key)?.hidden ?? false);
    } else if (existing && IN_PLACE.has(sp.role)) {
      this.rewriteInPlace(existing, sp, snapshot);
    } else {
      this.buildAndSwap(sp, existing);
    }
  }

  /** Grows the sheet to hold everything the plan touches; Sheets refuses ranges past its grid. */
  private ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, sp: SheetPlan, fresh: boolean): void {
    const extent = sheetExtent(sp);
    if (!extent) return;
    const needRows = extent.row + extent.rows;
    const needCols = extent.col + extent.cols;
    const rows = fresh ? NEW_SHEET_ROWS : sheet.getMaxRows();
    const cols = fresh ? NEW_SHEET_COLS : sheet.getMaxColumns();
    if (needRows > rows) sheet.insertRowsAfter(rows, needRows - rows);
    if (needCols > cols) sheet.insertColumnsAfter(cols, needCols - cols);
  }

  /**
   * Where a new sheet goes now so that the plan's order holds with the fewest moves later: just
   * behind the last tab that comes before it in that order (the core's rule, orderSheets). Where
   * the team's tabs and Riskbook's interleave, a new team sheet so lands after every team tab, as
   * MemoryWorkbook and the other hosts put it.
   */
  private insertIndex(name: string): number {
    // No sheet of the order has this name yet (it would be replaced, not inserted).
    const final = orderSheets([...this.order, name], this.plan.sheetOrder);
    const before = new Set(final.slice(0, final.indexOf(name)).map((n) => n.toLowerCase()));
    let index = 0;
    this.order.forEach((n, i) => {
      if (before.has(n.toLowerCase())) index = i + 1;
    });
    return index;
  }

  private buildAndSwap(sp: SheetPlan, old: GoogleAppsScript.Spreadsheet.Sheet | undefined): void {
    const tempName = `${BUILD_SHEET_PREFIX}${++this.built} ${sp.name}`.slice(0, 99);
    const oldIndex = old ? this.order.findIndex((n) => n.toLowerCase() === sp.name.toLowerCase()) : -1;
    const index = oldIndex >= 0 ? oldIndex : this.insertIndex(sp.name);
    const fresh = this.ss.insertSheet(tempName, index);
    this.order.splice(index, 0, tempName);
    try {
      this.ensureSize(fresh, sp, true);
      this.writeSheet(new SheetTarget(fresh, true), sp, undefined);
      this.setNames(sp.name, fresh);
      const wasHidden = this.read.sheets.get(sp.name.toLowerCase())?.hidden ?? false;
      if (sp.hidden ?? wasHidden) fresh.hideSheet();
    } catch (err) {
      this.ss.deleteSheet(fresh);
      this.order.splice(index, 1);
      throw err;
    }
    const name = old ? old.getName() : sp.name;
    // The old sheet steps aside (under a leftover name the next run removes) before the new one
    // takes its name, and is deleted only then: a failure in between puts the old one back.
    try {
      if (old) old.setName(asideSheetName(this.built, name));
      fresh.setName(name);
    } catch (err) {
      if (old && old.getName() !== name) old.setName(name);
      this.ss.deleteSheet(fresh);
      this.order.splice(this.order.indexOf(tempName), 1);
      throw err;
    }
    if (old) {
      this.ss.deleteSheet(old);
      this.order.splice(this.order.indexOf(name), 1);
    }
    this.order[this.order.indexOf(tempName)] = name;
    this.sheets.set(name.toLowerCase(), fresh);
  }

  /** The Lists sheet: cleared and rewritten where it is, content in one call. */
  private rewriteInPlace(sheet: GoogleAppsScript.Spreadsheet.Sheet, sp: SheetPlan, snapshot: SheetSnapshot | undefined): void {
    this.ensureSize(sheet, sp, false);
    const handle = this.read.sheets.get(sp.name.toLowerCase());
    const t = new SheetTarget(sheet, true);
    const planned = unionOf([...sp.writes.map(blockRect), ...(sp.fills ?? []).flatMap((f) => f.ranges.map(rect))]);
    const oldRows = handle?.rows ?? 0;
    const oldCols = handle?.cols ?? 0;
    const box: Box = {
      row: 0,
      col: 0,
      rows: Math.max(oldRows, planned ? planned.row + planned.rows : 0, 1),
      cols: Math.max(oldCols, planned ? planned.col + planned.cols : 0, 1),
    };
    const whole = t.box(box);
    whole.clearFormat();
    whole.breakApart();
    applyFormatsLike(t, sp.formatsLike ?? []);
    applyNumberFormats(t, sp.formats);
    const plain = plainTextCells(sp.formats);
    // Cleared with the rest, the fills' cells then take their formulas.
    whole.setValues(this.grid(box, sp.writes, plain).map((line) => line.map((v) => v ?? '')));
    writeFills(t, sp.fills ?? []);
    // Clearing the sheet left its notes: they are kept like on any sheet of the person's.
    applyNotes(new SheetTarget(sheet, false), sp.notes ?? []);
    this.finishSheet(t, sp, snapshot);
    this.setNames(sp.name, sheet);
    this.setHidden(sheet, sp, handle?.hidden ?? false);
  }

  private setHidden(sheet: GoogleAppsScript.Spreadsheet.Sheet, sp: SheetPlan, hidden: boolean): void {
    if (sp.hidden === undefined || sp.hidden === hidden) return;
    if (sp.hidden) sheet.hideSheet();
    else sheet.showSheet();
  }

  /** The plan's cells over `box` as `setValues` input; undefined where the plan leaves the cell. */
  private grid(box: Box, writes: readonly BlockWrite[], plain: (row: number, col: number) => boolean): (string | number | boolean | undefined)[][] {
    const grid: (string | number | boolean | undefined)[][] = [];
    for (let r = 0; r < box.rows; r++) grid.push(new Array<string | number | boolean | undefined>(box.cols).fill(undefined));
    for (const w of writes) {
      const at = rect(w.at);
      w.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          const gr = at.row + r - box.row;
          const gc = at.col + c - box.col;
          if (gr < 0 || gc < 0 || gr >= box.rows || gc >= box.cols) return;
          grid[gr]![gc] = cell === '' ? '' : toSheetsInput(cell, plain(at.row + r, at.col + c));
        }),
      );
    }
    return grid;
  }

  /**
   * On a fresh sheet, one call over everything. On the person's own sheet, `setValues` cannot
   * leave a cell alone, and writing back what was read is not the same cell (a typed #N/A reads
   * as the text "#N/A", rich text and links lose their runs, a cell an ARRAYFORMULA spills into
   * becomes a constant that breaks the array). So a call covers the cells the plan sets and, to
   * keep blank rows from splitting a column into many calls, the cells inside a planned block that
   * were read empty (rewritten empty); any other cell the plan leaves splits the call around it.
   */
  private writeValues(t: SheetTarget, sp: SheetPlan, snapshot: SheetSnapshot | undefined): void {
    const writes = sp.writes.filter((w) => w.cells.length > 0);
    const box = unionOf(writes.map(blockRect));
    if (!box) return;
    const grid = this.grid(box, writes, plainTextCells(sp.formats));
    if (t.fresh) {
      t.box(box).setValues(grid.map((line) => line.map((v) => v ?? '')));
      return;
    }
    if (snapshot) fillEmptyHoles(grid, box, writes, snapshot);
    leaveFillCells(grid, box, sp.fills ?? []);
    for (const { ranges } of rectanglesByValue(box, grid, () => 'set')) {
      for (const a1 of ranges) {
        const r = rect(a1);
        const part = grid.slice(r.row - box.row, r.row - box.row + r.rows).map((line) => line.slice(r.col - box.col, r.col - box.col + r.cols) as (string | number | boolean)[]);
        t.box(r).setValues(part);
      }
    }
  }

  private writeSheet(t: SheetTarget, sp: SheetPlan, snapshot: SheetSnapshot | undefined): void {
    applyFormatsLike(t, sp.formatsLike ?? []);
    applyNumberFormats(t, sp.formats);
    this.writeValues(t, sp, snapshot);
    writeFills(t, sp.fills ?? []);
    applyNotes(t, sp.notes ?? []);
    this.finishSheet(t, sp, snapshot);
  }

  /** Everything after the values: styles, merges, layout, rules, filter, protection. */
  private finishSheet(t: SheetTarget, sp: SheetPlan, snapshot: SheetSnapshot | undefined): void {
    applyStyles(t, sp.formats);
    this.merge(t, sp.merges ?? [], t.fresh ? [] : (snapshot?.merges ?? []), sp.name);
    this.layout(t, sp);
    applyValidations(t, sp.validations, (name) => this.namedRange(name), this.warnings);
    applyConditionalFormats(t, sp.conditionalFormats);
    this.filter(t, sp.autoFilter);
    applyProtection(t, sp.protection);
  }

  private merge(t: SheetTarget, merges: readonly string[], existing: readonly string[], sheetName: string): void {
    const taken = existing.map((m) => ({ text: m.toUpperCase(), r: rect(m) }));
    for (const m of merges) {
      const r = rect(m);
      if (taken.some((e) => e.text === m.toUpperCase())) continue;
      const clash = taken.find((e) => e.r.row < r.row + r.rows && r.row < e.r.row + e.r.rows && e.r.col < r.col + r.cols && r.col < e.r.col + e.r.cols);
      if (clash) {
        this.warnings.push(`${sheetName}: cells ${m} were not merged because ${clash.text} is already merged.`);
        continue;
      }
      t.range(m).merge();
      taken.push({ text: m.toUpperCase(), r });
    }
  }

  private layout(t: SheetTarget, sp: SheetPlan): void {
    if (sp.frozenRows !== undefined && (sp.frozenRows > 0 || !t.fresh)) t.sheet.setFrozenRows(sp.frozenRows);
    if (sp.frozenColumns !== undefined && (sp.frozenColumns > 0 || !t.fresh)) t.sheet.setFrozenColumns(sp.frozenColumns);
    if (sp.tabColor !== undefined) t.sheet.setTabColor(sp.tabColor);
    // Widths are in characters of the default font; Sheets wants pixels (about 7 per character).
    const pixels = (sp.columnWidths ?? []).map((w) => [w.col, Math.round(w.width * 7 + 5)] as const);
    for (const run of runsOfEqualValues(pixels)) t.sheet.setColumnWidths(run.start + 1, run.end - run.start + 1, run.value);
  }

  private filter(t: SheetTarget, autoFilter: string | undefined): void {
    if (autoFilter === undefined) return;
    if (!t.fresh) {
      const current = t.sheet.getFilter();
      if (current) {
        if (current.getRange().getA1Notation().toUpperCase() === autoFilter.toUpperCase()) return;
        current.remove();
      }
    }
    t.range(autoFilter).createFilter();
  }

  private namedRange(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    const known = this.named.get(name);
    if (known) return known;
    const range = this.ss.getRangeByName(name);
    if (range) this.named.set(name, range);
    return range;
  }

  /**
   * Points a name at a range. Setting a name that exists is taken to re-point it; should Sheets
   * refuse instead, the old name goes first (formulas find names by name, so none is lost).
   */
  private nameRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    try {
      this.ss.setNamedRange(name, range);
    } catch (err) {
      if (!this.ss.getRangeByName(name)) throw err;
      this.ss.removeNamedRange(name);
      this.ss.setNamedRange(name, range);
    }
    this.named.set(name, range);
  }

  private setNames(sheetName: string, sheet: GoogleAppsScript.Spreadsheet.Sheet, names: readonly NamedRangeSpec[] = this.plan.names): void {
    for (const n of names) {
      if (n.sheet.toLowerCase() !== sheetName.toLowerCase()) continue;
      const range = sheet.getRange(n.range);
      this.nameRange(n.name, range);
    }
  }

  /** Names on sheets the plan did not write, the plan's sheet order, and the user's tab back. */
  private finish(): void {
    const planned = new Set(this.plan.sheets.map((s) => s.name.toLowerCase()));
    for (const n of this.plan.names) {
      if (planned.has(n.sheet.toLowerCase())) continue;
      const sheet = this.sheets.get(n.sheet.toLowerCase());
      if (!sheet) {
        this.warnings.push(`The named range ${n.name} was not set: there is no sheet "${n.sheet}".`);
        continue;
      }
      this.nameRange(n.name, sheet.getRange(n.range));
      this.wrote = true;
    }
    this.applyOrder();
    this.restoreActive();
  }

  /** A new sheet becomes the active one in Sheets; the person gets back the sheet they were on. */
  private restoreActive(): void {
    if (this.activeName === null || (this.built === 0 && !this.moved)) return;
    const active = this.sheets.get(this.activeName.toLowerCase());
    if (active) this.ss.setActiveSheet(active);
  }

  /**
   * SpreadsheetApp moves only the active sheet, and a sheet made active is shown ("the Google
   * Sheets UI displays the chosen sheet", Spreadsheet.setActiveSheet): a hidden sheet moved into
   * place is hidden again straight after.
   */
  private applyOrder(): void {
    if (!this.plan.sheetOrder) return;
    // Every sheet of the plan is in this.order by now.
    const wanted = orderSheets(this.order, this.plan.sheetOrder);
    for (let i = 0; i < wanted.length; i++) {
      if (this.order[i] === wanted[i]) continue;
      const sheet = this.sheets.get(wanted[i]!.toLowerCase());
      if (!sheet) continue;
      if (this.activeName === null) this.activeName = this.ss.getActiveSheet().getName();
      const hidden = sheet.isSheetHidden();
      this.ss.setActiveSheet(sheet);
      this.ss.moveActiveSheet(i + 1);
      if (hidden) sheet.hideSheet();
      this.order.splice(this.order.indexOf(wanted[i]!), 1);
      this.order.splice(i, 0, wanted[i]!);
      this.moved = true;
      this.wrote = true;
    }
  }
}

/** A failure part-way through a plan, with the steps done before it (each one whole). */
export class PartialApplyError extends Error {
  constructor(
    readonly original: unknown,
    readonly done: readonly string[],
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'PartialApplyError';
  }
}

export function applyPlanToSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: WorkbookPlan, read: ReadWorkbook, options: ApplyOptions): ApplyResult {
  const applier = new PlanApplier(ss, plan, read, options);
  try {
    return applier.run();
  } catch (err) {
    throw new PartialApplyError(err, applier.stepsDone);
  }
}
