/**
 * Fake Range and RangeAreas: reads as Range.values / formulas return them (null over the read
 * limit), writes through Excel's entry rules (cell-entry.ts), merges, selection, row properties.
 */
import type { Box } from './addresses';
import { cellCount, intersects, parseBox, qualifiedAddress, sameBox } from './addresses';
import { enter } from './cell-entry';
import type { Loadable, Scalars } from './client-object';
import { FakeClientObject } from './client-object';
import { FakeConditionalFormatCollection } from './conditional-format-proxies';
import { richError } from './errors';
import type { FakeCell, FakeSheet } from './fake-workbook';
import { FakeRangeFormat } from './format-proxies';
import type { RangeTarget } from './range-target';
import { WRONG_SIZE, cellsOf, denyIfProtected, denyLockedCells } from './range-target';
import type { FakeRequestContext } from './request-context';
import { FakeDataValidation } from './validation-proxy';

export type { RangeTarget } from './range-target';

function displayValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.error !== undefined) return cell.error;
  return cell.value ?? '';
}

function formulaOf(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return '';
  return cell.formula ?? displayValue(cell);
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  const v = cell.value;
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** A 2-D read of the range, or null over the read limit (Excel may answer null there). */
function grid<V>(ctx: FakeRequestContext, t: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] | null {
  const cells = cellCount(t.box);
  ctx.running.largestRead = Math.max(ctx.running.largestRead, cells);
  if (cells > ctx.excel.options.readCellLimit) return null;
  const out: V[][] = [];
  for (let r = 0; r < t.box.rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < t.box.cols; c++) row.push(read(t.sheet.cell(t.box.row + r, t.box.col + c)));
    out.push(row);
  }
  return out;
}

/** Excel's limits on what one cell holds: 32,767 characters of text, 8,192 of formula. */
const MAX_TEXT = 32767;
const MAX_FORMULA = 8192;

function writeCells(t: RangeTarget, input: unknown): void {
  const at = cellsOf(t.box, input);
  denyLockedCells(t.sheet, t.box, (r, c) => at(r, c) !== null && at(r, c) !== undefined);
  // The whole request fails on one cell over the limit, before any cell changes.
  for (let r = 0; r < t.box.rows; r++) {
    for (let c = 0; c < t.box.cols; c++) {
      const v = at(r, c);
      if (typeof v !== 'string') continue;
      const formula = v.startsWith('=');
      const length = v.startsWith("'") ? v.length - 1 : v.length;
      if (length > (formula ? MAX_FORMULA : MAX_TEXT)) throw richError('InvalidArgument', `A cell holds at most ${formula ? MAX_FORMULA : MAX_TEXT} characters of ${formula ? 'formula' : 'text'}.`);
    }
  }
  for (let r = 0; r < t.box.rows; r++) {
    for (let c = 0; c < t.box.cols; c++) {
      const row = t.box.row + r;
      const col = t.box.col + c;
      const stored = enter(at(r, c), t.sheet.cell(row, col)?.numberFormat);
      if (stored) t.sheet.store(row, col, stored);
    }
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private rulesProxy: FakeConditionalFormatCollection | undefined;

  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null, options: { nullable?: boolean; createdBy?: readonly unknown[]; minApi?: string } = {}) {
    super(context, { kind: 'Range', resolve, ...options });
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  protected scalars(): Scalars<RangeTarget> {
    const ctx = this.context;
    return {
      address: (t) => qualifiedAddress(t.sheet.name, t.box),
      rowIndex: (t) => t.box.row,
      columnIndex: (t) => t.box.col,
      rowCount: (t) => t.box.rows,
      columnCount: (t) => t.box.cols,
      cellCount: (t) => cellCount(t.box),
      values: (t) => grid(ctx, t, displayValue),
      formulas: (t) => grid(ctx, t, formulaOf),
      numberFormat: (t) => grid(ctx, t, (cell) => cell?.numberFormat ?? 'General'),
      valueTypes: (t) => grid(ctx, t, valueType),
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    return undefined;
  }

  get address(): Excel.Range['address'] {
    return this.loaded('address');
  }
  get rowIndex(): Excel.Range['rowIndex'] {
    return this.loaded('rowIndex');
  }
  get columnIndex(): Excel.Range['columnIndex'] {
    return this.loaded('columnIndex');
  }
  get rowCount(): Excel.Range['rowCount'] {
    return this.loaded('rowCount');
  }
  get columnCount(): Excel.Range['columnCount'] {
    return this.loaded('columnCount');
  }
  get cellCount(): Excel.Range['cellCount'] {
    return this.loaded('cellCount');
  }
  get valueTypes(): Excel.Range['valueTypes'] {
    return this.loaded('valueTypes');
  }

  get values(): Excel.Range['values'] {
    return this.loaded('values');
  }
  set values(values: Excel.Range['values']) {
    this.queueSet('values', values, (t) => writeCells(t, values));
  }

  get formulas(): Excel.Range['formulas'] {
    return this.loaded('formulas');
  }
  set formulas(formulas: Excel.Range['formulas']) {
    this.queueSet('formulas', formulas, (t) => writeCells(t, formulas));
  }

  get numberFormat(): Excel.Range['numberFormat'] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: Excel.Range['numberFormat']) {
    this.queueSet('numberFormat', formats, (t) => {
      const at = cellsOf(t.box, formats);
      denyIfProtected(t.sheet, 'allowFormatCells');
      for (let r = 0; r < t.box.rows; r++) {
        for (let c = 0; c < t.box.cols; c++) {
          const f = at(r, c);
          if (f === null || f === undefined) continue;
          t.sheet.ensure(t.box.row + r, t.box.col + c).numberFormat = String(f);
        }
      }
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, () => this.resolveTarget());
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(this.context, () => this.resolveTarget());
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.rulesProxy ??= new FakeConditionalFormatCollection(this.context, () => this.resolveTarget());
    return this.rulesProxy;
  }

  private used(valuesOnly: boolean | undefined, nullable: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        const box = t.sheet.usedBox(valuesOnly ?? false, t.box);
        return box ? { sheet: t.sheet, box } : null;
      },
      { nullable, createdBy: [valuesOnly ?? false] },
    );
  }

  /** The used part of the range; ItemNotFound when it holds nothing. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, true);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        return { sheet: t.sheet, box: { row: t.box.row + row, col: t.box.col + column, rows: 1, cols: 1 } };
      },
      { createdBy: [row, column] },
    );
  }

  /** ExcelApi 1.13: the merged areas within the range, or a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.target();
        const boxes = t.sheet.merges.filter((m) => intersects(m, t.box));
        return boxes.length > 0 ? { sheet: t.sheet, boxes } : null;
      },
      { minApi: '1.13', nullable: true },
    );
  }

  merge(across?: boolean): void {
    this.queueCall('merge', [across ?? false], (t) => {
      denyIfProtected(t.sheet, null);
      const boxes = across ? Array.from({ length: t.box.rows }, (_, r) => ({ ...t.box, row: t.box.row + r, rows: 1 })) : [t.box];
      for (const box of boxes) {
        if (t.sheet.merges.some((m) => sameBox(m, box))) continue;
        t.sheet.merges = [...t.sheet.merges.filter((m) => !intersects(m, box)), box];
      }
    });
  }

  /**
   * ExcelApi 1.9. Only `Formats` is modelled: each cell takes the format (and number format) of
   * the source's cell, the source repeated over a larger range, as Excel pastes formats.
   */
  copyFrom(source: FakeRange | string, copyType?: Excel.RangeCopyType | 'All' | 'Formulas' | 'Values' | 'Formats', skipBlanks?: boolean, transpose?: boolean): void {
    this.queueCall(
      'copyFrom',
      [typeof source === 'string' ? source : 'Range', copyType ?? 'All', skipBlanks ?? false, transpose ?? false],
      (t) => {
        if (copyType !== 'Formats') throw richError('InvalidArgument', 'The fake copies formats only.');
        const from = typeof source === 'string' ? { sheet: t.sheet, box: parseBox(source.replace(/^.*!/u, '')) } : source.resolveTarget();
        if (!from?.box) throw richError('InvalidArgument', 'The source range is not valid.');
        denyIfProtected(t.sheet, 'allowFormatCells');
        for (let r = 0; r < t.box.rows; r++) {
          for (let c = 0; c < t.box.cols; c++) {
            const sr = from.box.row + (r % from.box.rows);
            const sc = from.box.col + (c % from.box.cols);
            const row = t.box.row + r;
            const col = t.box.col + c;
            t.sheet.formats.push({ box: { row, col, rows: 1, cols: 1 }, props: { ...from.sheet.formatAt(sr, sc) } });
            const numberFormat = from.sheet.cell(sr, sc)?.numberFormat;
            if (numberFormat !== undefined) t.sheet.ensure(row, col).numberFormat = numberFormat;
          }
        }
      },
      { minApi: '1.9' },
    );
  }

  select(): void {
    this.queueCall(
      'select',
      [],
      (t) => {
        if (t.sheet.visibility !== 'Visible') throw richError('InvalidOperation', 'A range on a hidden sheet cannot be selected.');
        t.sheet.workbook.activeSheet = t.sheet;
        t.sheet.workbook.selection = { sheet: t.sheet.name, address: qualifiedAddress(t.sheet.name, t.box).split('!')[1]! };
      },
      { write: false },
    );
  }

  /** ExcelApi 1.9: one entry per row of the range; an empty entry leaves that row alone. */
  setRowProperties(rows: Excel.SettableRowProperties[]): void {
    this.queueCall(
      'setRowProperties',
      [rows],
      (t) => {
        if (rows.length !== t.box.rows) throw richError('InvalidArgument', WRONG_SIZE);
        rows.forEach((props, i) => {
          const height = props.format?.rowHeight;
          if (height === undefined) return;
          denyIfProtected(t.sheet, 'allowFormatRows');
          t.sheet.rowHeights.set(t.box.row + i, height);
        });
      },
      { minApi: '1.9' },
    );
  }
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly boxes: readonly Box[];
}

/**
 * RangeAreas: blocks of cells on one sheet (`Worksheet.getRanges`, ExcelApi 1.9;
 * `Range.getMergedAreasOrNullObject`, 1.13), which Excel selects all at once (`select`, 1.18).
 */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(context: FakeRequestContext, resolve: () => AreasTarget | null, options: { minApi: string; nullable: boolean; createdBy?: readonly unknown[] }) {
    super(context, { kind: 'RangeAreas', resolve, nullable: options.nullable, createdBy: options.createdBy ?? [], minApi: options.minApi });
  }

  /** ExcelApi 1.18: selects every area; the sheet becomes the active one. */
  select(): void {
    this.queueCall(
      'select',
      [],
      (t) => {
        if (t.sheet.visibility !== 'Visible') throw richError('InvalidOperation', 'A range on a hidden sheet cannot be selected.');
        t.sheet.workbook.activeSheet = t.sheet;
        t.sheet.workbook.selection = { sheet: t.sheet.name, address: t.boxes.map((b) => qualifiedAddress(t.sheet.name, b).split('!')[1]!).join(', ') };
      },
      { write: false, minApi: '1.18' },
    );
  }

  protected override sheetOf(t: AreasTarget): FakeSheet {
    return t.sheet;
  }

  protected scalars(): Scalars<AreasTarget> {
    return {
      address: (t) => t.boxes.map((b) => qualifiedAddress(t.sheet.name, b)).join(', '),
      areaCount: (t) => t.boxes.length,
    };
  }

  get address(): Excel.RangeAreas['address'] {
    return this.loaded('address');
  }
  get areaCount(): Excel.RangeAreas['areaCount'] {
    return this.loaded('areaCount');
  }
}
