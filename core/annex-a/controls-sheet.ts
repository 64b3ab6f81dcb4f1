/**
 * The Controls sheet: Annex A 2022 (ids and short titles) followed by the team's own controls.
 * The sheet is rebuilt each time, so everything a person added to it is carried over by control
 * id: their own rows, and any column they added beside ours.
 */
import { cellAddress, columnLetter, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { BlockWrite, PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, isCellError, usedColumnCount, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { cellText } from '../register/cell-text';
import type { Control, ControlCatalogue } from './types';
import { controlRowKey } from './read-catalogue';
import type { ControlsHeader } from './controls-layout';
import { CONTROLS_HEADERS, CONTROLS_TITLE, CONTROLS_LAYOUT, SOURCE_ANNEX_A, SOURCE_OWN, locateControlsHeader } from './controls-layout';

const HEADER_FILL = '#D9D9D9';
const WIDTHS = [12, 70, 16, 14];
const EXTRA_WIDTH = 24;

/** A cell carried over as it was: formulas stay formulas, error values keep their text. */
function carried(sheet: SheetSnapshot, row: number, col: number): PlanCell {
  const formula = formulaAt(sheet, row, col);
  if (formula !== null && formula !== '') return { formula };
  const v: CellValue = cellAt(sheet, row, col);
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return v;
}

interface Existing {
  readonly sheet: SheetSnapshot;
  readonly header: ControlsHeader;
  /** Row of each control key on the old sheet. */
  readonly rows: ReadonlyMap<string, number>;
  /** Rows with content but no control id: kept at the end so nothing typed is lost. */
  readonly idless: readonly number[];
}

function readExisting(sheet: SheetSnapshot | undefined): Existing | null {
  if (!sheet) return null;
  const header = locateControlsHeader(sheet);
  if (!header) return null;
  const rows = new Map<string, number>();
  const idless: number[] = [];
  const cols = usedColumnCount(sheet);
  for (let row = header.row + 1; row < usedRowCount(sheet); row++) {
    const id = cellText(cellAt(sheet, row, header.idCol)).trim();
    if (id !== '') {
      const key = controlRowKey(id);
      if (!rows.has(key)) rows.set(key, row);
      continue;
    }
    let any = false;
    for (let col = 0; col < cols && !any; col++) {
      const v = cellAt(sheet, row, col);
      any = (v !== null && v !== '') || (formulaAt(sheet, row, col) ?? '') !== '';
    }
    if (any) idless.push(row);
  }
  return { sheet, header, rows, idless };
}

/**
 * The Theme of a control: Annex A's own; for the team's own control, the theme they typed
 * ("Organizational"), and the catalogue's placeholder only where the cell is empty.
 */
function themeCell(c: Control, existing: Existing | null, at: number | undefined): PlanCell {
  const col = existing?.header.themeCol;
  if (c.annexA || at === undefined || col === null || col === undefined) return c.theme;
  const typed = carried(existing!.sheet, at, col);
  return typeof typed === 'string' && typed.trim() === '' ? c.theme : typed;
}

function controlRow(c: Control, existing: Existing | null): PlanCell[] {
  const at = existing?.rows.get(controlRowKey(c.id));
  // The team's own control keeps its id and title cells as typed (a number stays a number).
  const typed = (col: number | null | undefined, derived: PlanCell): PlanCell =>
    c.annexA || at === undefined || col === null || col === undefined ? derived : carried(existing!.sheet, at, col);
  const row: PlanCell[] = [
    typed(existing?.header.idCol, c.id),
    typed(existing?.header.titleCol, c.title),
    themeCell(c, existing, at),
    c.annexA ? SOURCE_ANNEX_A : SOURCE_OWN,
  ];
  if (existing) placeExtras(row, existing, (col) => (at === undefined ? '' : carried(existing.sheet, at, col)));
  return row;
}

/**
 * People's columns keep their place right of Riskbook's four (a blank column between stays
 * blank); one a person moved in among Riskbook's goes to the first free column after them.
 */
function extraTargets(existing: Existing): number[] {
  let next = CONTROLS_HEADERS.length;
  return existing.header.extraCols.map((col) => {
    const target = Math.max(col, next);
    next = target + 1;
    return target;
  });
}

function placeExtras(row: PlanCell[], existing: Existing, value: (col: number) => PlanCell): PlanCell[] {
  const targets = extraTargets(existing);
  existing.header.extraCols.forEach((col, i) => {
    while (row.length < targets[i]!) row.push(null);
    row.push(value(col));
  });
  return row;
}

function idlessRow(existing: Existing, row: number): PlanCell[] {
  const h = existing.header;
  const pick = (col: number | null): PlanCell => (col === null ? '' : carried(existing.sheet, row, col));
  return placeExtras([pick(h.idCol), pick(h.titleCol), pick(h.themeCol), pick(h.sourceCol)], existing, pick);
}

/**
 * What people typed above the old table, beside Riskbook's title, stamp and note (column A is
 * Riskbook's): kept at the same place. Rows people inserted above the header go just above it.
 */
function preambleNotes(old: Existing | null, headerRow: number): BlockWrite[] {
  if (!old) return [];
  const writes: BlockWrite[] = [];
  const oldHeader = old.header.row;
  for (let r = 0; r < oldHeader; r++) {
    const row = old.sheet.values[r] ?? [];
    const width = Math.max(row.length, old.sheet.formulas?.[r]?.length ?? 0);
    const cells: PlanCell[] = [];
    for (let c = 1; c < width; c++) cells.push(carried(old.sheet, r, c));
    while (cells.length > 0 && (cells[cells.length - 1] === '' || cells[cells.length - 1] === null)) cells.pop();
    if (cells.length === 0) continue;
    // The layout has three rows above its header; a fourth or later row a person inserted lands on the last of them.
    const target = Math.min(r, headerRow - 1);
    writes.push({ at: cellAddress(target, 1), cells: [cells.map((v) => (v === '' ? null : v))] });
  }
  return writes;
}

/** The Controls sheet for a catalogue; `existing` is the current sheet, whose additions are kept. */
export function controlsSheetPlan(catalogue: ControlCatalogue, stamp: Stamp, existing?: SheetSnapshot): SheetPlan {
  const old = readExisting(existing);
  const header: PlanCell[] = [...CONTROLS_HEADERS];
  if (old) placeExtras(header, old, (col) => cellText(cellAt(old.sheet, old.header.row, col)));
  const annex = catalogue.controls.filter((c) => c.annexA);
  const own = catalogue.controls.filter((c) => !c.annexA);
  const body: PlanCell[][] = [
    header,
    ...annex.map((c) => controlRow(c, old)),
    ...own.map((c) => controlRow(c, old)),
    ...(old ? old.idless.map((r) => idlessRow(old, r)) : []),
  ];

  const cols = header.length;
  const { titleRow, stampRow, noteRow, headerRow } = CONTROLS_LAYOUT;
  const notes = preambleNotes(old, headerRow);
  const noted = new Set(notes.map((w) => Number(/\d+$/.exec(w.at)![0]) - 1));
  // A merge over the stamp or the note would hide a person's cell beside it.
  const merges = [stampRow, noteRow].filter((r) => !noted.has(r)).map((r) => rangeAddress(r, 0, 1, cols));
  const lastRow = headerRow + body.length - 1;
  const lastCol = columnLetter(cols - 1);
  return {
    name: SHEETS.controls,
    mode: 'replace',
    frozenRows: headerRow + 1,
    columnWidths: header.map((_, col) => ({ col, width: WIDTHS[col] ?? EXTRA_WIDTH })),
    writes: [
      { at: cellAddress(titleRow, 0), cells: [[CONTROLS_TITLE]] },
      { at: cellAddress(stampRow, 0), cells: [[stampLine(stamp)]] },
      {
        at: cellAddress(noteRow, 0),
        cells: [['Annex A 2022 ids and short titles, then your own controls. Add your own as new rows below; add columns to the right.']],
      },
      { at: cellAddress(headerRow, 0), cells: body },
      ...notes,
    ],
    formats: [
      { range: cellAddress(titleRow, 0), bold: true, fontSize: 14 },
      { range: rangeAddress(stampRow, 0, 2, 1), italic: true, fontColor: '#595959' },
      { range: rangeAddress(headerRow, 0, 1, cols), bold: true, fill: HEADER_FILL, border: true },
      { range: rangeAddress(headerRow + 1, 1, Math.max(1, body.length - 1), 1), wrap: true },
      { range: cellAddress(noteRow, 0), wrap: true, verticalAlignment: 'top' },
    ],
    // The stamp and the note span the table, so they neither spill into empty columns (which
    // LibreOffice then prints as pages of their own) nor get cut at its edge.
    merges,
    rowHeights: [{ row: noteRow, height: 30 }],
    validations: [],
    conditionalFormats: [],
    autoFilter: `A${headerRow + 1}:${lastCol}${lastRow + 1}`,
    pageSetup: { orientation: 'portrait', paperSize: 'A4', pagesWide: 1, printTitleRows: `${headerRow + 1}:${headerRow + 1}`, printTitleColumns: 'A:B' },
  };
}
