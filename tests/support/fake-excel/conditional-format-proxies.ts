/**
 * Fake conditional formats: a collection per range (the formats that intersect it), new formats
 * added at the top priority as Office.js documents, custom formula rules with fill and font.
 */
import { intersects } from './addresses';
import type { Loadable, Scalars } from './client-object';
import { FakeClientObject, FakeCollection } from './client-object';
import { richError } from './errors';
import type { FakeSheet, SheetConditionalFormat } from './fake-workbook';
import { FakeRange } from './range-proxies';
import type { RangeTarget } from './range-target';
import { denyIfProtected } from './range-target';
import type { FakeRequestContext } from './request-context';

let nextRuleId = 1;

export class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, FakeConditionalFormat> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'ConditionalFormatCollection', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RangeTarget> {
    return {};
  }
  protected materialize(t: RangeTarget): FakeConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.box, t.box)).map((cf) => new FakeConditionalFormat(this.context, () => ({ sheet: t.sheet, cf })));
  }

  /** Adds a format over the collection's range at the top priority, as Office.js does. */
  add(type: Parameters<Excel.ConditionalFormatCollection['add']>[0]): FakeConditionalFormat {
    let created: RuleTarget | null = null;
    const proxy = new FakeConditionalFormat(this.context, () => created);
    this.queueCall('add', [type], (t) => {
      denyIfProtected(t.sheet, null);
      const cf: SheetConditionalFormat = { id: `{cf-${nextRuleId++}}`, type, box: t.box, formula: '', stopIfTrue: false };
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
      proxy.resolveTarget();
    });
    return proxy;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      () => {
        const t = this.resolveTarget();
        const cf = t?.sheet.conditionalFormats.find((c) => c.id === id);
        return t && cf ? { sheet: t.sheet, cf } : null;
      },
      [id],
    );
  }

  clearAll(): void {
    this.queueCall('clearAll', [], (t) => {
      denyIfProtected(t.sheet, null);
      const kept = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.box, t.box));
      t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...kept);
    });
  }
}

interface RuleTarget {
  readonly sheet: FakeSheet;
  readonly cf: SheetConditionalFormat;
}

export class FakeConditionalFormat extends FakeClientObject<RuleTarget> {
  private customProxy: FakeCustomConditionalFormat | undefined;
  private customOrNullProxy: FakeCustomConditionalFormat | undefined;

  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null, createdBy?: readonly unknown[]) {
    super(context, { kind: 'ConditionalFormat', resolve, ...(createdBy ? { createdBy } : {}) });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: (t) => t.cf.stopIfTrue,
    };
  }
  protected override navigation(name: string): Loadable | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }

  get id(): Excel.ConditionalFormat['id'] {
    return this.loaded('id');
  }
  get type(): Excel.ConditionalFormat['type'] {
    return this.loaded('type');
  }
  get priority(): Excel.ConditionalFormat['priority'] {
    return this.loaded('priority');
  }
  /** Moves the format; out-of-range priorities clamp, negative ones count from the back. */
  set priority(priority: Excel.ConditionalFormat['priority']) {
    this.queueSet('priority', priority, (t) => {
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      const index = priority < 0 ? Math.max(0, list.length + 1 + priority) : Math.min(priority, list.length);
      list.splice(index, 0, t.cf);
    });
  }
  get stopIfTrue(): Excel.ConditionalFormat['stopIfTrue'] {
    return this.loaded('stopIfTrue');
  }
  set stopIfTrue(stop: Excel.ConditionalFormat['stopIfTrue']) {
    this.queueSet('stopIfTrue', stop, (t) => {
      t.cf.stopIfTrue = stop;
    });
  }

  private customFormat(nullable: boolean): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(
      this.context,
      () => {
        const t = this.resolveTarget();
        return t && t.cf.type === 'Custom' ? t : null;
      },
      nullable,
    );
  }
  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= this.customFormat(false);
    return this.customProxy;
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    this.customOrNullProxy ??= this.customFormat(true);
    return this.customOrNullProxy;
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        return { sheet: t.sheet, box: t.cf.box };
      },
      { createdBy: [] },
    );
  }

  delete(): void {
    this.queueCall('delete', [], (t) => {
      denyIfProtected(t.sheet, null);
      const list = t.sheet.conditionalFormats;
      const i = list.indexOf(t.cf);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<RuleTarget> {
  private ruleProxy: FakeConditionalFormatRule | undefined;
  private formatProxy: FakeConditionalRangeFormat | undefined;

  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null, nullable: boolean) {
    super(context, { kind: 'CustomConditionalFormat', resolve, nullable });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return {};
  }
  protected override navigation(name: string): Loadable | undefined {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    this.ruleProxy ??= new FakeConditionalFormatRule(this.context, () => this.resolveTarget());
    return this.ruleProxy;
  }
  get format(): FakeConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat(this.context, () => this.resolveTarget());
    return this.formatProxy;
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<RuleTarget> {
  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null) {
    super(context, { kind: 'ConditionalFormatRule', resolve, nullable: true });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return { formula: (t) => t.cf.formula };
  }
  get formula(): Excel.ConditionalFormatRule['formula'] {
    return this.loaded('formula');
  }
  /** A custom rule is a formula relative to the range's top-left cell, with its `=`. */
  set formula(formula: Excel.ConditionalFormatRule['formula']) {
    this.queueSet('formula', formula, (t) => {
      if (typeof formula !== 'string' || !formula.startsWith('=')) throw richError('InvalidArgument', 'A conditional format formula must start with "=".');
      t.cf.formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<RuleTarget> {
  private fillProxy: FakeConditionalRangeFill | undefined;
  private fontProxy: FakeConditionalRangeFont | undefined;

  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null) {
    super(context, { kind: 'ConditionalRangeFormat', resolve, nullable: true });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return {};
  }
  get fill(): FakeConditionalRangeFill {
    this.fillProxy ??= new FakeConditionalRangeFill(this.context, () => this.resolveTarget());
    return this.fillProxy;
  }
  get font(): FakeConditionalRangeFont {
    this.fontProxy ??= new FakeConditionalRangeFont(this.context, () => this.resolveTarget());
    return this.fontProxy;
  }
}

export class FakeConditionalRangeFill extends FakeClientObject<RuleTarget> {
  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null) {
    super(context, { kind: 'ConditionalRangeFill', resolve, nullable: true });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return { color: (t) => t.cf.fill ?? null };
  }
  get color(): Excel.ConditionalRangeFill['color'] {
    return this.loaded('color');
  }
  set color(color: Excel.ConditionalRangeFill['color']) {
    this.queueSet('color', color, (t) => {
      t.cf.fill = color;
    });
  }
}

export class FakeConditionalRangeFont extends FakeClientObject<RuleTarget> {
  constructor(context: FakeRequestContext, resolve: () => RuleTarget | null) {
    super(context, { kind: 'ConditionalRangeFont', resolve, nullable: true });
  }
  protected override sheetOf(t: RuleTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RuleTarget> {
    return { color: (t) => t.cf.fontColor ?? null, bold: (t) => t.cf.bold ?? false, italic: (t) => t.cf.italic ?? false };
  }
  get color(): Excel.ConditionalRangeFont['color'] {
    return this.loaded('color');
  }
  set color(color: Excel.ConditionalRangeFont['color']) {
    this.queueSet('color', color, (t) => {
      t.cf.fontColor = color;
    });
  }
  get bold(): Excel.ConditionalRangeFont['bold'] {
    return this.loaded('bold');
  }
  set bold(bold: Excel.ConditionalRangeFont['bold']) {
    this.queueSet('bold', bold, (t) => {
      t.cf.bold = bold;
    });
  }
  get italic(): Excel.ConditionalRangeFont['italic'] {
    return this.loaded('italic');
  }
  set italic(italic: Excel.ConditionalRangeFont['italic']) {
    this.queueSet('italic', italic, (t) => {
      t.cf.italic = italic;
    });
  }
}
