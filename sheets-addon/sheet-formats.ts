/**
 * A plan's FormatSpecs as batch calls. On a fresh sheet one 2-D setter per property covers the
 * property's whole area (blank cells get the default); on the user's sheet every distinct value
 * is one RangeList call, so cells the plan does not name keep their own formatting.
 */
import type { FormatLikeSpec, FormatSpec } from '../core/workbook/plan';
import type { Box } from './cell-grids';
import { boxOf, paint, rectanglesByValue } from './cell-grids';
import type { SheetTarget } from './sheet-target';

type Prop = 'numberFormat' | 'fill' | 'fontColor' | 'bold' | 'italic' | 'fontSize' | 'wrap' | 'horizontalAlignment' | 'verticalAlignment';

type PropValue<P extends Prop> = NonNullable<FormatSpec[P]>;

function specsWith<P extends Prop>(formats: readonly FormatSpec[], prop: P): { range: string; value: PropValue<P> }[] {
  const out: { range: string; value: PropValue<P> }[] = [];
  for (const f of formats) {
    const v = f[prop];
    if (v !== undefined && v !== null) out.push({ range: f.range, value: v as PropValue<P> });
  }
  return out;
}

function painted<P extends Prop>(formats: readonly FormatSpec[], prop: P): { box: Box; grid: (PropValue<P> | undefined)[][] } | null {
  const items = specsWith(formats, prop);
  const box = boxOf(items.map((i) => i.range));
  return box ? { box, grid: paint(box, items) } : null;
}

const key = (v: unknown): string => JSON.stringify(v);

/** Per distinct value, one RangeList call over the cells that value covers. */
function byValue<P extends Prop>(t: SheetTarget, formats: readonly FormatSpec[], prop: P, set: (list: GoogleAppsScript.Spreadsheet.RangeList, value: PropValue<P>) => void): void {
  const p = painted(formats, prop);
  if (!p) return;
  for (const group of rectanglesByValue(p.box, p.grid, key)) set(t.rangeList(group.ranges), group.value);
}

/**
 * Cells formatted like another cell, before the plan's own formats: one `copyFormatToRange` per
 * copy, which takes the source's whole format as a person's paste of formats does.
 */
export function applyFormatsLike(t: SheetTarget, specs: readonly FormatLikeSpec[]): void {
  for (const spec of specs) {
    const to = boxOf([spec.range]);
    if (!to) continue;
    t.range(spec.like).copyFormatToRange(t.sheet, to.col + 1, to.col + to.cols, to.row + 1, to.row + to.rows);
  }
}

/**
 * Number formats go on before values: text in a cell formatted `@` is stored as typed, which is
 * how the Lists sheet keeps its "4" keys text.
 */
export function applyNumberFormats(t: SheetTarget, formats: readonly FormatSpec[]): void {
  byValue(t, formats, 'numberFormat', (list, v) => list.setNumberFormat(v));
}

/** The cells whose number format the plan sets to plain text, by "row,col" (0-based). */
export function plainTextCells(formats: readonly FormatSpec[]): (row: number, col: number) => boolean {
  const p = painted(formats, 'numberFormat');
  if (!p) return () => false;
  return (row, col) => p.grid[row - p.box.row]?.[col - p.box.col] === '@';
}

function textStyleKey(bold: boolean, italic: boolean, color: string, size: number): string {
  return `${bold ? 'b' : ''}${italic ? 'i' : ''}|${color}|${size}`;
}

const DEFAULT_FONT_COLOUR = '#000000';
const DEFAULT_FONT_SIZE = 10;

/** Text styles built so far in this execution, shared by every sheet it writes. */
const textStyles = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();

function textStyle(bold: boolean, italic: boolean, colour: string, size: number): GoogleAppsScript.Spreadsheet.TextStyle {
  const k = textStyleKey(bold, italic, colour, size);
  let style = textStyles.get(k);
  if (!style) {
    // A builder makes a value locally; it does not touch the document.
    style = SpreadsheetApp.newTextStyle().setBold(bold).setItalic(italic).setForegroundColor(colour).setFontSize(size).build();
    textStyles.set(k, style);
  }
  return style;
}

/** Bold, italic, colour and size of a fresh sheet in one `setTextStyles`, every attribute explicit. */
function freshTextStyles(t: SheetTarget, formats: readonly FormatSpec[]): void {
  const props = ['bold', 'italic', 'fontColor', 'fontSize'] as const;
  const box = boxOf(formats.filter((f) => props.some((p) => f[p] !== undefined)).map((f) => f.range));
  if (!box) return;
  const bold = paint(box, specsWith(formats, 'bold'));
  const italic = paint(box, specsWith(formats, 'italic'));
  const colour = paint(box, specsWith(formats, 'fontColor'));
  const size = paint(box, specsWith(formats, 'fontSize'));
  const grid: GoogleAppsScript.Spreadsheet.TextStyle[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const line: GoogleAppsScript.Spreadsheet.TextStyle[] = [];
    for (let c = 0; c < box.cols; c++) {
      line.push(textStyle(bold[r]![c] ?? false, italic[r]![c] ?? false, colour[r]![c] ?? DEFAULT_FONT_COLOUR, size[r]![c] ?? DEFAULT_FONT_SIZE));
    }
    grid.push(line);
  }
  t.box(box).setTextStyles(grid);
}

function wrapStrategy(wrap: boolean | undefined): GoogleAppsScript.Spreadsheet.WrapStrategy {
  return wrap ? SpreadsheetApp.WrapStrategy.WRAP : SpreadsheetApp.WrapStrategy.OVERFLOW;
}

function freshStyles(t: SheetTarget, formats: readonly FormatSpec[]): void {
  freshTextStyles(t, formats);
  const fill = painted(formats, 'fill');
  if (fill) t.box(fill.box).setBackgrounds(fill.grid.map((row) => row.map((v) => v ?? null)));
  const wrap = painted(formats, 'wrap');
  if (wrap) t.box(wrap.box).setWrapStrategies(wrap.grid.map((row) => row.map(wrapStrategy)));
  const h = painted(formats, 'horizontalAlignment');
  if (h) t.box(h.box).setHorizontalAlignments(h.grid.map((row) => row.map((v) => v ?? null)));
  const v = painted(formats, 'verticalAlignment');
  if (v) t.box(v.box).setVerticalAlignments(v.grid.map((row) => row.map((x) => x ?? null)));
}

function userSheetStyles(t: SheetTarget, formats: readonly FormatSpec[]): void {
  byValue(t, formats, 'bold', (list, v) => list.setFontWeight(v ? 'bold' : 'normal'));
  byValue(t, formats, 'italic', (list, v) => list.setFontStyle(v ? 'italic' : 'normal'));
  byValue(t, formats, 'fontColor', (list, v) => list.setFontColor(v));
  byValue(t, formats, 'fontSize', (list, v) => list.setFontSize(v));
  byValue(t, formats, 'fill', (list, v) => list.setBackground(v));
  byValue(t, formats, 'wrap', (list, v) => list.setWrapStrategy(wrapStrategy(v)));
  byValue(t, formats, 'horizontalAlignment', (list, v) => list.setHorizontalAlignment(v));
  byValue(t, formats, 'verticalAlignment', (list, v) => list.setVerticalAlignment(v));
}

/** Everything but number formats, after the values are in. */
export function applyStyles(t: SheetTarget, formats: readonly FormatSpec[]): void {
  if (t.fresh) freshStyles(t, formats);
  else userSheetStyles(t, formats);
  const bordered = formats.filter((f) => f.border).map((f) => f.range);
  // A thin black line around and between the cells, the plan's only border.
  if (bordered.length > 0) t.rangeList(bordered).setBorder(true, true, true, true, true, true);
}
