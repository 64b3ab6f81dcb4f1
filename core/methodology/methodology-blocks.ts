/**
 * The pieces of the Methodology sheet Riskbook writes, each at a position the caller chooses: the
 * whole generated sheet lays them out by methodologyLayout(), an edit from the panel writes them
 * where the team's tables are, and a run adds a section the sheet lacks below the team's content.
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import { NAMES } from '../workbook/names';
import type { FormatSpec, NamedRangeSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import { fitRowHeights } from '../workbook/text-fit';
import { levelOption } from './levels';
import { MATRIX_FIRST_COL, SETTING_ORDER } from './methodology-layout';
import type { SectionKey, SettingKey } from './methodology-text';
import {
  BAND_HEADER, DECISION_LABELS, DIMENSION_SEPARATOR, HEADINGS, HEADING_NOTES, IMPACT_RULE_LABELS, MATRIX_CORNER, MATRIX_NOTES,
  SCALE_HEADER, SCORING_LABELS, SETTING_LABELS,
} from './methodology-text';
import { bandFor } from './scoring';
import type { Methodology, ScaleLevel } from './types';
import { maxOf } from '../arrays';

export const NOTE_COLOUR = '#595959';
const HEADER_FILL = '#D9E1F2';
const TEXT = '@';

/** Width of each table: value, label, description; band, min, max, colour, decision. */
export const SCALE_WIDTH = 3;
export const BAND_WIDTH = 5;

/** A Methodology sheet's plan and the named ranges over its tables. */
export interface MethodologySheetPlan {
  readonly sheet: SheetPlan;
  readonly names: NamedRangeSpec[];
}

/** Where a table sits: its header row (none when the team's table has none) and first data row. */
export interface TablePlace {
  readonly header: number | null;
  readonly first: number;
}

export function settingValue(m: Methodology, key: SettingKey): PlanCell {
  switch (key) {
    case 'version':
      return m.version;
    case 'scoring':
      return SCORING_LABELS[m.scoring];
    case 'impactDimensions':
      return m.impactDimensions.join(DIMENSION_SEPARATOR);
    case 'impactRule':
      return IMPACT_RULE_LABELS[m.impactRule];
    case 'reviewIntervalDays':
      return m.reviewIntervalDays;
  }
}

/** A heading and the note Riskbook prints beside it (the matrix note depends on the method). */
export function headingCells(key: SectionKey, m: Methodology): PlanCell[] {
  const note = key === 'matrix' ? MATRIX_NOTES[m.scoring] : HEADING_NOTES[key];
  return note === undefined ? [HEADINGS[key]] : [HEADINGS[key], note];
}

export function settingRows(m: Methodology): PlanCell[][] {
  return SETTING_ORDER.map((k) => [SETTING_LABELS[k], settingValue(m, k)]);
}

export function scaleRows(levels: readonly ScaleLevel[]): PlanCell[][] {
  return levels.map((l) => [l.value, l.label, l.description]);
}

export function matrixHeader(m: Methodology): PlanCell[] {
  return [MATRIX_CORNER, ...m.impact.map(levelOption)];
}

export function matrixCells(m: Methodology): PlanCell[][] {
  return m.likelihood.map((lv, i) => [levelOption(lv), ...m.impact.map((_, j) => m.matrix[i]?.[j] ?? '')]);
}

export function bandRows(m: Methodology): PlanCell[][] {
  return m.bands.map((b) => [b.name, b.min, b.max, b.colour, DECISION_LABELS[b.decision]]);
}

/** The header row and data rows of a table section. */
export function tableCells(key: 'likelihood' | 'impact' | 'matrix' | 'bands', m: Methodology): { header: PlanCell[]; rows: PlanCell[][] } {
  switch (key) {
    case 'likelihood':
      return { header: [...SCALE_HEADER], rows: scaleRows(m.likelihood) };
    case 'impact':
      return { header: [...SCALE_HEADER], rows: scaleRows(m.impact) };
    case 'matrix':
      return { header: matrixHeader(m), rows: matrixCells(m) };
    case 'bands':
      return { header: [...BAND_HEADER], rows: bandRows(m) };
  }
}

export function titleFormat(at: string): FormatSpec {
  return { range: at, bold: true, fontSize: 14 };
}

export function stampFormat(at: string): FormatSpec {
  return { range: at, italic: true, fontColor: NOTE_COLOUR };
}

export function headingFormats(row: number): FormatSpec[] {
  return [{ range: cellAddress(row, 0), bold: true, fontSize: 12 }, { range: cellAddress(row, 1), italic: true, fontColor: NOTE_COLOUR }];
}

/** The value cell of a setting: text format keeps "1.0" from turning into a number. */
export function settingFormat(key: SettingKey, row: number): FormatSpec {
  const at = cellAddress(row, 1);
  return key === 'reviewIntervalDays' ? { range: at, horizontalAlignment: 'left' } : { range: at, numberFormat: TEXT, horizontalAlignment: 'left' };
}

function headerFormat(row: number, cols: number): FormatSpec {
  return { range: rangeAddress(row, 0, 1, cols), bold: true, fill: HEADER_FILL, border: true, wrap: true, verticalAlignment: 'top' };
}

export function scaleFormats(place: TablePlace, n: number): FormatSpec[] {
  const out: FormatSpec[] = place.header === null ? [] : [headerFormat(place.header, SCALE_WIDTH)];
  if (n === 0) return out;
  out.push({ range: rangeAddress(place.first, 0, n, SCALE_WIDTH), border: true, verticalAlignment: 'top' });
  out.push({ range: rangeAddress(place.first, 0, n, 1), horizontalAlignment: 'center' });
  out.push({ range: rangeAddress(place.first, 1, n, 2), numberFormat: TEXT, wrap: true });
  return out;
}

/** Each score cell centred, bordered and filled with its band's colour. */
export function matrixFormats(m: Methodology, place: TablePlace): FormatSpec[] {
  const out: FormatSpec[] = place.header === null ? [] : [headerFormat(place.header, 1 + m.impact.length)];
  out.push({ range: rangeAddress(place.first, 0, m.likelihood.length, 1), bold: true, border: true });
  m.likelihood.forEach((_, i) =>
    m.impact.forEach((_, j) => {
      const band = bandFor(m, m.matrix[i]?.[j] ?? null);
      const cell: FormatSpec = { range: cellAddress(place.first + i, MATRIX_FIRST_COL + j), horizontalAlignment: 'center', border: true };
      out.push(band ? { ...cell, fill: band.colour } : cell);
    }),
  );
  return out;
}

export function bandFormats(m: Methodology, place: TablePlace): FormatSpec[] {
  const out: FormatSpec[] = place.header === null ? [] : [headerFormat(place.header, BAND_WIDTH)];
  if (m.bands.length > 0) {
    const n = m.bands.length;
    out.push({ range: rangeAddress(place.first, 0, n, BAND_WIDTH), border: true, verticalAlignment: 'top' });
    out.push({ range: rangeAddress(place.first, 1, n, 2), horizontalAlignment: 'center' });
    out.push({ range: rangeAddress(place.first, 3, n, 2), numberFormat: TEXT, wrap: true });
    m.bands.forEach((b, i) => out.push({ range: cellAddress(place.first + i, 0), numberFormat: TEXT, bold: true, fill: b.colour }));
  }
  return out;
}

export function tableFormats(key: 'likelihood' | 'impact' | 'matrix' | 'bands', m: Methodology, place: TablePlace): FormatSpec[] {
  switch (key) {
    case 'likelihood':
      return scaleFormats(place, m.likelihood.length);
    case 'impact':
      return scaleFormats(place, m.impact.length);
    case 'matrix':
      return matrixFormats(m, place);
    case 'bands':
      return bandFormats(m, place);
  }
}

const COLUMN_WIDTHS: readonly number[] = [30, 20, 50, 14, 32];
const MATRIX_COLUMN_WIDTH = 14;

/** Width of each column in characters: the five table columns, then one per further impact level. */
export function columnWidthList(m: Methodology): number[] {
  const widths = [...COLUMN_WIDTHS];
  for (let c = widths.length; c <= m.impact.length; c++) widths.push(MATRIX_COLUMN_WIDTH);
  return widths;
}

/** Rows whose wrapped descriptions need more than one line (see workbook/text-fit). */
export function scaleRowHeights(m: Methodology, levels: readonly ScaleLevel[], first: number): RowHeightSpec[] {
  return fitRowHeights(scaleRows(levels), { firstRow: first, widths: columnWidthList(m), wrapColumns: new Set([1, 2]) });
}

/** The matrix header's corner text wraps in column A. */
export function matrixHeaderHeight(m: Methodology, header: number): RowHeightSpec[] {
  return fitRowHeights([[MATRIX_CORNER]], { firstRow: header, widths: columnWidthList(m), wrapColumns: new Set([0]) });
}

export function tableRowHeights(key: 'likelihood' | 'impact' | 'matrix' | 'bands', m: Methodology, place: TablePlace): RowHeightSpec[] {
  if (key === 'likelihood') return scaleRowHeights(m, m.likelihood, place.first);
  if (key === 'impact') return scaleRowHeights(m, m.impact, place.first);
  if (key === 'matrix' && place.header !== null) return matrixHeaderHeight(m, place.header);
  return [];
}

/** Methodology with its bands in ascending order of min, as MATCH(score, RB_BandMins, 1) needs. */
export function withSortedBands(m: Methodology): Methodology {
  return { ...m, bands: [...m.bands].sort((a, b) => a.min - b.min) };
}

export type TableKey = 'likelihood' | 'impact' | 'matrix' | 'bands';
export const TABLE_KEYS: readonly TableKey[] = ['likelihood', 'impact', 'matrix', 'bands'];

/**
 * A whole section as Riskbook writes it when the sheet has none: heading, header, rows, starting
 * at `row`. Returns the cells, where its table sits, and its formats.
 */
export function sectionBlock(key: 'settings' | TableKey, m: Methodology, row: number): {
  cells: PlanCell[][];
  place: TablePlace;
  formats: FormatSpec[];
  rowHeights: RowHeightSpec[];
} {
  if (key === 'settings') {
    const cells = [headingCells('settings', m), ...settingRows(m)];
    const formats = [...headingFormats(row), ...SETTING_ORDER.map((k, i) => settingFormat(k, row + 1 + i))];
    return { cells, place: { header: null, first: row + 1 }, formats, rowHeights: [] };
  }
  const table = tableCells(key, m);
  const place: TablePlace = { header: row + 1, first: row + 2 };
  return {
    cells: [headingCells(key, m), table.header, ...table.rows],
    place,
    formats: [...headingFormats(row), ...tableFormats(key, m, place)],
    rowHeights: tableRowHeights(key, m, place),
  };
}

/** Pads rows with null (leave as is) so a block is a rectangle. */
export function rectangle(rows: readonly (readonly PlanCell[])[]): PlanCell[][] {
  const width = Math.max(0, maxOf(rows.map((r) => r.length)));
  return rows.map((r) => [...r, ...Array<PlanCell>(width - r.length).fill(null)]);
}

/** The four named ranges, over a matrix and a band table placed as given. */
export function methodologyNames(
  sheet: string,
  matrix: { readonly row: number; readonly rows: number; readonly cols: number },
  bands: { readonly first: number; readonly count: number } | null,
): NamedRangeSpec[] {
  const out: NamedRangeSpec[] = [{ name: NAMES.scoreMatrix, sheet, range: rangeAddress(matrix.row, MATRIX_FIRST_COL, matrix.rows, matrix.cols) }];
  // A methodology without bands has nothing to name; validation reports it.
  if (bands && bands.count > 0) {
    out.push(
      { name: NAMES.bandMins, sheet, range: rangeAddress(bands.first, 1, bands.count, 1) },
      { name: NAMES.bandNames, sheet, range: rangeAddress(bands.first, 0, bands.count, 1) },
      { name: NAMES.bandDecisions, sheet, range: rangeAddress(bands.first, 4, bands.count, 1) },
    );
  }
  return out;
}
