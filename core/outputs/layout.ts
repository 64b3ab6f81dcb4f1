/**
 * The look every generated sheet shares: a title, the stamp line, a blank row, then a table with
 * a dark header, frozen through the header, filtered, its header row repeated on printed pages
 * and its key columns named for repeating across (the engine then chooses the legible layout,
 * print-frame.ts). Turns a merged table (preserve.ts) into a SheetPlan.
 */
import { cellAddress, columnLetter, rangeAddress } from '../workbook/a1';
import type { ConditionalFormatSpec, FormatSpec, PlanCell, RowHeightSpec, SheetPlan, ValidationSpec } from '../workbook/plan';
import { parseStampLine } from '../workbook/stamp';
import { isEmptyPlanCell } from './cells';
import type { ColumnDef, MergedTable } from './preserve';
import { fitRowHeights } from '../workbook/text-fit';
import { maxOf } from '../arrays';

export const HEADER_FILL = '#1F3864';
export const HEADER_FONT = '#FFFFFF';
/** Cells Riskbook rewrites on every regeneration, shaded so people see where not to type. */
export const DERIVED_FILL = '#F2F2F2';
export const ORPHAN_FILL = '#D9D9D9';
export const STAMP_FONT = '#595959';
/** Empty rows below a table that still get its dropdowns and date formats, for rows people add. */
export const EDIT_HEADROOM = 50;
/** Width of a column a person added; Riskbook does not know what it holds. */
export const EXTRA_COLUMN_WIDTH = 18;

/** What each regenerated sheet with rows keyed to the register returns. */
export interface GeneratedSheet {
  readonly sheet: SheetPlan;
  /** Keys of rows kept although their source is gone (for the change log). */
  readonly orphaned: readonly string[];
  /** Keys of rows new this time (for the change log). */
  readonly added: readonly string[];
}

/** Where Riskbook puts the title, stamp and header on a sheet it creates. */
export const TITLE_ROW = 0;
export const STAMP_ROW = 1;
export const HEADER_ROW = 3;

export type FrameItem =
  | { readonly kind: 'title'; readonly text: string; readonly row: number }
  | { readonly kind: 'stamp'; readonly text: string; readonly row: number }
  /**
   * A label Riskbook writes with a value beside it that people own (e.g. the SoA version): found
   * by its label where a previous regeneration or a person put it, else placed at `row` (and
   * `col`, 0 by default) when free. `value`, when given, is written over the value there: the
   * one time Riskbook changes it (an approval raising the SoA version).
   */
  | {
      readonly kind: 'field';
      readonly label: string;
      readonly initialValue: PlanCell;
      readonly row: number;
      readonly col?: number;
      readonly value?: PlanCell;
      readonly numberFormat?: string;
    }
  /**
   * Rows Riskbook rewrites every time (the Checks counts). The first row holds labels, which find
   * the block where a previous regeneration put it; `at` then maps `id` to its top-left cell.
   */
  | { readonly kind: 'block'; readonly id: string; readonly rows: readonly (readonly PlanCell[])[]; readonly row: number }
  /**
   * Rows Riskbook rewrites every time, as many as it has to say this time (the Checks summary): a
   * heading row, found again by its first cell (`heading[0]`, or one of `otherHeadings`, the
   * words it takes at other times), and under it the rows `isRow` recognises as the section's own
   * (cells from the section's first column). The section owns the heading's cells and the first
   * `width` cells of each of its rows, every one of them filled, and nothing else: a rewrite
   * replaces those, so what a person typed beside or under the section stays, moving with its
   * row as the section grows or shrinks. A section not there yet goes below everything above the
   * table, with a blank row under it. `at` maps `id` to its heading cell.
   */
  | {
      readonly kind: 'section';
      readonly id: string;
      readonly heading: readonly PlanCell[];
      readonly otherHeadings?: readonly string[];
      readonly width: number;
      readonly rows: readonly (readonly PlanCell[])[];
      readonly isRow: (cells: readonly PlanCell[]) => boolean;
    };

function cellText(cell: PlanCell | undefined): string {
  return typeof cell === 'string' ? cell.trim() : '';
}

function findCell(grid: readonly PlanCell[][], match: (text: string) => boolean): { row: number; col: number } | null {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) if (match(cellText(row[c]))) return { row: r, col: c };
  }
  return null;
}

function setCell(grid: PlanCell[][], row: number, col: number, value: PlanCell): void {
  const r = grid[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
}

/**
 * A spot for `span` cells: the preferred row at the preferred column if free, else the first
 * column of any free row, else past the row's content.
 */
function freeSpot(grid: PlanCell[][], preferred: number, span: number, preferredCol = 0): { row: number; col: number } {
  const free = (r: number, from = 0): boolean => {
    for (let c = from; c < from + span; c++) if (!isEmptyPlanCell(grid[r]?.[c])) return false;
    return true;
  };
  const first = Math.min(preferred, grid.length - 1);
  if (free(first, preferredCol)) return { row: first, col: preferredCol };
  for (let r = 0; r < grid.length; r++) if (free(r)) return { row: r, col: 0 };
  return { row: first, col: grid[first]!.length + 1 };
}

/** Where a block's label row sits in the grid with room for its rows below it; null when absent. */
function findBlock(grid: readonly PlanCell[][], labels: readonly PlanCell[], height: number): { row: number; col: number } | null {
  const texts = labels.map((l) => cellText(l));
  for (let r = 0; r + height <= grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c + texts.length <= row.length; c++) {
      if (texts.every((t, i) => cellText(row[c + i]) === t)) return { row: r, col: c };
    }
  }
  return null;
}

/** A free area of `height` rows by `span` columns: at the preferred row if free, else any, else right of the content. */
function freeArea(grid: PlanCell[][], preferred: number, span: number, height: number): { row: number; col: number } {
  const free = (r: number): boolean => {
    for (let i = 0; i < height; i++) for (let c = 0; c < span; c++) if (!isEmptyPlanCell(grid[r + i]?.[c])) return false;
    return true;
  };
  const last = Math.max(0, grid.length - height);
  const first = Math.min(preferred, last);
  if (free(first)) return { row: first, col: 0 };
  for (let r = 0; r <= last; r++) if (free(r)) return { row: r, col: 0 };
  let col = 0;
  for (let i = 0; i < height; i++) col = Math.max(col, (grid[first + i]?.length ?? 0) + 1);
  return { row: first, col };
}

type SectionItem = Extract<FrameItem, { kind: 'section' }>;

/**
 * Writes a section where its heading is, over its own rows only, growing or shrinking the rows
 * above the table by the difference; rows a person typed in beside it keep their cells. Returns
 * the heading's cell.
 */
function placeSection(grid: PlanCell[][], item: SectionItem): { row: number; col: number } {
  const rows = [item.heading, ...item.rows];
  const labels = new Set([cellText(item.heading[0]), ...(item.otherHeadings ?? [])].filter((t) => t !== ''));
  const found = findCell(grid, (t) => labels.has(t));
  let top: number;
  let col: number;
  if (found) {
    top = found.row;
    col = found.col;
    let end = top + 1;
    while (end < grid.length && item.isRow(grid[end]!.slice(col))) end++;
    // Only the section's own cells are cleared: the heading's, and `width` of each row.
    for (let r = top; r < end; r++) {
      const owned = r === top ? item.heading.length : item.width;
      for (let c = col; c < col + owned && c < grid[r]!.length; c++) grid[r]![c] = null;
    }
    const grow = rows.length - (end - top);
    for (let i = 0; i < grow; i++) grid.splice(end, 0, []);
    // Rows the section no longer needs go, unless a person typed beside them.
    for (let r = end - 1; r >= top + rows.length; r--) if (grid[r]!.every((c) => isEmptyPlanCell(c))) grid.splice(r, 1);
  } else {
    top = grid.length;
    col = 0;
    for (let i = 0; i <= rows.length; i++) grid.push([]);
  }
  rows.forEach((row, i) => row.forEach((cell, j) => setCell(grid, top + i, col + j, cell)));
  return { row: top, col };
}

/**
 * Writes the title, stamp and fields into the rows above the header. Each goes where a previous
 * regeneration put it (people may have moved things), else to its usual row, and never over
 * anything a person typed. Sections come first, since they may add or remove rows.
 */
export function placeFrame(preamble: readonly (readonly PlanCell[])[], items: readonly FrameItem[]): { grid: PlanCell[][]; formats: FormatSpec[]; at: Map<string, string> } {
  const grid = preamble.map((r) => [...r]);
  if (grid.length === 0) grid.push([]);
  const formats: FormatSpec[] = [];
  const at = new Map<string, string>();
  for (const item of items) {
    if (item.kind !== 'section') continue;
    const spot = placeSection(grid, item);
    at.set(item.id, cellAddress(spot.row, spot.col));
  }
  for (const item of items) {
    if (item.kind === 'section') continue;
    if (item.kind === 'block') {
      const height = item.rows.length;
      while (grid.length < height) grid.push([]);
      const span = maxOf(item.rows.map((r) => r.length));
      const spot = findBlock(grid, item.rows[0] ?? [], height) ?? freeArea(grid, item.row, span, height);
      item.rows.forEach((row, i) => row.forEach((cell, j) => setCell(grid, spot.row + i, spot.col + j, cell)));
      at.set(item.id, cellAddress(spot.row, spot.col));
      continue;
    }
    if (item.kind === 'field') {
      let spot = findCell(grid, (t) => t.toLowerCase() === item.label.toLowerCase());
      if (!spot) {
        spot = freeSpot(grid, item.row, 2, item.col);
        setCell(grid, spot.row, spot.col, item.label);
        setCell(grid, spot.row, spot.col + 1, item.initialValue);
      }
      if (item.value !== undefined) setCell(grid, spot.row, spot.col + 1, item.value);
      formats.push({ range: cellAddress(spot.row, spot.col), bold: true });
      if (item.numberFormat !== undefined) formats.push({ range: cellAddress(spot.row, spot.col + 1), numberFormat: item.numberFormat });
      at.set(item.label, cellAddress(spot.row, spot.col + 1));
      continue;
    }
    const isMine = item.kind === 'title' ? (t: string) => t === item.text : (t: string) => parseStampLine(t) !== null;
    const spot = findCell(grid, isMine) ?? freeSpot(grid, item.row, 1);
    setCell(grid, spot.row, spot.col, item.text);
    const address = cellAddress(spot.row, spot.col);
    at.set(item.kind, address);
    formats.push(item.kind === 'title' ? { range: address, bold: true, fontSize: 14 } : { range: address, italic: true, fontColor: STAMP_FONT });
  }
  return { grid, formats, at };
}

/** Where the parts of a rendered table ended up. */
export interface TableLayout {
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly dataRows: number;
  /** Last row that dropdowns and formats cover: the data plus room for rows people add. */
  readonly editLastRow: number;
  /** All columns, Riskbook's and people's. */
  readonly width: number;
  /** 0-based column of one of Riskbook's headers. */
  col(header: string): number;
  /** `$C5`: a column-absolute reference to a header's cell on the first data row (for relative formulas). */
  firstCellRef(header: string): string;
  /** A1 address of the frame cell placed for a title, stamp or field label. */
  readonly frame: ReadonlyMap<string, string>;
}

export interface TableDecorations {
  readonly formats?: readonly FormatSpec[];
  /** Heights of rows above the table that wrap (a section's), beside the table's own. */
  readonly rowHeights?: readonly RowHeightSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly validations?: readonly ValidationSpec[];
}

export interface TableSheetInput {
  readonly name: string;
  readonly table: MergedTable;
  readonly columns: readonly ColumnDef[];
  readonly frame: readonly FrameItem[];
  readonly headroom?: number;
  /** Shade Riskbook's derived columns (default true). */
  readonly shadeDerived?: boolean;
  /**
   * Leading columns repeated on each page across when the table prints wider than one page (the
   * id, and the title that says what a row is); default 1.
   */
  readonly printKeyColumns?: number;
  /**
   * Freeze the rows through the header (default true). A sheet whose header sits far down, under
   * a summary, leaves its rows free: frozen, they would fill the window.
   */
  readonly freezeHeader?: boolean;
  readonly decorate?: (layout: TableLayout) => TableDecorations;
}

/** Runs of consecutive column indices, so one format covers several neighbouring columns. */
function runs(cols: readonly number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === c) last.count++;
    else out.push({ start: c, count: 1 });
  }
  return out;
}

export function renderTableSheet(input: TableSheetInput): { sheet: SheetPlan; layout: TableLayout } {
  const { table, columns } = input;
  const headroom = input.headroom ?? EDIT_HEADROOM;
  const frame = placeFrame(table.preamble, input.frame);
  const width = table.headers.length;
  // Everything above the header is the frame, which sections may have grown or shrunk.
  const headerRow = frame.grid.length;
  const firstDataRow = headerRow + 1;
  const dataRows = table.rows.length;
  const editLastRow = headerRow + dataRows + headroom;

  const col = (header: string): number => {
    const i = columns.findIndex((d) => d.header === header);
    // Asking for a header the sheet does not define is a programming error.
    if (i < 0) throw new Error(`No column ${header}`);
    return i;
  };
  const layout: TableLayout = {
    headerRow,
    firstDataRow,
    dataRows,
    editLastRow,
    width,
    col,
    firstCellRef: (header) => `$${columnLetter(col(header))}${firstDataRow + 1}`,
    frame: frame.at,
  };

  const below = table.below.rows.length > 0 ? [...Array.from({ length: table.below.gap }, () => []), ...table.below.rows] : [];
  const blockWidth = Math.max(width, maxOf([...frame.grid.map((r) => r.length), ...below.map((r) => r.length)]));
  // A row as wide as the block already is its row of the block: the plan shares it, not a copy
  // of every row of a 70,000-row table.
  const pad = (row: readonly PlanCell[]): readonly PlanCell[] => {
    if (row.length === blockWidth) return row;
    const out = [...row];
    while (out.length < blockWidth) out.push(null);
    return out;
  };
  const cells = [...frame.grid.map(pad), pad(table.headers), ...table.rows.map(pad), ...below.map(pad)];

  const formats: FormatSpec[] = [...frame.formats];
  formats.push(headerFormat(rangeAddress(headerRow, 0, 1, width)));
  if (dataRows > 0) {
    formats.push({ range: rangeAddress(firstDataRow, 0, dataRows, width), border: true, verticalAlignment: 'top' });
    if (input.shadeDerived ?? true) {
      const derived = columns.map((d, i) => (d.kind === 'derived' ? i : -1)).filter((i) => i >= 0);
      for (const r of runs(derived)) formats.push({ range: rangeAddress(firstDataRow, r.start, dataRows, r.count), fill: DERIVED_FILL });
    }
    // Rows with no key are people's headings and second lines: left as they look.
    table.rowStates.forEach((state, i) => {
      if (state === 'orphaned') {
        formats.push({ range: rangeAddress(firstDataRow + i, 0, 1, width), fill: ORPHAN_FILL, italic: true });
      }
    });
  }
  const editRows = editLastRow - firstDataRow + 1;
  columns.forEach((d, i) => {
    if (editRows > 0 && (d.numberFormat !== undefined || d.wrap)) {
      formats.push({
        range: rangeAddress(firstDataRow, i, editRows, 1),
        ...(d.numberFormat !== undefined ? { numberFormat: d.numberFormat } : {}),
        ...(d.wrap ? { wrap: true } : {}),
      });
    }
  });
  const validations: ValidationSpec[] = [];
  columns.forEach((d, i) => {
    if (!d.validation || editRows <= 0) return;
    validations.push({
      range: rangeAddress(firstDataRow, i, editRows, 1),
      rule: d.validation,
      allowBlank: true,
      style: 'warning',
      ...(d.validationPrompt !== undefined ? { prompt: d.validationPrompt } : {}),
    });
  });

  const extra = input.decorate ? input.decorate(layout) : {};
  const columnWidths = [
    ...columns.map((d, i) => ({ col: i, width: d.width })),
    ...table.headers.slice(table.ownColumns).map((_, j) => ({ col: table.ownColumns + j, width: EXTRA_COLUMN_WIDTH })),
  ];

  const widths: number[] = [];
  for (const w of columnWidths) widths[w.col] = w.width;
  const wrapColumns = new Set(columns.map((d, i) => (d.wrap ? i : -1)).filter((i) => i >= 0));
  const rowHeights = [
    // Headers always wrap (headerFormat); a long one like "Effectiveness review date" takes lines.
    ...fitRowHeights([table.headers], { firstRow: headerRow, widths, wrapColumns: new Set(table.headers.map((_, i) => i)), bold: true }),
    ...fitRowHeights(table.rows, { firstRow: firstDataRow, widths, wrapColumns }),
  ];

  const sheet: SheetPlan = {
    name: input.name,
    mode: 'replace',
    ...(input.freezeHeader ?? true ? { frozenRows: headerRow + 1 } : {}),
    columnWidths,
    rowHeights: [...(extra.rowHeights ?? []), ...rowHeights],
    writes: [{ at: 'A1', cells }],
    formats: [...formats, ...(extra.formats ?? [])],
    validations: [...validations, ...(extra.validations ?? [])],
    conditionalFormats: [...(extra.conditionalFormats ?? [])],
    autoFilter: rangeAddress(headerRow, 0, 1 + dataRows, width),
    // A preference: the engine chooses the layout that prints legibly (outputs/print-frame.ts).
    pageSetup: {
      orientation: 'landscape',
      paperSize: 'A4',
      pagesWide: 1,
      printTitleRows: `${headerRow + 1}:${headerRow + 1}`,
      printTitleColumns: `A:${columnLetter(Math.max(0, Math.min(width, input.printKeyColumns ?? 1) - 1))}`,
    },
  };
  return { sheet, layout };
}

/** Title and stamp formats for sheets that do not go through renderTableSheet. */
export function frameFormats(): FormatSpec[] {
  return [
    { range: cellAddress(TITLE_ROW, 0), bold: true, fontSize: 14 },
    { range: cellAddress(STAMP_ROW, 0), italic: true, fontColor: STAMP_FONT },
  ];
}

/** The header format every generated table uses. */
export function headerFormat(range: string): FormatSpec {
  return { range, bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, verticalAlignment: 'middle', border: true };
}
