/** Fake RangeFormat and its parts: fill, font, borders, cell protection. */
import { MAX_COLUMNS, MAX_ROWS } from './addresses';
import type { Loadable, Scalars } from './client-object';
import { FakeClientObject } from './client-object';
import { richError } from './errors';
import type { FakeSheet } from './fake-workbook';
import type { RangeTarget } from './range-target';
import { applyFormat, denyIfProtected, topLeftFormat } from './range-target';
import type { FakeRequestContext } from './request-context';

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private children = new Map<string, FakeClientObject<RangeTarget>>();

  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'RangeFormat', resolve, nullable: true });
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  protected scalars(): Scalars<RangeTarget> {
    return {
      wrapText: (t) => topLeftFormat(t).wrapText ?? false,
      horizontalAlignment: (t) => topLeftFormat(t).horizontalAlignment ?? 'General',
      verticalAlignment: (t) => topLeftFormat(t).verticalAlignment ?? 'Bottom',
      columnWidth: (t) => t.sheet.columnWidths.get(t.box.col) ?? 48,
      rowHeight: (t) => t.sheet.rowHeights.get(t.box.row) ?? 15,
    };
  }

  private child<C extends FakeClientObject<RangeTarget>>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as C;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'fill' || name === 'font' || name === 'borders' || name === 'protection') return this[name];
    return undefined;
  }

  get fill(): FakeRangeFill {
    return this.child('fill', () => new FakeRangeFill(this.context, () => this.resolveTarget()));
  }
  get font(): FakeRangeFont {
    return this.child('font', () => new FakeRangeFont(this.context, () => this.resolveTarget()));
  }
  get borders(): FakeRangeBorderCollection {
    return this.child('borders', () => new FakeRangeBorderCollection(this.context, () => this.resolveTarget()));
  }
  get protection(): FakeFormatProtection {
    return this.child('protection', () => new FakeFormatProtection(this.context, () => this.resolveTarget()));
  }

  get wrapText(): Excel.RangeFormat['wrapText'] {
    return this.loaded('wrapText');
  }
  set wrapText(wrap: Excel.RangeFormat['wrapText']) {
    this.queueSet('wrapText', wrap, (t) => applyFormat(t, { wrapText: wrap }));
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.loaded('horizontalAlignment');
  }
  set horizontalAlignment(a: Excel.RangeFormat['horizontalAlignment']) {
    this.queueSet('horizontalAlignment', a, (t) => applyFormat(t, { horizontalAlignment: a }));
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.loaded('verticalAlignment');
  }
  set verticalAlignment(a: Excel.RangeFormat['verticalAlignment']) {
    this.queueSet('verticalAlignment', a, (t) => applyFormat(t, { verticalAlignment: a }));
  }
  get columnWidth(): Excel.RangeFormat['columnWidth'] {
    return this.loaded('columnWidth');
  }
  set columnWidth(width: Excel.RangeFormat['columnWidth']) {
    this.queueSet('columnWidth', width, (t) => {
      denyIfProtected(t.sheet, 'allowFormatColumns');
      for (let c = t.box.col; c < t.box.col + t.box.cols && c < MAX_COLUMNS; c++) t.sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): Excel.RangeFormat['rowHeight'] {
    return this.loaded('rowHeight');
  }
  set rowHeight(height: Excel.RangeFormat['rowHeight']) {
    this.queueSet('rowHeight', height, (t) => {
      denyIfProtected(t.sheet, 'allowFormatRows');
      if (t.box.rows === MAX_ROWS) return;
      for (let r = t.box.row; r < t.box.row + t.box.rows; r++) t.sheet.rowHeights.set(r, height);
    });
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'RangeFill', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RangeTarget> {
    return { color: (t) => topLeftFormat(t).fill ?? null };
  }
  get color(): Excel.RangeFill['color'] {
    return this.loaded('color');
  }
  set color(color: Excel.RangeFill['color']) {
    this.queueSet('color', color, (t) => applyFormat(t, { fill: color }));
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'RangeFont', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RangeTarget> {
    return {
      color: (t) => topLeftFormat(t).fontColor ?? '#000000',
      bold: (t) => topLeftFormat(t).bold ?? false,
      italic: (t) => topLeftFormat(t).italic ?? false,
      size: (t) => topLeftFormat(t).fontSize ?? 11,
      name: (t) => topLeftFormat(t).fontName ?? 'Calibri',
    };
  }
  get color(): Excel.RangeFont['color'] {
    return this.loaded('color');
  }
  set color(color: Excel.RangeFont['color']) {
    this.queueSet('color', color, (t) => applyFormat(t, { fontColor: color }));
  }
  get bold(): Excel.RangeFont['bold'] {
    return this.loaded('bold');
  }
  set bold(bold: Excel.RangeFont['bold']) {
    this.queueSet('bold', bold, (t) => applyFormat(t, { bold }));
  }
  get italic(): Excel.RangeFont['italic'] {
    return this.loaded('italic');
  }
  set italic(italic: Excel.RangeFont['italic']) {
    this.queueSet('italic', italic, (t) => applyFormat(t, { italic }));
  }
  get size(): Excel.RangeFont['size'] {
    return this.loaded('size');
  }
  set size(size: Excel.RangeFont['size']) {
    this.queueSet('size', size, (t) => applyFormat(t, { fontSize: size }));
  }
  get name(): Excel.RangeFont['name'] {
    return this.loaded('name');
  }
  set name(name: Excel.RangeFont['name']) {
    this.queueSet('name', name, (t) => applyFormat(t, { fontName: name }));
  }
}

const BORDER_INDEXES = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp']);

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'RangeBorderCollection', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RangeTarget> {
    return {};
  }
  getItem(index: Parameters<Excel.RangeBorderCollection['getItem']>[0]): FakeRangeBorder {
    return new FakeRangeBorder(
      this.context,
      () => {
        if (!BORDER_INDEXES.has(index)) throw richError('InvalidArgument', `${index} is not a border index.`);
        const t = this.resolveTarget();
        return t ? { ...t, edge: index } : null;
      },
      index,
    );
  }
}

interface BorderTarget extends RangeTarget {
  readonly edge: string;
}

export class FakeRangeBorder extends FakeClientObject<BorderTarget> {
  constructor(context: FakeRequestContext, resolve: () => BorderTarget | null, index: string) {
    super(context, { kind: 'RangeBorder', resolve, createdBy: [index] });
  }
  protected override sheetOf(t: BorderTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<BorderTarget> {
    return {
      style: (t) => topLeftFormat(t).borders?.[t.edge]?.style ?? 'None',
      weight: (t) => topLeftFormat(t).borders?.[t.edge]?.weight ?? 'Thin',
      color: (t) => topLeftFormat(t).borders?.[t.edge]?.color ?? '#000000',
    };
  }
  private setBorder(member: 'style' | 'weight' | 'color', value: string): void {
    this.queueSet(member, value, (t) => applyFormat(t, { borders: { [t.edge]: { [member]: value } } }));
  }
  get style(): Excel.RangeBorder['style'] {
    return this.loaded('style');
  }
  set style(style: Excel.RangeBorder['style']) {
    this.setBorder('style', style);
  }
  get weight(): Excel.RangeBorder['weight'] {
    return this.loaded('weight');
  }
  set weight(weight: Excel.RangeBorder['weight']) {
    this.setBorder('weight', weight);
  }
  get color(): Excel.RangeBorder['color'] {
    return this.loaded('color');
  }
  set color(color: Excel.RangeBorder['color']) {
    this.setBorder('color', color);
  }
}

export class FakeFormatProtection extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'FormatProtection', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<RangeTarget> {
    return { locked: (t) => t.sheet.isLocked(t.box.row, t.box.col) };
  }
  get locked(): Excel.FormatProtection['locked'] {
    return this.loaded('locked');
  }
  set locked(locked: Excel.FormatProtection['locked']) {
    this.queueSet('locked', locked, (t) => {
      denyIfProtected(t.sheet, null);
      t.sheet.formats.push({ box: t.box, props: { locked } });
    });
  }
}
