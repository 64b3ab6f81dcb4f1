/**
 * A person saved the method in the panel: they handed Riskbook its values, so the method's tables
 * are written with them, where the team's tables are. Everything else on the sheet stays as the
 * team wrote it: the title and text above the tables, notes beside a table (they keep their row;
 * if a wider matrix needs their column they move right, all together), rows under Notes.
 *
 * The sheet is read in parts, each from its heading to the next: the rows above the first heading,
 * one part per section, and the rows after the bands when the Notes heading is gone. A table that
 * grows gets rows inserted after its last row, so what follows it in its part moves down with it;
 * a section the sheet lacks is added before the notes. The plan replaces the sheet (rows move).
 */
import { cellAddress } from '../workbook/a1';
import type { FormatSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, isCellError, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { cellText } from './cells';
import { parseLevel } from './levels';
import type { MethodologySections, SectionSpan } from './locate-sections';
import type { MethodologySheetPlan, TableKey, TablePlace } from './methodology-blocks';
import {
  BAND_WIDTH, SCALE_WIDTH, TABLE_KEYS, columnWidthList, headingFormats, methodologyNames, rectangle, sectionBlock, settingFormat, settingValue,
  stampFormat, tableCells, tableFormats, tableRowHeights, titleFormat, withSortedBands,
} from './methodology-blocks';
import { MATRIX_FIRST_COL, SETTING_ORDER } from './methodology-layout';
import type { SectionKey, SettingKey } from './methodology-text';
import { BAND_HEADER, MATRIX_NOTES, METHODOLOGY_TITLE, SCALE_HEADER, SETTING_LABELS, sameText } from './methodology-text';
import type { ParsedMethodologySheet } from './read-methodology';
import { parseMethodologySheet } from './read-methodology';
import { matrixRows } from './read-matrix';
import { tableRows } from './read-scale';
import { firstHeadingRow, planGrid, snapshotGrid, stampSpot } from './stamp-spot';
import type { Methodology } from './types';
import { appendAll, maxOf, minOf } from '../arrays';

type PartKind = 'preamble' | SectionKey | 'tail';

interface Part {
  readonly kind: PartKind;
  readonly start: number;
  readonly end: number;
}

/** What the formats and names need to know about the new sheet, rows relative to their part. */
type Mark =
  | { readonly kind: 'heading'; readonly row: number }
  | { readonly kind: 'setting'; readonly key: SettingKey; readonly row: number }
  | { readonly kind: 'table'; readonly key: TableKey; readonly place: TablePlace };

interface Laid {
  readonly rows: PlanCell[][];
  readonly marks: Mark[];
}

/** A team's cell as it is written back: its own formula kept as typed, an error value as its text. */
function carried(sheet: SheetSnapshot, row: number, col: number): PlanCell {
  const formula = formulaAt(sheet, row, col);
  if (formula !== null && formula !== '') return { formula };
  const v = cellAt(sheet, row, col);
  if (isCellError(v)) return v.error;
  return v === '' ? null : v;
}

function partsOf(sections: MethodologySections, used: number): Part[] {
  const { spans } = sections;
  const headings = (Object.entries(spans) as [SectionKey, SectionSpan][]).sort((a, b) => a[1].heading - b[1].heading);
  const parts: Part[] = [];
  const first = headings[0]?.[1].heading ?? used;
  if (first > 0) parts.push({ kind: 'preamble', start: 0, end: first });
  headings.forEach(([kind, span], i) => {
    const next = headings[i + 1]?.[1].heading ?? used;
    // Without a Notes heading the bands end at the first blank row after their table.
    if (kind === 'bands' && !spans.notes && span.end < next) {
      parts.push({ kind, start: span.heading, end: span.end }, { kind: 'tail', start: span.end, end: next });
    } else parts.push({ kind, start: span.heading, end: Math.max(next, span.heading + 1) });
  });
  return parts;
}

/** The rows of one part, relative to its first row, edited in place. */
class PartRows {
  readonly rows: PlanCell[][];

  constructor(sheet: SheetSnapshot, part: Part, stamp: { row: number; col: number; text: string } | null) {
    this.rows = [];
    for (let r = part.start; r < part.end; r++) {
      const width = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
      const row = Array.from({ length: width }, (_, c) => carried(sheet, r, c));
      // The stamp is Riskbook's cell: the new line goes where the old one was, and moves with its row.
      if (stamp && stamp.row === r) row[stamp.col] = stamp.text;
      this.rows.push(row);
    }
  }

  get(row: number, col: number): PlanCell {
    return this.rows[row]?.[col] ?? null;
  }

  set(row: number, col: number, value: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row]!;
    while (r.length <= col) r.push(null);
    r[col] = value;
  }

  /** Blanks columns [from, to) of a row. */
  clear(row: number, from: number, to: number): void {
    for (let c = from; c < to; c++) if (this.get(row, c) !== null) this.set(row, c, null);
  }

  insert(at: number, count: number): void {
    this.rows.splice(Math.min(at, this.rows.length), 0, ...Array.from({ length: count }, () => [] as PlanCell[]));
  }

  /** Moves the cells from column `col` right by `by`, on rows [from, to). */
  shiftRight(from: number, to: number, col: number, by: number): void {
    for (let r = from; r < to; r++) {
      const row = this.rows[r];
      if (!row || row.length <= col) continue;
      this.rows[r] = [...row.slice(0, col), ...Array<PlanCell>(by).fill(null), ...row.slice(col)];
    }
  }
}

/** Where a team's table sits in its section: header row (or none) and its block of data rows. */
interface OldTable {
  readonly header: number | null;
  readonly first: number;
  /** One past the last data row; equal to `first` when the table has no rows. */
  readonly end: number;
  /** Columns the table took. */
  readonly width: number;
}

function oldListTable(sheet: SheetSnapshot, span: SectionSpan, width: number, headerText: string): OldTable {
  const rows = tableRows(sheet, span, width, headerText);
  let header: number | null = null;
  for (let r = span.start; r < span.end && header === null; r++) {
    const filled = Array.from({ length: width }, (_, c) => cellText(cellAt(sheet, r, c))).some((t) => t !== '');
    if (!filled) continue;
    if (sameText(cellText(cellAt(sheet, r, 0)), headerText)) header = r;
    break;
  }
  const first = rows[0] ?? (header ?? span.heading) + 1;
  return { header, first, end: rows.length > 0 ? rows[rows.length - 1]! + 1 : first, width };
}

/**
 * The matrix block: rows from the first score row that look like matrix rows (a score, or a
 * likelihood level in column A), blank rows between them included, up to the first row of other text.
 */
function oldMatrixTable(sheet: SheetSnapshot, span: SectionSpan, old: ParsedMethodologySheet): OldTable {
  const { header, first } = matrixRows(sheet, span);
  // The header's impact levels say how wide the team's matrix is (a note typed right of them is
  // not part of it); without them, the scale the reader used.
  let width = 1 + old.methodology.impact.length;
  if (header !== null) {
    let c = MATRIX_FIRST_COL;
    while (parseLevel(old.methodology.impact, cellAt(sheet, header, c)).kind === 'level') c++;
    if (c > MATRIX_FIRST_COL) width = c;
  }
  const isMatrixRow = (r: number): boolean => {
    for (let c = MATRIX_FIRST_COL; c < width; c++) if (typeof cellAt(sheet, r, c) === 'number') return true;
    return parseLevel(old.methodology.likelihood, cellAt(sheet, r, 0)).kind === 'level';
  };
  const isBlank = (r: number): boolean => Array.from({ length: width }, (_, c) => cellText(cellAt(sheet, r, c))).every((t) => t === '');
  let end = first;
  for (let r = first; r < span.end; r++) {
    if (isMatrixRow(r)) end = r + 1;
    else if (!isBlank(r)) break;
  }
  return { header, first, end, width };
}

/** Text typed where the matrix holds its scores: there only numbers belong. */
function textInMatrix(sheet: SheetSnapshot, table: OldTable): { text: string; cell: string }[] {
  const out: { text: string; cell: string }[] = [];
  for (let r = table.first; r < table.end; r++) {
    for (let c = MATRIX_FIRST_COL; c < table.width; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v))) out.push({ text: v, cell: cellAddress(r, c) });
    }
  }
  return out;
}

/** Writes a table of `m` over the team's table in a part: rows are added after its last row if it grows. */
function layTable(rows: PartRows, part: Part, key: TableKey, m: Methodology, old: OldTable): TablePlace {
  const table = tableCells(key, m);
  const newWidth = Math.max(old.width, table.header.length, maxOf(table.rows.map((r) => r.length)));
  const rel = (r: number): number => r - part.start;
  let place: TablePlace;
  if (old.header === null && old.end === old.first) {
    // Nothing there yet: header, rows and a blank row go under the heading.
    rows.insert(rel(old.first), 1 + table.rows.length + 1);
    place = { header: rel(old.first), first: rel(old.first) + 1 };
  } else {
    if (old.header !== null) rows.clear(rel(old.header), 0, old.width);
    for (let r = old.first; r < old.end; r++) rows.clear(rel(r), 0, old.width);
    rows.insert(rel(old.end), Math.max(0, table.rows.length - (old.end - old.first)));
    place = { header: old.header === null ? null : rel(old.header), first: rel(old.first) };
  }
  // A wider table (more impact levels) moves the team's notes beside it right, all together.
  const top = place.header ?? place.first;
  const bottom = place.first + table.rows.length;
  let collides = false;
  for (let r = top; r < bottom; r++) for (let c = old.width; c < newWidth; c++) if (rows.get(r, c) !== null) collides = true;
  if (collides) rows.shiftRight(top, rows.rows.length, old.width, newWidth - old.width);
  if (place.header !== null) table.header.forEach((v, c) => rows.set(place.header!, c, v));
  table.rows.forEach((cells, i) => cells.forEach((v, c) => rows.set(place.first + i, c, v)));
  return place;
}

/** The setting rows the reader would find: the first row labelled for each, above the first table. */
function settingRowsOf(sheet: SheetSnapshot, sections: MethodologySections): Map<SettingKey, number> {
  const found = new Map<SettingKey, number>();
  for (let r = 0; r < sections.settingsEnd; r++) {
    const text = cellText(cellAt(sheet, r, 0));
    for (const key of SETTING_ORDER) if (!found.has(key) && sameText(text, SETTING_LABELS[key])) found.set(key, r);
  }
  return found;
}

const MATRIX_NOTE_TEXTS = new Set(Object.values(MATRIX_NOTES));

function layPart(sheet: SheetSnapshot, part: Part, m: Methodology, old: ParsedMethodologySheet, settings: Map<SettingKey, number>, stamp: { row: number; col: number; text: string } | null): Laid {
  const rows = new PartRows(sheet, part, stamp);
  const marks: Mark[] = [];
  const { spans } = old.sections;
  if (part.kind !== 'preamble' && part.kind !== 'tail') marks.push({ kind: 'heading', row: 0 });

  // Setting values go into the value cells the reader reads; missing settings get rows after the last one.
  const inPart = [...settings].filter(([, r]) => r >= part.start && r < part.end);
  for (const [key, r] of inPart) {
    rows.set(r - part.start, 1, settingValue(m, key));
    marks.push({ kind: 'setting', key, row: r - part.start });
  }
  const missing = SETTING_ORDER.filter((k) => !settings.has(k));
  const last = Math.max(-1, maxOf(settings.values()));
  const insertAfter = settings.size > 0 ? last : part.kind === 'settings' ? part.start : -1;
  if (missing.length > 0 && insertAfter >= part.start && insertAfter < part.end) {
    const at = insertAfter + 1 - part.start;
    rows.insert(at, missing.length);
    // Marks below the inserted rows move down with them.
    marks.forEach((mk, i) => {
      if (mk.kind === 'setting' && mk.row >= at) marks[i] = { ...mk, row: mk.row + missing.length };
    });
    missing.forEach((key, i) => {
      rows.set(at + i, 0, SETTING_LABELS[key]);
      rows.set(at + i, 1, settingValue(m, key));
      marks.push({ kind: 'setting', key, row: at + i });
    });
  }

  if (part.kind === 'likelihood' || part.kind === 'impact' || part.kind === 'bands') {
    const span = spans[part.kind]!;
    const table = part.kind === 'bands' ? oldListTable(sheet, span, BAND_WIDTH, BAND_HEADER[0]) : oldListTable(sheet, span, SCALE_WIDTH, SCALE_HEADER[0]);
    marks.push({ kind: 'table', key: part.kind, place: layTable(rows, part, part.kind, m, table) });
  }
  if (part.kind === 'matrix') {
    const note = cellText(cellAt(sheet, part.start, 1));
    if (note === '' || MATRIX_NOTE_TEXTS.has(note)) rows.set(0, 1, MATRIX_NOTES[m.scoring]);
    marks.push({ kind: 'table', key: 'matrix', place: layTable(rows, part, 'matrix', m, oldMatrixTable(sheet, spans.matrix!, old)) });
  }
  return { rows: rows.rows, marks };
}

/** A section the sheet lacks, as Riskbook writes it, followed by a blank row. */
function addedPart(key: 'settings' | TableKey, m: Methodology): Laid & { key: 'settings' | TableKey } {
  const block = sectionBlock(key, m, 0);
  const marks: Mark[] = [{ kind: 'heading', row: 0 }];
  if (key === 'settings') SETTING_ORDER.forEach((k, i) => marks.push({ kind: 'setting', key: k, row: 1 + i }));
  else marks.push({ kind: 'table', key, place: block.place });
  return { key, rows: [...block.cells, []], marks };
}

function offsetMark(mark: Mark, by: number): Mark {
  if (mark.kind === 'table') {
    const { header, first } = mark.place;
    return { ...mark, place: { header: header === null ? null : header + by, first: first + by } };
  }
  return { ...mark, row: mark.row + by };
}

function isBlankRow(row: readonly PlanCell[] | undefined): boolean {
  return (row ?? []).every((v) => v === null || v === '');
}

export function editedSheetPlan(given: Methodology, stamp: Stamp, existing: SheetSnapshot): MethodologySheetPlan {
  const m = withSortedBands(given);
  const old = parseMethodologySheet(existing);
  const { spans } = old.sections;
  const used = usedRowCount(existing);
  const oldStamp = stampSpot(snapshotGrid(existing), firstHeadingRow(old.sections, used));
  const line = stampLine(stamp);
  const settings = settingRowsOf(existing, old.sections);
  const parts = partsOf(old.sections, used);

  const laid: Laid[] = parts.map((p) => layPart(existing, p, m, old, settings, oldStamp.found ? { ...oldStamp, text: line } : null));
  // Sections the sheet lacks go before the notes. Settings must sit above the first table to be
  // read: a Settings section goes there when the sheet has no setting row and no Settings heading.
  const added: Laid[] = TABLE_KEYS.filter((k) => !spans[k]).map((k) => addedPart(k, m));
  const needsSettings = settings.size === 0 && !spans.settings;
  const firstTable = parts.findIndex((p) => (TABLE_KEYS as readonly string[]).includes(p.kind));
  if (needsSettings && firstTable < 0) added.unshift(addedPart('settings', m));
  const notes = parts.findIndex((p) => p.kind === 'notes' || p.kind === 'tail');
  const sequence: Laid[] = [];
  laid.forEach((l, i) => {
    if (i === firstTable && needsSettings) sequence.push(addedPart('settings', m));
    if (i === notes) appendAll(sequence, added);
    sequence.push(l);
  });
  if (notes < 0) appendAll(sequence, added);

  const cells: PlanCell[][] = [];
  const marks: Mark[] = [];
  // Text a person typed among the matrix's scores (a note in an empty cell) has no place in the
  // matrix the saved method rewrites: it moves below everything, with where it was.
  const carried = spans.matrix ? textInMatrix(existing, oldMatrixTable(existing, spans.matrix, old)) : [];
  if (carried.length > 0) sequence.push({ rows: [[], ...carried.map((t) => [t.text, `Kept from ${t.cell}, in the score matrix, when the method was saved`])], marks: [] });
  for (const l of sequence) {
    const added = 'key' in l;
    // An added section keeps a blank row from what is above it.
    if (added && cells.length > 0 && !isBlankRow(cells[cells.length - 1])) cells.push([]);
    appendAll(marks, l.marks.map((mk) => offsetMark(mk, cells.length)));
    appendAll(cells, l.rows);
  }

  const grid = planGrid(cells);
  const firstHeading = Math.min(cells.length, minOf(marks.filter((mk) => mk.kind === 'heading').map((mk) => (mk as { row: number }).row)));
  let spot = stampSpot(grid, firstHeading);
  if (!spot.found) {
    while (cells.length <= spot.row) cells.push([]);
    const row = cells[spot.row]!;
    while (row.length <= spot.col) row.push(null);
    row[spot.col] = line;
    spot = { ...spot, found: true };
  }

  const formats: FormatSpec[] = [];
  const rowHeights: RowHeightSpec[] = [];
  for (let r = 0; r < firstHeading; r++) {
    (cells[r] ?? []).forEach((v, c) => {
      if (v === METHODOLOGY_TITLE) formats.push(titleFormat(cellAddress(r, c)));
    });
  }
  formats.push(stampFormat(cellAddress(spot.row, spot.col)));
  let matrixAt: TablePlace | null = null;
  let bandsAt: TablePlace | null = null;
  for (const mk of marks) {
    if (mk.kind === 'heading') appendAll(formats, headingFormats(mk.row));
    else if (mk.kind === 'setting') formats.push(settingFormat(mk.key, mk.row));
    else {
      appendAll(formats, tableFormats(mk.key, m, mk.place));
      appendAll(rowHeights, tableRowHeights(mk.key, m, mk.place));
      if (mk.key === 'matrix') matrixAt = mk.place;
      if (mk.key === 'bands') bandsAt = mk.place;
    }
  }
  const sheet: SheetPlan = {
    name: existing.name,
    mode: 'replace',
    hidden: false,
    columnWidths: columnWidthList(m).map((width, col) => ({ col, width })),
    rowHeights,
    writes: cells.length > 0 ? [{ at: 'A1', cells: rectangle(cells) }] : [],
    formats,
    validations: [],
    conditionalFormats: [],
    pageSetup: { orientation: 'portrait', paperSize: 'A4', pagesWide: 1 },
  };
  // Every table is on the new sheet: the team's, or one added above.
  const matrix = { row: matrixAt!.first, rows: m.likelihood.length, cols: m.impact.length };
  const names = methodologyNames(existing.name, matrix, { first: bandsAt!.first, count: m.bands.length });
  return { sheet, names };
}
