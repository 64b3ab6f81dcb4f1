/** Plan formats → ExcelJS cell styles, without disturbing cells that share a style object. */
import type * as ExcelJS from 'exceljs';
import type { RangeRef } from '../../core/workbook/a1';
import type { FormatLikeSpec, FormatSpec } from '../../core/workbook/plan';
import { sheetCell } from './sheet-cell';

/** `#RRGGBB` → ExcelJS ARGB `FFRRGGBB`. */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!m) throw new Error(`Colour must be #RRGGBB, got ${hex}`);
  return `FF${m[1]!.toUpperCase()}`;
}

const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2 };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/**
 * ExcelJS gives every cell read with the same style index one shared style object, and the
 * row's or column's style objects to new cells, so `cell.font = …` would restyle other cells
 * too. Every change goes through a fresh copy.
 */
export function updateStyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  change(style);
  cell.style = style;
}

function applySpec(style: Partial<ExcelJS.Style>, spec: FormatSpec): void {
  if (spec.numberFormat !== undefined) style.numFmt = spec.numberFormat;
  if (spec.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  if (spec.fontColor !== undefined || spec.bold !== undefined || spec.italic !== undefined || spec.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? DEFAULT_FONT) };
    if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor) };
    if (spec.bold !== undefined) font.bold = spec.bold;
    if (spec.italic !== undefined) font.italic = spec.italic;
    if (spec.fontSize !== undefined) font.size = spec.fontSize;
    style.font = font;
  }
  if (spec.wrap !== undefined || spec.horizontalAlignment !== undefined || spec.verticalAlignment !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...style.alignment };
    if (spec.wrap !== undefined) alignment.wrapText = spec.wrap;
    if (spec.horizontalAlignment !== undefined) alignment.horizontal = spec.horizontalAlignment;
    if (spec.verticalAlignment !== undefined) alignment.vertical = spec.verticalAlignment;
    style.alignment = alignment;
  }
  if (spec.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/**
 * Formats cells as another cell is: a copy of its whole style per target cell, so that later
 * formats change the copy and never the cell it came from.
 */
export function applyFormatsLike(ws: ExcelJS.Worksheet, specs: readonly FormatLikeSpec[], parse: (range: string) => RangeRef | null): void {
  for (const spec of specs) {
    const source = parse(spec.like);
    const target = parse(spec.range);
    if (!source || !target) throw new Error(`Bad format copy ${spec.like} to ${spec.range}`);
    const style = JSON.stringify(sheetCell(ws, source.row, source.col).style ?? {});
    for (let row = target.row; row < target.row + target.rows; row++) {
      for (let col = target.col; col < target.col + target.cols; col++) sheetCell(ws, row, col).style = JSON.parse(style) as Partial<ExcelJS.Style>;
    }
  }
}

/**
 * Applies a sheet's formats, giving every cell that ends up styled alike the same style object.
 * ExcelJS writes a style once per object it has seen (a WeakMap in its styles writer), so shared
 * objects save a generated sheet of thousands of rows several times faster than one copy per
 * cell. Sharing is safe because every later change goes through updateStyle's copy.
 */
export function applyFormats(ws: ExcelJS.Worksheet, formats: readonly FormatSpec[], parse: (range: string) => RangeRef | null): void {
  const boxes = formats.map((f) => {
    const box = parse(f.range);
    if (!box) throw new Error(`Bad format range ${f.range}`);
    return box;
  });
  // Between two neighbouring row edges every row is reached by the same formats, and within such a
  // band so is every cell between two neighbouring column edges: the formats that reach a cell (in
  // plan order: later formats win, as in the memory workbook) are worked out once per block, not
  // held per cell.
  const baseKeys = new WeakMap<object, string>();
  const styles = new Map<string, Map<string, Partial<ExcelJS.Style>>>();
  const alike = new Map<string, Partial<ExcelJS.Style>>();
  const all = boxes.map((_, k) => k);
  sweep(all, (k) => boxes[k]!.row, (k) => boxes[k]!.row + boxes[k]!.rows, (top, bottom, band) =>
    sweep(band, (k) => boxes[k]!.col, (k) => boxes[k]!.col + boxes[k]!.cols, (left, right, chain) => {
      const key = chain.join(',');
      let byBase = styles.get(key);
      if (!byBase) styles.set(key, (byBase = new Map()));
      for (let row = top; row < bottom; row++) {
        for (let col = left; col < right; col++) {
          const cell = sheetCell(ws, row, col);
          const base: Partial<ExcelJS.Style> = cell.style ?? {};
          // A new cell's style is a fresh `{}`: known as empty without remembering every one.
          let baseKey = isEmpty(base) ? '{}' : baseKeys.get(base);
          if (baseKey === undefined) baseKeys.set(base, (baseKey = JSON.stringify(base)));
          let style = byBase.get(baseKey);
          if (!style) {
            const made: Partial<ExcelJS.Style> = { ...base };
            for (const k of chain) applySpec(made, formats[k]!);
            // Different formats can come to the same style (a later one overriding an earlier one).
            const json = JSON.stringify(made);
            style = alike.get(json) ?? made;
            alike.set(json, style);
            byBase.set(baseKey, style);
          }
          cell.style = style;
        }
      }
    }),
  );
}

/**
 * Cuts the line at every end of the given spans (`ids` name them; `from` inclusive, `to`
 * exclusive) and calls `visit` for each piece that some span covers, with the spans covering it
 * in ascending order of id. A sweep, so that many small spans cost no more than their number.
 */
function sweep(ids: readonly number[], from: (id: number) => number, to: (id: number) => number, visit: (lo: number, hi: number, covering: readonly number[]) => void): void {
  const cuts = Array.from(new Set(ids.flatMap((k) => [from(k), to(k)]))).sort((a, b) => a - b);
  const byStart = [...ids].sort((a, b) => from(a) - from(b));
  let next = 0;
  let covering: number[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const lo = cuts[i]!;
    const before = covering.length;
    covering = covering.filter((k) => to(k) > lo);
    let changed = covering.length !== before;
    // Every start is a cut, so a span not yet taken starts exactly here or later.
    while (next < byStart.length && from(byStart[next]!) <= lo) {
      covering.push(byStart[next++]!);
      changed = true;
    }
    if (changed) covering.sort((a, b) => a - b);
    if (covering.length > 0) visit(lo, cuts[i + 1]!, covering);
  }
}

function isEmpty(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

/** Text format, so that Excel keeps a string that starts like a formula as text when edited. */
export function markAsText(cell: ExcelJS.Cell): void {
  if (cell.numFmt === '@') return;
  updateStyle(cell, (style) => {
    style.numFmt = '@';
  });
}

export function unlock(cell: ExcelJS.Cell): void {
  updateStyle(cell, (style) => {
    style.protection = { ...style.protection, locked: false };
  });
}
