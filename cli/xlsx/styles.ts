/** Plan formats → ExcelJS cell styles, without disturbing cells that share a style object. */
import type * as ExcelJS from 'exceljs';
import type { FormatSpec } from '../../core/workbook/plan';

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
 * Applies a sheet's formats, giving every cell that ends up styled alike the same style object.
 * ExcelJS writes a style once per object it has seen (a WeakMap in its styles writer), so shared
 * objects save a generated sheet of thousands of rows several times faster than one copy per
 * cell. Sharing is safe because every later change goes through updateStyle's copy.
 */
export function applyFormats(ws: ExcelJS.Worksheet, formats: readonly FormatSpec[], parse: (range: string) => { row: number; col: number; rows: number; cols: number } | null): void {
  // Which formats reach each cell, in plan order (later formats win, as in the memory workbook).
  const chains = new Map<number, Map<number, number[]>>();
  formats.forEach((f, i) => {
    const r = parse(f.range);
    if (!r) throw new Error(`Bad format range ${f.range}`);
    for (let row = r.row; row < r.row + r.rows; row++) {
      let cols = chains.get(row);
      if (!cols) chains.set(row, (cols = new Map()));
      for (let col = r.col; col < r.col + r.cols; col++) {
        const chain = cols.get(col);
        if (chain) chain.push(i);
        else cols.set(col, [i]);
      }
    }
  });
  const baseKeys = new WeakMap<object, string>();
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [row, cols] of chains) {
    for (const [col, chain] of cols) {
      const cell = ws.getCell(row + 1, col + 1);
      const base: Partial<ExcelJS.Style> = cell.style ?? {};
      let baseKey = baseKeys.get(base);
      if (baseKey === undefined) baseKeys.set(base, (baseKey = JSON.stringify(base)));
      const key = `${baseKey}|${chain.join(',')}`;
      let style = styles.get(key);
      if (!style) {
        style = { ...base };
        for (const i of chain) applySpec(style, formats[i]!);
        styles.set(key, style);
      }
      cell.style = style;
    }
  }
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
