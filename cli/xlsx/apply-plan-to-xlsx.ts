/**
 * Applies a WorkbookPlan to an ExcelJS workbook, mechanically and exactly as plan.ts describes:
 * `replace` sheets are built beside the old one and swapped in at its position; `update` sheets
 * change only the listed cells, formats and rules. Nothing the plan does not name is touched.
 */
import type * as ExcelJS from 'exceljs';
import { cellAddress, parseRange, rangeAddress } from '../../core/workbook/a1';
import { filledFormula } from '../../core/workbook/formula-fills';
import type { FormulaFill, PageSetupSpec, PlanCell, SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import { headerFooterCode } from '../../core/workbook/header-footer';
import { PRINT_MARGINS } from '../../core/workbook/print-layout';
import { PAPER_CODE } from './page-setup';
import { finalSheetOrder } from '../../core/workbook/sheet-order';
import { addConditionalFormats } from './conditional-formats';
import { setDefinedNames } from './defined-names';
import { moveFormula } from '../../core/formula/references';
import { fileFromCanonical } from './formula-text';
import { addNotes } from './notes';
import { worksheetMerges } from './read-xlsx-snapshot';
import { applyFormats, applyFormatsLike, argb, markAsText, unlock } from './styles';
import { setValidation } from './validations';
import { sheetCell } from './sheet-cell';

export interface ApplyOptions {
  /**
   * Hash iterations for sheet protection. Riskbook protects without a password (against
   * accidental edits only), so this matters only if a password is ever added; tests keep it low.
   */
  readonly protectionSpinCount?: number;
}

export interface ApplyResult {
  /** Parts of the plan that could not be applied as asked, in words for the person. */
  readonly warnings: string[];
}

/** Text that a spreadsheet program would take for a formula if someone re-entered it. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}

function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, value: PlanCell): void {
  if (value === null) return;
  const cell = sheetCell(ws, row, col);
  if (value === '') {
    cell.value = null;
  } else if (typeof value === 'string') {
    // A string is always literal text: ExcelJS stores it as a string cell, never a formula, and
    // the text format keeps it text when someone edits the cell in Excel.
    cell.value = value;
    if (FORMULA_LIKE.test(value)) markAsText(cell);
  } else if (typeof value === 'object') {
    // No cached result: Excel (fullCalcOnLoad) and LibreOffice compute it on open.
    cell.value = { formula: fileFromCanonical(value.formula) } as ExcelJS.CellFormulaValue;
  } else {
    cell.value = value;
  }
}

/** Whether the plan writes the cell at `row`, `col` (0-based), in a block or a fill. */
function writtenBy(sp: SheetPlan): (row: number, col: number) => boolean {
  const written = new Set<string>();
  for (const w of sp.writes) {
    const at = parseRange(w.at);
    if (!at) continue;
    w.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) written.add(cellAddress(at.row + r, at.col + c));
      }),
    );
  }
  // A fill's ranges by column, top to bottom (their order in the plan), searched by halving.
  const filled = new Map<number, { row: number; rows: number }[]>();
  for (const f of sp.fills ?? []) {
    for (const range of f.ranges) {
      const r = parseRange(range)!;
      const list = filled.get(r.col) ?? [];
      list.push(r);
      filled.set(r.col, list);
    }
  }
  for (const list of filled.values()) list.sort((a, b) => a.row - b.row);
  const inFill = (row: number, col: number): boolean => {
    const list = filled.get(col);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = list[mid]!;
      if (row < r.row) hi = mid - 1;
      else if (row >= r.row + r.rows) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return (row, col) => written.has(cellAddress(row, col)) || inFill(row, col);
}

/**
 * A plan that overwrites the master of a shared formula would otherwise change, or orphan, the
 * formulas of every cell that shares it. Those cells get their own copy of the formula first.
 */
function detachSharedFormulas(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  if (sp.writes.length === 0 && (sp.fills?.length ?? 0) === 0) return;
  const children = new Map<string, ExcelJS.Cell[]>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellSharedFormulaValue | null;
      if (v && typeof v === 'object' && 'sharedFormula' in v) {
        const list = children.get(v.sharedFormula);
        if (list) list.push(cell);
        else children.set(v.sharedFormula, [cell]);
      }
    }),
  );
  if (children.size === 0) return;
  const written = writtenBy(sp);
  for (const [master, cells] of children) {
    const m = ws.getCell(master);
    if (!written(Number(m.row) - 1, Number(m.col) - 1)) continue;
    const mv = m.value as ExcelJS.CellFormulaValue | null;
    if (!mv || typeof mv.formula !== 'string') continue;
    for (const cell of cells) {
      const result = cell.result as ExcelJS.CellFormulaValue['result'];
      const formula = moveFormula(mv.formula, Number(cell.row) - Number(m.row), Number(cell.col) - Number(m.col));
      cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
    }
  }
}

/**
 * A fill as shared formulas (ECMA-376 Part 1, 18.3.1.40): in each range the top cell holds the
 * text with `t="shared"`, the range as `ref` and an index `si`; the cells below hold only that
 * index, and Excel and LibreOffice move the text's relative references to each of them.
 */
function writeFill(ws: ExcelJS.Worksheet, fill: FormulaFill): void {
  const formulaAt = filledFormula(fill);
  for (const range of fill.ranges) {
    const r = parseRange(range);
    if (!r || r.cols !== 1) throw new Error(`Bad fill range ${range}`);
    const top = sheetCell(ws, r.row, r.col);
    const formula = fileFromCanonical(formulaAt(r.row, r.col));
    if (r.rows === 1) {
      top.value = { formula } as ExcelJS.CellFormulaValue;
      continue;
    }
    top.value = { formula, shareType: 'shared', ref: rangeAddress(r.row, r.col, r.rows, 1) } as ExcelJS.CellFormulaValue;
    for (let k = 1; k < r.rows; k++) sheetCell(ws, r.row + k, r.col).value = { sharedFormula: top.address } as ExcelJS.CellSharedFormulaValue;
  }
}

function applyFrozenPanes(ws: ExcelJS.Worksheet, sp: SheetPlan): void {
  if (sp.frozenRows === undefined && sp.frozenColumns === undefined) return;
  // A sheet loaded from a file without <sheetViews> has no views array at all.
  const views = ws.views ?? [];
  const current = (views[0] ?? {}) as Partial<ExcelJS.WorksheetView> & Record<string, unknown>;
  const currentRows = current.state === 'frozen' ? Number(current.ySplit ?? 0) : 0;
  const currentCols = current.state === 'frozen' ? Number(current.xSplit ?? 0) : 0;
  const rows = sp.frozenRows ?? currentRows;
  const cols = sp.frozenColumns ?? currentCols;
  const { state: _s, xSplit: _x, ySplit: _y, topLeftCell: _t, activePane: _a, ...rest } = current;
  const view =
    rows > 0 || cols > 0
      ? { ...rest, state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols) }
      : { ...rest, state: 'normal' };
  ws.views = [view as ExcelJS.WorksheetView, ...views.slice(1)];
}

function applyMerges(ws: ExcelJS.Worksheet, merges: readonly string[], warnings: string[]): void {
  if (merges.length === 0) return;
  const existing = worksheetMerges(ws).map((m) => ({ text: m, r: parseRange(m)! }));
  for (const m of merges) {
    const r = parseRange(m);
    if (!r) throw new Error(`Bad merge range ${m}`);
    if (existing.some((e) => e.text === rangeText(m))) continue;
    const clash = existing.find(
      (e) => e.r.row < r.row + r.rows && r.row < e.r.row + e.r.rows && e.r.col < r.col + r.cols && r.col < e.r.col + e.r.cols,
    );
    if (clash) {
      warnings.push(`${ws.name}: cells ${m} were not merged because ${clash.text} is already merged.`);
      continue;
    }
    ws.mergeCells(m);
    existing.push({ text: rangeText(m), r });
  }
}

function rangeText(range: string): string {
  return range.replace(/\$/g, '').toUpperCase();
}

async function applyProtection(ws: ExcelJS.Worksheet, sp: SheetPlan, options: ApplyOptions): Promise<void> {
  const p = sp.protection;
  if (!p) return;
  if (!p.protected) {
    ws.unprotect();
    return;
  }
  for (const range of p.editableRanges ?? []) {
    const r = parseRange(range);
    if (!r) throw new Error(`Bad editable range ${range}`);
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) unlock(sheetCell(ws, row, col));
    }
  }
  // No password: the protection guards against slips, not people (a person can lift it).
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
    spinCount: options.protectionSpinCount ?? 1000,
  });
}

async function applySheetContent(ws: ExcelJS.Worksheet, sp: SheetPlan, options: ApplyOptions, warnings: string[]): Promise<void> {
  if (sp.hidden !== undefined) ws.state = sp.hidden ? 'hidden' : 'visible';
  if (sp.tabColor !== undefined) ws.properties.tabColor = { argb: argb(sp.tabColor) };
  applyFrozenPanes(ws, sp);
  for (const w of sp.columnWidths ?? []) ws.getColumn(w.col + 1).width = w.width;
  for (const h of sp.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  if (sp.mode === 'update') detachSharedFormulas(ws, sp);
  for (const w of sp.writes) {
    const at = parseRange(w.at);
    if (!at) throw new Error(`Bad write anchor ${w.at}`);
    w.cells.forEach((row, r) => row.forEach((cell, c) => writeCell(ws, at.row + r, at.col + c, cell)));
  }
  for (const f of sp.fills ?? []) writeFill(ws, f);
  addNotes(ws, sp.notes ?? []);
  applyFormatsLike(ws, sp.formatsLike ?? [], parseRange);
  applyFormats(ws, sp.formats, parseRange);
  for (const v of sp.validations) setValidation(ws, v);
  addConditionalFormats(ws, sp.conditionalFormats);
  applyMerges(ws, sp.merges ?? [], warnings);
  if (sp.autoFilter !== undefined) ws.autoFilter = sp.autoFilter;
  if (sp.printArea !== undefined) ws.pageSetup.printArea = sp.printArea.split(',').join('&&');
  if (sp.pageSetup) applyPageSetup(ws, sp.pageSetup);
  await applyProtection(ws, sp, options);
}

function applyPageSetup(ws: ExcelJS.Worksheet, page: PageSetupSpec): void {
  const setup = ws.pageSetup;
  setup.orientation = page.orientation;
  // ExcelJS types the paper as its own enum of the same OOXML codes.
  setup.paperSize = PAPER_CODE[page.paperSize] as ExcelJS.PageSetup['paperSize'];
  setup.margins = { ...PRINT_MARGINS };
  setup.pageOrder = 'overThenDown';
  // A first page number of its own restarts "Page N of M" on this sheet (LibreOffice reads the
  // number even where the file says not to use it): the sheet continues the workbook's count.
  // ExcelJS reads and writes `useFirstPageNumber` but does not type it.
  const numbering = setup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
  delete numbering.firstPageNumber;
  numbering.useFirstPageNumber = false;
  if (page.scale !== undefined) {
    setup.fitToPage = false;
    setup.scale = page.scale;
  } else if (page.pagesWide > 0) {
    setup.fitToPage = true;
    setup.fitToWidth = page.pagesWide;
    setup.fitToHeight = 0;
  } else {
    setup.fitToPage = false;
    setup.scale = 100;
  }
  if (page.printTitleRows) setup.printTitlesRow = page.printTitleRows;
  if (page.printTitleColumns) setup.printTitlesColumn = page.printTitleColumns;
  // ExcelJS writes `A:S` as the print area 'Sheet'!$A:$S: whole columns, rows added later included.
  if (page.printColumns) setup.printArea = page.printColumns;
  // ExcelJS puts the break after the row it is given: the row above the one that starts a page.
  for (const row of page.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
  const header = headerFooterCode(page.header);
  const footer = headerFooterCode(page.footer);
  if (header !== '' || footer !== '') {
    // A sheet ExcelJS loaded without a header or footer has none to set fields on.
    ws.headerFooter = { ...ws.headerFooter, differentFirst: false, differentOddEven: false, oddHeader: header, oddFooter: footer };
  }
}

let tempCounter = 0;

/**
 * Builds a `replace` sheet beside the old one and swaps it in only once complete: a failure
 * half-way leaves the old sheet as it was (the half-built one is dropped).
 */
async function replaceSheet(
  workbook: ExcelJS.Workbook,
  old: ExcelJS.Worksheet,
  sp: SheetPlan,
  options: ApplyOptions,
  warnings: string[],
): Promise<void> {
  const fresh = workbook.addWorksheet(`riskbook-build-${++tempCounter}`);
  try {
    await applySheetContent(fresh, sp, options, warnings);
  } catch (err) {
    workbook.removeWorksheet(fresh.id);
    throw err;
  }
  const { name, orderNo } = old as ExcelJS.Worksheet & { orderNo: number };
  const visibility = sp.hidden === undefined ? old.state : fresh.state;
  workbook.removeWorksheet(old.id);
  fresh.name = name;
  (fresh as ExcelJS.Worksheet & { orderNo: number }).orderNo = orderNo;
  fresh.state = visibility;
}

/** ExcelJS keeps the tab order in each sheet's `orderNo`; every sheet of the plan exists by now. */
function applySheetOrder(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const sheets = workbook.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
  const byName = new Map(sheets.map((ws) => [ws.name.toLowerCase(), ws]));
  finalSheetOrder(sheets.map((ws) => ws.name), plan).forEach((name, i) => {
    const ws = byName.get(name.toLowerCase());
    if (ws) ws.orderNo = i + 1;
  });
}

/** Excel refuses to open on a hidden active sheet; point the window at a visible one. */
function keepActiveTabVisible(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const firstVisible = sheets.findIndex((s) => s.state === 'visible' || s.state === undefined);
  if (firstVisible < 0) return;
  const views = (workbook.views ?? []) as (ExcelJS.WorkbookView & { activeTab?: number; firstSheet?: number })[];
  if (views.length === 0) return;
  for (const v of views) {
    const active = sheets[v.activeTab ?? 0];
    if (!active || active.state === 'hidden' || active.state === 'veryHidden') v.activeTab = firstVisible;
    if ((v.firstSheet ?? 0) >= sheets.length) v.firstSheet = 0;
  }
}

export async function applyPlanToXlsx(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const warnings: string[] = [];
  for (const sp of plan.sheets) {
    const existing = findWorksheet(workbook, sp.name);
    if (existing && sp.mode === 'replace') {
      await replaceSheet(workbook, existing, sp, options, warnings);
    } else {
      const ws = existing ?? workbook.addWorksheet(sp.name);
      await applySheetContent(ws, sp, options, warnings);
    }
  }
  setDefinedNames(workbook, plan.names);
  if (plan.sheetOrder) applySheetOrder(workbook, plan);
  keepActiveTabVisible(workbook);
  workbook.calcProperties.fullCalcOnLoad = true;
  return { warnings };
}
