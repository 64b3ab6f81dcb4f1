/**
 * The Methodology sheet: the clause 6.1.2 criteria as an auditor reads them, and the settings the
 * engine reads back (read-methodology.ts). Printed portrait, one page wide. The register reaches
 * it only through the named ranges made here.
 *
 * Layout, top to bottom, each table under a heading in column A:
 * title, stamp, Settings, Likelihood scale, Impact scale, Score matrix, Risk bands, Notes.
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { BlockWrite, ColumnWidthSpec, FormatSpec, NamedRangeSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import { NAMES, SHEETS } from '../workbook/names';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { fitRowHeights } from '../workbook/text-fit';
import { levelOption } from './levels';
import type { MethodologyLayout } from './methodology-layout';
import { MATRIX_FIRST_COL, SETTING_ORDER, methodologyLayout } from './methodology-layout';
import type { SectionKey, SettingKey } from './methodology-text';
import {
  BAND_HEADER, DECISION_LABELS, DIMENSION_SEPARATOR, HEADINGS, HEADING_NOTES, IMPACT_RULE_LABELS, MATRIX_CORNER,
  MATRIX_NOTES, METHODOLOGY_TITLE, SCALE_HEADER, SCORING_LABELS, SETTING_LABELS,
} from './methodology-text';
import { bandFor } from './scoring';
import type { Methodology, ScaleLevel } from './types';
import { carryNotes } from './sheet-notes';

const HEADER_FILL = '#D9E1F2';
const NOTE_COLOUR = '#595959';
const TEXT = '@';

function settingValue(m: Methodology, key: SettingKey): PlanCell {
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

/** Pads rows with null (leave as is) so every block is a rectangle. */
function block(row: number, rows: PlanCell[][]): BlockWrite {
  const width = Math.max(...rows.map((r) => r.length));
  return { at: cellAddress(row, 0), cells: rows.map((r) => [...r, ...Array<PlanCell>(width - r.length).fill(null)]) };
}

function heading(key: SectionKey, note?: string): PlanCell[] {
  const text = note ?? HEADING_NOTES[key];
  return text === undefined ? [HEADINGS[key]] : [HEADINGS[key], text];
}

function scaleRows(levels: readonly ScaleLevel[]): PlanCell[][] {
  return levels.map((l) => [l.value, l.label, l.description]);
}

function writes(m: Methodology, l: MethodologyLayout, stamp: Stamp): BlockWrite[] {
  return [
    block(l.title, [[METHODOLOGY_TITLE], [stampLine(stamp)]]),
    block(l.settingsHeading, [heading('settings'), ...SETTING_ORDER.map((k) => [SETTING_LABELS[k], settingValue(m, k)])]),
    block(l.likelihood.heading, [heading('likelihood'), [...SCALE_HEADER], ...scaleRows(m.likelihood)]),
    block(l.impact.heading, [heading('impact'), [...SCALE_HEADER], ...scaleRows(m.impact)]),
    block(l.matrix.heading, [
      heading('matrix', MATRIX_NOTES[m.scoring]),
      [MATRIX_CORNER, ...m.impact.map(levelOption)],
      ...m.likelihood.map((lv, i) => [levelOption(lv), ...m.impact.map((_, j) => m.matrix[i]?.[j] ?? '')]),
    ]),
    block(l.bands.heading, [
      heading('bands'),
      [...BAND_HEADER],
      ...m.bands.map((b) => [b.name, b.min, b.max, b.colour, DECISION_LABELS[b.decision]]),
    ]),
    block(l.notesHeading, [heading('notes')]),
  ];
}

function formats(m: Methodology, l: MethodologyLayout): FormatSpec[] {
  const out: FormatSpec[] = [
    { range: 'A1', bold: true, fontSize: 14 },
    { range: 'A2', italic: true, fontColor: NOTE_COLOUR },
  ];
  for (const row of [l.settingsHeading, l.likelihood.heading, l.impact.heading, l.matrix.heading, l.bands.heading, l.notesHeading]) {
    out.push({ range: cellAddress(row, 0), bold: true, fontSize: 12 }, { range: cellAddress(row, 1), italic: true, fontColor: NOTE_COLOUR });
  }
  // Text format keeps "1.0" and labels such as "3" from turning into numbers.
  const s = l.settings;
  out.push({ range: rangeAddress(s.version, 1, s.impactRule - s.version + 1, 1), numberFormat: TEXT, horizontalAlignment: 'left' });
  out.push({ range: cellAddress(s.reviewIntervalDays, 1), horizontalAlignment: 'left' });
  const header = (row: number, cols: number): FormatSpec => ({ range: rangeAddress(row, 0, 1, cols), bold: true, fill: HEADER_FILL, border: true, wrap: true, verticalAlignment: 'top' });
  for (const [t, n] of [[l.likelihood, m.likelihood.length], [l.impact, m.impact.length]] as const) {
    out.push(header(t.header, 3));
    out.push({ range: rangeAddress(t.first, 0, n, 3), border: true, verticalAlignment: 'top' });
    out.push({ range: rangeAddress(t.first, 0, n, 1), horizontalAlignment: 'center' });
    out.push({ range: rangeAddress(t.first, 1, n, 2), numberFormat: TEXT, wrap: true });
  }
  const cols = 1 + m.impact.length;
  out.push(header(l.matrix.header, cols));
  out.push({ range: rangeAddress(l.matrix.first, 0, m.likelihood.length, 1), bold: true, border: true });
  m.likelihood.forEach((_, i) =>
    m.impact.forEach((_, j) => {
      const band = bandFor(m, m.matrix[i]?.[j] ?? null);
      const cell: FormatSpec = { range: cellAddress(l.matrix.first + i, MATRIX_FIRST_COL + j), horizontalAlignment: 'center', border: true };
      out.push(band ? { ...cell, fill: band.colour } : cell);
    }),
  );
  out.push(header(l.bands.header, 5));
  if (m.bands.length > 0) {
    const n = m.bands.length;
    out.push({ range: rangeAddress(l.bands.first, 0, n, 5), border: true, verticalAlignment: 'top' });
    out.push({ range: rangeAddress(l.bands.first, 1, n, 2), horizontalAlignment: 'center' });
    out.push({ range: rangeAddress(l.bands.first, 3, n, 2), numberFormat: TEXT, wrap: true });
    m.bands.forEach((b, i) => out.push({ range: cellAddress(l.bands.first + i, 0), numberFormat: TEXT, bold: true, fill: b.colour }));
  }
  return out;
}

/** Rows whose wrapped descriptions or headers need more than one line (see generated/text-fit). */
function rowHeights(m: Methodology, l: MethodologyLayout): RowHeightSpec[] {
  const widths = columnWidths(m).map((w) => w.width);
  const scaleRows = (levels: Methodology['likelihood']): PlanCell[][] => levels.map((lvl) => [lvl.value, lvl.label, lvl.description]);
  return [
    ...fitRowHeights(scaleRows(m.likelihood), { firstRow: l.likelihood.first, widths, wrapColumns: new Set([1, 2]) }),
    ...fitRowHeights(scaleRows(m.impact), { firstRow: l.impact.first, widths, wrapColumns: new Set([1, 2]) }),
    ...fitRowHeights([[MATRIX_CORNER]], { firstRow: l.matrix.header, widths, wrapColumns: new Set([0]) }),
  ];
}

function columnWidths(m: Methodology): ColumnWidthSpec[] {
  const widths: ColumnWidthSpec[] = [
    { col: 0, width: 30 },
    { col: 1, width: 20 },
    { col: 2, width: 50 },
    { col: 3, width: 14 },
    { col: 4, width: 32 },
  ];
  for (let c = widths.length; c <= m.impact.length; c++) widths.push({ col: c, width: 14 });
  return widths;
}

function names(m: Methodology, l: MethodologyLayout): NamedRangeSpec[] {
  const sheet = SHEETS.methodology;
  const out: NamedRangeSpec[] = [
    { name: NAMES.scoreMatrix, sheet, range: rangeAddress(l.matrix.first, MATRIX_FIRST_COL, m.likelihood.length, m.impact.length) },
  ];
  // A methodology without bands has nothing to name; validation reports it.
  if (m.bands.length > 0) {
    const n = m.bands.length;
    out.push(
      { name: NAMES.bandMins, sheet, range: rangeAddress(l.bands.first, 1, n, 1) },
      { name: NAMES.bandNames, sheet, range: rangeAddress(l.bands.first, 0, n, 1) },
      { name: NAMES.bandDecisions, sheet, range: rangeAddress(l.bands.first, 4, n, 1) },
    );
  }
  return out;
}

/**
 * The whole Methodology sheet for `m`. With `existing` (the sheet as it is now), rows the user
 * typed under the Notes heading move along to the same place under the new content.
 */
export function methodologySheetPlan(given: Methodology, stamp: Stamp, existing?: SheetSnapshot): { sheet: SheetPlan; names: NamedRangeSpec[] } {
  // RB_BandMins must ascend for MATCH(score, RB_BandMins, 1); the type promises it, this ensures it.
  const m: Methodology = { ...given, bands: [...given.bands].sort((a, b) => a.min - b.min) };
  const l = methodologyLayout(m);
  const notes = existing ? carryNotes(existing, l.end) : null;
  const sheet: SheetPlan = {
    name: SHEETS.methodology,
    mode: 'replace',
    hidden: false,
    columnWidths: columnWidths(m),
    rowHeights: rowHeights(m, l),
    writes: notes ? [...writes(m, l, stamp), notes] : writes(m, l, stamp),
    formats: formats(m, l),
    validations: [],
    conditionalFormats: [],
    pageSetup: { orientation: 'portrait', fitToWidth: true },
  };
  return { sheet, names: names(m, l) };
}
