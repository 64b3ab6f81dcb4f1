/**
 * The Heatmap: inherent and residual grids (likelihood down, highest first; impact across),
 * each count a live COUNTIFS over the register's rating column so it follows the register
 * between regenerations; each cell filled with the band colour of its score, with the risk ids
 * in it listed beneath (static text as of the last regeneration). Then a movement table:
 * inherent band against residual band.
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
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { HEADER_FILL, HEADER_FONT, frameFormats, headerFormat } from './layout';
import { LINE_HEIGHT, wrappedLines } from '../workbook/text-fit';

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
    idsByRating.set(key, [...(idsByRating.get(key) ?? []), r.id.trim()]);
  }
  const impacts = m.impact.length;
  cells.push([title]);
  formats.push({ range: cellAddress(top, 0), bold: true, fontSize: 12 });
  cells.push([CORNER, ...m.impact.map(levelOption)]);
  formats.push(headerFormat(rangeAddress(top + 1, 0, 1, impacts + 1)));
  for (let li = m.likelihood.length - 1; li >= 0; li--) {
    const countRow = top + cells.length;
    const counts: PlanCell[] = [levelOption(m.likelihood[li]!)];
    const ids: PlanCell[] = [null];
    for (let ii = 0; ii < impacts; ii++) {
      const key = ratingKey(li, ii);
      counts.push(countFormula([[ratingRange, key]]));
      ids.push((idsByRating.get(key) ?? []).join(', '));
      const fill = bandFor(m, scoreFor(m, li, ii))?.colour;
      if (fill) formats.push({ range: rangeAddress(countRow, ii + 1, 2, 1), fill });
    }
    cells.push(counts, ids);
    // Ids print small: as many fit in a grid cell as 11 pt text in a column 11/8 as wide.
    const idLines = Math.max(...ids.map((t) => wrappedLines(typeof t === 'string' ? t : '', (GRID_WIDTH * 11) / ID_FONT_SIZE)));
    rowHeights.push({ row: countRow, height: COUNT_ROW_HEIGHT }, { row: countRow + 1, height: Math.max(1, idLines) * ID_LINE_HEIGHT + 2 });
    merges.push(rangeAddress(countRow, 0, 2, 1));
    formats.push({ range: rangeAddress(countRow, 0, 2, 1), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, verticalAlignment: 'middle' });
    formats.push({ range: rangeAddress(countRow, 1, 1, impacts), bold: true, fontSize: 14, horizontalAlignment: 'center', verticalAlignment: 'bottom' });
    formats.push({ range: rangeAddress(countRow + 1, 1, 1, impacts), fontSize: ID_FONT_SIZE, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'top' });
  }
  formats.push({ range: rangeAddress(top + 2, 0, m.likelihood.length * 2, impacts + 1), border: true });
  return { cells, formats, merges, rowHeights };
}

export function heatmapSheetPlan(input: HeatmapInput): { sheet: SheetPlan } {
  const { methodology: m, register: reg, risks } = input;
  const cells: PlanCell[][] = [[HEATMAP_TITLE], [stampLine(input.stamp)], []];
  const formats: FormatSpec[] = [...frameFormats()];
  const merges: string[] = [];
  const rowHeights: RowHeightSpec[] = [];
  const add = (g: Grid): void => {
    cells.push(...g.cells, []);
    formats.push(...g.formats);
    merges.push(...g.merges);
    rowHeights.push(...g.rowHeights);
  };

  add(riskGrid('Inherent risk (before treatment)', cells.length, m, columnRange(reg, reg.inherentRating), (r) => ratingOf(r.likelihood, r.impact), risks));
  add(riskGrid('Residual risk (after treatment)', cells.length, m, columnRange(reg, reg.residualRating), (r) => ratingOf(r.residualLikelihood, r.residualImpact), risks));

  // Movement: how many risks of each inherent band ended in each residual band.
  const top = cells.length;
  const bands = m.bands;
  const inherentLevels = columnRange(reg, reg.inherentLevel);
  const residualLevels = columnRange(reg, reg.residualLevel);
  cells.push(['Movement: inherent level (rows) to residual level (columns)']);
  formats.push({ range: cellAddress(top, 0), bold: true, fontSize: 12 });
  cells.push(['Inherent ↓  Residual →', ...bands.map((b) => b.name), NO_RESIDUAL, 'All inherent']);
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
    formats.push({ range: rangeAddress(top + 2, 1, bands.length, bands.length + 2), horizontalAlignment: 'center' });
  }
  rowHeights.push({ row: top + 1, height: 2 * LINE_HEIGHT });

  const width = Math.max(m.impact.length + 1, bands.length + 3);
  const grid = cells.map((r) => {
    const out = [...r];
    while (out.length < width) out.push(null);
    return out;
  });
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
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  };
  return { sheet };
}
