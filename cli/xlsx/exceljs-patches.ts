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
 * Text: ExcelJS writes a carriage return into `<t>` as it is, and every XML reader (its own,
 * Excel's, LibreOffice's) turns it into a line feed, so `\r…` came back altered. ExcelJS already
 * reads Excel's `_xHHHH_` escapes; the patch writes a carriage return as `_x000D_`, as Excel does,
 * and an underscore that would read as the start of such an escape as `_x005F_`, so text comes
 * back exactly as written.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module without types
const DataValidationsXform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as {
  prototype: { parseClose(this: DataValidationsParser, name: string): boolean };
};

interface DataValidationsParser {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
  model: Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module without types
const CfRuleXform = require('exceljs/lib/xlsx/xform/sheet/cf/cf-rule-xform') as {
  prototype: {
    render(this: unknown, xmlStream: XmlStream, model: { stopIfTrue?: boolean }): void;
    createNewModel(this: unknown, node: { attributes: Record<string, string> }): Record<string, unknown>;
  };
};

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module without types
const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform') as {
  prototype: { render(this: unknown, xmlStream: XmlStream, model: unknown): void };
};

const PATCHED = Symbol.for('riskbook.exceljs.dataValidationRanges');

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
  patchDataValidations();
  patchConditionalFormatStop();
  patchTextEscapes();
}

/** Text as Excel writes it into `<t>`: `\r` as `_x000D_`, an escape-like `_xHHHH_` behind `_x005F_`. */
function escapeXstring(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(/\r/g, '_x000D_');
}

function patchTextEscapes(): void {
  const proto = TextXform.prototype as typeof TextXform.prototype & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const render = proto.render;
  proto.render = function renderEscaped(xmlStream, model) {
    return render.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
  };
  proto[PATCHED] = true;
}

function patchDataValidations(): void {
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

function patchConditionalFormatStop(): void {
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
