/**
 * The workbook the fake Excel holds: cells, formats, rules, names, protection and sheet state, as
 * plain data a test can inspect. Office.js proxies (workbook-proxies.ts, range-proxies.ts) change
 * it only when a sync runs their queued operations.
 */
import { quoteSheetName } from '../../../core/workbook/a1';
import type { CellValue, NamedRangeSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { isCellError } from '../../../core/workbook/snapshot';
import type { Box } from './addresses';
import { boxAddress, contains, intersects, parseBox } from './addresses';
import type { Stored } from './cell-entry';
import type { FakeNoteEntry } from './note-proxies';

export interface FakeCell {
  /** The constant, or a formula's last result (the fake does not calculate; seeded or null). */
  value: string | number | boolean | null;
  /** An error value such as `#N/A`, instead of `value`. */
  error?: string;
  formula?: string;
  /** Text entered after an apostrophe: the apostrophe is not part of the value. */
  quotePrefix?: boolean;
  numberFormat?: string;
}

export interface BorderProps {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FormatProps {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
  borders?: Record<string, BorderProps>;
}

/** One format call on a range, in the order they happened; later ones win. */
export interface FormatApplication {
  readonly box: Box;
  readonly props: FormatProps;
}

export interface FakeValidation {
  box: Box;
  rule: Excel.DataValidationRule | null;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface SheetConditionalFormat {
  readonly id: string;
  readonly type: string;
  box: Box;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue: boolean;
}

export interface FakeProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  password: string | null;
}

/** The six sections of one header/footer, in the `&P/&N/&A` code. */
export interface FakeHeaderFooterSections {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Page margins in points, as `PageLayout.leftMargin` etc. read them. */
export interface FakeMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface FakePageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: Excel.PageLayout['paperSize'];
  margins: FakeMargins;
  printOrder: 'DownThenOver' | 'OverThenDown';
  zoom: Excel.PageLayoutZoomOptions;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** The print area's address as set; null prints the used range. */
  printArea: string | null;
  headerFooterState: 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';
  defaultForAllPages: FakeHeaderFooterSections;
  /** 0-based rows that start a page (manual horizontal page breaks), ascending. */
  rowBreaks: number[];
}

/** A new sheet's page setup in Excel: Letter, the "Normal" margins (0.7 in, 0.75 in, 0.3 in), 100 %. */
export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    printOrder: 'DownThenOver',
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headerFooterState: 'Default',
    defaultForAllPages: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    rowBreaks: [],
  };
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

let nextId = 1;

export class FakeSheet {
  visibility: Visibility = 'Visible';
  tabColor = '';
  deleted = false;
  /** Rows of cells, sparse. */
  readonly rows: (FakeCell | undefined)[][] = [];
  readonly formats: FormatApplication[] = [];
  validations: FakeValidation[] = [];
  /** Highest priority first. */
  readonly conditionalFormats: SheetConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Box[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  autoFilter: Box | null = null;
  pageLayout: FakePageLayout = defaultPageLayout();
  protection: FakeProtection = { protected: false, options: {}, password: null };
  /** Cell notes by cell (`B5`). */
  readonly notes = new Map<string, FakeNoteEntry>();
  readonly id = `{sheet-${nextId++}}`;

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell at an A1 address, for tests. */
  at(a1: string): FakeCell | undefined {
    const box = parseBox(a1);
    return box ? this.cell(box.row, box.col) : undefined;
  }

  store(row: number, col: number, stored: Stored): void {
    if (stored.kind === 'empty') {
      const cell = this.cell(row, col);
      if (!cell) return;
      cell.value = null;
      delete cell.error;
      delete cell.formula;
      delete cell.quotePrefix;
      return;
    }
    const cell = this.ensure(row, col);
    delete cell.error;
    delete cell.formula;
    delete cell.quotePrefix;
    cell.value = null;
    switch (stored.kind) {
      case 'text':
        cell.value = stored.text;
        if (stored.quotePrefix) cell.quotePrefix = true;
        break;
      case 'number':
      case 'boolean':
        cell.value = stored.value;
        break;
      case 'error':
        cell.error = stored.code;
        break;
      case 'formula':
        cell.formula = stored.formula;
        break;
    }
  }

  ensure(row: number, col: number): FakeCell {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row]!;
    let cell = r[col];
    if (!cell) {
      cell = { value: null };
      r[col] = cell;
    }
    return cell;
  }

  /** The smallest box holding every value or formula (and, unless `valuesOnly`, format) in `within`. */
  usedBox(valuesOnly: boolean, within?: Box): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const r0 = within ? within.row : 0;
    const r1 = within ? Math.min(this.rows.length, within.row + within.rows) : this.rows.length;
    for (let r = r0; r < r1; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const c0 = within ? within.col : 0;
      const c1 = within ? Math.min(row.length, within.col + within.cols) : row.length;
      for (let c = c0; c < c1; c++) {
        const cell = row[c];
        if (!cell) continue;
        const hasValue = (cell.value !== null && cell.value !== '') || cell.formula !== undefined || cell.error !== undefined;
        if (!hasValue && (valuesOnly || cell.numberFormat === undefined)) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (!valuesOnly) {
      for (const f of this.formats) {
        const b = within ? intersectionOf(f.box, within) : f.box;
        if (!b) continue;
        top = Math.min(top, b.row);
        left = Math.min(left, b.col);
        bottom = Math.max(bottom, b.row + b.rows - 1);
        right = Math.max(right, b.col + b.cols - 1);
      }
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The format a cell shows: every format call that covered it, later ones winning. */
  formatAt(row: number, col: number): FormatProps {
    const out: FormatProps = {};
    for (const f of this.formats) {
      if (row < f.box.row || row >= f.box.row + f.box.rows || col < f.box.col || col >= f.box.col + f.box.cols) continue;
      const { borders, ...rest } = f.props;
      Object.assign(out, rest);
      if (borders) {
        const merged: Record<string, BorderProps> = { ...out.borders };
        for (const [edge, props] of Object.entries(borders)) merged[edge] = { ...merged[edge], ...props };
        out.borders = merged;
      }
    }
    return out;
  }

  /** Cells are locked unless a format call unlocked them, as in Excel. */
  isLocked(row: number, col: number): boolean {
    return this.formatAt(row, col).locked ?? true;
  }

  validationAt(a1: string): FakeValidation | undefined {
    const box = parseBox(a1);
    return box ? this.validations.find((v) => contains(v.box, box)) : undefined;
  }

  conditionalFormatsOn(a1: string): SheetConditionalFormat[] {
    const box = parseBox(a1);
    return box ? this.conditionalFormats.filter((c) => intersects(c.box, box)) : [];
  }
}

function intersectionOf(a: Box, b: Box): Box | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return { row, col, rows: Math.min(a.row + a.rows, b.row + b.rows) - row, cols: Math.min(a.col + a.cols, b.col + b.cols) - col };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Applies `edit` to the parts of a formula outside string literals. */
function mapCode(formula: string, edit: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      out += edit(code);
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + edit(code);
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Workbook-scoped names by lower-case name. */
  readonly names = new Map<string, FakeName>();
  structureProtected = false;
  activeSheet: FakeSheet | null = null;
  /** What `Range.select()` last selected. */
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /**
   * Rewrites references to a sheet in every formula, name, list validation and conditional format,
   * as Excel does when a sheet is renamed (`to` is the new name) or deleted (`to` null: #REF!).
   */
  rewriteReferences(from: string, to: string | null): void {
    const quoted = `'${from.replace(/'/g, "''")}'`;
    const pattern = new RegExp(`(?<![A-Za-z0-9_.'])(?:${escapeRegExp(quoted)}|${escapeRegExp(from)})!`, 'gi');
    const replacement = to === null ? '#REF!' : `${quoteSheetName(to)}!`;
    const edit = (formula: string): string => (formula.toLowerCase().includes(from.toLowerCase()) ? mapCode(formula, (code) => code.replace(pattern, replacement)) : formula);
    for (const sheet of this.sheets) {
      for (const row of sheet.rows) {
        if (!row) continue;
        for (const cell of row) if (cell?.formula !== undefined) cell.formula = edit(cell.formula);
      }
      for (const cf of sheet.conditionalFormats) cf.formula = edit(cf.formula);
      for (const v of sheet.validations) {
        const list = v.rule?.list;
        if (list && typeof list.source === 'string') v.rule = { list: { ...list, source: edit(list.source) } };
      }
    }
    for (const n of this.names.values()) n.formula = edit(n.formula);
  }
}

export interface CreateOptions {
  /** Keep the snapshot's values of formula cells as their results (default true). */
  readonly cachedResults?: boolean;
}

/** A fake workbook holding what the snapshot holds, as if Excel had opened that file. */
export function createFakeWorkbook(snapshot: WorkbookSnapshot, options: CreateOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const s of snapshot.sheets) {
    const sheet = wb.addSheet(s.name);
    if (s.hidden) sheet.visibility = 'Hidden';
    const rows = Math.max(s.values.length, s.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const vrow = s.values[r] ?? [];
      const frow = s.formulas?.[r] ?? [];
      const cols = Math.max(vrow.length, frow.length);
      for (let c = 0; c < cols; c++) {
        const v: CellValue | undefined = vrow[c];
        const f = frow[c];
        if ((v === null || v === undefined || v === '') && !f) continue;
        const cell = sheet.ensure(r, c);
        if (f) {
          cell.formula = f;
          if (options.cachedResults === false) continue;
        }
        if (v === null || v === undefined) continue;
        if (isCellError(v)) cell.error = v.error;
        else cell.value = v;
      }
    }
    for (const m of s.merges ?? []) {
      const box = parseBox(m);
      if (box) sheet.merges.push(box);
    }
    for (const n of s.notes ?? []) {
      const box = parseBox(n.cell);
      if (box) sheet.notes.set(boxAddress(box), { content: n.text, authorName: 'A person' });
    }
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  wb.activeSheet = wb.sheets.find((s) => s.visibility === 'Visible') ?? wb.sheets[0] ?? null;
  for (const n of snapshot.names ?? []) {
    const formula = n.reference.startsWith('=') ? n.reference : `=${n.reference}`;
    wb.names.set(n.name.toLowerCase(), { name: n.name, formula, visible: true, comment: '' });
  }
  return wb;
}

function snapshotCell(cell: FakeCell | undefined): CellValue {
  if (!cell) return null;
  if (cell.error !== undefined) return { error: cell.error };
  return cell.value === '' ? null : cell.value;
}

/** The fake's content as a WorkbookSnapshot: values (formula results as stored), formulas, names. */
export function readFakeWorkbook(wb: FakeWorkbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = wb.sheets.map((sheet) => {
    const used = sheet.usedBox(true);
    const rows = used ? used.row + used.rows : 0;
    const cols = used ? used.col + used.cols : 0;
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const vrow: CellValue[] = [];
      const frow: (string | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = sheet.cell(r, c);
        vrow.push(snapshotCell(cell));
        frow.push(cell?.formula ?? null);
      }
      values.push(vrow);
      formulas.push(frow);
    }
    const notes = [...sheet.notes].map(([cell, n]) => ({ cell, text: n.content }));
    return { name: sheet.name, values, formulas, hidden: sheet.visibility !== 'Visible', merges: sheet.merges.map(boxAddress), ...(notes.length > 0 ? { notes } : {}) };
  });
  const names: NamedRangeSnapshot[] = [...wb.names.values()].map((n) => ({ name: n.name, reference: n.formula.replace(/^=/, '') }));
  return { sheets, names };
}

/**
 * A deep copy of a fake workbook, classes and shared references kept, so a sweep can start each
 * run from the same state without computing it again.
 */
export function cloneFakeWorkbook(wb: FakeWorkbook): FakeWorkbook {
  const seen = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i]);
      out.length = value.length;
      return out;
    }
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      seen.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set<unknown>();
      seen.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    const out = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out;
  };
  return copy(wb) as FakeWorkbook;
}

/** Everything a fake workbook holds, as text: equal texts, equal workbooks (ids aside). */
export function fakeWorkbookState(wb: FakeWorkbook): string {
  const sheets = new Map(wb.sheets.map((s) => [s, s.name] as const));
  return JSON.stringify(wb, (key, value: unknown) => {
    if (key === 'workbook' || key === 'id') return undefined;
    if (value instanceof FakeSheet && key !== '' && !/^\d+$/.test(key)) return `sheet:${sheets.get(value) ?? '?'}`;
    if (value instanceof Map) return [...value.entries()];
    if (value instanceof Set) return [...value.values()];
    return value;
  });
}
