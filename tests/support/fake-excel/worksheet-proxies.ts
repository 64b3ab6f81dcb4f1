/**
 * Fake worksheets and their sheet-level objects (protection, frozen panes, page layout with its
 * headers, footers and page breaks, autofilter), with the refusals Excel makes: duplicate or invalid names, hiding or deleting the
 * last visible sheet, protecting a protected sheet, changing a protected structure.
 */
import type { Box } from './addresses';
import { MAX_COLUMNS, MAX_ROWS, WHOLE_SHEET, parseBox, qualifiedAddress, splitSheet } from './addresses';
import type { Loadable, Scalars } from './client-object';
import { FakeClientObject, FakeCollection } from './client-object';
import { richError } from './errors';
import type { FakeHeaderFooterSections, FakePageLayout as FakePageLayoutData, FakeSheet, FakeWorkbook, Visibility } from './fake-workbook';
import { FakeNoteCollection } from './note-proxies';
import { FakeRange, FakeRangeAreas } from './range-proxies';
import type { RangeTarget } from './range-target';
import type { FakeRequestContext } from './request-context';

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/**
 * Names Excel keeps for itself: "History" is the sheet Track Changes writes, and Excel refuses it
 * in any case, from the UI and from Office.js alike ("That name is reserved").
 */
const RESERVED_SHEET_NAME = /^history$/i;

function checkSheetName(wb: FakeWorkbook, name: string, self?: FakeSheet): void {
  if (name.trim() === '' || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw richError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
  if (RESERVED_SHEET_NAME.test(name)) throw richError('InvalidArgument', `"${name}" is a name Excel reserves.`);
  const other = wb.sheet(name);
  if (other && other !== self) throw richError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

function denyStructure(wb: FakeWorkbook): void {
  if (wb.structureProtected) throw richError('AccessDenied', 'The workbook structure is protected.');
}

function visibleSheets(wb: FakeWorkbook): FakeSheet[] {
  return wb.sheets.filter((s) => s.visibility === 'Visible');
}

/** The box of an address on a sheet, or InvalidArgument. */
export function boxOf(address: string): Box {
  const box = parseBox(splitSheet(address).range);
  if (!box) throw richError('InvalidArgument', `${address} is not a valid address.`);
  return box;
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorkbook, FakeWorksheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeWorkbook | null) {
    super(context, { kind: 'WorksheetCollection', resolve });
  }
  protected scalars(): Scalars<FakeWorkbook> {
    return {};
  }
  protected materialize(wb: FakeWorkbook): FakeWorksheet[] {
    return wb.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }

  /** Adds a sheet at the end; it does not become the active sheet. */
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheet(this.context, () => created);
    this.queueCall('add', [name ?? null], (wb) => {
      denyStructure(wb);
      let sheetName = name;
      for (let n = wb.sheets.length + 1; sheetName === undefined; n++) if (!wb.sheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      checkSheetName(wb, sheetName);
      created = wb.addSheet(sheetName);
      proxy.resolveTarget();
    });
    return proxy;
  }

  private item(key: string, nullable: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const wb = this.resolveTarget();
        return wb?.sheet(key) ?? wb?.sheets.find((s) => s.id === key) ?? null;
      },
      { nullable, createdBy: [key] },
    );
  }
  getItem(key: string): FakeWorksheet {
    return this.item(key, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.item(key, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolveTarget()?.activeSheet ?? null, { createdBy: [] });
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  private protectionProxy: FakeWorksheetProtection | undefined;
  private freezeProxy: FakeFreezePanes | undefined;
  private pageProxy: FakePageLayout | undefined;
  private filterProxy: FakeAutoFilter | undefined;
  private breaksProxy: FakePageBreakCollection | undefined;
  private notesProxy: FakeNoteCollection | undefined;

  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null, options: { nullable?: boolean; createdBy?: readonly unknown[] } = {}) {
    super(context, { kind: 'Worksheet', resolve, ...options });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      position: (s) => s.workbook.sheets.indexOf(s),
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor,
    };
  }
  protected override navigation(name: string): Loadable | undefined {
    if (name === 'protection' || name === 'freezePanes' || name === 'pageLayout' || name === 'autoFilter' || name === 'notes') return this[name];
    return undefined;
  }

  get name(): Excel.Worksheet['name'] {
    return this.loaded('name');
  }
  /** Renaming updates every reference to the sheet, as Excel does. */
  set name(name: Excel.Worksheet['name']) {
    this.queueSet('name', name, (s) => {
      checkSheetName(s.workbook, name, s);
      const old = s.name;
      s.workbook.rewriteReferences(old, name);
      s.name = name;
    });
  }
  get id(): Excel.Worksheet['id'] {
    return this.loaded('id');
  }
  get position(): Excel.Worksheet['position'] {
    return this.loaded('position');
  }
  set position(position: Excel.Worksheet['position']) {
    this.queueSet('position', position, (s) => {
      const sheets = s.workbook.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw richError('InvalidArgument', `Position ${position} is out of range.`);
      denyStructure(s.workbook);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(position, 0, s);
    });
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this.loaded('visibility');
  }
  set visibility(visibility: Excel.Worksheet['visibility']) {
    this.queueSet('visibility', visibility, (s) => {
      denyStructure(s.workbook);
      if (visibility !== 'Visible' && s.visibility === 'Visible' && visibleSheets(s.workbook).length === 1) {
        throw richError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = visibility as Visibility;
      if (s.workbook.activeSheet === s && visibility !== 'Visible') s.workbook.activeSheet = visibleSheets(s.workbook)[0] ?? null;
    });
  }
  get tabColor(): Excel.Worksheet['tabColor'] {
    return this.loaded('tabColor');
  }
  set tabColor(color: Excel.Worksheet['tabColor']) {
    this.queueSet(
      'tabColor',
      color,
      (s) => {
        if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw richError('InvalidArgument', `${color} is not a colour.`);
        s.tabColor = color;
      },
      { minApi: '1.7' },
    );
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.resolveTarget());
    return this.protectionProxy;
  }
  get freezePanes(): FakeFreezePanes {
    this.freezeProxy ??= new FakeFreezePanes(this.context, () => this.resolveTarget());
    return this.freezeProxy;
  }
  get pageLayout(): FakePageLayout {
    this.pageProxy ??= new FakePageLayout(this.context, () => this.resolveTarget());
    return this.pageProxy;
  }
  get autoFilter(): FakeAutoFilter {
    this.filterProxy ??= new FakeAutoFilter(this.context, () => this.resolveTarget());
    return this.filterProxy;
  }
  /** ExcelApi 1.9: the sheet's manual horizontal page breaks. */
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.breaksProxy ??= new FakePageBreakCollection(this.context, () => this.resolveTarget());
    return this.breaksProxy;
  }
  /** ExcelApi 1.18: the sheet's cell notes. */
  get notes(): FakeNoteCollection {
    this.notesProxy ??= new FakeNoteCollection(this.context, () => this.resolveTarget());
    return this.notesProxy;
  }

  /** A range of this sheet; the whole sheet without an address. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget => {
        const sheet = this.target();
        return { sheet, box: address === undefined || address === '' ? WHOLE_SHEET : boxOf(address) };
      },
      { createdBy: [address ?? ''] },
    );
  }

  /**
   * ExcelApi 1.9: the areas of a comma- or semicolon-separated address list ("A1:B2, A5:B5"), as
   * one RangeAreas; the whole sheet without an address. A malformed part fails the sync.
   */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const sheet = this.target();
        if (address === undefined || address.trim() === '') return { sheet, boxes: [WHOLE_SHEET] };
        const boxes = address.split(/[,;]/).map((part) => {
          const box = parseBox(splitSheet(part.trim()).range);
          if (!box) throw richError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
          return box;
        });
        return { sheet, boxes };
      },
      { minApi: '1.9', nullable: false, createdBy: [address ?? ''] },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      (): RangeTarget => {
        const sheet = this.target();
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
          throw richError('InvalidArgument', 'The range is outside the sheet.');
        }
        return { sheet, box: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
      },
      { createdBy: [startRow, startColumn, rowCount, columnCount], minApi: '1.7' },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.target(), box: { row, col: column, rows: 1, cols: 1 } }), { createdBy: [row, column] });
  }

  private used(valuesOnly: boolean | undefined, nullable: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const box = sheet.usedBox(valuesOnly ?? false);
        // Worksheet.getUsedRange on a blank sheet returns A1 rather than failing.
        if (!box) return nullable ? null : { sheet, box: { row: 0, col: 0, rows: 1, cols: 1 } };
        return { sheet, box };
      },
      { nullable, createdBy: [valuesOnly ?? false] },
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, true);
  }

  activate(): void {
    this.queueCall(
      'activate',
      [],
      (s) => {
        if (s.visibility !== 'Visible') throw richError('InvalidOperation', `The sheet "${s.name}" is hidden.`);
        s.workbook.activeSheet = s;
      },
      { write: false },
    );
  }

  /**
   * Deletes the sheet; references to it become #REF!. A very hidden sheet cannot be deleted: "if
   * the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
   * InvalidOperation exception. You should first change its visibility to hidden or visible"
   * (Worksheet.delete, @types/office-js 1.0.612).
   */
  delete(): void {
    this.queueCall('delete', [], (s) => {
      const wb = s.workbook;
      denyStructure(wb);
      if (s.visibility === 'VeryHidden') throw richError('InvalidOperation', `The sheet "${s.name}" is very hidden: make it visible or hidden before deleting it.`);
      if (wb.sheets.length === 1 || (s.visibility === 'Visible' && visibleSheets(wb).length === 1)) {
        throw richError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      s.deleted = true;
      wb.rewriteReferences(s.name, null);
      if (wb.activeSheet === s) wb.activeSheet = visibleSheets(wb)[0] ?? null;
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'WorksheetProtection', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return { protected: (s) => s.protection.protected, options: (s) => ({ ...s.protection.options }) };
  }
  get protected(): Excel.WorksheetProtection['protected'] {
    return this.loaded('protected');
  }
  get options(): Excel.WorksheetProtection['options'] {
    return this.loaded('options');
  }
  /** Throws AccessDenied on a protected sheet (OfficeDev/office-js#6784). */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queueCall('protect', [options ?? {}, password === undefined ? null : '***'], (s) => {
      if (s.protection.protected) throw richError('AccessDenied', `The sheet "${s.name}" is already protected.`);
      s.protection = { protected: true, options: { ...options }, password: password ?? null };
    });
  }
  /** Throws AccessDenied on an unprotected sheet, or without the right password. */
  unprotect(password?: string): void {
    this.queueCall('unprotect', [password === undefined ? null : '***'], (s) => {
      if (!s.protection.protected) throw richError('AccessDenied', `The sheet "${s.name}" is not protected.`);
      if (s.protection.password !== null && s.protection.password !== password) throw richError('AccessDenied', 'The password is incorrect.');
      s.protection = { protected: false, options: {}, password: null };
    });
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'WorksheetFreezePanes', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return {};
  }
  private freeze(member: string, args: unknown[], rows: (s: FakeSheet) => number, cols: (s: FakeSheet) => number): void {
    this.queueCall(
      member,
      args,
      (s) => {
        s.frozenRows = rows(s);
        s.frozenColumns = cols(s);
      },
      { minApi: '1.7' },
    );
  }
  freezeRows(count = 1): void {
    this.freeze('freezeRows', [count], () => count, () => 0);
  }
  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', [count], () => 0, () => count);
  }
  freezeAt(frozenRange: string | FakeRange): void {
    const box = (): Box => (typeof frozenRange === 'string' ? boxOf(frozenRange) : frozenRange.resolveTarget()!.box);
    this.freeze(
      'freezeAt',
      [typeof frozenRange === 'string' ? frozenRange : 'range'],
      () => box().row + box().rows,
      () => box().col + box().cols,
    );
  }
  unfreeze(): void {
    this.freeze('unfreeze', [], () => 0, () => 0);
  }
  /** The frozen cells: rows across every column, columns down every row, or the corner both make. */
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.target();
        if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
        const rows = s.frozenRows === 0 ? MAX_ROWS : s.frozenRows;
        const cols = s.frozenColumns === 0 ? MAX_COLUMNS : s.frozenColumns;
        return { sheet: s, box: { row: 0, col: 0, rows, cols } };
      },
      { nullable: true, createdBy: [], minApi: '1.7' },
    );
  }
}

/** The papers `PageLayout.paperSize` takes (Excel.PaperType in @types/office-js). */
const PAPER_TYPES: ReadonlySet<string> = new Set([
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet',
  'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
]);

/** Points per unit of `setPrintMargins` (Excel.PrintMarginUnit). */
const MARGIN_UNIT: Readonly<Record<string, number>> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

const MARGIN_SIDES = ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const;

function pageCount(value: number | undefined): boolean {
  return value === undefined || value === null || (Number.isInteger(value) && value >= 0);
}

/** A zoom as Excel takes it: a scale of 10-400 %, or pages wide and tall (0 = as many as needed). */
function checkZoom(zoom: Excel.PageLayoutZoomOptions): void {
  if (typeof zoom !== 'object' || zoom === null) throw richError('InvalidArgument', 'The zoom must be set as a whole object.');
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
  if (scale !== undefined && scale !== null && !(scale >= 10 && scale <= 400)) throw richError('InvalidArgument', `A print scale of ${scale} is outside 10-400.`);
  if (!pageCount(wide) || !pageCount(tall)) throw richError('InvalidArgument', 'Pages to fit must be whole numbers, 0 or more.');
  if ((scale === undefined || scale === null) && wide === undefined && tall === undefined) throw richError('InvalidArgument', 'The zoom names neither a scale nor pages to fit.');
}

/** The rows or columns a print title names: `$2:$2` or `$A:$B`, whole lines of the sheet. */
function titleLines(s: FakeSheet, range: string | FakeRange, whole: 'rows' | 'columns'): string {
  const text = typeof range === 'string' ? range : qualifiedAddress(s.name, range.resolveTarget()!.box);
  const box = boxOf(text);
  const isWhole = whole === 'rows' ? box.col === 0 && box.cols === MAX_COLUMNS : box.row === 0 && box.rows === MAX_ROWS;
  if (!isWhole) throw richError('InvalidArgument', `Print titles must be whole ${whole}.`);
  return text;
}

export class FakePageLayout extends FakeClientObject<FakeSheet> {
  private groupProxy: FakeHeaderFooterGroup | undefined;

  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'PageLayout', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return {
      orientation: (s) => s.pageLayout.orientation,
      paperSize: (s) => s.pageLayout.paperSize,
      printOrder: (s) => s.pageLayout.printOrder,
      zoom: (s) => ({ ...s.pageLayout.zoom }),
      leftMargin: (s) => s.pageLayout.margins.left,
      rightMargin: (s) => s.pageLayout.margins.right,
      topMargin: (s) => s.pageLayout.margins.top,
      bottomMargin: (s) => s.pageLayout.margins.bottom,
      headerMargin: (s) => s.pageLayout.margins.header,
      footerMargin: (s) => s.pageLayout.margins.footer,
    };
  }
  protected override navigation(name: string): Loadable | undefined {
    return name === 'headersFooters' ? this.headersFooters : undefined;
  }

  private setLayout(member: string, value: unknown, apply: (s: FakeSheet) => void): void {
    this.queueSet(member, value, apply, { minApi: '1.9' });
  }

  get orientation(): Excel.PageLayout['orientation'] {
    return this.loaded('orientation');
  }
  set orientation(orientation: Excel.PageLayout['orientation']) {
    this.setLayout('orientation', orientation, (s) => {
      if (orientation !== 'Landscape' && orientation !== 'Portrait') throw richError('InvalidArgument', `${String(orientation)} is not an orientation.`);
      s.pageLayout.orientation = orientation;
    });
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.loaded('paperSize');
  }
  set paperSize(paper: Excel.PageLayout['paperSize']) {
    this.setLayout('paperSize', paper, (s) => {
      if (!PAPER_TYPES.has(paper)) throw richError('InvalidArgument', `${String(paper)} is not a paper size.`);
      s.pageLayout.paperSize = paper;
    });
  }
  get printOrder(): Excel.PageLayout['printOrder'] {
    return this.loaded('printOrder');
  }
  set printOrder(order: Excel.PageLayout['printOrder']) {
    this.setLayout('printOrder', order, (s) => {
      if (order !== 'DownThenOver' && order !== 'OverThenDown') throw richError('InvalidArgument', `${String(order)} is not a print order.`);
      s.pageLayout.printOrder = order;
    });
  }
  get zoom(): Excel.PageLayout['zoom'] {
    return this.loaded('zoom');
  }
  /** Set whole, as the docs require (`zoom.scale = …` on the loaded object does nothing). */
  set zoom(zoom: Excel.PageLayout['zoom']) {
    this.setLayout('zoom', zoom, (s) => {
      checkZoom(zoom);
      s.pageLayout.zoom = { ...zoom };
    });
  }
  get leftMargin(): number {
    return this.loaded('leftMargin');
  }
  get rightMargin(): number {
    return this.loaded('rightMargin');
  }
  get topMargin(): number {
    return this.loaded('topMargin');
  }
  get bottomMargin(): number {
    return this.loaded('bottomMargin');
  }
  get headerMargin(): number {
    return this.loaded('headerMargin');
  }
  get footerMargin(): number {
    return this.loaded('footerMargin');
  }
  /** Margins in the unit given, kept in points; the ones not given stay as they are. A margin is never negative. */
  setPrintMargins(unit: Excel.PrintMarginUnit | 'Points' | 'Inches' | 'Centimeters', options: Excel.PageLayoutMarginOptions): void {
    this.queueCall(
      'setPrintMargins',
      [unit, options],
      (s) => {
        const factor = MARGIN_UNIT[unit];
        if (factor === undefined) throw richError('InvalidArgument', `${String(unit)} is not a margin unit.`);
        const next = { ...s.pageLayout.margins };
        for (const side of MARGIN_SIDES) {
          const value = options[side];
          if (value === undefined) continue;
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw richError('InvalidArgument', `The ${side} margin must be a number, 0 or more.`);
          next[side] = value * factor;
        }
        s.pageLayout.margins = next;
      },
      { minApi: '1.9' },
    );
  }
  setPrintTitleRows(rows: string | FakeRange): void {
    this.queueCall(
      'setPrintTitleRows',
      [typeof rows === 'string' ? rows : 'range'],
      (s) => {
        s.pageLayout.printTitleRows = titleLines(s, rows, 'rows');
      },
      { minApi: '1.9' },
    );
  }
  setPrintTitleColumns(columns: string | FakeRange): void {
    this.queueCall(
      'setPrintTitleColumns',
      [typeof columns === 'string' ? columns : 'range'],
      (s) => {
        s.pageLayout.printTitleColumns = titleLines(s, columns, 'columns');
      },
      { minApi: '1.9' },
    );
  }
  /** PageLayout.setPrintArea (ExcelApi 1.9): one or more areas, comma-separated; one that does not parse is `InvalidArgument`. */
  setPrintArea(area: string | FakeRange): void {
    this.queueCall(
      'setPrintArea',
      [typeof area === 'string' ? area : 'range'],
      (s) => {
        const text = typeof area === 'string' ? area : qualifiedAddress(s.name, area.resolveTarget()!.box);
        for (const part of text.split(',')) boxOf(part.trim());
        s.pageLayout.printArea = text;
      },
      { minApi: '1.9' },
    );
  }
  /** PageLayout.getPrintAreaOrNullObject (ExcelApi 1.9): the areas set, a null object when none is. */
  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const s = this.resolveTarget();
        if (!s || s.pageLayout.printArea === null) return null;
        return { sheet: s, boxes: s.pageLayout.printArea.split(',').map((part) => boxOf(part.trim())) };
      },
      { minApi: '1.9', nullable: true },
    );
  }
  get headersFooters(): FakeHeaderFooterGroup {
    this.groupProxy ??= new FakeHeaderFooterGroup(this.context, () => this.resolveTarget());
    return this.groupProxy;
  }
}

const HEADER_FOOTER_STATES: ReadonlySet<string> = new Set(['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven']);

export class FakeHeaderFooterGroup extends FakeClientObject<FakeSheet> {
  private defaultProxy: FakeHeaderFooter | undefined;

  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'HeaderFooterGroup', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return { state: (s) => s.pageLayout.headerFooterState };
  }
  protected override navigation(name: string): Loadable | undefined {
    return name === 'defaultForAllPages' ? this.defaultForAllPages : undefined;
  }
  get state(): Excel.HeaderFooterGroup['state'] {
    return this.loaded('state');
  }
  set state(state: Excel.HeaderFooterGroup['state']) {
    this.queueSet(
      'state',
      state,
      (s) => {
        if (!HEADER_FOOTER_STATES.has(state)) throw richError('InvalidArgument', `${String(state)} is not a header/footer state.`);
        s.pageLayout.headerFooterState = state as FakePageLayoutData['headerFooterState'];
      },
      { minApi: '1.9' },
    );
  }
  /** The header and footer of every page, unless a first-page or odd/even one is in use. */
  get defaultForAllPages(): FakeHeaderFooter {
    this.defaultProxy ??= new FakeHeaderFooter(this.context, () => this.resolveTarget());
    return this.defaultProxy;
  }
}

type Section = keyof FakeHeaderFooterSections;
const SECTIONS: readonly Section[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** One header/footer's six sections, each a string in Excel's header and footer code. */
export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'HeaderFooter', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return Object.fromEntries(SECTIONS.map((name) => [name, (s: FakeSheet) => s.pageLayout.defaultForAllPages[name]]));
  }
  private section(name: Section, text: string): void {
    this.queueSet(
      name,
      text,
      (s) => {
        if (typeof text !== 'string') throw richError('InvalidArgument', `The ${name} must be text.`);
        s.pageLayout.defaultForAllPages = { ...s.pageLayout.defaultForAllPages, [name]: text };
      },
      { minApi: '1.9' },
    );
  }
  get leftHeader(): string {
    return this.loaded('leftHeader');
  }
  set leftHeader(text: string) {
    this.section('leftHeader', text);
  }
  get centerHeader(): string {
    return this.loaded('centerHeader');
  }
  set centerHeader(text: string) {
    this.section('centerHeader', text);
  }
  get rightHeader(): string {
    return this.loaded('rightHeader');
  }
  set rightHeader(text: string) {
    this.section('rightHeader', text);
  }
  get leftFooter(): string {
    return this.loaded('leftFooter');
  }
  set leftFooter(text: string) {
    this.section('leftFooter', text);
  }
  get centerFooter(): string {
    return this.loaded('centerFooter');
  }
  set centerFooter(text: string) {
    this.section('centerFooter', text);
  }
  get rightFooter(): string {
    return this.loaded('rightFooter');
  }
  set rightFooter(text: string) {
    this.section('rightFooter', text);
  }
}

/** The sheet's manual horizontal page breaks (`Worksheet.horizontalPageBreaks`, ExcelApi 1.9). */
export class FakePageBreakCollection extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'PageBreakCollection', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return {};
  }
  /** A break above the top-left cell of the range; one already there stays one break. */
  add(range: string | FakeRange): void {
    this.queueCall(
      'add',
      [typeof range === 'string' ? range : 'range'],
      (s) => {
        const row = (typeof range === 'string' ? boxOf(range) : range.resolveTarget()!.box).row;
        if (row === 0) throw richError('InvalidArgument', 'A page break cannot go above the first row.');
        s.pageLayout.rowBreaks = [...new Set([...s.pageLayout.rowBreaks, row])].sort((a, b) => a - b);
      },
      { minApi: '1.9' },
    );
  }
  removePageBreaks(): void {
    this.queueCall(
      'removePageBreaks',
      [],
      (s) => {
        s.pageLayout.rowBreaks = [];
      },
      { minApi: '1.9' },
    );
  }
  /** The number of manual breaks, once synced. */
  getCount(): { value: number } {
    const result = { value: Number.NaN };
    this.queueCall(
      'getCount',
      [],
      (s) => {
        const count = s.pageLayout.rowBreaks.length;
        this.context.afterSync(() => {
          result.value = count;
        });
      },
      { write: false, minApi: '1.9' },
    );
    return result;
  }
}

export class FakeAutoFilter extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'AutoFilter', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return { enabled: (s) => s.autoFilter !== null };
  }
  get enabled(): Excel.AutoFilter['enabled'] {
    return this.loaded('enabled');
  }
  /** ExcelApi 1.9: the filtered range, a null object on a sheet without a filter. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.resolveTarget();
        return s?.autoFilter ? { sheet: s, box: s.autoFilter } : null;
      },
      { nullable: true, minApi: '1.9' },
    );
  }
  apply(range: string | FakeRange, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    this.queueCall(
      'apply',
      [typeof range === 'string' ? range : 'range', columnIndex ?? null, criteria ?? null],
      (s) => {
        if (s.protection.protected && !s.protection.options.allowAutoFilter) throw richError('AccessDenied', 'The sheet is protected.');
        s.autoFilter = typeof range === 'string' ? boxOf(range) : range.resolveTarget()!.box;
      },
      { minApi: '1.9' },
    );
  }
  remove(): void {
    this.queueCall(
      'remove',
      [],
      (s) => {
        s.autoFilter = null;
      },
      { minApi: '1.9' },
    );
  }
}
