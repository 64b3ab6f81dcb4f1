/**
 * The state behind the fake: a spreadsheet of sheets, each a grid with a size (Sheets refuses
 * ranges past it), cell contents, formats, validations, merges, conditional format rules,
 * protections and a filter. Tests read it directly; code under test reaches it only through the
 * counted Apps Script API.
 */
import type { FakeObject } from './call-log';
import type { StoredCell } from './cell-input';
import type { FakeConditionalFormatRule, FakeDataValidation, FakeProtection } from './fake-rules';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: 'WRAP' | 'OVERFLOW' | 'CLIP';
  horizontalAlignment?: string;
  verticalAlignment?: string;
  border?: boolean;
}

/** Sheets' limit on the cells of one spreadsheet. */
export const MAX_CELLS = 10_000_000;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

export class SheetModel {
  deleted = false;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly cells: (StoredCell | undefined)[][] = [];
  readonly formats: (CellFormat | undefined)[][] = [];
  readonly validations: (FakeDataValidation | undefined)[][] = [];
  merges: Rect[] = [];
  cfRules: FakeConditionalFormatRule[] = [];
  readonly protections: FakeProtection[] = [];
  filter: Rect | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Cell notes by `"row,col"` (0-based); a cell without a note is absent. */
  readonly notes = new Map<string, string>();
  /**
   * Cells whose content a call replaced (`"row,col"`, 0-based), even with what was there: tests
   * use it to show code never rewrites a person's cell, which on the real host is not harmless
   * (rich text loses its runs, a spilled ARRAYFORMULA cell becomes a constant).
   */
  readonly contentWrites = new Set<string>();

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cell(row: number, col: number): StoredCell | undefined {
    return this.cells[row]?.[col];
  }

  setCell(row: number, col: number, cell: StoredCell | null): void {
    if (cell === null) {
      if (this.cells[row]) this.cells[row]![col] = undefined;
      return;
    }
    (this.cells[row] ??= [])[col] = cell;
  }

  format(row: number, col: number): CellFormat | undefined {
    return this.formats[row]?.[col];
  }

  editFormat(row: number, col: number): CellFormat {
    const line = (this.formats[row] ??= []);
    return (line[col] ??= {});
  }

  validation(row: number, col: number): FakeDataValidation | undefined {
    return this.validations[row]?.[col];
  }

  setValidation(row: number, col: number, rule: FakeDataValidation | undefined): void {
    (this.validations[row] ??= [])[col] = rule;
  }

  /** 1-based number of the last row with content (0 when empty), as getLastRow. */
  lastRow(): number {
    for (let r = this.cells.length - 1; r >= 0; r--) if (this.cells[r]?.some((c) => c !== undefined)) return r + 1;
    return 0;
  }

  lastColumn(): number {
    let max = 0;
    for (const line of this.cells) {
      if (!line) continue;
      for (let c = line.length - 1; c >= max; c--) {
        if (line[c] !== undefined) {
          max = c + 1;
          break;
        }
      }
    }
    return max;
  }

  inBounds(r: Rect): boolean {
    return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && r.row + r.rows <= this.maxRows && r.col + r.cols <= this.maxCols;
  }
}

export interface NamedRangeEntry {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NamedRangeEntry>();
  active: SheetModel | null = null;
  activeRange: { sheet: SheetModel; rect: Rect } | null = null;
  /** Every range selected: the active range alone, or each range of an activated RangeList. */
  selection: { sheet: SheetModel; rects: readonly Rect[] } | null = null;
  readonly toasts: { message: string; title: string; seconds: number }[] = [];
  /**
   * Whether `setNamedRange` refuses a name that exists rather than re-pointing it. The reference
   * does not say which Sheets does; the add-on must work either way.
   */
  refuseExistingNames = false;
  private nextId = 1;
  private readonly objects = new WeakMap<SheetModel, FakeObject>();
  /** The API object of the spreadsheet itself (set by the fake spreadsheet). */
  spreadsheetObject: () => FakeObject = () => {
    throw new Error('FakeSpreadsheetApp: no spreadsheet object');
  };
  /** Makes the API object of a sheet (set by the fake spreadsheet; one object per sheet). */
  makeSheetObject: ((sheet: SheetModel) => FakeObject) | null = null;

  sheetObject(sheet: SheetModel): FakeObject {
    let o = this.objects.get(sheet);
    if (!o) {
      if (!this.makeSheetObject) throw new Error('FakeSpreadsheetApp: no sheet factory');
      o = this.makeSheetObject(sheet);
      this.objects.set(sheet, o);
    }
    return o;
  }

  constructor(
    public timeZone = 'Europe/London',
    public locale = 'en_GB',
  ) {}

  newSheet(name: string, index = this.sheets.length, rows = 1000, cols = 26): SheetModel {
    if (this.find(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new SheetModel(this.nextId++, name, rows, cols);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.checkCells();
    return sheet;
  }

  /**
   * Makes `sheet` the active one. The UI then shows it: "The Google Sheets UI displays the chosen
   * sheet" (Spreadsheet.setActiveSheet), so a hidden sheet is unhidden. Activating a sheet
   * (Sheet.activate) or a range on it (Range.activate) does the same.
   */
  activate(sheet: SheetModel): void {
    this.active = sheet;
    sheet.hidden = false;
  }

  /** Sheet names are unique without regard to case. */
  find(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  checkCells(): void {
    if (this.totalCells() > MAX_CELLS) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
}

/**
 * Everything the spreadsheet holds, as text: equal texts, equal documents. A sheet met again
 * (a named range's, a protection's) is written as its name; the record of content writes is test
 * instrumentation and left out.
 */
export function spreadsheetState(model: SpreadsheetModel): string {
  const listed = new Set<unknown>(model.sheets);
  return JSON.stringify({ sheets: model.sheets, names: model.names, active: model.active?.name ?? null }, (key, value: unknown) => {
    if (key === 'contentWrites') return undefined;
    if (value instanceof SpreadsheetModel && key !== '') return 'spreadsheet';
    if (value instanceof SheetModel && !(listed.has(value) && /^\d+$/.test(key))) return `sheet:${value.name}`;
    if (value instanceof Map) return [...value.entries()];
    if (value instanceof Set) return [...value.values()];
    return value;
  });
}
