/**
 * One worksheet part: its cells as plain values and canonical formulas, its hidden rows and its
 * merged areas. The part streams through once; only the snapshot it becomes is kept.
 */
import type { CompiledFormula } from '../../../core/formula/references';
import { compileFormula, movedFormula } from '../../../core/formula/references';
import type { RangeRef } from '../../../core/workbook/a1';
import { MAX_COLUMNS, MAX_ROWS, parseRange, rangeAddress } from '../../../core/workbook/a1';
import type { CellValue } from '../../../core/workbook/snapshot';
import type { PaperSize } from '../../../core/workbook/plan';
import { paperOfCode } from '../page-setup';
import { serialFromDate } from '../cell-values';
import { canonicalFromFile } from '../formula-text';
import { putCell, putRow } from '../snapshot-grid';
import type { Attributes } from './xml-events';
import type { XlsxPackage } from './xlsx-package';
import { StringItem } from './string-item';

export interface SheetContext {
  readonly sharedStrings: readonly (string | null)[];
  /** By style index: whether the style shows numbers as dates. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly hiddenRows: number[];
  readonly merges: string[];
  /** The paper the sheet prints on, when its page setup names one Riskbook knows. */
  readonly paperSize?: PaperSize;
  /** The sheet's autofilter range, A1 without `$`. */
  readonly autoFilter?: string;
}

const DAY_MS = 86400000;

/**
 * A date-formatted number as the snapshot carries dates: a serial on the 1900 scale, to the
 * millisecond. The same arithmetic as ExcelJS's Date and back (`serialFromDate`), so both readers
 * give the same float. A number too large for any date stays as it is (ExcelJS loses it).
 */
function dateSerial(value: number, date1904: boolean): number {
  const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? value : serialFromDate(date);
}

/**
 * `B12` → column 2 (1-based); 0 when the reference is missing or not a cell. Called for every
 * cell of the sheet, so one pass over the characters, no regular expression.
 */
function columnOf(ref: string | undefined): number {
  if (ref === undefined) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  return col;
}

/** The shared formula a master cell defines, compiled once for all the cells that share it. */
interface SharedMaster {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  compiled?: CompiledFormula;
}

/** What one `<c>` element holds, gathered between its tags. */
class CellReader {
  ref: string | undefined;
  type: string | undefined;
  style = 0;
  /** Text of <v>, or of an inline string; undefined when the cell has none. */
  value: string | undefined;
  hasFormula = false;
  formula = '';
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  inline = new StringItem();
  inInline = false;
  inValue = false;
  inFormula = false;

  start(attributes: Attributes): void {
    this.ref = attributes.r;
    this.type = attributes.t;
    this.style = attributes.s !== undefined ? Number(attributes.s) : 0;
    this.value = undefined;
    this.hasFormula = false;
    this.formula = '';
    this.formulaType = undefined;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.inInline = false;
    this.inValue = false;
    this.inFormula = false;
  }
}

/**
 * The value of a cell that holds no formula. Types as the file states them: `s` shared string,
 * `str` and `inlineStr` text, `b` boolean, `e` error, `d` an ISO 8601 date, otherwise a number.
 */
function plainCellValue(type: string | undefined, text: string, dateStyle: boolean, context: SheetContext): CellValue {
  switch (type) {
    case 's':
      return context.sharedStrings[parseInt(text, 10)] ?? null;
    case 'str':
    case 'inlineStr':
      return text === '' ? null : text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd': {
      // ExcelJS reads `2025-03-31T00:00:00` as the number 2025.
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
      return Number.isNaN(ms) ? { error: '#VALUE!' } : serialFromDate(new Date(ms));
    }
    default: {
      const n = parseFloat(text);
      if (!Number.isFinite(n)) return { error: '#NUM!' };
      return dateStyle ? dateSerial(n, context.date1904) : n;
    }
  }
}

/**
 * The cached result of a formula. A date-formatted result is a date only when it is a number:
 * ExcelJS also turns text and booleans in a date-formatted cell into dates, which read as
 * nothing (text) or as 31/12/1899 (TRUE).
 */
function formulaResult(type: string | undefined, text: string | undefined, dateStyle: boolean, context: SheetContext): CellValue {
  if (text === undefined || text === '') return null;
  switch (type) {
    case 'str':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    default: {
      const n = parseFloat(text);
      if (!Number.isFinite(n)) return { error: '#NUM!' };
      return dateStyle ? dateSerial(n, context.date1904) : n;
    }
  }
}

/**
 * Empties the cells a merged area covers, all but its top-left one, as every spreadsheet program
 * shows them; rows left with nothing end where their last value does.
 */
function clearCoveredCells(values: CellValue[][], formulas: (string | null)[][], area: RangeRef): void {
  for (let r = area.row; r < Math.min(area.row + area.rows, values.length); r++) {
    const rowValues = values[r]!;
    const rowFormulas = formulas[r]!;
    const from = r === area.row ? area.col + 1 : area.col;
    let changed = false;
    for (let c = from; c < Math.min(area.col + area.cols, rowValues.length); c++) {
      if (rowValues[c] !== null || rowFormulas[c] !== null) changed = true;
      rowValues[c] = null;
      rowFormulas[c] = null;
    }
    if (!changed) continue;
    let end = rowValues.length;
    while (end > 0 && rowValues[end - 1] === null && rowFormulas[end - 1] === null) end--;
    rowValues.length = end;
    rowFormulas.length = end;
  }
}

export async function readSheetPart(pkg: XlsxPackage, part: string, context: SheetContext): Promise<SheetCells> {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const areas: RangeRef[] = [];
  const masters = new Map<string, SharedMaster>();
  const cell = new CellReader();
  let inData = false;
  let inCell = false;
  let rowNumber = 0;
  let rowValues: CellValue[] = [];
  let rowFormulas: (string | null)[] = [];
  let lastCol = 0;
  /** False for a row whose number is not a row of a sheet: it is left out, as ExcelJS does. */
  let rowOk = true;
  let hiddenInOrder = true;
  let paperSize: PaperSize | undefined;
  let autoFilter: string | undefined;
  let inCustomView = false;

  const formulaOf = (row: number, col: number): string | null => {
    if (cell.formula !== '') {
      if (cell.formulaType === 'shared' && cell.sharedRef !== undefined && cell.sharedIndex !== undefined) {
        masters.set(cell.sharedIndex, { row, col, formula: cell.formula });
      }
      return canonicalFromFile(cell.formula);
    }
    // A cell that shares its master's formula: the master's text, moved to this cell.
    const master = cell.formulaType === 'shared' && cell.sharedIndex !== undefined ? masters.get(cell.sharedIndex) : undefined;
    if (!master) return null;
    master.compiled ??= compileFormula(master.formula);
    return canonicalFromFile(movedFormula(master.compiled, row - master.row, col - master.col));
  };

  const endCell = (): void => {
    const col = columnOf(cell.ref) || lastCol + 1;
    lastCol = col;
    if (col > MAX_COLUMNS) return;
    const dateStyle = context.dateStyles[cell.style] === true;
    let value: CellValue;
    let formula: string | null = null;
    if (cell.hasFormula) {
      formula = formulaOf(rowNumber, col);
      value = formulaResult(cell.type, cell.value, dateStyle, context);
    } else if (cell.value !== undefined) {
      value = plainCellValue(cell.type, cell.value, dateStyle, context);
    } else return;
    if (value === null && formula === null) return;
    putCell(rowValues, rowFormulas, col, value, formula);
  };

  const endRow = (): void => {
    if (!rowOk || rowValues.length === 0) return;
    putRow(values, formulas, rowNumber, rowValues, rowFormulas);
  };

  await pkg.parse(part, {
    open(name, attributes) {
      if (inCell) {
        if (cell.inInline) cell.inline.open(name);
        else if (name === 'v') cell.inValue = true;
        else if (name === 'f') {
          cell.inFormula = true;
          // An <f> with a type is a formula even when its text is shared from another cell.
          cell.hasFormula ||= attributes.t !== undefined;
          cell.formulaType = attributes.t;
          cell.sharedIndex = attributes.si;
          cell.sharedRef = attributes.ref;
        } else if (name === 'is') {
          cell.inInline = true;
          cell.inline.take();
        }
      } else if (name === 'c' && inData) {
        inCell = true;
        cell.start(attributes);
      } else if (name === 'row' && inData) {
        // A row without a number follows the one before, as a cell without a reference does.
        const r = attributes.r !== undefined ? Number(attributes.r) : rowNumber + 1;
        rowValues = [];
        rowFormulas = [];
        lastCol = 0;
        rowOk = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS;
        if (!rowOk) return;
        if (r <= rowNumber) hiddenInOrder = false;
        rowNumber = r;
        if (attributes.hidden === '1' || attributes.hidden === 'true') hiddenRows.push(r);
      } else if (name === 'sheetData') inData = true;
      else if (name === 'pageSetup') paperSize = paperOfCode(attributes.paperSize);
      // The sheet's own filter; a custom view's (inside <customSheetView>) is not it.
      else if (name === 'customSheetView') inCustomView = true;
      else if (name === 'autoFilter' && !inCustomView && attributes.ref !== undefined) autoFilter = attributes.ref.replace(/\$/gu, '').toUpperCase();
      else if (name === 'mergeCell' && attributes.ref !== undefined) {
        const area = parseRange(attributes.ref);
        if (area && area.row >= 0) areas.push(area);
      }
    },
    close(name) {
      if (inCell) {
        if (cell.inInline) {
          if (name === 'is') {
            cell.inInline = false;
            const text = cell.inline.take();
            if (text !== '') cell.value = (cell.value ?? '') + text;
          } else cell.inline.close(name);
        } else if (name === 'v') cell.inValue = false;
        else if (name === 'f') cell.inFormula = false;
        else if (name === 'c') {
          inCell = false;
          endCell();
        }
      } else if (name === 'row' && inData) endRow();
      else if (name === 'sheetData') inData = false;
      else if (name === 'customSheetView') inCustomView = false;
    },
    text(text) {
      if (!inCell) return;
      if (cell.inInline) cell.inline.text(text);
      else if (cell.inValue) cell.value = (cell.value ?? '') + text;
      else if (cell.inFormula) {
        cell.formula += text;
        cell.hasFormula = true;
      }
    },
  });

  for (const area of areas) clearCoveredCells(values, formulas, area);
  // Rows emptied by a merge end the sheet where the last value does.
  let last = values.length;
  while (last > 0 && values[last - 1]!.length === 0) last--;
  values.length = last;
  formulas.length = last;
  const hidden = hiddenInOrder ? hiddenRows : [...new Set(hiddenRows)].sort((a, b) => a - b);
  return {
    values,
    formulas,
    hiddenRows: hidden,
    merges: areas.map((a) => rangeAddress(a.row, a.col, a.rows, a.cols)),
    ...(paperSize ? { paperSize } : {}),
    ...(autoFilter ? { autoFilter } : {}),
  };
}
