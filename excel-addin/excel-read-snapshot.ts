/**
 * Reads the open workbook into a WorkbookSnapshot, plus what applying a plan later needs to know
 * (sheet proxies, protection, frozen panes, existing rules and names).
 *
 * Two round trips for any workbook of a few thousand rows: the first lists the sheets and names
 * (a sheet cannot be addressed before its name is known); the second reads each sheet's used
 * range, its first window of cells and its metadata. Bigger sheets continue in blocks sized from
 * what the first window weighed, one round trip per block group of about 3.5 MB.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetter, quoteSheetName, rangeAddress, splitSheetReference } from '../core/workbook/a1';
import type { CellValue, NamedRangeSnapshot, SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { snapshotFormula, snapshotValue } from './excel-cell-values';
import { isPayloadTooLarge } from './excel-errors';
import {
  DEFAULT_CELL_BYTES,
  FIRST_READ_WINDOW,
  READ_BLOCK_MAX_CELLS,
  READ_BLOCK_MAX_ROWS,
  RESPONSE_BUDGET_BYTES,
  jsonBytes,
} from './excel-limits';
import type { ExcelSupport } from './excel-requirements';
import { TEMPORARY_SHEET, sheetSetAside } from './excel-temporary-sheets';
import { appendAll } from '../core/arrays';

/** A custom conditional format already on a sheet, with its formula. */
export interface ExistingRule {
  readonly rule: Excel.ConditionalFormat;
  readonly formula: string;
}

export interface SheetState {
  readonly proxy: Excel.Worksheet;
  readonly name: string;
  /**
   * The name the sheet has now, when an interrupted swap left it aside
   * (excel-temporary-sheets.ts): it is read as `name`, and the next write renames it back first.
   */
  readonly asideName?: string;
  readonly position: number;
  readonly hidden: boolean;
  /** Very hidden (not even listed under Unhide): Excel deletes such a sheet only once it is shown or hidden. */
  readonly veryHidden: boolean;
  readonly protected: boolean;
  readonly protectionOptions: Excel.WorksheetProtectionOptions | undefined;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly customRules: readonly ExistingRule[];
}

export interface NameState {
  /** As Excel spells it. */
  readonly name: string;
  /** As Excel gives it, e.g. `=Lists!$A$2:$A$9`. */
  readonly formula: string;
}

export interface WorkbookState {
  /** In tab order. */
  readonly sheets: readonly SheetState[];
  /** Workbook-scoped names by lower-case name. */
  readonly names: ReadonlyMap<string, NameState>;
  readonly structureProtected: boolean;
  /**
   * Temporary sheets a run that failed could not remove ("Riskbook build N", "Riskbook previous
   * N" whose sheet is back): left out of the snapshot, deleted by the next write. Their
   * `visibility` is loaded.
   */
  readonly leftovers?: readonly Excel.Worksheet[];
}

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly state: WorkbookState;
  /** Round trips the read took. */
  readonly syncs: number;
}

interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One sheet's grids while they fill, block by block. */
interface SheetGrid {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  /** Measured response bytes per cell of the first window, for sizing the next blocks. */
  cellBytes: number;
}

interface ReadBlock {
  readonly sheet: number;
  readonly box: Box;
  readonly bytes: number;
}

function newGrid(used: Box | null): SheetGrid {
  const rows = used ? used.row + used.rows : 0;
  const cols = used ? used.col + used.cols : 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    formulas.push(new Array<string | null>(cols).fill(null));
  }
  return { values, formulas, cellBytes: DEFAULT_CELL_BYTES };
}

/** Copies one block of `values` and `formulas` into the sheet's grids at (row, col). */
function fill(grid: SheetGrid, row: number, col: number, values: unknown[][], formulas: unknown[][]): void {
  values.forEach((vrow, r) => {
    const target = grid.values[row + r];
    const ftarget = grid.formulas[row + r];
    if (!target || !ftarget) return;
    const frow = formulas[r] ?? [];
    vrow.forEach((v, c) => {
      if (col + c >= target.length) return;
      target[col + c] = snapshotValue(v);
      ftarget[col + c] = snapshotFormula(frow[c], v);
    });
  });
}

function blockAddress(box: Box): string {
  return rangeAddress(box.row, box.col, box.rows, box.cols);
}

function windowAddress(rows: number): string {
  return `A1:${columnLetter(FIRST_READ_WINDOW.columns - 1)}${rows}`;
}

/** The parts of `used` outside the first window (rows × columns from A1), as rectangles. */
function outsideWindow(used: Box, windowRows: number): Box[] {
  const out: Box[] = [];
  const endRow = used.row + used.rows;
  const endCol = used.col + used.cols;
  const w = FIRST_READ_WINDOW.columns;
  if (endCol > w && used.row < windowRows) {
    const col = Math.max(used.col, w);
    out.push({ row: used.row, col, rows: Math.min(endRow, windowRows) - used.row, cols: endCol - col });
  }
  if (endRow > windowRows) {
    const row = Math.max(used.row, windowRows);
    out.push({ row, col: used.col, rows: endRow - row, cols: used.cols });
  }
  return out;
}

/** Row blocks of `box` that each weigh about a response budget and stay far below 5M cells. */
function splitRows(sheet: number, box: Box, cellBytes: number): ReadBlock[] {
  const rowBytes = Math.max(1, box.cols * cellBytes);
  const limit = Math.max(1, Math.min(READ_BLOCK_MAX_ROWS, Math.floor(READ_BLOCK_MAX_CELLS / box.cols), Math.floor(RESPONSE_BUDGET_BYTES / rowBytes)));
  const blocks: ReadBlock[] = [];
  for (let r = 0; r < box.rows; r += limit) {
    const rows = Math.min(limit, box.rows - r);
    blocks.push({ sheet, box: { ...box, row: box.row + r, rows }, bytes: rows * rowBytes });
  }
  return blocks;
}

/** Blocks grouped into round trips of about one response budget each. */
function groupBlocks(blocks: readonly ReadBlock[]): ReadBlock[][] {
  const groups: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let bytes = 0;
  for (const b of blocks) {
    if (current.length > 0 && bytes + b.bytes > RESPONSE_BUDGET_BYTES) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += b.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, (_w, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
}

/** `'Sheet'!$A$1:$B$2` for a single-area range name; null for names the core cannot use. */
function namedRange(name: string, type: string, formula: unknown): NamedRangeSnapshot | null {
  if (type !== 'Range' || typeof formula !== 'string' || name.startsWith('_xl')) return null;
  if (formula.includes('#REF!') || /,(?=(?:[^']*'[^']*')*[^']*$)/.test(formula)) return null;
  const split = splitSheetReference(formula);
  if (!split || split.sheet === '') return null;
  return { name, reference: `'${split.sheet.replace(/'/g, "''")}'!${absolute(split.range)}` };
}

/** `A1:H1` parts, without sheet or `$`, of a range or RangeAreas address such as `'Risk register'!A1:H1, 'Risk register'!D3:D4`. */
function addressParts(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.slice(p.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

interface SheetProbe {
  readonly used: Excel.Range;
  readonly window: Excel.Range;
  readonly freeze: Excel.Range;
  readonly rules: Excel.ConditionalFormatCollection;
  readonly merged: Excel.RangeAreas | null;
  /** The sheet's autofilter range (ExcelApi 1.9), so Riskbook's appended columns can join it. */
  readonly filter: Excel.Range | null;
  /** The sheet's print area (ExcelApi 1.9), likewise. */
  readonly printArea: Excel.RangeAreas | null;
}

/** Queues the second round trip's loads for every sheet. */
function probeSheets(sheets: readonly Excel.Worksheet[], windowRows: number, support: ExcelSupport): SheetProbe[] {
  return sheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    // Only the used part of the window comes back: a short sheet costs what it holds.
    const window = ws.getRange(windowAddress(windowRows)).getUsedRangeOrNullObject(true);
    window.load('rowIndex,columnIndex,values,formulas');
    const freeze = ws.freezePanes.getLocationOrNullObject();
    freeze.load('rowCount,columnCount');
    const whole = ws.getRange();
    // conditionalFormats is a navigation property (a collection proxy, loaded on the next line),
    // which needs no load or sync to be reached; the rule takes it for a loaded value.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const rules = whole.conditionalFormats;
    rules.load('items/type,items/customOrNullObject/rule/formula');
    let merged: Excel.RangeAreas | null = null;
    if (support.api113) {
      merged = whole.getMergedAreasOrNullObject();
      merged.load('address');
    }
    let filter: Excel.Range | null = null;
    let printArea: Excel.RangeAreas | null = null;
    if (support.api19) {
      filter = ws.autoFilter.getRangeOrNullObject();
      filter.load('address');
      printArea = ws.pageLayout.getPrintAreaOrNullObject();
      printArea.load('address');
    }
    return { used, window, freeze, rules, merged, filter, printArea };
  });
}

/** Runs the second round trip, with smaller windows if Excel finds the response too large. */
async function probeWithRetry(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], support: ExcelSupport): Promise<{ probes: SheetProbe[]; windowRows: number; syncs: number }> {
  let windowRows: number = FIRST_READ_WINDOW.rows;
  let syncs = 0;
  for (;;) {
    const probes = probeSheets(sheets, windowRows, support);
    syncs++;
    try {
      // A retry, not a loop of requests: it runs again only when Excel refused the response as too large.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return { probes, windowRows, syncs };
    } catch (err) {
      // A read changes nothing, so a smaller window is simply tried again.
      if (!isPayloadTooLarge(err) || windowRows <= 50) throw err;
      windowRows = Math.floor(windowRows / 5);
    }
  }
}

function frozenCount(freeze: Excel.Range, which: 'rows' | 'columns'): number {
  if (freeze.isNullObject) return 0;
  const n = which === 'rows' ? freeze.rowCount : freeze.columnCount;
  return n >= (which === 'rows' ? MAX_ROWS : MAX_COLUMNS) ? 0 : n;
}

/**
 * Reads block groups, one round trip each (each is one of the budget's further chunks, not a sync
 * per item); a group Excel finds too large is read again in halves.
 */
async function readBlocks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], grids: readonly SheetGrid[], groups: readonly ReadBlock[][]): Promise<number> {
  let syncs = 0;
  for (const group of groups) {
    const loads = group.map((b) => {
      const range = sheets[b.sheet]!.getRange(blockAddress(b.box));
      range.load('values,formulas');
      return { block: b, range };
    });
    syncs++;
    try {
      // One request per block group of about RESPONSE_BUDGET_BYTES: the 5 MB limit is why there are several.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      const splittable = group.some((b) => b.box.rows > 1);
      if (!isPayloadTooLarge(err) || !splittable) throw err;
      const halves = group.flatMap((b) => {
        if (b.box.rows <= 1) return [[b]];
        const top = Math.ceil(b.box.rows / 2);
        return [
          [{ ...b, box: { ...b.box, rows: top }, bytes: b.bytes / 2 }],
          [{ ...b, box: { ...b.box, row: b.box.row + top, rows: b.box.rows - top }, bytes: b.bytes / 2 }],
        ];
      });
      syncs += await readBlocks(context, sheets, grids, halves);
      continue;
    }
    for (const { block, range } of loads) {
      // Over 5,000,000 cells Excel may answer null instead of failing.
      if (!Array.isArray(range.values) || !Array.isArray(range.formulas)) {
        throw new Error(`Excel returned no cells for ${blockAddress(block.box)}; the sheet may be too large to read.`);
      }
      fill(grids[block.sheet]!, block.box.row, block.box.col, range.values, range.formulas);
    }
  }
  return syncs;
}

export async function readWorkbook(context: Excel.RequestContext, support: ExcelSupport): Promise<ReadResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/position,items/protection/protected,items/protection/options');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/formula');
  const bookProtection = context.workbook.protection;
  bookProtection.load('protected');
  // The sheet the person is on: "adopt the current sheet" offers it first. Same round trip.
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  let syncs = 1;

  const ordered = [...worksheets.items].sort((a, b) => a.position - b.position);
  const standIns = setAsideSheets(ordered);
  const nameOf = (ws: Excel.Worksheet): string => standIns.get(ws) ?? ws.name;
  const sheets = ordered.filter((ws) => !TEMPORARY_SHEET.test(ws.name) || standIns.has(ws));
  const leftovers = ordered.filter((ws) => TEMPORARY_SHEET.test(ws.name) && !standIns.has(ws));
  // Names followed the sheet aside; they are read as they will be once it is back.
  const renamed = [...standIns].map(([ws, name]) => ({ from: `${quoteSheetName(ws.name)}!`, to: `${quoteSheetName(name)}!` }));
  const nameFormula = (formula: string): string => renamed.reduce((f, r) => f.split(r.from).join(r.to), formula);
  const probe = await probeWithRetry(context, sheets, support);
  syncs += probe.syncs;

  const grids: SheetGrid[] = [];
  const blocks: ReadBlock[] = [];
  probe.probes.forEach((p, i) => {
    const used: Box | null = p.used.isNullObject ? null : { row: p.used.rowIndex, col: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount };
    const grid = newGrid(used);
    grids.push(grid);
    if (!used) return;
    const values: unknown = p.window.isNullObject ? [] : p.window.values;
    const formulas: unknown = p.window.isNullObject ? [] : p.window.formulas;
    if (!Array.isArray(values) || !Array.isArray(formulas)) {
      // Excel answered null for the window: read all of the sheet in blocks instead.
      appendAll(blocks, splitRows(i, used, grid.cellBytes));
      return;
    }
    if (!p.window.isNullObject) {
      fill(grid, p.window.rowIndex, p.window.columnIndex, values as unknown[][], formulas as unknown[][]);
      const cells = (values as unknown[][]).reduce((n, row) => n + row.length, 0);
      if (cells > 0) grid.cellBytes = Math.max(4, (jsonBytes(values) + jsonBytes(formulas)) / cells);
    }
    for (const box of outsideWindow(used, probe.windowRows)) appendAll(blocks, splitRows(i, box, grid.cellBytes));
  });
  syncs += await readBlocks(context, sheets, grids, groupBlocks(blocks));

  const snapshotSheets: SheetSnapshot[] = sheets.map((ws, i) => {
    const p = probe.probes[i]!;
    const grid = grids[i]!;
    // Merged areas were asked for only with ExcelApi 1.13 (RangeAreas.address is 1.9).
    const merges = support.api113 && p.merged && !p.merged.isNullObject ? addressParts(p.merged.address) : [];
    const autoFilter = p.filter && !p.filter.isNullObject ? addressParts(p.filter.address)[0] : undefined;
    const printArea = support.api19 && p.printArea && !p.printArea.isNullObject ? addressParts(p.printArea.address).join(',') : undefined;
    return {
      name: nameOf(ws),
      values: grid.values,
      formulas: grid.formulas,
      hidden: ws.visibility !== 'Visible',
      merges,
      ...(autoFilter !== undefined ? { autoFilter: autoFilter.toUpperCase() } : {}),
      ...(printArea ? { printArea: printArea.toUpperCase() } : {}),
    };
  });
  const snapshotNames: NamedRangeSnapshot[] = [];
  const nameMap = new Map<string, NameState>();
  for (const n of names.items) {
    const formula = nameFormula(String(n.formula));
    nameMap.set(n.name.toLowerCase(), { name: n.name, formula });
    const r = namedRange(n.name, n.type, formula);
    if (r) snapshotNames.push(r);
  }
  const state: WorkbookState = {
    sheets: sheets.map((ws, i) => {
      const p = probe.probes[i]!;
      const customRules: ExistingRule[] = [];
      for (const rule of p.rules.items) {
        if (rule.type !== 'Custom') continue;
        const custom = rule.customOrNullObject;
        if (!custom.isNullObject) customRules.push({ rule, formula: String(custom.rule.formula) });
      }
      return {
        proxy: ws,
        name: nameOf(ws),
        ...(standIns.has(ws) ? { asideName: ws.name } : {}),
        position: ws.position,
        hidden: ws.visibility !== 'Visible',
        veryHidden: ws.visibility === 'VeryHidden',
        protected: ws.protection.protected,
        protectionOptions: ws.protection.options,
        frozenRows: frozenCount(p.freeze, 'rows'),
        frozenColumns: frozenCount(p.freeze, 'columns'),
        customRules,
      };
    }),
    names: nameMap,
    structureProtected: bookProtection.protected,
    leftovers,
  };
  return { snapshot: { sheets: snapshotSheets, names: snapshotNames, activeSheet: standIns.get(active) ?? active.name }, state, syncs };
}

/** Sheets an interrupted swap left aside whose own sheet is missing, with the name they stood for. */
function setAsideSheets(ordered: readonly Excel.Worksheet[]): Map<Excel.Worksheet, string> {
  const present = new Set(ordered.filter((ws) => !TEMPORARY_SHEET.test(ws.name)).map((ws) => ws.name.toLowerCase()));
  const out = new Map<Excel.Worksheet, string>();
  for (const ws of ordered) {
    const stood = sheetSetAside(ws.name);
    if (stood === undefined || present.has(stood.toLowerCase())) continue;
    present.add(stood.toLowerCase());
    out.set(ws, stood);
  }
  return out;
}
