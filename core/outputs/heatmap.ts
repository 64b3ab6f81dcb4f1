/**
 * The Heatmap: inherent and residual grids (likelihood down, lowest first as in the
 * Methodology's matrix, so the two read the same way up; impact across), each count a live
 * COUNTIFS over the register's rating column so it follows the register between regenerations
 * and shows blank where no risk is; each cell filled with the band colour of its score, with the
 * risk ids in it listed beneath (static text as of the last regeneration), broken between ids
 * only. Then a movement table: inherent band against residual band. Each block prints whole,
 * on a new page where it would not fit on the one before.
 *
 * What people type around it survives regeneration. Riskbook finds its own blocks on the old
 * sheet by their titles in column A and their shape (count formulas, "All inherent"), so it needs
 * no record of what it wrote: everything else is people's. Text above the first grid stays; a
 * cell beside a block keeps its row in that block (and its distance from the block's right
 * edge); a cell below a block keeps its distance below the block's end, and the blank rows
 * between blocks stay as people left them. Cells inside a block are Riskbook's and are rewritten.
 */
import { levelOption } from '../methodology/levels';
import { bandFor, scoreFor } from '../methodology/scoring';
import type { Methodology } from '../methodology/types';
import { assertPortable, formulaString } from '../formula/allow-list';
import { ratingKey } from '../formula/register-formulas';
import type { LevelRef, RegisterLocation, Risk } from '../register/types';
import { cellAddress, rangeAddress, sheetReference } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { FormatSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { carryCell, isEmptyPlanCell, sameText, textOf } from './cells';
import { HEADER_FILL, HEADER_FONT, STAMP_ROW, TITLE_ROW, headerFormat, placeFrame } from './layout';
import { carryRow, sheetWidth } from './preserve';
import { LINE_HEIGHT, brokenBetween, wrappedLines } from '../workbook/text-fit';
import { printedRowHeights, sectionBreaks } from '../workbook/page-breaks';
import { shortestPrintableHeight } from '../workbook/print-layout';
import { appendAll, maxOf } from '../arrays';
import { listedIds } from './id-list';

/**
 * Where the heatmap's formulas read the register. All rows and columns 0-based; the counted rows
 * run from `firstDataRow` to `lastDataRow` inclusive, which should include the headroom the
 * register's own formulas cover so risks added later are counted without regenerating.
 */
export interface RegisterColumns {
  readonly sheet: string;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** The derived `L4/I5` rating columns. */
  readonly inherentRating: number;
  readonly residualRating: number;
  /** The derived band-name columns. */
  readonly inherentLevel: number;
  readonly residualLevel: number;
}

/** Rows below the last risk the counts still cover. */
export const REGISTER_HEADROOM = 200;

/**
 * The columns a heatmap needs from a register location; null when the register does not have
 * Riskbook's derived rating and level columns yet.
 */
export function registerColumns(location: RegisterLocation, risks: readonly Risk[], headroom = REGISTER_HEADROOM): RegisterColumns | null {
  const m = location.mapping;
  if (m.inherentRating === undefined || m.residualRating === undefined || m.inherentLevel === undefined || m.residualLevel === undefined) return null;
  const firstDataRow = location.headerRow + 1;
  const lastRisk = risks.reduce((max, r) => Math.max(max, r.row), firstDataRow);
  return {
    sheet: location.sheet,
    firstDataRow,
    lastDataRow: lastRisk + headroom,
    inherentRating: m.inherentRating,
    residualRating: m.residualRating,
    inherentLevel: m.inherentLevel,
    residualLevel: m.residualLevel,
  };
}

export const HEATMAP_TITLE = 'Heatmap';
const CORNER = 'Likelihood ↓  Impact →';
const ID_FONT_SIZE = 8;
const ID_LINE_HEIGHT = 11;
/** Room for the 14 pt count above its ids. */
const COUNT_ROW_HEIGHT = 21;
const GRID_WIDTH = 16;
/** The width of a grid column in units of 11 pt text, for the smaller ids. */
const ID_WIDTH = (GRID_WIDTH * 11) / ID_FONT_SIZE;
/** A count shows blank where it is zero: an empty cell of the grid reads at a glance. */
const BLANK_ZERO = '0;-0;;@';
const NO_RESIDUAL = 'Accepted or not rescored';

export interface HeatmapInput {
  readonly risks: readonly Risk[];
  readonly methodology: Methodology;
  readonly register: RegisterColumns;
  readonly stamp: Stamp;
}

function columnRange(reg: RegisterColumns, col: number): string {
  return sheetReference(reg.sheet, rangeAddress(reg.firstDataRow, col, reg.lastDataRow - reg.firstDataRow + 1, 1, true));
}

/**
 * COUNTIFS criteria are patterns: `*`, `?` and `~` are wildcards and a leading `<`, `>` or `=`
 * is a comparison. Prefixing `=` and escaping the wildcards makes the text match only itself.
 */
export function exactCriterion(text: string): string {
  return /[*?~<>=]/.test(text) ? `=${text.replace(/[~*?]/g, (ch) => `~${ch}`)}` : text;
}

function countFormula(pairs: readonly (readonly [range: string, criterion: string])[]): { formula: string } {
  return { formula: assertPortable(`=COUNTIFS(${pairs.map(([r, c]) => `${r},${formulaString(exactCriterion(c))}`).join(',')})`) };
}

type Grid = { cells: PlanCell[][]; formats: FormatSpec[]; merges: string[]; rowHeights: RowHeightSpec[] };

function ratingOf(l: LevelRef | null, i: LevelRef | null): string | null {
  return l && i ? ratingKey(l.index, i.index) : null;
}

function riskGrid(
  title: string,
  top: number,
  m: Methodology,
  ratingRange: string,
  ratingFor: (r: Risk) => string | null,
  risks: readonly Risk[],
): Grid {
  const cells: PlanCell[][] = [];
  const formats: FormatSpec[] = [];
  const merges: string[] = [];
  const rowHeights: RowHeightSpec[] = [];
  const idsByRating = new Map<string, string[]>();
  for (const r of risks) {
    const key = ratingFor(r);
    if (key === null || r.id.trim() === '') continue;
    const ids = idsByRating.get(key);
    if (ids) ids.push(r.id.trim());
    else idsByRating.set(key, [r.id.trim()]);
  }
  const impacts = m.impact.length;
  cells.push([title]);
  formats.push({ range: cellAddress(top, 0), bold: true, fontSize: 12 });
  cells.push([CORNER, ...m.impact.map(levelOption)]);
  formats.push(headerFormat(rangeAddress(top + 1, 0, 1, impacts + 1)));
  // Likelihood rows in the order of the Methodology's matrix, so both read the same way up.
  for (let li = 0; li < m.likelihood.length; li++) {
    const countRow = top + cells.length;
    const counts: PlanCell[] = [levelOption(m.likelihood[li]!)];
    const ids: PlanCell[] = [null];
    for (let ii = 0; ii < impacts; ii++) {
      const key = ratingKey(li, ii);
      counts.push(countFormula([[ratingRange, key]]));
      ids.push(brokenBetween(listedIds(idsByRating.get(key) ?? [], 'filter the register by this rating for all of them'), ', ', ID_WIDTH));
      const fill = bandFor(m, scoreFor(m, li, ii))?.colour;
      if (fill) formats.push({ range: rangeAddress(countRow, ii + 1, 2, 1), fill });
    }
    cells.push(counts, ids);
    // Ids print small: as many fit in a grid cell as 11 pt text in a column 11/8 as wide.
    const idLines = maxOf(ids.map((t) => wrappedLines(typeof t === 'string' ? t : '', ID_WIDTH)));
    rowHeights.push({ row: countRow, height: COUNT_ROW_HEIGHT }, { row: countRow + 1, height: Math.max(1, idLines) * ID_LINE_HEIGHT + 2 });
    merges.push(rangeAddress(countRow, 0, 2, 1));
    formats.push({ range: rangeAddress(countRow, 0, 2, 1), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, verticalAlignment: 'middle' });
    formats.push({ range: rangeAddress(countRow, 1, 1, impacts), bold: true, fontSize: 14, horizontalAlignment: 'center', verticalAlignment: 'bottom', numberFormat: BLANK_ZERO });
    formats.push({ range: rangeAddress(countRow + 1, 1, 1, impacts), fontSize: ID_FONT_SIZE, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'top' });
  }
  formats.push({ range: rangeAddress(top + 2, 0, m.likelihood.length * 2, impacts + 1), border: true });
  return { cells, formats, merges, rowHeights };
}

const INHERENT_TITLE = 'Inherent risk (before treatment)';
const RESIDUAL_TITLE = 'Residual risk (after treatment)';
const MOVEMENT_TITLE = 'Movement: inherent level (rows) to residual level (columns)';
const ALL_INHERENT = 'All inherent';
/** Rows above the first grid on a sheet Riskbook creates: title, stamp, a blank row. */
const FRAME_ROWS = 3;

/** One of Riskbook's blocks (a grid or the movement table): its title row, last row and width from column A. */
interface Block {
  readonly top: number;
  readonly end: number;
  readonly width: number;
}

function movementTable(top: number, m: Methodology, reg: RegisterColumns): Grid {
  const cells: PlanCell[][] = [];
  const formats: FormatSpec[] = [];
  const bands = m.bands;
  const inherentLevels = columnRange(reg, reg.inherentLevel);
  const residualLevels = columnRange(reg, reg.residualLevel);
  cells.push([MOVEMENT_TITLE]);
  formats.push({ range: cellAddress(top, 0), bold: true, fontSize: 12 });
  cells.push(['Inherent ↓  Residual →', ...bands.map((b) => b.name), NO_RESIDUAL, ALL_INHERENT]);
  formats.push(headerFormat(rangeAddress(top + 1, 0, 1, bands.length + 3)));
  bands.forEach((from, i) => {
    const row: PlanCell[] = [from.name];
    for (const to of bands) row.push(countFormula([[inherentLevels, from.name], [residualLevels, to.name]]));
    // Accepted risks, and treated ones not yet rescored: the rest of the row, so rows add up.
    const r = top + 2 + i;
    const banded = bands.map((_, j) => cellAddress(r, 1 + j)).join('-');
    row.push({ formula: assertPortable(`=${cellAddress(r, bands.length + 2)}-${banded}`) });
    row.push(countFormula([[inherentLevels, from.name]]));
    cells.push(row);
    formats.push({ range: cellAddress(r, 0), bold: true, fill: from.colour });
  });
  bands.forEach((to, j) => formats.push({ range: cellAddress(top + 1, 1 + j), fill: to.colour, fontColor: '#000000' }));
  if (bands.length > 0) {
    formats.push({ range: rangeAddress(top + 2, 0, bands.length, bands.length + 3), border: true });
    formats.push({ range: rangeAddress(top + 2, 1, bands.length, bands.length + 2), horizontalAlignment: 'center', numberFormat: BLANK_ZERO });
  }
  return { cells, formats, merges: [], rowHeights: [{ row: top + 1, height: 2 * LINE_HEIGHT }] };
}

function isCountFormula(sheet: SheetSnapshot, r: number, c: number): boolean {
  return /^=\s*COUNTIFS\(/i.test(formulaAt(sheet, r, c) ?? '');
}

/** Non-empty cells of a row from column A on, up to the first empty one. */
function filledRun(sheet: SheetSnapshot, r: number): number {
  let c = 0;
  while (textOf(cellAt(sheet, r, c)) !== '') c++;
  return c;
}

/** A grid as an earlier regeneration left it: title, header, then count and id rows while counts are formulas. */
function oldGrid(sheet: SheetSnapshot, top: number): Block {
  let counts = 0;
  while (isCountFormula(sheet, top + 2, 1 + counts)) counts++;
  const width = counts > 0 ? counts + 1 : filledRun(sheet, top + 1);
  let r = top + 2;
  // A row of the grid starts with Riskbook's count; any other formula there is a person's note.
  while (width > 1 && isCountFormula(sheet, r, 1)) r += 2;
  return { top, end: r - 1, width: Math.max(width, 1) };
}

/** The movement table as an earlier regeneration left it: up to "All inherent", then rows of formulas. */
function oldMovement(sheet: SheetSnapshot, top: number): Block {
  const header = sheet.values[top + 1] ?? [];
  const last = header.findIndex((v) => typeof v === 'string' && sameText(v, ALL_INHERENT));
  const width = last >= 0 ? last + 1 : filledRun(sheet, top + 1);
  let r = top + 2;
  while (width > 1 && isCountFormula(sheet, r, 1)) r++;
  return { top, end: r - 1, width: Math.max(width, 1) };
}

/**
 * Riskbook's three blocks on an existing Heatmap, found by their titles in column A (in order,
 * each once) and measured by the shape Riskbook gives them; null when the sheet does not read as
 * one Riskbook laid out.
 */
function oldLayout(sheet: SheetSnapshot): readonly [Block, Block, Block] | null {
  const rows = usedRowCount(sheet);
  const rowOf = (match: (text: string) => boolean): number => {
    for (let r = 0; r < rows; r++) if (match(textOf(cellAt(sheet, r, 0)))) return r;
    return -1;
  };
  const inherent = rowOf((t) => sameText(t, INHERENT_TITLE));
  const residual = rowOf((t) => sameText(t, RESIDUAL_TITLE));
  const movement = rowOf((t) => t.toLowerCase().startsWith('movement:'));
  if (inherent < 0 || residual < 0 || movement < 0) return null;
  const blocks = [oldGrid(sheet, inherent), oldGrid(sheet, residual), oldMovement(sheet, movement)] as const;
  if (!(blocks[0].end < blocks[1].top && blocks[1].end < blocks[2].top)) return null;
  return blocks;
}

function inBlock(b: Block, r: number, c: number): boolean {
  // The title row holds only the title; the rest of it is free for people.
  return r === b.top ? c === 0 : r > b.top && r <= b.end && c < b.width;
}

/** A person's cell on the old sheet. */
interface Note {
  readonly row: number;
  readonly col: number;
  readonly cell: PlanCell;
}

/**
 * Where each person's cell of the old sheet goes on the new one. Beside a block (its rows): the
 * same row of the block, as far right of the block's edge as it was. Below a block (up to the
 * next one, or the end of the sheet): as far below the block's end. Cells of Riskbook's blocks
 * are Riskbook's and are written afresh.
 */
function movedNotes(sheet: SheetSnapshot, old: readonly Block[], fresh: readonly Block[]): Note[] {
  const notes: Note[] = [];
  const width = sheetWidth(sheet);
  const rows = usedRowCount(sheet);
  for (let r = old[0]!.top; r < rows; r++) {
    // The block whose rows, or the rows below it, hold r.
    let i = old.length - 1;
    while (i > 0 && r < old[i]!.top) i--;
    const was = old[i]!;
    const now = fresh[i]!;
    for (let c = 0; c < width; c++) {
      const cell = carryCell(cellAt(sheet, r, c), formulaAt(sheet, r, c));
      if (cell === null || inBlock(was, r, c)) continue;
      if (r <= was.end) notes.push({ row: now.top + (r - was.top), col: c >= was.width ? c + now.width - was.width : c, cell });
      else notes.push({ row: now.end + (r - was.end), col: c, cell });
    }
  }
  return notes;
}

export function heatmapSheetPlan(input: HeatmapInput, existing?: SheetSnapshot): { sheet: SheetPlan } {
  const { methodology: m, register: reg, risks } = input;
  const old = existing ? oldLayout(existing) : null;

  // Above the first grid: what the old sheet had there (title, stamp and people's notes), or the
  // whole of a sheet Riskbook cannot read as its own, kept above rather than lost.
  const preamble: PlanCell[][] = [];
  if (existing) {
    const width = sheetWidth(existing);
    const end = old ? old[0].top : width > 0 ? usedRowCount(existing) : 0;
    for (let r = 0; r < end; r++) preamble.push(carryRow(existing, r, width));
    if (!old && end > 0) preamble.push([]);
  }
  while (preamble.length < FRAME_ROWS) preamble.push([]);
  const frame = placeFrame(preamble, [
    { kind: 'title', text: HEATMAP_TITLE, row: TITLE_ROW },
    { kind: 'stamp', text: stampLine(input.stamp), row: STAMP_ROW },
  ]);

  // The blocks, as far apart as people left them (one blank row on a new sheet).
  const gridHeight = 2 + 2 * m.likelihood.length;
  const gaps = old ? [old[1].top - old[0].end - 1, old[2].top - old[1].end - 1] : [1, 1];
  const tops = [frame.grid.length];
  tops.push(tops[0]! + gridHeight + gaps[0]!);
  tops.push(tops[1]! + gridHeight + gaps[1]!);
  const grids = [
    riskGrid(INHERENT_TITLE, tops[0]!, m, columnRange(reg, reg.inherentRating), (r) => ratingOf(r.likelihood, r.impact), risks),
    riskGrid(RESIDUAL_TITLE, tops[1]!, m, columnRange(reg, reg.residualRating), (r) => ratingOf(r.residualLikelihood, r.residualImpact), risks),
    movementTable(tops[2]!, m, reg),
  ];
  const blocks: Block[] = grids.map((g, i) => ({ top: tops[i]!, end: tops[i]! + g.cells.length - 1, width: maxOf(g.cells.map((r) => r.length)) }));

  const cells: PlanCell[][] = frame.grid.map((r) => [...r]);
  const put = (row: number, col: number, cell: PlanCell): void => {
    while (cells.length <= row) cells.push([]);
    const r = cells[row]!;
    while (r.length <= col) r.push(null);
    r[col] = cell;
  };
  grids.forEach((g, i) => g.cells.forEach((row, j) => row.forEach((cell, c) => put(blocks[i]!.top + j, c, cell))));
  if (existing && old) {
    const taken = (r: number, c: number): boolean => blocks.some((b) => inBlock(b, r, c)) || !isEmptyPlanCell(cells[r]?.[c]);
    for (const note of movedNotes(existing, old, blocks)) {
      let col = note.col;
      // A cell Riskbook now writes (the method grew) pushes the note right, past the block.
      if (taken(note.row, col)) {
        col = Math.max(col, maxOf(blocks.filter((b) => note.row >= b.top && note.row <= b.end).map((b) => b.width)));
        while (taken(note.row, col)) col++;
      }
      put(note.row, col, note.cell);
    }
  }

  const formats: FormatSpec[] = [...frame.formats];
  const merges: string[] = [];
  const rowHeights: RowHeightSpec[] = [];
  for (const g of grids) {
    appendAll(formats, g.formats);
    appendAll(merges, g.merges);
    appendAll(rowHeights, g.rowHeights);
  }

  const width = Math.max(m.impact.length + 1, m.bands.length + 3);
  const writeWidth = Math.max(width, maxOf(cells.map((r) => r.length)));
  const grid = cells.map((r) => {
    const out = [...r];
    while (out.length < writeWidth) out.push(null);
    return out;
  });
  const laidOut = { rowHeights, formats };
  const sheet: SheetPlan = {
    name: SHEETS.heatmap,
    mode: 'replace',
    frozenRows: 2,
    columnWidths: [{ col: 0, width: 24 }, ...Array.from({ length: width - 1 }, (_, i) => ({ col: i + 1, width: GRID_WIDTH }))],
    rowHeights,
    writes: [{ at: 'A1', cells: grid }],
    formats,
    validations: [],
    conditionalFormats: [],
    merges,
    pageSetup: {
      orientation: 'landscape',
      paperSize: 'A4',
      pagesWide: 1,
      // Each block whole on a page: the program's scale is not known here, so the breaks are
      // laid out at full size on the shortest paper, where a block that fits fits everywhere.
      rowBreaks: sectionBreaks({
        sections: blocks.map((b) => ({ first: b.top, last: b.end })),
        heightOf: printedRowHeights(laidOut),
        pageHeight: shortestPrintableHeight('landscape'),
      }),
    },
  };
  return { sheet };
}
