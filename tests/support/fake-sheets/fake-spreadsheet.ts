/** Spreadsheet and SpreadsheetApp: sheets, named ranges, the active sheet, toasts, builders. */
import { splitSheetReference } from '../../../core/workbook/a1';
import { FakeObject } from './call-log';
import type { FakeRange } from './fake-range';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeNamedRange, FakeTextStyleBuilder } from './fake-rules';
import { FakeSheet } from './fake-sheet';
import type { Ui } from './fake-ui';
import type { SpreadsheetModel } from './model';

/** Sheets' rule for range names: a letter or underscore first, no spaces, not a cell reference. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$|^R\d+C\d+$/i;

export class FakeSpreadsheet extends FakeObject {
  readonly kind = 'Spreadsheet';

  constructor(readonly model: SpreadsheetModel) {
    super();
    model.makeSheetObject = (sheet) => new FakeSheet(model, sheet);
    model.spreadsheetObject = () => this;
  }

  private sheet(s: FakeSheet): FakeSheet {
    if (!(s instanceof FakeSheet) || s.model.deleted || !this.model.sheets.includes(s.model)) throw new Error('FakeSpreadsheetApp: not a sheet of this spreadsheet');
    return s;
  }

  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getName(): string {
    return 'Fake spreadsheet';
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  getSheets(): FakeObject[] {
    return this.model.sheets.map((s) => this.model.sheetObject(s));
  }
  getSheetByName(name: string): FakeObject | null {
    // Exact name, as Apps Script looks it up.
    const sheet = this.model.sheets.find((s) => s.name === name);
    return sheet ? this.model.sheetObject(sheet) : null;
  }
  getActiveSheet(): FakeObject {
    const active = this.model.active ?? this.model.sheets[0]!;
    return this.model.sheetObject(active);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.model.activate(this.sheet(sheet).model);
    return sheet;
  }
  moveActiveSheet(position: number): void {
    const active = this.model.active;
    if (!active) throw new Error('No active sheet');
    if (!Number.isInteger(position) || position < 1 || position > this.model.sheets.length) throw new Error(`Invalid position ${position}`);
    this.model.sheets.splice(this.model.sheets.indexOf(active), 1);
    this.model.sheets.splice(position - 1, 0, active);
  }

  insertSheet(a?: string | number, b?: number): FakeObject {
    let name: string | undefined;
    let index = this.model.sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (b !== undefined) index = b;
    } else if (typeof a === 'number') {
      index = a;
    }
    if (!Number.isInteger(index) || index < 0 || index > this.model.sheets.length) throw new Error(`Invalid sheet index ${index}`);
    let n = this.model.sheets.length + 1;
    while (name === undefined || (typeof a !== 'string' && this.model.find(name))) name = `Sheet${n++}`;
    const sheet = this.model.newSheet(name, index);
    // A new sheet becomes the active one.
    this.model.active = sheet;
    return this.model.sheetObject(sheet);
  }
  deleteSheet(s: FakeSheet): void {
    const sheet = this.sheet(s).model;
    if (this.model.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.model.active === sheet) this.model.active = this.model.sheets.find((x) => !x.hidden) ?? this.model.sheets[0]!;
  }

  getRange(a1: string): FakeRange {
    const split = splitSheetReference(a1);
    const sheet = split ? this.model.find(split.sheet) : this.model.active;
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return (this.model.sheetObject(sheet) as FakeSheet).getRange(split ? split.range : a1);
  }
  getRangeByName(name: string): FakeRange | null {
    const entry = this.model.names.get(name);
    if (!entry || entry.sheet.deleted) return null;
    return (this.model.sheetObject(entry.sheet) as FakeSheet).rangeOf(entry.rect);
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!NAME.test(name) || LOOKS_LIKE_CELL.test(name) || /^(true|false)$/i.test(name)) throw new Error(`Invalid named range name "${name}"`);
    if (range.sheet.deleted || !this.model.sheets.includes(range.sheet)) throw new Error('The range belongs to no sheet of this spreadsheet.');
    const existing = this.model.names.get(name);
    if (existing && !existing.sheet.deleted && this.model.refuseExistingNames) throw new Error(`A named range called "${name}" already exists.`);
    this.model.names.set(name, { sheet: range.sheet, rect: range.rect });
  }
  getNamedRanges(): FakeNamedRange[] {
    return [...this.model.names.keys()].map((n) => new FakeNamedRange(this.model, n));
  }
  removeNamedRange(name: string): void {
    if (!this.model.names.delete(name)) throw new Error(`There is no named range "${name}".`);
  }
  toast(message: string, title = '', seconds = 5): void {
    this.model.toasts.push({ message: String(message), title: String(title), seconds });
  }
}

/** The SpreadsheetApp global. */
export class FakeSpreadsheetApp extends FakeObject {
  readonly kind = 'SpreadsheetApp';
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
  readonly BooleanCriteria = { CUSTOM_FORMULA: 'CUSTOM_FORMULA' } as const;
  readonly ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;
  readonly DataValidationCriteria = {
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  } as const;
  flushes = 0;

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: Ui,
  ) {
    super();
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActiveSheet(): FakeObject {
    return this.spreadsheet.getActiveSheet();
  }
  getUi(): Ui {
    return this.ui;
  }
  flush(): void {
    this.flushes++;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.spreadsheet.model);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.spreadsheet.model);
  }
  newTextStyle(): FakeTextStyleBuilder {
    return new FakeTextStyleBuilder();
  }
}
