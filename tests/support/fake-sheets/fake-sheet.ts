/** Sheet: ranges by A1 or by numbers (1-based), layout, conditional format rules, protection. */
import { parseRange } from '../../../core/workbook/a1';
import { FakeObject, SHEET_OF } from './call-log';
import { FakeRange, FakeRangeList } from './fake-range';
import { FakeConditionalFormatRule, FakeFilter, FakeProtection } from './fake-rules';
import type { Rect, SheetModel, SpreadsheetModel } from './model';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class FakeSheet extends FakeObject {
  readonly kind = 'Sheet';

  override [SHEET_OF](): string {
    return this.model.name;
  }

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    readonly model: SheetModel,
  ) {
    super();
  }

  private live(): SheetModel {
    if (this.model.deleted) throw new Error('Exception: This sheet has been deleted.');
    return this.model;
  }

  rangeOf(rect: Rect): FakeRange {
    const sheet = this.live();
    if (!sheet.inBounds(rect)) throw new Error(OUTSIDE);
    return new FakeRange(this.spreadsheet, sheet, rect);
  }

  getName(): string {
    return this.live().name;
  }
  setName(name: string): this {
    const clash = this.spreadsheet.find(name);
    if (clash && clash !== this.model) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (name.trim() === '' || name.length > 100) throw new Error(`Invalid sheet name "${name}"`);
    this.live().name = name;
    return this;
  }
  getSheetId(): number {
    return this.live().id;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this.live()) + 1;
  }
  isSheetHidden(): boolean {
    return this.live().hidden;
  }
  hideSheet(): this {
    const sheet = this.live();
    if (!sheet.hidden && this.spreadsheet.sheets.filter((s) => !s.hidden).length <= 1) throw new Error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    if (this.spreadsheet.active === sheet) this.spreadsheet.active = this.spreadsheet.sheets.find((s) => !s.hidden) ?? sheet;
    return this;
  }
  showSheet(): this {
    this.live().hidden = false;
    return this;
  }
  activate(): this {
    this.spreadsheet.activate(this.live());
    return this;
  }

  getRange(a: string | number, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') {
      const r = parseRange(a);
      if (!r) throw new Error(`Range not found: ${a}`);
      return this.rangeOf(r);
    }
    if (col === undefined || !Number.isInteger(a) || !Number.isInteger(col) || !Number.isInteger(rows) || !Number.isInteger(cols)) {
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    if (rows < 1 || cols < 1) throw new Error('The number of rows and columns in the range must be at least 1.');
    return this.rangeOf({ row: a - 1, col: col - 1, rows, cols });
  }
  getRangeList(a1s: string[]): FakeRangeList {
    if (!Array.isArray(a1s) || a1s.length === 0) throw new Error('A range list needs at least one range.');
    return new FakeRangeList(a1s.map((a) => this.getRange(a)));
  }
  getDataRange(): FakeRange {
    const sheet = this.live();
    return new FakeRange(this.spreadsheet, sheet, { row: 0, col: 0, rows: Math.max(1, sheet.lastRow()), cols: Math.max(1, sheet.lastColumn()) });
  }
  getLastRow(): number {
    return this.live().lastRow();
  }
  getLastColumn(): number {
    return this.live().lastColumn();
  }
  getMaxRows(): number {
    return this.live().maxRows;
  }
  getMaxColumns(): number {
    return this.live().maxCols;
  }
  insertRowsAfter(after: number, howMany: number): this {
    const sheet = this.live();
    if (after !== sheet.maxRows) throw new Error('FakeSpreadsheetApp: only rows after the last one are modelled');
    sheet.maxRows += howMany;
    this.spreadsheet.checkCells();
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    const sheet = this.live();
    if (after !== sheet.maxCols) throw new Error('FakeSpreadsheetApp: only columns after the last one are modelled');
    sheet.maxCols += howMany;
    this.spreadsheet.checkCells();
    return this;
  }

  setFrozenRows(rows: number): this {
    this.live().frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.live().frozenRows;
  }
  setFrozenColumns(cols: number): this {
    this.live().frozenColumns = cols;
    return this;
  }
  getFrozenColumns(): number {
    return this.live().frozenColumns;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    const sheet = this.live();
    if (start < 1 || start + count - 1 > sheet.maxCols) throw new Error(OUTSIDE);
    for (let c = start; c < start + count; c++) sheet.columnWidths.set(c - 1, width);
    return this;
  }
  setColumnWidth(col: number, width: number): this {
    return this.setColumnWidths(col, 1, width);
  }
  getColumnWidth(col: number): number {
    return this.live().columnWidths.get(col - 1) ?? 100;
  }
  setRowHeights(start: number, count: number, height: number): this {
    for (let r = start; r < start + count; r++) this.live().rowHeights.set(r - 1, height);
    return this;
  }
  setTabColor(colour: string | null): this {
    this.live().tabColor = colour;
    return this;
  }
  getTabColor(): string | null {
    return this.live().tabColor;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.live().cfRules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    const sheet = this.live();
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof FakeConditionalFormatRule))) {
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    }
    for (const rule of rules) {
      if (rule.ranges.some((r) => r.sheet !== sheet)) throw new Error('A conditional format rule cannot reference a different sheet.');
    }
    // Replaces every rule on the sheet.
    sheet.cfRules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this.live().cfRules = [];
  }

  protect(): FakeProtection {
    const sheet = this.live();
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(sheet, 'SHEET', null);
    sheet.protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] {
    return this.live().protections.filter((p) => p.type === type);
  }
  getFilter(): FakeFilter | null {
    const sheet = this.live();
    return sheet.filter ? new FakeFilter(this.spreadsheet, sheet) : null;
  }
  getParent(): FakeObject {
    return this.spreadsheet.spreadsheetObject();
  }
}
