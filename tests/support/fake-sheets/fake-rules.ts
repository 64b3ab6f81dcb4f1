/**
 * Values and builders: data validations, conditional format rules, text styles, protections,
 * filters and named ranges. A list validation keeps the range it points at; when that range's
 * sheet is deleted the rule is broken, as in Sheets (nothing re-targets it).
 */
import { FakeObject } from './call-log';
import { FakeRange } from './fake-range';
import type { Rect, SheetModel, SpreadsheetModel } from './model';

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

function refOf(range: FakeRange): RangeRef {
  if (!(range instanceof FakeRange)) throw new TypeError('FakeSpreadsheetApp: expected a Range');
  return { sheet: range.sheet, rect: range.rect };
}

export type ValidationCriteria = 'VALUE_IN_RANGE' | 'VALUE_IN_LIST' | 'NUMBER_BETWEEN' | 'CUSTOM_FORMULA' | 'DATE_IS_VALID_DATE' | 'CHECKBOX';

export class FakeDataValidation extends FakeObject {
  readonly kind = 'DataValidation';
  constructor(
    readonly spreadsheet: SpreadsheetModel,
    readonly criteria: ValidationCriteria,
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
    readonly source: RangeRef | null,
  ) {
    super();
  }

  getCriteriaType(): string {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.source ? [new FakeRange(this.spreadsheet, this.source.sheet, this.source.rect), ...this.args.slice(1)] : [...this.args];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  /** True when the rule's list points at a sheet that no longer exists. */
  get broken(): boolean {
    return this.source !== null && this.source.sheet.deleted;
  }
}

export class FakeDataValidationBuilder extends FakeObject {
  readonly kind = 'DataValidationBuilder';
  private criteria: ValidationCriteria | null = null;
  private args: unknown[] = [];
  private source: RangeRef | null = null;
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly spreadsheet: SpreadsheetModel) {
    super();
  }

  requireValueInRange(range: FakeRange, showDropdown = true): this {
    this.criteria = 'VALUE_IN_RANGE';
    this.source = refOf(range);
    this.args = [range, showDropdown];
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this.criteria = 'VALUE_IN_LIST';
    this.args = [values, showDropdown];
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.criteria = 'NUMBER_BETWEEN';
    this.args = [start, end];
    return this;
  }

  requireFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('Invalid argument: formula must start with =');
    this.criteria = 'CUSTOM_FORMULA';
    this.args = [formula];
    return this;
  }

  requireDate(): this {
    this.criteria = 'DATE_IS_VALID_DATE';
    this.args = [];
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }

  build(): FakeDataValidation {
    if (!this.criteria) throw new Error('FakeSpreadsheetApp: a data validation needs a criterion');
    return new FakeDataValidation(this.spreadsheet, this.criteria, this.args, this.allowInvalid, this.helpText, this.source);
  }
}

export class FakeBooleanCondition extends FakeObject {
  readonly kind = 'BooleanCondition';
  constructor(
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly bold: boolean | null,
  ) {
    super();
  }

  getCriteriaType(): string {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.values];
  }

  getBackground(): string | null {
    return this.background;
  }

  getFontColor(): string | null {
    return this.fontColor;
  }

  getBold(): boolean | null {
    return this.bold;
  }
}

export class FakeConditionalFormatRule extends FakeObject {
  readonly kind = 'ConditionalFormatRule';
  constructor(
    readonly spreadsheet: SpreadsheetModel,
    readonly condition: FakeBooleanCondition,
    readonly ranges: readonly RangeRef[],
  ) {
    super();
  }

  getBooleanCondition(): FakeBooleanCondition {
    return this.condition;
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): FakeRange[] {
    return this.ranges.map((r) => new FakeRange(this.spreadsheet, r.sheet, r.rect));
  }

  /** The formula of a custom-formula rule (what tests compare). */
  get formula(): string | null {
    return this.condition.criteria === 'CUSTOM_FORMULA' ? String(this.condition.values[0]) : null;
  }
}

export class FakeConditionalFormatRuleBuilder extends FakeObject {
  readonly kind = 'ConditionalFormatRuleBuilder';
  private criteria: string | null = null;
  private values: unknown[] = [];
  private background: string | null = null;
  private fontColor: string | null = null;
  private bold: boolean | null = null;
  private ranges: RangeRef[] = [];

  constructor(private readonly spreadsheet: SpreadsheetModel) {
    super();
  }

  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('Invalid argument: the formula of a conditional format must start with =');
    this.criteria = 'CUSTOM_FORMULA';
    this.values = [formula];
    return this;
  }

  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): this {
    this.bold = bold;
    return this;
  }

  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.map(refOf);
    return this;
  }

  build(): FakeConditionalFormatRule {
    if (!this.criteria) throw new Error('FakeSpreadsheetApp: a conditional format rule needs a condition');
    if (this.ranges.length === 0) throw new Error('FakeSpreadsheetApp: a conditional format rule needs ranges');
    return new FakeConditionalFormatRule(this.spreadsheet, new FakeBooleanCondition(this.criteria, this.values, this.background, this.fontColor, this.bold), this.ranges);
  }
}

export class FakeTextStyle extends FakeObject {
  readonly kind = 'TextStyle';
  constructor(
    readonly bold: boolean | undefined,
    readonly italic: boolean | undefined,
    readonly color: string | undefined,
    readonly size: number | undefined,
  ) {
    super();
  }

  isBold(): boolean | null {
    return this.bold ?? null;
  }
}

export class FakeTextStyleBuilder extends FakeObject {
  readonly kind = 'TextStyleBuilder';
  private bold: boolean | undefined;
  private italic: boolean | undefined;
  private color: string | undefined;
  private size: number | undefined;

  setBold(bold: boolean): this {
    this.bold = bold;
    return this;
  }

  setItalic(italic: boolean): this {
    this.italic = italic;
    return this;
  }

  setForegroundColor(color: string): this {
    this.color = color;
    return this;
  }

  setFontSize(size: number): this {
    if (!Number.isInteger(size) || size <= 0) throw new Error(`Invalid argument: font size ${size}`);
    this.size = size;
    return this;
  }

  build(): FakeTextStyle {
    return new FakeTextStyle(this.bold, this.italic, this.color, this.size);
  }
}

export class FakeProtection extends FakeObject {
  readonly kind = 'Protection';
  warningOnly = false;
  description = '';
  unprotected: RangeRef[] = [];
  removed = false;

  constructor(
    readonly sheet: SheetModel,
    readonly type: 'SHEET' | 'RANGE',
    readonly rect: Rect | null,
  ) {
    super();
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setDescription(description: string): this {
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges apply to sheet protections only');
    this.unprotected = ranges.map(refOf);
    return this;
  }

  remove(): void {
    const at = this.sheet.protections.indexOf(this);
    if (at >= 0) this.sheet.protections.splice(at, 1);
    this.removed = true;
  }
}

export class FakeFilter extends FakeObject {
  readonly kind = 'Filter';
  constructor(
    private readonly spreadsheet: SpreadsheetModel,
    readonly sheet: SheetModel,
  ) {
    super();
  }

  getRange(): FakeRange {
    if (!this.sheet.filter) throw new Error('This filter has been removed');
    return new FakeRange(this.spreadsheet, this.sheet, this.sheet.filter);
  }

  remove(): void {
    this.sheet.filter = null;
  }
}

export class FakeNamedRange extends FakeObject {
  readonly kind = 'NamedRange';
  constructor(
    private readonly spreadsheet: SpreadsheetModel,
    readonly name: string,
  ) {
    super();
  }

  getName(): string {
    return this.name;
  }

  getRange(): FakeRange {
    const entry = this.spreadsheet.names.get(this.name);
    if (!entry || entry.sheet.deleted) throw new Error(`The named range ${this.name} refers to a deleted sheet (#REF!)`);
    return new FakeRange(this.spreadsheet, entry.sheet, entry.rect);
  }
}
