/**
 * Reads the open spreadsheet into a WorkbookSnapshot with batch calls only: per sheet one
 * `getValues` and one `getFormulas` over its data range, whatever the number of rows.
 */
import { parseRange } from '../core/workbook/a1';
import { SHEETS } from '../core/workbook/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { cellValueFromSheets } from './gas-values';

/** Sheets Riskbook is building (see sheets-apply-plan.ts); never part of what the core sees. */
export const BUILD_SHEET_PREFIX = '~riskbook-build ';

/**
 * The name an old sheet steps aside under while its replacement takes its name. It carries the
 * name, so a run that finds one whose sheet is missing (a run stopped between the two renames)
 * puts it back instead of losing what people typed on it.
 */
export function asideSheetName(built: number, sheetName: string): string {
  return `${BUILD_SHEET_PREFIX}${built} old ${sheetName}`.slice(0, 100);
}

const ASIDE = /^~riskbook-build \d+ old (.+)$/;

/** Riskbook's own sheets: the core reads merged cells only on the register, never on these. */
const OWN_SHEETS = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));

export interface SheetHandle {
  readonly name: string;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Rows and columns of its data range, so writers know what a block covers today. */
  readonly rows: number;
  readonly cols: number;
  readonly hidden: boolean;
  /** The name it has now, when a stopped swap left it aside; the next write renames it back. */
  readonly asideName?: string;
}

export interface ReadWorkbook {
  readonly snapshot: WorkbookSnapshot;
  /** Every sheet the snapshot holds, by lower-case name, in tab order. */
  readonly sheets: Map<string, SheetHandle>;
  /** Half-built sheets a stopped run left behind; removed by the next run that writes. */
  readonly leftovers: GoogleAppsScript.Spreadsheet.Sheet[];
  readonly timeZone: () => string;
}

/** Trailing empty cells and rows carry nothing the core reads; dropping them keeps snapshots small. */
function trimRow(values: CellValue[], formulas: (string | null)[]): void {
  let n = values.length;
  while (n > 0 && values[n - 1] === null && formulas[n - 1] === null) n--;
  values.length = n;
  formulas.length = n;
}

function readSheet(handle: GoogleAppsScript.Spreadsheet.Sheet, name: string, hidden: boolean, timeZone: () => string): { snapshot: SheetSnapshot; rows: number; cols: number } {
  const range = handle.getDataRange();
  const raw = range.getValues();
  const rawFormulas = range.getFormulas();
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let lastRow = 0;
  for (let r = 0; r < raw.length; r++) {
    const rowIn = raw[r]!;
    const formulaIn = rawFormulas[r] ?? [];
    const rowValues: CellValue[] = new Array<CellValue>(rowIn.length);
    const rowFormulas: (string | null)[] = new Array<string | null>(rowIn.length);
    for (let c = 0; c < rowIn.length; c++) {
      const f = formulaIn[c] ?? '';
      rowValues[c] = cellValueFromSheets(rowIn[c], f, timeZone);
      rowFormulas[c] = f === '' ? null : f;
    }
    trimRow(rowValues, rowFormulas);
    values.push(rowValues);
    formulas.push(rowFormulas);
    if (rowValues.length > 0) lastRow = r + 1;
  }
  values.length = lastRow;
  formulas.length = lastRow;
  // Merged areas matter to the core on the register (a title over the header, an asset spanning
  // rows): one call for the list, one per area, never per cell; none on Riskbook's own sheets.
  const own = OWN_SHEETS.has(name.toLowerCase());
  const merges = own ? [] : range.getMergedRanges().map((m) => m.getA1Notation());
  // The team's filter, so the columns Riskbook appends to a register can join it.
  const filter = own ? null : handle.getFilter();
  const autoFilter = filter ? filter.getRange().getA1Notation().toUpperCase() : undefined;
  return {
    snapshot: { name, values, formulas, hidden, merges, ...(autoFilter !== undefined ? { autoFilter } : {}) },
    rows: raw.length,
    cols: raw[0]?.length ?? 0,
  };
}

export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadWorkbook {
  let zone: string | null = null;
  // Asked only when a date cell turns up.
  const timeZone = (): string => (zone ??= ss.getSpreadsheetTimeZone());
  const sheets: SheetSnapshot[] = [];
  const handles = new Map<string, SheetHandle>();
  const leftovers: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  const all = ss.getSheets().map((sheet) => ({ sheet, current: sheet.getName() }));
  const present = new Set(all.filter((s) => !s.current.startsWith(BUILD_SHEET_PREFIX)).map((s) => s.current.toLowerCase()));
  for (const { sheet, current } of all) {
    let name = current;
    if (current.startsWith(BUILD_SHEET_PREFIX)) {
      const stood = ASIDE.exec(current)?.[1];
      if (stood === undefined || present.has(stood.toLowerCase())) {
        leftovers.push(sheet);
        continue;
      }
      present.add(stood.toLowerCase());
      name = stood;
    }
    const hidden = sheet.isSheetHidden();
    const read = readSheet(sheet, name, hidden, timeZone);
    sheets.push(read.snapshot);
    handles.set(name.toLowerCase(), { name, sheet, rows: read.rows, cols: read.cols, hidden, ...(name !== current ? { asideName: current } : {}) });
  }
  return { snapshot: { sheets }, sheets: handles, leftovers, timeZone };
}

/** The 0-based rectangle of an A1 range; throws on a malformed one (a core bug, not the user's). */
export function rect(a1: string): { row: number; col: number; rows: number; cols: number } {
  const r = parseRange(a1);
  if (!r) throw new Error(`Riskbook: bad range "${a1}" in a plan`);
  return r;
}
