/**
 * The Methodology sheet: the clause 6.1.2 criteria as an auditor reads them, and the settings the
 * engine reads back (read-methodology.ts). Printed portrait, one page wide. The register reaches
 * it only through the named ranges made here.
 *
 * The sheet is the team's document. Riskbook writes it whole only where there is none (or it is
 * empty). On an existing sheet a run writes only its stamp line and any section the sheet lacks
 * (methodology-kept.ts); an edit a person makes in the panel writes the method's tables and keeps
 * everything else (methodology-edit.ts).
 *
 * Layout of a new sheet, top to bottom, each table under a heading in column A:
 * title, stamp, Settings, Likelihood scale, Impact scale, Score matrix, Risk bands, Governance, Notes.
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { BlockWrite, ColumnWidthSpec, FormatSpec, RowHeightSpec, SheetPlan, WorkbookPlan } from '../workbook/plan';
import { SHEETS } from '../workbook/names';
import type { SheetSnapshot } from '../workbook/snapshot';
import { usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import {
  type MethodologySheetPlan, bandFormats, columnWidthList, headingCells, headingFormats, matrixFormats, matrixHeaderHeight, methodologyNames, rectangle, scaleFormats,
  scaleRowHeights, settingRows, stampFormat, tableCells, titleFormat, withSortedBands,
} from './methodology-blocks';
import { governanceBlock } from './governance';
import { editedSheetPlan } from './methodology-edit';
import { keptSheetPlan } from './methodology-kept';
import type { MethodologyLayout } from './methodology-layout';
import { methodologyLayout } from './methodology-layout';
import { METHODOLOGY_TITLE } from './methodology-text';
import type { Methodology } from './types';
import { appendAll } from '../arrays';

/** Amber, as a band that asks for attention. */
const NOTE_FILL = '#FFEB9C';

function block(row: number, rows: Parameters<typeof rectangle>[0]): BlockWrite {
  return { at: cellAddress(row, 0), cells: rectangle(rows) };
}

function writes(m: Methodology, l: MethodologyLayout, stamp: Stamp, note: string | undefined): BlockWrite[] {
  const table = (key: 'likelihood' | 'impact' | 'matrix' | 'bands') => {
    const t = tableCells(key, m);
    return [headingCells(key, m), t.header, ...t.rows];
  };
  return [
    block(l.title, [[METHODOLOGY_TITLE], [stampLine(stamp)]]),
    // The blank row under the stamp: no reader looks there, and the team sees it first.
    ...(note === undefined ? [] : [block(l.stamp + 1, [[note]])]),
    block(l.settingsHeading, [headingCells('settings', m), ...settingRows(m)]),
    block(l.likelihood.heading, table('likelihood')),
    block(l.impact.heading, table('impact')),
    block(l.matrix.heading, table('matrix')),
    block(l.bands.heading, table('bands')),
    block(l.governanceHeading, governanceBlock(m, l.governanceHeading).cells),
    block(l.notesHeading, [headingCells('notes', m)]),
  ];
}

function formats(m: Methodology, l: MethodologyLayout, note: string | undefined): FormatSpec[] {
  const out: FormatSpec[] = [titleFormat('A1'), stampFormat('A2')];
  if (note !== undefined) out.push({ range: cellAddress(l.stamp + 1, 0), bold: true, fill: NOTE_FILL });
  for (const row of [l.settingsHeading, l.likelihood.heading, l.impact.heading, l.matrix.heading, l.bands.heading, l.notesHeading]) {
    appendAll(out, headingFormats(row));
  }
  appendAll(out, governanceBlock(m, l.governanceHeading).formats);
  // Text format keeps "1.0" and labels such as "3" from turning into numbers.
  const s = l.settings;
  out.push({ range: rangeAddress(s.version, 1, s.impactRule - s.version + 1, 1), numberFormat: '@', horizontalAlignment: 'left' });
  out.push({ range: cellAddress(s.reviewIntervalDays, 1), horizontalAlignment: 'left' });
  const place = (t: MethodologyLayout['likelihood']) => ({ header: t.header, first: t.first });
  appendAll(out, scaleFormats(place(l.likelihood), m.likelihood.length));
  appendAll(out, scaleFormats(place(l.impact), m.impact.length));
  appendAll(out, matrixFormats(m, place(l.matrix)));
  appendAll(out, bandFormats(m, place(l.bands)));
  return out;
}

function rowHeights(m: Methodology, l: MethodologyLayout): RowHeightSpec[] {
  return [
    ...scaleRowHeights(m, m.likelihood, l.likelihood.first),
    ...scaleRowHeights(m, m.impact, l.impact.first),
    ...matrixHeaderHeight(m, l.matrix.header),
  ];
}

export function columnWidths(m: Methodology): ColumnWidthSpec[] {
  return columnWidthList(m).map((width, col) => ({ col, width }));
}

/**
 * The whole generated sheet, for a workbook with no Methodology (or an empty one). `note` is a
 * line under the stamp, such as the one that marks a method inferred from the register.
 */
export function generatedSheetPlan(given: Methodology, stamp: Stamp, name: string = SHEETS.methodology, note?: string): MethodologySheetPlan {
  const m = withSortedBands(given);
  const l = methodologyLayout(m);
  const sheet: SheetPlan = {
    name,
    mode: 'replace',
    hidden: false,
    columnWidths: columnWidths(m),
    rowHeights: rowHeights(m, l),
    writes: writes(m, l, stamp, note),
    formats: formats(m, l, note),
    validations: [],
    conditionalFormats: [],
    pageSetup: { orientation: 'portrait', paperSize: 'A4', pagesWide: 1 },
  };
  const names = methodologyNames(name, { row: l.matrix.first, rows: m.likelihood.length, cols: m.impact.length }, { first: l.bands.first, count: m.bands.length });
  return { sheet, names };
}

function hasContent(sheet: SheetSnapshot | undefined): sheet is SheetSnapshot {
  return sheet !== undefined && usedRowCount(sheet) > 0;
}

/**
 * The Methodology sheet for a run. Without a sheet (or on an empty one) it is the whole generated
 * sheet for `m`. On the team's sheet (`existing`) it is an update that writes the stamp line and
 * the sections the sheet lacks, and nothing the team typed; the named ranges cover the team's
 * tables where the reader found them. `m` is the method the engine analysed with (fallbacks
 * included): it fills only the sections Riskbook adds. `note` goes under the stamp of a new sheet.
 */
export function methodologySheetPlan(m: Methodology, stamp: Stamp, existing?: SheetSnapshot, note?: string): MethodologySheetPlan {
  return hasContent(existing) ? keptSheetPlan(m, stamp, existing) : generatedSheetPlan(m, stamp, SHEETS.methodology, note);
}

/**
 * The Methodology sheet after a person saved `m` in the panel: they handed Riskbook these values,
 * so the method's tables (settings values, scales, matrix, bands) are written with them, where the
 * team's tables are; every other cell (notes beside the tables, rows under Notes, the title) stays.
 */
export function methodologyEditPlan(m: Methodology, stamp: Stamp, existing?: SheetSnapshot): MethodologySheetPlan {
  return hasContent(existing) ? editedSheetPlan(m, stamp, existing) : generatedSheetPlan(m, stamp);
}

/**
 * A plan for a recalculation made on the workbook as an edit of the Methodology leaves it, with
 * that edit in it: the edit is the Methodology's plan, followed by what the recalculation writes on
 * the edited sheet (its stamp line, the matrix fills), so the plan applies to the workbook as it was.
 */
export function withMethodologyEdit(plan: WorkbookPlan, edit: SheetPlan): WorkbookPlan {
  const refresh = plan.sheets.find((s) => s.name.toLowerCase() === edit.name.toLowerCase());
  const merged: SheetPlan = refresh?.mode === 'update'
    ? {
        ...edit,
        rowHeights: [...(edit.rowHeights ?? []), ...(refresh.rowHeights ?? [])],
        writes: [...edit.writes, ...refresh.writes],
        formats: [...edit.formats, ...refresh.formats],
      }
    : edit;
  return { ...plan, sheets: refresh ? plan.sheets.map((s) => (s === refresh ? merged : s)) : [merged, ...plan.sheets] };
}

export type { MethodologySheetPlan };
