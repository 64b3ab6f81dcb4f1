/**
 * Range and RangeList: every read and write of cells goes through here. 2-D setters insist on the
 * range's exact dimensions, as Sheets does; values are parsed as typed input (cell-input.ts).
 */
import { rangeAddress } from '../../../core/workbook/a1';
import { FakeObject, SHEET_OF } from './call-log';
import type { Stored } from './cell-input';
import { isDateFormat, parseInput } from './cell-input';
import { FakeDataValidation, FakeFilter, FakeProtection, FakeTextStyle } from './fake-rules';
import type { CellFormat, Rect, SheetModel, SpreadsheetModel } from './model';
import { contains, overlaps } from './model';
import { a1FromR1C1 } from './r1c1';
import { dateOfSerial } from './time-zone';

/** Characters one cell holds in Google Sheets; a call with a longer one fails as a whole. */
const MAX_CELL_CHARACTERS = 50000;
const TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

function outputValue(v: Stored, format: string | undefined, zone: string): unknown {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'number' && isDateFormat(format)) return dateOfSerial(v, zone);
  return v;
}

const ALIGN_H = new Set(['left', 'center', 'right', 'normal', 'general', 'general-left', 'general-right']);
const ALIGN_V = new Set(['top', 'middle', 'bottom']);

export class FakeRange extends FakeObject {
  readonly kind = 'Range';

  override [SHEET_OF](): string {
    return this.sheet.name;
  }

  constructor(
    readonly spreadsheet: SpreadsheetModel,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {
    super();
  }

  private live(): SheetModel {
    if (this.sheet.deleted) throw new Error('Exception: The sheet this range belongs to has been deleted.');
    return this.sheet;
  }

  private each(fn: (row: number, col: number, r: number, c: number) => void): void {
    const { row, col, rows, cols } = this.rect;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(row + r, col + c, r, c);
  }

  private checkGrid(grid: unknown, what: string): unknown[][] {
    if (!Array.isArray(grid) || grid.some((line) => !Array.isArray(line))) {
      throw new Error(`The parameters (${typeof grid}) don't match the method signature for SpreadsheetApp.Range.${what}.`);
    }
    const g = grid as unknown[][];
    if (g.length !== this.rect.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${g.length} but the range has ${this.rect.rows}.`);
    }
    for (const line of g) {
      if (line.length !== this.rect.cols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.rect.cols}.`);
      }
      if (line.some((v) => typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)) throw new Error(TOO_LONG);
    }
    return g;
  }

  private formatGrid<T>(grid: unknown, what: string, set: (f: CellFormat, v: T) => void): this {
    const g = this.checkGrid(grid, what) as T[][];
    const sheet = this.live();
    this.each((row, col, r, c) => set(sheet.editFormat(row, col), g[r]![c]!));
    return this;
  }

  private formatAll<T>(value: T, set: (f: CellFormat, v: T) => void): this {
    const sheet = this.live();
    this.each((row, col) => set(sheet.editFormat(row, col), value));
    return this;
  }

  private write(row: number, col: number, input: unknown): void {
    if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS) throw new Error(TOO_LONG);
    const sheet = this.live();
    const fmt = sheet.format(row, col);
    const parsed = parseInput(input, fmt?.numberFormat === '@', this.spreadsheet.timeZone, this.spreadsheet.locale);
    sheet.setCell(row, col, parsed.cell);
    sheet.contentWrites.add(`${row},${col}`);
    if (parsed.dateTyped && (!fmt?.numberFormat || fmt.numberFormat === 'General')) sheet.editFormat(row, col).numberFormat = 'yyyy-mm-dd';
  }

  // Geometry.
  getA1Notation(): string {
    return rangeAddress(this.rect.row, this.rect.col, this.rect.rows, this.rect.cols);
  }
  getRow(): number {
    return this.rect.row + 1;
  }
  getColumn(): number {
    return this.rect.col + 1;
  }
  getNumRows(): number {
    return this.rect.rows;
  }
  getNumColumns(): number {
    return this.rect.cols;
  }
  getSheet(): FakeObject {
    return this.spreadsheet.sheetObject(this.live());
  }

  // Contents.
  getValues(): unknown[][] {
    const sheet = this.live();
    const out: unknown[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: unknown[] = new Array(this.rect.cols);
      const cells = sheet.cells[this.rect.row + r];
      const formats = sheet.formats[this.rect.row + r];
      for (let c = 0; c < this.rect.cols; c++) {
        const cell = cells?.[this.rect.col + c];
        line[c] = cell ? outputValue(cell.v, formats?.[this.rect.col + c]?.numberFormat, this.spreadsheet.timeZone) : '';
      }
      out.push(line);
    }
    return out;
  }

  getFormulas(): string[][] {
    const sheet = this.live();
    const out: string[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const cells = sheet.cells[this.rect.row + r];
      const line: string[] = new Array<string>(this.rect.cols);
      for (let c = 0; c < this.rect.cols; c++) line[c] = cells?.[this.rect.col + c]?.f ?? '';
      out.push(line);
    }
    return out;
  }

  setValues(values: unknown[][]): this {
    const g = this.checkGrid(values, 'setValues');
    this.each((row, col, r, c) => this.write(row, col, g[r]![c]));
    return this;
  }

  setFormulas(formulas: unknown[][]): this {
    const g = this.checkGrid(formulas, 'setFormulas');
    this.each((row, col, r, c) => {
      const f = g[r]![c];
      if (typeof f !== 'string') throw new Error('The parameters don\'t match the method signature for SpreadsheetApp.Range.setFormulas.');
      this.write(row, col, f);
    });
    return this;
  }

  getValue(): unknown {
    return this.getValues()[0]![0];
  }
  setValue(value: unknown): this {
    this.each((row, col) => this.write(row, col, value));
    return this;
  }
  getFormula(): string {
    return this.getFormulas()[0]![0]!;
  }
  setFormula(formula: string): this {
    return this.setValue(formula);
  }
  /** One R1C1 formula for every cell, its relative references read from each cell in turn. */
  setFormulaR1C1(formula: string): this {
    if (typeof formula !== 'string') throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setFormulaR1C1.");
    this.each((row, col) => this.write(row, col, a1FromR1C1(formula, row, col)));
    return this;
  }
  getDisplayValue(): string {
    return String(this.getValue());
  }

  clearContent(): this {
    const sheet = this.live();
    this.each((row, col) => {
      sheet.setCell(row, col, null);
      sheet.contentWrites.add(`${row},${col}`);
    });
    return this;
  }

  clearFormat(): this {
    const sheet = this.live();
    this.each((row, col) => {
      if (sheet.formats[row]) sheet.formats[row]![col] = undefined;
    });
    return this;
  }

  /** Copies this range's formats over the target, repeating them where the target is larger, as Sheets does. */
  copyFormatToRange(sheet: unknown, column: number, columnEnd: number, row: number, rowEnd: number): void {
    const source = this.live();
    // A Sheet of this fake: the signature takes Apps Script's own type.
    const target = (sheet as { readonly model: SheetModel }).model;
    if (target.deleted) throw new Error('Exception: The sheet this range belongs to has been deleted.');
    const { row: top, col: left, rows, cols } = this.rect;
    for (let r = row - 1; r < rowEnd; r++) {
      for (let c = column - 1; c < columnEnd; c++) {
        const format = source.format(top + ((r - row + 1) % rows), left + ((c - column + 1) % cols));
        const line = (target.formats[r] ??= []);
        line[c] = format ? { ...format } : undefined;
      }
    }
  }

  clearDataValidations(): this {
    const sheet = this.live();
    this.each((row, col) => sheet.setValidation(row, col, undefined));
    return this;
  }

  clear(): this {
    this.clearContent();
    this.clearFormat();
    return this;
  }

  // Notes: plain text beside the cell's content; '' (or null) removes a note.
  getNote(): string {
    return this.getNotes()[0]![0]!;
  }
  getNotes(): string[][] {
    const sheet = this.live();
    const out: string[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.rect.cols; c++) line.push(sheet.notes.get(`${this.rect.row + r},${this.rect.col + c}`) ?? '');
      out.push(line);
    }
    return out;
  }
  setNote(note: string | null): this {
    const sheet = this.live();
    this.each((row, col) => setNote(sheet, row, col, note));
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    const g = this.checkGrid(notes, 'setNotes') as (string | null)[][];
    const sheet = this.live();
    this.each((row, col, r, c) => setNote(sheet, row, col, g[r]![c]!));
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }

  // Number formats and styles.
  setNumberFormats(formats: string[][]): this {
    return this.formatGrid<string>(formats, 'setNumberFormats', (f, v) => {
      if (typeof v !== 'string') throw new Error('Invalid number format');
      f.numberFormat = v;
    });
  }
  setNumberFormat(format: string): this {
    return this.formatAll(format, (f, v) => (f.numberFormat = v));
  }
  getNumberFormats(): string[][] {
    return this.readFormats((f) => f?.numberFormat ?? 'General');
  }
  setBackgrounds(colours: (string | null)[][]): this {
    return this.formatGrid<string | null>(colours, 'setBackgrounds', (f, v) => {
      if (v === null) delete f.background;
      else f.background = v;
    });
  }
  setBackground(colour: string | null): this {
    return this.formatAll(colour, (f, v) => {
      if (v === null) delete f.background;
      else f.background = v;
    });
  }
  getBackgrounds(): string[][] {
    return this.readFormats((f) => f?.background ?? '#ffffff');
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.formatGrid<string | null>(weights, 'setFontWeights', (f, v) => (f.bold = v === 'bold'));
  }
  setFontWeight(weight: string | null): this {
    return this.formatAll(weight, (f, v) => (f.bold = v === 'bold'));
  }
  setFontStyles(styles: (string | null)[][]): this {
    return this.formatGrid<string | null>(styles, 'setFontStyles', (f, v) => (f.italic = v === 'italic'));
  }
  setFontStyle(style: string | null): this {
    return this.formatAll(style, (f, v) => (f.italic = v === 'italic'));
  }
  setFontColors(colours: (string | null)[][]): this {
    return this.formatGrid<string | null>(colours, 'setFontColors', (f, v) => {
      if (v === null) delete f.fontColor;
      else f.fontColor = v;
    });
  }
  setFontColor(colour: string | null): this {
    return this.formatAll(colour, (f, v) => {
      if (v === null) delete f.fontColor;
      else f.fontColor = v;
    });
  }
  setFontSizes(sizes: number[][]): this {
    return this.formatGrid<number>(sizes, 'setFontSizes', (f, v) => (f.fontSize = v));
  }
  setFontSize(size: number): this {
    return this.formatAll(size, (f, v) => (f.fontSize = v));
  }
  setTextStyles(styles: FakeTextStyle[][]): this {
    return this.formatGrid<FakeTextStyle>(styles, 'setTextStyles', (f, s) => applyTextStyle(f, s));
  }
  setTextStyle(style: FakeTextStyle): this {
    return this.formatAll(style, (f, s) => applyTextStyle(f, s));
  }
  setWrapStrategies(strategies: string[][]): this {
    return this.formatGrid<string>(strategies, 'setWrapStrategies', (f, v) => (f.wrap = wrapOf(v)));
  }
  setWrapStrategy(strategy: string): this {
    return this.formatAll(strategy, (f, v) => (f.wrap = wrapOf(v)));
  }
  setWraps(wraps: boolean[][]): this {
    return this.formatGrid<boolean>(wraps, 'setWraps', (f, v) => (f.wrap = v ? 'WRAP' : 'OVERFLOW'));
  }
  setWrap(wrap: boolean): this {
    return this.formatAll(wrap, (f, v) => (f.wrap = v ? 'WRAP' : 'OVERFLOW'));
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.formatGrid<string | null>(alignments, 'setHorizontalAlignments', (f, v) => setAlign(f, 'horizontalAlignment', v, ALIGN_H));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.formatAll(alignment, (f, v) => setAlign(f, 'horizontalAlignment', v, ALIGN_H));
  }
  setVerticalAlignments(alignments: (string | null)[][]): this {
    return this.formatGrid<string | null>(alignments, 'setVerticalAlignments', (f, v) => setAlign(f, 'verticalAlignment', v, ALIGN_V));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.formatAll(alignment, (f, v) => setAlign(f, 'verticalAlignment', v, ALIGN_V));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): this {
    const all = [top, left, bottom, right, vertical, horizontal];
    if (all.every((b) => b === true)) return this.formatAll(true, (f) => (f.border = true));
    if (all.every((b) => b === false)) return this.formatAll(false, (f) => delete f.border);
    throw new Error('FakeSpreadsheetApp: only all-or-nothing borders are modelled');
  }

  private readFormats<T>(pick: (f: CellFormat | undefined) => T): T[][] {
    const sheet = this.live();
    const out: T[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.cols; c++) line.push(pick(sheet.format(this.rect.row + r, this.rect.col + c)));
      out.push(line);
    }
    return out;
  }

  // Validation.
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    const g = this.checkGrid(rules, 'setDataValidations') as (FakeDataValidation | null)[][];
    const sheet = this.live();
    this.each((row, col, r, c) => {
      const rule = g[r]![c];
      if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('The parameters don\'t match the method signature for SpreadsheetApp.Range.setDataValidations.');
      sheet.setValidation(row, col, rule ?? undefined);
    });
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('The parameters don\'t match the method signature for SpreadsheetApp.Range.setDataValidation.');
    const sheet = this.live();
    this.each((row, col) => sheet.setValidation(row, col, rule ?? undefined));
    return this;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    const sheet = this.live();
    const out: (FakeDataValidation | null)[][] = [];
    for (let r = 0; r < this.rect.rows; r++) {
      const line: (FakeDataValidation | null)[] = [];
      for (let c = 0; c < this.rect.cols; c++) line.push(sheet.validation(this.rect.row + r, this.rect.col + c) ?? null);
      out.push(line);
    }
    return out;
  }

  // Merges.
  merge(): this {
    const sheet = this.live();
    if (this.rect.rows === 1 && this.rect.cols === 1) return this;
    for (const m of sheet.merges) {
      if (overlaps(m, this.rect) && !contains(this.rect, m)) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    sheet.merges = sheet.merges.filter((m) => !contains(this.rect, m));
    // Only the top-left value survives a merge.
    this.each((row, col, r, c) => {
      if (r === 0 && c === 0) return;
      sheet.setCell(row, col, null);
      sheet.contentWrites.add(`${row},${col}`);
    });
    sheet.merges.push(this.rect);
    return this;
  }
  breakApart(): this {
    const sheet = this.live();
    for (const m of sheet.merges) {
      if (overlaps(m, this.rect) && !contains(this.rect, m)) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    sheet.merges = sheet.merges.filter((m) => !contains(this.rect, m));
    return this;
  }
  getMergedRanges(): FakeRange[] {
    const sheet = this.live();
    return sheet.merges.filter((m) => overlaps(m, this.rect)).map((m) => new FakeRange(this.spreadsheet, sheet, m));
  }

  // The rest.
  protect(): FakeProtection {
    const sheet = this.live();
    const p = new FakeProtection(sheet, 'RANGE', this.rect);
    sheet.protections.push(p);
    return p;
  }
  createFilter(): FakeFilter {
    const sheet = this.live();
    if (sheet.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    sheet.filter = this.rect;
    return new FakeFilter(this.spreadsheet, sheet);
  }
  activate(): this {
    const sheet = this.live();
    this.spreadsheet.activate(sheet);
    this.spreadsheet.activeRange = { sheet, rect: this.rect };
    this.spreadsheet.selection = { sheet, rects: [this.rect] };
    return this;
  }
}

function setNote(sheet: SheetModel, row: number, col: number, note: unknown): void {
  if (note !== null && typeof note !== 'string') throw new Error("The parameters don't match the method signature for SpreadsheetApp.Range.setNote.");
  if (note === null || note === '') sheet.notes.delete(`${row},${col}`);
  else sheet.notes.set(`${row},${col}`, note);
}

function applyTextStyle(f: CellFormat, s: FakeTextStyle): void {
  if (!(s instanceof FakeTextStyle)) throw new Error('The parameters don\'t match the method signature for SpreadsheetApp.Range.setTextStyles.');
  if (s.bold !== undefined) f.bold = s.bold;
  if (s.italic !== undefined) f.italic = s.italic;
  if (s.color !== undefined) f.fontColor = s.color;
  if (s.size !== undefined) f.fontSize = s.size;
}

function wrapOf(v: string): 'WRAP' | 'OVERFLOW' | 'CLIP' {
  if (v !== 'WRAP' && v !== 'OVERFLOW' && v !== 'CLIP') throw new Error(`Invalid wrap strategy ${String(v)}`);
  return v;
}

function setAlign(f: CellFormat, key: 'horizontalAlignment' | 'verticalAlignment', v: string | null, allowed: ReadonlySet<string>): void {
  if (v === null) {
    delete f[key];
    return;
  }
  if (!allowed.has(v)) throw new Error(`Invalid alignment "${v}"`);
  f[key] = v;
}

export class FakeRangeList extends FakeObject {
  readonly kind = 'RangeList';

  override [SHEET_OF](): string {
    return this.ranges[0]?.sheet.name ?? '';
  }

  constructor(readonly ranges: readonly FakeRange[]) {
    super();
  }

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }

  private all(fn: (r: FakeRange) => void): this {
    this.ranges.forEach(fn);
    return this;
  }

  setBackground(colour: string | null): this {
    return this.all((r) => r.setBackground(colour));
  }
  setFontColor(colour: string | null): this {
    return this.all((r) => r.setFontColor(colour));
  }
  setFontWeight(weight: string | null): this {
    return this.all((r) => r.setFontWeight(weight));
  }
  setFontStyle(style: string | null): this {
    return this.all((r) => r.setFontStyle(style));
  }
  setFontSize(size: number): this {
    return this.all((r) => r.setFontSize(size));
  }
  setNumberFormat(format: string): this {
    return this.all((r) => r.setNumberFormat(format));
  }
  setWrap(wrap: boolean): this {
    return this.all((r) => r.setWrap(wrap));
  }
  setWrapStrategy(strategy: string): this {
    return this.all((r) => r.setWrapStrategy(strategy));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.all((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.all((r) => r.setVerticalAlignment(alignment));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): this {
    return this.all((r) => r.setBorder(top, left, bottom, right, vertical, horizontal));
  }
  setValue(value: unknown): this {
    return this.all((r) => r.setValue(value));
  }
  setFormulaR1C1(formula: string): this {
    return this.all((r) => r.setFormulaR1C1(formula));
  }
  clear(): this {
    return this.all((r) => r.clear());
  }
  /** Selects every range of the list (Sheets' multi-selection); the last becomes the active range. */
  activate(): this {
    const last = this.ranges[this.ranges.length - 1];
    if (!last) throw new Error('A range list needs at least one range.');
    last.activate();
    last.spreadsheet.selection = { sheet: last.sheet, rects: this.ranges.map((r) => r.rect) };
    return this;
  }
}
