/**
 * Turning the team's register into a live one without touching anything they typed: score, level
 * and rating columns are filled with formulas, missing ones are appended to the right, inputs get
 * dropdowns, levels get their band colours. A derived cell that holds something other than
 * Riskbook's own formula is left alone and reported.
 *
 * Riskbook writes only into derived columns it appended or a person handed to it (the location's
 * mapping). The team's own score or level columns (`teamColumns`) are never written, never an
 * input to Riskbook's formulas, and are compared with the method instead (team-columns.ts):
 * Riskbook appends its own column for such a field beside them.
 */
import { DATE_FORMAT } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import { levelFormula, levelIsFormula, ratingFormula, scoreFormula } from '../formula/register-formulas';
import type { Methodology } from '../methodology/types';
import { cellAddress, columnIndex, columnLetter, parseRange, rangeAddress } from '../workbook/a1';
import { NAMES } from '../workbook/names';
import type { BlockWrite, ConditionalFormatSpec, FormatLikeSpec, FormatSpec, FormulaFill, PlanCell, SheetPlan, ValidationSpec } from '../workbook/plan';
import { filledFormula } from '../workbook/formula-fills';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, isCellError, usedRowCount } from '../workbook/snapshot';
import { cellText } from './cell-text';
import type { Stage } from './column-owner';
import { DERIVED, riskbookFormulaTest } from './column-owner';
import { FIELD_LABELS, impactColumnsOf } from './fields';
import { headerTexts } from './header-row';
import { cellKey, verticalMergeSources } from './merged-values';
import { methodValue, teamColumnFindings } from './team-columns';
import type { ColumnMapping, ColumnSetBy, RegisterField, RegisterLocation, Risk } from './types';
import { appendAll, maxOf, minOf } from '../arrays';
import type { CycleMark } from '../cycle/cycle-words';
import { isCycleMark } from '../cycle/cycle-words';

export { sameFormula } from './column-owner';

export interface RegisterSheetPlanResult {
  readonly plan: SheetPlan;
  /** The location after the plan is applied: appended columns are mapped. */
  readonly location: RegisterLocation;
  readonly findings: Finding[];
  /** The header row after the plan is applied, for the settings sheet. */
  readonly headers: string[];
}

/** Rows below the last used one that still get dropdowns and colours, for risks added later. */
export const ROW_HEADROOM = 200;
export const APPENDED_HEADER_FILL = '#D9D9D9';

/**
 * Columns Riskbook appends when missing, in this order, each as wide as its header's longest word
 * in bold and its usual entries ("Noticeable"; "Almost certain" wraps): a register that prints one
 * page wide legibly is a few characters from not doing so. After the formula columns come the
 * columns a risk owner's sign-off is written in (Clause 6.1.3 f), inputs the team fills in and
 * Riskbook never writes, then the cycle's marks once an assessment cycle has begun (core/cycle).
 * The ratings ("L4/I5") are keys for the Heatmap's and Dashboard's formulas, not for people: they
 * come last, where a print area can leave them out (`printedColumnsOf`), and a column appended
 * to a register whose last columns they are takes their place, the keys moving right of it
 * (`movableKeys`).
 */
const APPENDED: readonly { readonly field: RegisterField; readonly width: number }[] = [
  { field: 'inherentScore', width: 8 },
  { field: 'inherentLevel', width: 8.5 },
  { field: 'residualLikelihood', width: 9.5 },
  { field: 'residualImpact', width: 9.75 },
  { field: 'residualScore', width: 8 },
  { field: 'residualLevel', width: 8.5 },
  { field: 'approvedBy', width: 10 },
  { field: 'approvalDate', width: 10.5 },
  { field: 'acceptanceRationale', width: 16 },
  { field: 'cycleChange', width: 10.5 },
  { field: 'inherentRating', width: 8.5 },
  { field: 'residualRating', width: 8.5 },
];
const APPENDED_FIELDS: readonly RegisterField[] = APPENDED.map((a) => a.field);
const APPENDED_WIDTH: ReadonlyMap<RegisterField, number> = new Map(APPENDED.map((a) => [a.field, a.width]));
const HELPER_FIELDS: readonly RegisterField[] = ['inherentRating', 'residualRating'];

/**
 * The columns of a register that print: all of them but Riskbook's rating keys when those are
 * its last columns (a print area is one block of columns; a key column in the middle prints).
 * `lastColumn` is the register's last column, 0-based.
 */
export function printedColumnsOf(mapping: ColumnMapping, lastColumn: number): number {
  const helpers = new Set(HELPER_FIELDS.flatMap((f) => (mapping[f] === undefined ? [] : [mapping[f]])));
  let last = lastColumn;
  while (last > 0 && helpers.has(last)) last--;
  return last + 1;
}

type CellFormula = (likelihoodCell: string, impactCells: readonly string[]) => string;

/**
 * A formula builder run once per column, then filled in per row: the builders check every
 * formula they make, and a register of thousands of rows would otherwise pay for that per cell.
 */
function perRow(build: CellFormula, impactCount: number): CellFormula {
  const hole = (k: string): string => `\uE000${k}\uE001`;
  const template = build(hole('L'), Array.from({ length: impactCount }, (_, k) => hole(`I${k}`)));
  // Split once into text and holes (odd places: 'L' or 'I<k>'), then only joined per row.
  const parts = template.split(/\uE000(L|I\d+)\uE001/);
  const holes = parts.map((p, k) => (k % 2 === 0 ? null : p === 'L' ? -1 : Number(p.slice(1))));
  return (l, i) => {
    let out = '';
    for (let k = 0; k < parts.length; k++) {
      const h = holes[k];
      out += h === null || h === undefined ? parts[k]! : h === -1 ? l : i[h]!;
    }
    return out;
  };
}

/**
 * Columns from `from` rightwards holding anything from the header row down (values, formulas or
 * merges): never written. Only columns right of the header can be free, so only they are looked at.
 */
function occupiedColumns(sheet: SheetSnapshot, headerRow: number, from: number): Set<number> {
  const used = new Set<number>();
  const mark = (line: readonly unknown[] | undefined): void => {
    if (!line) return;
    for (let col = from; col < line.length; col++) {
      const v = line[col];
      if (v !== null && v !== undefined && v !== '') used.add(col);
    }
  };
  for (let row = headerRow; row < sheet.values.length; row++) {
    mark(sheet.values[row]);
    mark(sheet.formulas?.[row]);
  }
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.row + r.rows > headerRow) for (let c = Math.max(r.col, from); c < r.col + r.cols; c++) used.add(c);
  }
  return used;
}

/** Contiguous runs of ascending rows: [[first, last], …]. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  // Risks come in sheet order, so the rows usually are already: sorted only when they are not.
  const ascending = rows.every((r, k) => k === 0 || rows[k - 1]! <= r);
  for (const r of ascending ? rows : [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else if (!last || r > last[1]) out.push([r, r]);
  }
  return out;
}

function typedText(sheet: SheetSnapshot, row: number, col: number): string {
  const f = formulaAt(sheet, row, col);
  if (f !== null && f !== '') return f;
  const v = cellAt(sheet, row, col);
  return isCellError(v) ? v.error : cellText(v);
}

/**
 * 0-based last row holding anything in a column the register maps. A stray cell far below in a
 * column of the user's own must not stretch dropdowns and formats over a million rows.
 */
function lastMappedRow(sheet: SheetSnapshot, location: RegisterLocation): number {
  const cols = Object.values(location.mapping).filter((c): c is number => c !== undefined);
  for (let r = usedRowCount(sheet) - 1; r > location.headerRow; r--) {
    for (const c of cols) {
      const v = cellAt(sheet, r, c);
      const f = formulaAt(sheet, r, c);
      if ((v !== null && v !== '') || (f !== null && f !== '')) return r;
    }
  }
  return location.headerRow;
}

/**
 * The rows of one column as a fill of the first row's formula, or null when moving it down does
 * not give the formula built for the last row (a builder whose formula is not the same from row
 * to row would otherwise be written wrong: those rows are written one by one instead).
 */
function formulaFill(rows: readonly number[], col: number, formulaAtRow: (row: number) => string): FormulaFill | null {
  const spans = runs(rows);
  if (spans.length === 0) return null;
  const first = spans[0]![0];
  const last = spans[spans.length - 1]![1];
  const fill: FormulaFill = {
    formula: formulaAtRow(first),
    at: cellAddress(first, col),
    ranges: spans.map(([a, b]) => rangeAddress(a, col, b - a + 1, 1)),
  };
  return filledFormula(fill)(last, col) === formulaAtRow(last) ? fill : null;
}

/** Whether a typed cell says what the method gives: the same number, or the same word, case aside. */
function saysSame(sheet: SheetSnapshot, row: number, col: number, expected: string | number): boolean {
  if (formulaAt(sheet, row, col)) return false;
  const text = cellText(cellAt(sheet, row, col)).trim();
  return typeof expected === 'number' ? text !== '' && Number(text) === expected : text.toLowerCase() === expected.toLowerCase();
}

/** The columns Riskbook appended to the register (its own, by its marks), in field order. */
function appendedColumns(mapping: ColumnMapping, setBy: Partial<Record<RegisterField, ColumnSetBy>>): number[] {
  return APPENDED_FIELDS.flatMap((field) => (setBy[field] === 'riskbook' && mapping[field] !== undefined ? [mapping[field]] : []));
}

/**
 * The team's autofilter on the header row, reaching over the columns Riskbook appended right of
 * it, so the new columns filter with the team's; null when the sheet has no such filter or it
 * covers them already. The filter's rows stay the team's.
 */
function extendedFilter(
  sheet: SheetSnapshot,
  headerRow: number,
  mapping: ColumnMapping,
  setBy: Partial<Record<RegisterField, ColumnSetBy>>,
): string | null {
  const filter = sheet.autoFilter !== undefined ? parseRange(sheet.autoFilter) : null;
  if (!filter || filter.row !== headerRow) return null;
  const ours = appendedColumns(mapping, setBy);
  const last = maxOf(ours);
  if (!(last >= filter.col + filter.cols)) return null;
  return rangeAddress(filter.row, filter.col, filter.rows, last - filter.col + 1);
}

/**
 * The team's print area, reaching over the columns Riskbook appended right of it (but the rating
 * keys, when they come last: `printedColumnsOf`), so the register prints with its scores, levels
 * and sign-off; null when the sheet has no print area of one range, or it covers them already, or
 * it ends before the team's own last column (the team chose to print only part of the table).
 */
function extendedPrintArea(
  sheet: SheetSnapshot,
  teamColumns: number,
  mapping: ColumnMapping,
  setBy: Partial<Record<RegisterField, ColumnSetBy>>,
): string | null {
  if (sheet.printArea === undefined || sheet.printArea.includes(',')) return null;
  const area = parseRange(sheet.printArea) ?? wholeColumns(sheet.printArea);
  if (!area || area.col + area.cols < teamColumns) return null;
  const ours = appendedColumns(mapping, setBy);
  if (ours.length === 0) return null;
  const last = printedColumnsOf(mapping, maxOf(ours)) - 1;
  if (last < area.col + area.cols) return null;
  if ('whole' in area) return `${columnLetter(area.col)}:${columnLetter(last)}`;
  return rangeAddress(area.row, area.col, area.rows, last - area.col + 1);
}

/** `A:N` as a range of whole columns; null for anything else. */
function wholeColumns(text: string): { row: number; col: number; rows: number; cols: number; whole: true } | null {
  const m = /^([A-Z]{1,3}):([A-Z]{1,3})$/iu.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!.toUpperCase());
  return { row: 0, col, rows: 0, cols: columnIndex(m[2]!.toUpperCase()) - col + 1, whole: true };
}

/**
 * Riskbook's rating keys when they are the register's last columns: all Riskbook's by the settings
 * sheet's record, nothing right
 * of them, and nothing below their headers but Riskbook's own formulas. A column appended to the
 * register then takes their place and they move right of it, so they stay last (the print area
 * leaves them out). Null when any of that does not hold: then nothing moves, and what is appended
 * goes right of them. `rows` are the cells each key column holds, to be cleared.
 */
function movableKeys(sheet: SheetSnapshot, location: RegisterLocation, headers: readonly string[]): { from: number; fields: RegisterField[]; rows: Map<number, number[]> } | null {
  // Only keys the settings sheet records as Riskbook's: an empty column a person headed with
  // Riskbook's label reads as Riskbook's too, and its header is theirs.
  const keys = HELPER_FIELDS.filter((f) => location.mapping[f] !== undefined);
  if (location.source !== 'saved' || keys.length === 0 || keys.some((f) => location.setBy?.[f] !== 'riskbook')) return null;
  const cols = keys.map((f) => location.mapping[f]!).sort((a, b) => a - b);
  let last = headers.length - 1;
  while (last >= 0 && headers[last]!.trim() === '') last--;
  if (cols[cols.length - 1] !== last || cols.some((c, k) => c !== cols[0]! + k)) return null;
  if (occupiedColumns(sheet, location.headerRow, last + 1).size > 0) return null;
  const rows = new Map<number, number[]>();
  const end = usedRowCount(sheet);
  for (const field of keys) {
    const col = location.mapping[field]!;
    const ours = riskbookFormulaTest(field, location.mapping);
    const held: number[] = [];
    for (let row = location.headerRow + 1; row < end; row++) {
      const f = formulaAt(sheet, row, col);
      const v = cellAt(sheet, row, col);
      if ((f === null || f === '') && (v === null || v === '')) continue;
      if (f === null || f === '' || !ours(row, f)) return null;
      held.push(row);
    }
    rows.set(col, held);
  }
  return { from: cols[0]!, fields: keys, rows };
}

/** Cells of one column as blocks of consecutive rows (null in none): a few changes far apart stay a few cells. */
function blockWrites(col: number, cells: ReadonlyMap<number, PlanCell>): BlockWrite[] {
  return runs([...cells.keys()].sort((a, b) => a - b)).map(([a, b]) => ({
    at: cellAddress(a, col),
    cells: Array.from({ length: b - a + 1 }, (_, k) => [cells.get(a + k) ?? null]),
  }));
}

/**
 * The cycle's column: each risk's mark where its cell is empty or holds a mark (Riskbook's); a cell
 * a person typed anything else in stays, and is reported. A mark on a row that is no risk, or in a
 * register with no cycle any more, is cleared; so are the old formulas of a key column it took
 * (`cleared`).
 */
function cycleMarkCells(
  sheet: SheetSnapshot,
  location: RegisterLocation,
  risks: readonly Risk[],
  marks: readonly CycleMark[] | undefined,
  col: number,
  cleared: readonly number[],
): { writes: BlockWrite[]; findings: Finding[] } {
  const markAt = new Map<number, { mark: CycleMark; risk: Risk }>();
  if (marks) risks.forEach((risk, k) => markAt.set(risk.row, { mark: marks[k]!, risk }));
  const wiped = new Set(cleared);
  const cells = new Map<number, PlanCell>();
  const typedOver: CellFound[] = [];
  let end = usedRowCount(sheet);
  for (const row of markAt.keys()) end = Math.max(end, row + 1);
  for (let row = location.headerRow + 1; row < end; row++) {
    const formula = wiped.has(row) ? null : formulaAt(sheet, row, col);
    const typed = wiped.has(row) ? '' : formula !== null && formula !== '' ? formula : cellText(cellAt(sheet, row, col)).trim();
    const ours = typed === '' || ((formula === null || formula === '') && isCycleMark(typed));
    const want = markAt.get(row);
    if (want && ours) {
      if (typed !== want.mark || wiped.has(row)) cells.set(row, want.mark);
    } else if (want) {
      typedOver.push({ cell: cellAddress(row, col), params: { id: want.risk.id !== '' ? want.risk.id : `on row ${row + 1}`, value: typed, mark: want.mark } });
    } else if (wiped.has(row) || (ours && typed !== '')) {
      cells.set(row, '');
    }
  }
  return { writes: blockWrites(col, cells), findings: findingsOnCells('cycle-change-typed-over', sheet.name, typedOver) };
}

/**
 * `teamNotCompared` names the team's columns reported as a whole elsewhere (an inferred method
 * that does not reproduce them), not compared row by row.
 */
export function registerSheetPlan(
  sheet: SheetSnapshot,
  location: RegisterLocation,
  risks: readonly Risk[],
  m: Methodology,
  teamNotCompared?: ReadonlySet<RegisterField>,
  /** Each risk's mark against the current assessment cycle, in the order of `risks`; absent while no cycle has begun. */
  cycleMarks?: readonly CycleMark[],
): RegisterSheetPlanResult {
  const { headerRow } = location;
  // A likelihood or impact merged down over several risks holds its value in the merge's top-left
  // cell only: each covered row's formula reads it there, as the reader does.
  const mergeSources = verticalMergeSources(sheet, headerRow);
  const inputCell = (row: number, col: number): string => {
    const source = mergeSources.size === 0 ? undefined : mergeSources.get(cellKey(row, col));
    return source ? cellAddress(source.row, source.col) : cellAddress(row, col);
  };
  const firstDataRow = headerRow + 1;
  const lastRow = Math.max(lastMappedRow(sheet, location), headerRow) + ROW_HEADROOM;
  const headers = headerTexts(sheet, headerRow);
  const mapping: ColumnMapping = { ...location.mapping };
  const setBy: Partial<Record<RegisterField, ColumnSetBy>> = { ...location.setBy };
  const writes: BlockWrite[] = [];
  const fills: FormulaFill[] = [];
  const formats: FormatSpec[] = [];
  const findings: Finding[] = [];

  // 1. Append the columns Riskbook needs and the register lacks, into columns nobody uses.
  const inherentImpact = impactColumnsOf(mapping);
  const canScoreInherent = mapping.likelihood !== undefined && inherentImpact !== null;
  const teamColumnCount = headers.length;
  let next = teamColumnCount;
  const occupied = occupiedColumns(sheet, headerRow, next);
  const appended = new Map<number, RegisterField>();
  const formatsLike: FormatLikeSpec[] = [];
  // An appended header looks like the team's own: formatted like the last header cell they wrote.
  let teamHeader = headers.length - 1;
  while (teamHeader >= 0 && headers[teamHeader]!.trim() === '') teamHeader--;
  const wanted = (field: RegisterField): boolean =>
    mapping[field] === undefined &&
    !(field.startsWith('inherent') && !canScoreInherent) &&
    // The cycle's marks only once a cycle has begun, and never beside a column of the team's own.
    !(field === 'cycleChange' && (cycleMarks === undefined || location.teamColumns?.cycleChange !== undefined));
  // The rating keys give their columns to what is appended before them, and are appended again after it.
  const moved = APPENDED_FIELDS.some((f) => !HELPER_FIELDS.includes(f) && wanted(f)) ? movableKeys(sheet, location, headers) : null;
  if (moved) {
    next = moved.from;
    for (const field of moved.fields) delete mapping[field];
  }
  for (const field of APPENDED_FIELDS) {
    if (!wanted(field)) continue;
    while (occupied.has(next)) next++;
    mapping[field] = next;
    setBy[field] = 'riskbook';
    appended.set(next, field);
    headers[next] = FIELD_LABELS[field];
    writes.push({ at: cellAddress(headerRow, next), cells: [[FIELD_LABELS[field]]] });
    if (teamHeader >= 0) {
      formatsLike.push({ range: cellAddress(headerRow, next), like: cellAddress(headerRow, teamHeader) });
      // Riskbook's labels are longer than the column is wide: they wrap whatever the team's cell does.
      formats.push({ range: cellAddress(headerRow, next), wrap: true });
    } else formats.push({ range: cellAddress(headerRow, next), bold: true, fill: APPENDED_HEADER_FILL, wrap: true, verticalAlignment: 'middle' });
    next++;
  }
  for (let c = 0; c < headers.length; c++) headers[c] ??= '';

  // 2. Formulas in Riskbook's derived columns, wherever the cell is empty or already Riskbook's
  // (a level built on another score column by an earlier version is rewritten onto Riskbook's own).
  const inputs: Record<Stage, { l: number | undefined; i: number[] | null }> = {
    inherent: { l: mapping.likelihood, i: inherentImpact },
    residual: {
      l: mapping.residualLikelihood,
      i: mapping.residualImpact === undefined ? null : [mapping.residualImpact],
    },
  };
  const ownedRows = new Map<number, number[]>();
  for (const d of DERIVED) {
    const col = mapping[d.field];
    const { l, i } = inputs[d.stage];
    if (col === undefined || l === undefined || i === null || risks.length === 0) continue;
    const scoreCol = mapping[d.stage === 'inherent' ? 'inherentScore' : 'residualScore'];
    if (d.kind === 'level' && scoreCol === undefined) continue;
    const build =
      d.kind === 'rating' ? perRow(ratingFormula, i.length) : d.kind === 'score' ? perRow(scoreFormula, i.length) : perRow((s) => levelFormula(s), 0);
    const ours = riskbookFormulaTest(d.field, mapping);
    // Rows written one by one (a merged input, or no fill): usually none.
    const single = new Map<number, string>();
    const owned: number[] = [];
    const formulaAtRow = (row: number): string =>
      d.kind === 'level'
        ? build(cellAddress(row, scoreCol!), [])
        : build(
            inputCell(row, l),
            i.map((c) => inputCell(row, c)),
          );
    // A row whose inputs are its own cells takes the column's formula moved down (a fill); a
    // row reading a merged input elsewhere gets its own formula.
    const ownInputs = (row: number): boolean =>
      mergeSources.size === 0 || d.kind === 'level' || [l, ...i].every((c) => !mergeSources.has(cellKey(row, c)));
    const filled: number[] = [];
    // A key column another column just took holds formulas that are cleared: as good as empty.
    const wiped = moved?.rows.has(col) === true;
    for (const risk of risks) {
      const row = risk.row;
      const existingFormula = wiped ? null : formulaAt(sheet, row, col);
      const existingValue = wiped ? null : cellAt(sheet, row, col);
      const empty = (existingFormula === null || existingFormula === '') && (existingValue === null || existingValue === '');
      // The row's formula is built only to compare it with one already there.
      const formula = empty ? null : formulaAtRow(row);
      if (empty || existingFormula === formula || (existingFormula !== null && existingFormula !== '' && ours(row, existingFormula))) {
        owned.push(row);
        if (formula !== null && existingFormula === formula) continue;
        if (ownInputs(row)) filled.push(row);
        else single.set(row, formula ?? formulaAtRow(row));
        continue;
      }
      const [lv, iv] = d.stage === 'inherent' ? [risk.likelihood, risk.impact] : [risk.residualLikelihood, risk.residualImpact];
      const expected = methodValue(m, d.kind, lv, iv);
      // A typed value that says what the method says is no finding, nor one where the method
      // gives nothing: its missing or off-scale input is reported already.
      if (expected === null || saysSame(sheet, row, col, expected)) continue;
      findings.push(
        finding('risk-score-typed-over', sheet.name, cellAddress(row, col), {
          id: risk.id !== '' ? risk.id : `on row ${row + 1}`,
          field: FIELD_LABELS[d.field],
          value: typedText(sheet, row, col),
          expected,
        }),
      );
    }
    ownedRows.set(col, owned);
    const fill = formulaFill(filled, col, formulaAtRow);
    if (fill) fills.push(fill);
    else for (const row of filled) single.set(row, formulaAtRow(row));
    if (single.size > 0) {
      const top = minOf([...single.keys()]);
      const cells: PlanCell[][] = Array.from({ length: maxOf([...single.keys()]) - top + 1 }, () => [null]);
      for (const [row, formula] of single) cells[row - top] = [{ formula }];
      writes.push({ at: cellAddress(top, col), cells });
    }
  }
  appendAll(findings, teamColumnFindings(sheet, location, risks, m, teamNotCompared));

  const column = (col: number): string => rangeAddress(firstDataRow, col, lastRow - firstDataRow + 1, 1);

  // 3. Scores show as whole numbers, in Riskbook's own cells only; appended columns sit at the
  // top of their row like the text beside them, which usually wraps.
  for (const col of appended.keys()) formats.push({ range: column(col), verticalAlignment: 'top' });
  // The sign-off columns the register lacked: a date shows as a date, a name or a rationale wraps.
  for (const [col, field] of appended) {
    if (field === 'approvalDate') formats.push({ range: column(col), numberFormat: DATE_FORMAT });
    if (field === 'approvedBy' || field === 'acceptanceRationale') formats.push({ range: column(col), wrap: true });
  }
  for (const field of ['inherentScore', 'residualScore'] as const) {
    const col = mapping[field];
    if (col === undefined) continue;
    if (appended.has(col)) formats.push({ range: rangeAddress(firstDataRow, col, lastRow - firstDataRow + 1, 1), numberFormat: '0' });
    else for (const [a, b] of runs(ownedRows.get(col) ?? [])) formats.push({ range: rangeAddress(a, col, b - a + 1, 1), numberFormat: '0' });
  }

  // 4. Dropdowns on the inputs. `warning`, so text a team already uses (`Likely`) stays valid.
  const validations: ValidationSpec[] = [];
  const dropdown = (col: number | undefined, namedRange: string): void => {
    if (col === undefined) return;
    validations.push({ range: column(col), rule: { kind: 'list', namedRange }, allowBlank: true, style: 'warning' });
  };
  dropdown(mapping.likelihood, NAMES.likelihoodOptions);
  const impactInputs = mapping.impact !== undefined ? [mapping.impact] : [mapping.impactC, mapping.impactI, mapping.impactA];
  for (const c of impactInputs) dropdown(c, NAMES.impactOptions);
  dropdown(mapping.residualLikelihood, NAMES.likelihoodOptions);
  dropdown(mapping.residualImpact, NAMES.impactOptions);
  dropdown(mapping.treatment, NAMES.treatmentOptions);

  // 5. Level cells coloured by band.
  const conditionalFormats: ConditionalFormatSpec[] = [];
  for (const field of ['inherentLevel', 'residualLevel'] as const) {
    const col = mapping[field];
    if (col === undefined) continue;
    const topLeft = cellAddress(firstDataRow, col);
    for (const band of m.bands) {
      conditionalFormats.push({ range: column(col), formula: levelIsFormula(topLeft, band.name), fill: band.colour });
    }
  }

  // 6. The cycle's marks, and the old key columns cleared where the columns before them took their place.
  const movedTo = new Map<number, readonly number[]>(moved ? [...moved.rows] : []);
  const cycleCol = mapping.cycleChange;
  if (cycleCol !== undefined) {
    const marked = cycleMarkCells(sheet, location, risks, cycleMarks, cycleCol, movedTo.get(cycleCol) ?? []);
    appendAll(writes, marked.writes);
    appendAll(findings, marked.findings);
    movedTo.delete(cycleCol);
  }
  for (const [col, rows] of movedTo) {
    // What the column's new formulas do not write over is cleared.
    const rewritten = new Set(ownedRows.get(col) ?? []);
    appendAll(writes, blockWrites(col, new Map(rows.filter((row) => !rewritten.has(row)).map((row) => [row, '']))));
  }

  const autoFilter = extendedFilter(sheet, headerRow, mapping, setBy);
  const printArea = extendedPrintArea(sheet, teamColumnCount, mapping, setBy);
  const plan: SheetPlan = {
    name: sheet.name,
    mode: 'update',
    columnWidths: [...appended].map(([col, field]) => ({ col, width: APPENDED_WIDTH.get(field)! })),
    writes,
    ...(fills.length > 0 ? { fills } : {}),
    ...(formatsLike.length > 0 ? { formatsLike } : {}),
    ...(autoFilter ? { autoFilter } : {}),
    ...(printArea ? { printArea } : {}),
    formats,
    validations,
    conditionalFormats,
  };
  const after: RegisterLocation = { ...location, mapping, ...(Object.keys(setBy).length > 0 ? { setBy } : {}) };
  return { plan, location: after, findings, headers };
}
