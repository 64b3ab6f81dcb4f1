/**
 * ExcelJS 4.4.0 defects that would damage a user's workbook on a round trip, fixed in one place.
 *
 * Data validation:
 *
 * 1. Reading expands every validation range cell by cell. A whole-column rule (`E:E` or
 *    `E1:E1048576`, common in users' files) becomes a million entries: seconds per column to read
 *    and far longer to write back (exceljs/exceljs#1842, #2929).
 * 2. Writing merges those cells back into rectangles after sorting addresses as text, so `E10`
 *    comes before `E2` and a column rule comes out as two overlapping rules, which LibreOffice and
 *    Numbers resolve by dropping part of it (exceljs/exceljs#2820).
 *
 * The patch keeps each range of a `<dataValidation sqref>` as one model entry keyed by its range
 * (`E2:E1048576`), which ExcelJS already writes back verbatim. Cell-keyed entries still work.
 *
 * Conditional formats: ExcelJS neither reads nor writes `stopIfTrue`, so a user's rule loses it
 * on the way through and a plan's rule cannot have it. The patch carries the attribute both ways.
 *
 * Print areas: whole columns, whole rows and several ranges were damaged on a round trip
 * (exceljs-print-areas.ts has the details and the fix).
 *
 * Defined names were kept as one object per cell they cover, 737,000 for the table the Dashboard
 * counts at 50,000 risks (exceljs-defined-names.ts keeps their ranges instead).
 *
 * Text: ExcelJS writes a carriage return into `<t>` as it is, and every XML reader (its own,
 * Excel's, LibreOffice's) turns it into a line feed, so `\r…` came back altered. ExcelJS already
 * reads Excel's `_xHHHH_` escapes; the patch writes a carriage return as `_x000D_`, as Excel does,
 * and an underscore that would read as the start of such an escape as `_x005F_`, so text comes
 * back exactly as written.
 *
 * Saving, where ExcelJS spent most of a large recalc without being wrong (the file is the same
 * byte for byte, part for part):
 *
 * - Its XmlStream builds a part as one array of small strings joined at the end: tens of millions
 *   of strings for a 50,000-row sheet, all kept alive until the join, which made the collector
 *   copy them about, and the join alone took seconds. The patch turns the text into UTF-8 bytes
 *   every 64 KB, so the pieces die young, and hands a sheet's bytes to the zip as they are.
 * - Every cell without a style of its own has a fresh `{}` style object, which its style
 *   writer's cache by identity never recognises, so each such cell was written as a style again
 *   (serialised to look it up). The patch answers those from one entry per cell type.
 * - It zips through JSZip, which deflates and checksums in JavaScript; the patch zips with Node's
 *   zlib (`cli/io/zip-writer.ts`) at the same level, on zlib's threads while later parts render.
 * - Its workbook model works out every sheet's model twice, once for `worksheets` and once for
 *   `sheets`, and its workbook writer then replaces `sheets` with `worksheets` anyway: a model of
 *   every row and cell built for nothing. The patch has each sheet's model worked out once while
 *   the workbook's model is, and shared by the two lists.
 */
import type * as ExcelJS from 'exceljs';
import { ZipWriter } from '../io/zip-writer';
import { patchDefinedNames, type DefinedNamesClass } from './exceljs-defined-names';
import { patchPrintAreas, type WorkbookXformClass } from './exceljs-print-areas';

/**
 * The ExcelJS modules the patches change (internal, without types). They are required when the
 * patches are installed, with ExcelJS (workbook-io.ts), not when this module loads: validations.ts
 * imports it at start-up, and they are most of ExcelJS, which `check` and `map` never load.
 */
interface ExcelJsInternals {
  DataValidationsXform: { prototype: { parseClose(this: DataValidationsParser, name: string): boolean } };
  CfRuleXform: {
    prototype: {
      render(this: unknown, xmlStream: XmlStream, model: { stopIfTrue?: boolean }): void;
      createNewModel(this: unknown, node: { attributes: Record<string, string> }): Record<string, unknown>;
    };
  };
  TextXform: { prototype: { render(this: unknown, xmlStream: XmlStream, model: unknown): void } };
  XmlStreamClass: (new () => PiecewiseXml) & { prototype: PiecewiseXml };
  XlsxClass: {
    prototype: { addWorksheets(zip: ExcelJsZipWriter, model: { worksheets: SheetModel[] }): Promise<void>; [PATCHED]?: true };
  };
  WorksheetXform: new () => Xform<SheetModel>;
  RelationshipsXform: new () => Xform<unknown[]>;
  CommentsXform: new () => Xform<SheetModel>;
  VmlNotesXform: new () => Xform<SheetModel>;
  StylesXform: {
    prototype: { addStyleModel(this: StylesWriter, model: Partial<ExcelJS.Style> | undefined, cellType?: number): number };
  };
  ZipStream: { ZipWriter: (new (options?: JsZipOptions) => ExcelJsZipWriter) & { [PATCHED]?: true } };
  WorkbookXform: WorkbookXformClass;
  DefinedNames: DefinedNamesClass;
  Workbook: { prototype: object };
  Worksheet: { prototype: object };
}

function excelJsInternals(): ExcelJsInternals {
  /* eslint-disable @typescript-eslint/no-require-imports -- internal modules without types, loaded with ExcelJS (see above) */
  return {
    DataValidationsXform: require('exceljs/lib/xlsx/xform/sheet/data-validations-xform'),
    CfRuleXform: require('exceljs/lib/xlsx/xform/sheet/cf/cf-rule-xform'),
    TextXform: require('exceljs/lib/xlsx/xform/strings/text-xform'),
    XmlStreamClass: require('exceljs/lib/utils/xml-stream'),
    XlsxClass: require('exceljs/lib/xlsx/xlsx'),
    WorksheetXform: require('exceljs/lib/xlsx/xform/sheet/worksheet-xform'),
    RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform'),
    CommentsXform: require('exceljs/lib/xlsx/xform/comment/comments-xform'),
    VmlNotesXform: require('exceljs/lib/xlsx/xform/comment/vml-notes-xform'),
    StylesXform: require('exceljs/lib/xlsx/xform/style/styles-xform'),
    ZipStream: require('exceljs/lib/utils/zip-stream'),
    WorkbookXform: require('exceljs/lib/xlsx/xform/book/workbook-xform'),
    DefinedNames: require('exceljs/lib/doc/defined-names'),
    Workbook: require('exceljs/lib/doc/workbook'),
    Worksheet: require('exceljs/lib/doc/worksheet'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

interface DataValidationsParser {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
  model: Record<string, unknown>;
}

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
}

interface PiecewiseXml {
  _rollbacks: unknown[];
  readonly xml: string;
  closeAll(): void;
  [TEXT]?: XmlText;
}

interface Xform<M> {
  render(xmlStream: PiecewiseXml, model: M): void;
}

interface SheetModel {
  id: number;
  rels?: unknown[];
  comments: unknown[];
}

interface StylesWriter {
  [UNSTYLED]?: Map<number | undefined, number>;
}

/** The options ExcelJS's `writeBuffer({ zip })` hands to its zip writer, as JSZip takes them. */
interface JsZipOptions {
  compression?: 'STORE' | 'DEFLATE';
  compressionOptions?: { level?: number } | null;
}

interface ExcelJsZipWriter {
  options: JsZipOptions;
  stream: { end(data: Buffer): void };
  emit(event: string, ...args: unknown[]): boolean;
  append(data: unknown, options: { name: string; base64?: boolean }): void;
  finalize(): Promise<void>;
}

const PATCHED = Symbol.for('riskbook.exceljs.dataValidationRanges');
const TEXT = Symbol('riskbook.xmlText');
const UNSTYLED = Symbol('riskbook.unstyledStyleIds');

/** Characters of a part's text held as a string before they become bytes. */
export const XML_CHUNK_CHARS = 65536;

/** `E:E` → `E1:E1048576`, `3:5` → `A3:XFD5`; other addresses unchanged. */
export function normaliseSqrefPart(part: string): string {
  const clean = part.replace(/\$/g, '').toUpperCase();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(clean);
  if (cols) return `${cols[1]}1:${cols[2]}1048576`;
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return `A${rows[1]}:XFD${rows[2]}`;
  const [a, b] = clean.split(':');
  // A one-cell range is stored as the cell, the way ExcelJS itself keys single cells.
  return b !== undefined && a === b ? a! : clean;
}

export function installExcelJsPatches(): void {
  const internals = excelJsInternals();
  patchDataValidations(internals);
  patchConditionalFormatStop(internals);
  patchTextEscapes(internals);
  patchXmlText(internals);
  patchSheetParts(internals);
  patchUnstyledCells(internals);
  patchZipWriter(internals);
  patchModelsOnce(internals);
  patchPrintAreas(internals.WorkbookXform);
  patchDefinedNames(internals.DefinedNames);
}

/** The sheets' models already worked out for the workbook model being built; null outside one. */
let sheetModels: WeakMap<object, unknown> | null = null;

/** A getter of `proto`'s, which ExcelJS defines; anything else is an ExcelJS this patch does not know. */
function getterOf(proto: object, name: string): { get: () => unknown; set?: (value: unknown) => void } {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  if (!descriptor?.get) throw new Error(`ExcelJS has no ${name} getter to patch`);
  return descriptor as { get: () => unknown; set?: (value: unknown) => void };
}

function patchModelsOnce({ Workbook, Worksheet }: ExcelJsInternals): void {
  const proto = Workbook.prototype as { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const workbookModel = getterOf(Workbook.prototype, 'model');
  const sheetModel = getterOf(Worksheet.prototype, 'model');
  Object.defineProperty(Worksheet.prototype, 'model', {
    configurable: true,
    get(this: object): unknown {
      if (!sheetModels) return sheetModel.get.call(this);
      if (!sheetModels.has(this)) sheetModels.set(this, sheetModel.get.call(this));
      return sheetModels.get(this);
    },
    set: sheetModel.set,
  });
  Object.defineProperty(Workbook.prototype, 'model', {
    configurable: true,
    get(this: object): unknown {
      const outer = sheetModels;
      sheetModels = new WeakMap();
      try {
        return workbookModel.get.call(this);
      } finally {
        sheetModels = outer;
      }
    },
    set: workbookModel.set,
  });
  proto[PATCHED] = true;
}

/**
 * A part's text where ExcelJS's XmlStream keeps its array of pieces, answering the four things
 * XmlStream asks of that array (`push`, `length`, `splice`, `join`). Pieces are appended to a
 * string, and every 64 KB the string is turned into UTF-8 bytes: the pieces die young and the
 * text leaves V8's heap. `length` counts characters, which serves XmlStream's rollback marks as
 * well as a count of pieces did; nothing is turned into bytes while a rollback is open, so a
 * rollback only ever cuts the string.
 */
export class XmlText {
  private readonly done: Buffer[] = [];
  private doneLength = 0;
  private text = '';

  constructor(private readonly stream: { readonly _rollbacks: readonly unknown[] }) {}

  get length(): number {
    return this.doneLength + this.text.length;
  }

  push(piece: string): number {
    this.text += piece;
    // Never between the two halves of a surrogate pair: each half alone would become U+FFFD.
    if (this.text.length >= XML_CHUNK_CHARS && this.stream._rollbacks.length === 0 && !isHighSurrogate(this.text.charCodeAt(this.text.length - 1))) {
      this.done.push(Buffer.from(this.text, 'utf8'));
      this.doneLength += this.text.length;
      this.text = '';
    }
    return this.length;
  }

  splice(start: number, count: number): void {
    const at = start - this.doneLength;
    if (at < 0) throw new Error('XmlStream rolled back past text already written');
    this.text = this.text.slice(0, at) + this.text.slice(at + count);
  }

  /** The whole text as UTF-8, in the pieces it was turned into. */
  bytes(): Buffer[] {
    return this.text === '' ? this.done : this.done.concat([Buffer.from(this.text, 'utf8')]);
  }

  join(separator: string): string {
    if (separator !== '') throw new Error('XmlStream text is only ever joined without a separator');
    return this.done.length === 0 ? this.text : Buffer.concat(this.done).toString('utf8') + this.text;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function patchXmlText({ XmlStreamClass }: ExcelJsInternals): void {
  const proto = XmlStreamClass.prototype as PiecewiseXml & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  // XmlStream's constructor assigns `this._xml = []`; this accessor takes the assignment instead.
  Object.defineProperty(proto, '_xml', {
    configurable: true,
    get(this: PiecewiseXml) {
      return this[TEXT];
    },
    set(this: PiecewiseXml, pieces: readonly string[]) {
      const text = new XmlText(this);
      for (const piece of pieces) text.push(piece);
      this[TEXT] = text;
    },
  });
  proto[PATCHED] = true;
}

/**
 * ExcelJS's `addWorksheets` (xlsx.js) as it is, but for handing each sheet's text to the zip as the
 * bytes it already is rather than as one string of tens of megabytes decoded only to be encoded
 * again.
 */
function patchSheetParts({ XlsxClass, XmlStreamClass, WorksheetXform, RelationshipsXform, CommentsXform, VmlNotesXform }: ExcelJsInternals): void {
  const proto = XlsxClass.prototype;
  if (proto[PATCHED]) return;
  proto.addWorksheets = function addWorksheets(zip, model) {
    const worksheetXform = new WorksheetXform();
    const relationshipsXform = new RelationshipsXform();
    const commentsXform = new CommentsXform();
    const vmlNotesXform = new VmlNotesXform();
    for (const worksheet of model.worksheets) {
      let xmlStream = new XmlStreamClass();
      worksheetXform.render(xmlStream, worksheet);
      xmlStream.closeAll();
      zip.append(xmlStream[TEXT]!.bytes(), { name: `xl/worksheets/sheet${worksheet.id}.xml` });
      if (worksheet.rels && worksheet.rels.length) {
        xmlStream = new XmlStreamClass();
        relationshipsXform.render(xmlStream, worksheet.rels);
        zip.append(xmlStream.xml, { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
      }
      if (worksheet.comments.length > 0) {
        xmlStream = new XmlStreamClass();
        commentsXform.render(xmlStream, worksheet);
        zip.append(xmlStream.xml, { name: `xl/comments${worksheet.id}.xml` });
        xmlStream = new XmlStreamClass();
        vmlNotesXform.render(xmlStream, worksheet);
        zip.append(xmlStream.xml, { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
      }
    }
    return Promise.resolve();
  };
  proto[PATCHED] = true;
}

/**
 * A style with none of the six parts ExcelJS writes gets the same id as any other for its cell
 * type, so the first answer per type stands for all (the first call still registers the default
 * font and the style, as ExcelJS would).
 */
function patchUnstyledCells({ StylesXform }: ExcelJsInternals): void {
  const proto = StylesXform.prototype as typeof StylesXform.prototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const addStyleModel = proto.addStyleModel;
  proto.addStyleModel = function addStyleModelOnce(model, cellType) {
    if (!model || model.numFmt || model.font || model.border || model.fill || model.alignment || model.protection) {
      return addStyleModel.call(this, model, cellType);
    }
    const ids = (this[UNSTYLED] ??= new Map());
    let id = ids.get(cellType);
    if (id === undefined) ids.set(cellType, (id = addStyleModel.call(this, model, cellType)));
    return id;
  };
  proto[PATCHED] = true;
}

/** A part's bytes from what ExcelJS appends: XML text, or media as bytes or base64. */
function partBytes(data: unknown, base64: boolean): Buffer | Buffer[] {
  if (typeof data === 'string') return Buffer.from(data, base64 ? 'base64' : 'utf8');
  if (Array.isArray(data) && data.every((piece) => Buffer.isBuffer(piece))) return data;
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new Error(`Cannot zip a part of type ${typeof data}`);
}

function patchZipWriter({ ZipStream }: ExcelJsInternals): void {
  const Original = ZipStream.ZipWriter;
  if (Original[PATCHED]) return;
  class NativeZipWriter extends Original {
    private parts: ZipWriter | undefined;

    private get writer(): ZipWriter {
      const { compression, compressionOptions } = this.options;
      return (this.parts ??= new ZipWriter({ store: compression === 'STORE', level: compressionOptions?.level }));
    }

    override append(data: unknown, options: { name: string; base64?: boolean }): void {
      this.writer.add(options.name, partBytes(data, options.base64 === true));
    }

    override async finalize(): Promise<void> {
      try {
        this.stream.end(await this.writer.toBuffer());
        this.emit('finish');
      } catch (err) {
        // ExcelJS does not await finalize; it waits for one of these two events.
        this.emit('error', err);
      }
    }
  }
  ZipStream.ZipWriter = NativeZipWriter;
  ZipStream.ZipWriter[PATCHED] = true;
}

/** Text as Excel writes it into `<t>`: `\r` as `_x000D_`, an escape-like `_xHHHH_` behind `_x005F_`. */
function escapeXstring(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(/\r/g, '_x000D_');
}

function patchTextEscapes({ TextXform }: ExcelJsInternals): void {
  const proto = TextXform.prototype as typeof TextXform.prototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const render = proto.render;
  proto.render = function renderEscaped(xmlStream, model) {
    return render.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
  };
  proto[PATCHED] = true;
}

function patchDataValidations({ DataValidationsXform }: ExcelJsInternals): void {
  const proto = DataValidationsXform.prototype as { parseClose(this: DataValidationsParser, name: string): boolean } & {
    [PATCHED]?: true;
  };
  if (proto[PATCHED]) return;
  const original = proto.parseClose;
  proto.parseClose = function parseClose(this: DataValidationsParser, name: string): boolean {
    if (name !== 'dataValidation') return original.call(this, name);
    const dv = this._dataValidation;
    if (!dv.formulae || dv.formulae.length === 0) {
      delete dv.formulae;
      delete dv.operator;
    }
    for (const part of (this._address ?? '').split(/\s+/)) {
      if (part) this.model[normaliseSqrefPart(part)] = dv;
    }
    return true;
  };
  proto[PATCHED] = true;
}

function patchConditionalFormatStop({ CfRuleXform }: ExcelJsInternals): void {
  const proto = CfRuleXform.prototype as typeof CfRuleXform.prototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const render = proto.render;
  const createNewModel = proto.createNewModel;
  proto.render = function renderWithStop(xmlStream, model) {
    if (!model.stopIfTrue) return render.call(this, xmlStream, model);
    const open = xmlStream.openNode;
    // The first node a rule opens is its own <cfRule>; add the attribute there only.
    xmlStream.openNode = function openWithStop(this: XmlStream, name: string, attributes?: Record<string, unknown>) {
      xmlStream.openNode = open;
      return open.call(this, name, name === 'cfRule' ? { ...attributes, stopIfTrue: '1' } : attributes);
    };
    try {
      return render.call(this, xmlStream, model);
    } finally {
      xmlStream.openNode = open;
    }
  };
  proto.createNewModel = function createWithStop(node) {
    const model = createNewModel.call(this, node);
    const stop = node.attributes.stopIfTrue;
    if (stop === '1' || stop === 'true') model.stopIfTrue = true;
    return model;
  };
  proto[PATCHED] = true;
}
