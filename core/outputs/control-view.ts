/**
 * The Control view: everything about one Annex A control in one place, so "show me everything
 * about 8.16" is a filter on one column. For each control of the catalogue (the 93 of Annex A,
 * then the team's own) a row with its SoA decision, owner, implementation status, last review and
 * evidence; under it a row for each risk that cites it, with the risk's level and treatment and
 * the plan's action for that risk and control: action, owner, due date, status, effectiveness.
 *
 * Which rows there are is settled at each run, from the register; what they show is read live
 * from the register, the SoA and the plan in use (live-cells.ts), so the view stays true while
 * people work on the plan and the SoA. A control cited by thousands of risks lists the first of
 * them and says how many more and where (id-list.ts), so the sheet stays a few thousand rows
 * however large the register is.
 */
import type { ControlCatalogue } from '../annex-a/types';
import { DATE_FORMAT } from '../dates';
import type { Methodology } from '../methodology/types';
import type { RegisterField, RegisterLocation, Risk } from '../register/types';
import { inherentOf, residualOf } from '../rules/assessment';
import { parseCell, rangeAddress } from '../workbook/a1';
import { NAMES, SHEETS } from '../workbook/names';
import type { FormatSpec, NamedRangeSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { LINE_HEIGHT, MAX_WORD_WIDTH, fitRowHeights, widthForWords, wrappedLines } from '../workbook/text-fit';
import { textOf } from './cells';
import type { DashboardPlan } from './dashboard-input';
import { LISTED_IDS } from './id-list';
import { STAMP_FONT, STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import { controlLinks } from './links';
import type { Key, LiveSource } from './live-cells';
import { liveDate, liveExpression, liveText, namedSource, portableLiveCells, sheetSource, sourceName, textExpression } from './live-cells';
import type { ColumnDef, FreshRow, KeyedTableSpec } from './preserve';
import { mergeKeyedTable, normalizeKey } from './preserve';
import type { RtpField, RtpRow } from './rtp';
import { riskSummary, rtpKey } from './rtp';
import type { SoaField, SoaRow, SoaSheet } from './soa';
import { isSoaHeading, soaControlKey } from './soa';

export const CONTROL_VIEW_TITLE = 'Control view: risks, actions, SoA decision and evidence for each control';
/** The line under the stamp that says how to read the sheet. */
export const CONTROL_VIEW_GUIDE =
  'Filter Control ID to one control to see everything about it. The first row of a control is its SoA decision; each row under it a risk that cites it, ' +
  'with the plan\'s action for that risk and control. Cells read the register, the SoA and the plan live; "Row moved: Recalculate" means the row they read was moved since.';
/** The rows of the risks past the first LISTED_IDS of a control are one row saying how many and where. */
export const MORE_RISKS = '…';
export const NO_LONGER_LINKED = 'No longer linked: kept for the notes beside it';

export const CONTROL_VIEW_HEADERS = {
  controlId: 'Control ID',
  control: 'Control',
  riskId: 'Risk ID',
  risk: 'Risk',
  level: 'Level now',
  treatment: 'Treatment',
  decision: 'SoA decision / action',
  owner: 'Owner',
  status: 'Status',
  date: 'Reviewed / due',
  evidence: 'Evidence',
  effectiveness: 'Effectiveness',
} as const;
const H = CONTROL_VIEW_HEADERS;
type ViewField = keyof typeof CONTROL_VIEW_HEADERS;

const COLUMNS: readonly ColumnDef[] = [
  { header: H.controlId, kind: 'derived', width: 10 },
  { header: H.control, kind: 'derived', width: 24, wrap: true },
  { header: H.riskId, kind: 'derived', width: 9 },
  { header: H.risk, kind: 'derived', width: 28, wrap: true },
  { header: H.level, kind: 'derived', width: 10, wrap: true },
  { header: H.treatment, kind: 'derived', width: 11 },
  { header: H.decision, kind: 'derived', width: 34, wrap: true },
  { header: H.owner, kind: 'derived', width: 15, wrap: true },
  { header: H.status, kind: 'derived', width: 14, wrap: true },
  { header: H.date, kind: 'derived', width: 11, numberFormat: DATE_FORMAT },
  { header: H.evidence, kind: 'derived', width: 18, wrap: true },
  { header: H.effectiveness, kind: 'derived', width: 13, wrap: true },
];
export { COLUMNS as CONTROL_VIEW_COLUMNS };

/** A control's own row: light blue and bold, so a filtered view starts with its decision. */
export const CONTROL_ROW_FILL = '#DDEBF7';

/**
 * What a risk row shows of the plan's row, by the view's column: the plan's field. The view reads
 * every field the plan has; a field the RTP gains (evidence) is one more entry here.
 */
const ACTION_FIELDS: readonly (readonly [ViewField, RtpField, 'text' | 'date'])[] = [
  ['decision', 'action', 'text'],
  ['owner', 'owner', 'text'],
  ['status', 'status', 'text'],
  ['date', 'dueDate', 'date'],
  ['effectiveness', 'effectivenessResult', 'text'],
];

/** What a control row shows of the SoA's row, by the view's column (the decision is composed, below). */
const SOA_FIELDS: readonly (readonly [ViewField, SoaField, 'text' | 'date'])[] = [
  ['owner', 'owner', 'text'],
  ['status', 'implementationStatus', 'text'],
  ['date', 'lastReviewed', 'date'],
  ['evidence', 'evidence', 'text'],
];

/** The SoA in use, as the view reads it; none for a team's SoA in the 2013 numbering. */
export interface ViewSoa {
  /** True for Riskbook's own SoA (a sheet it rebuilds, read through a name). */
  readonly own: boolean;
  readonly sheet: SoaSheet;
}

export interface ControlViewInput {
  readonly methodology: Methodology;
  readonly catalogue: ControlCatalogue;
  readonly risks: readonly Risk[];
  /** The register as the plan leaves it: its mapping has Riskbook's level columns. */
  readonly register: RegisterLocation;
  /** The plan in use, one row per (risk, control) it names (a team's row naming two controls is two). */
  readonly plan: DashboardPlan | null;
  readonly soa: ViewSoa | null;
  /** The workbook as the plan leaves it: what the key cells say now. */
  readonly workbook: WorkbookSnapshot;
  readonly stamp: Stamp;
}

/**
 * A source sheet as the view reads it: its live references, what its cells say now, and the
 * column of each field of its table (the same on every row), found once.
 */
interface Source {
  readonly live: LiveSource;
  readonly sheet: SheetSnapshot | undefined;
  readonly columns: Map<string, number | null>;
}

function source(live: LiveSource, sheet: SheetSnapshot | undefined): Source {
  return { live, sheet, columns: new Map() };
}

function cellOf(address: string): { row: number; col: number } | null {
  return address === '' ? null : parseCell(address);
}

type At = { readonly row: number; readonly col: number };

/**
 * Where a field of a source row is; null where the table has no such column. The row's cell
 * addresses are worked out on demand (preserve.ts `tableRows`), so they are read for one row only.
 */
function fieldAt<F extends string>(src: Source, row: { readonly row: number; readonly cells: Readonly<Record<F, string>> }, field: F): At | null {
  let col = src.columns.get(field);
  if (col === undefined) {
    col = cellOf(row.cells[field])?.col ?? null;
    src.columns.set(field, col);
  }
  return col === null ? null : { row: row.row, col };
}

function textAt(source: Source, at: { row: number; col: number }): string {
  return source.sheet ? textOf(cellAt(source.sheet, at.row, at.col)) : '';
}

function dateAt(source: Source, at: { row: number; col: number }): number | string {
  const v = source.sheet ? cellAt(source.sheet, at.row, at.col) : null;
  return typeof v === 'number' ? v : textOf(v);
}

/** A cell the view writes, and what it shows now (for fitting rows and columns to it). */
interface ViewCell {
  readonly cell: PlanCell;
  readonly shown: string;
}

type ViewRow = Partial<Record<ViewField, ViewCell>>;

function plain(text: string): ViewCell {
  return { cell: text, shown: text };
}

/**
 * The plan's rows for each (risk, control) of the risks the view lists, and for each of those risks
 * the row that names no control. Only those risks' rows are keyed: the plan may have 76,000 rows.
 */
function planIndex(plan: DashboardPlan | null, listed: ReadonlySet<string>): { byPair: Map<string, RtpRow>; byRisk: Map<string, RtpRow> } {
  const byPair = new Map<string, RtpRow>();
  const byRisk = new Map<string, RtpRow>();
  for (const row of plan?.rows ?? []) {
    if (row.riskId === '' || row.orphaned) continue;
    // Riskbook's RTP writes ids as the register has them: most rows are passed over without a new string.
    if (!listed.has(row.riskId) && !listed.has(normalizeKey(row.riskId))) continue;
    const risk = normalizeKey(row.riskId);
    const pair = normalizeKey(rtpKey(row.riskId, row.controlId));
    if (!byPair.has(pair)) byPair.set(pair, row);
    if (row.controlId.trim() === '' && !byRisk.has(risk)) byRisk.set(risk, row);
  }
  return { byPair, byRisk };
}

function soaIndex(soa: ViewSoa | null, catalogue: ControlCatalogue): Map<string, SoaRow> {
  const out = new Map<string, SoaRow>();
  for (const row of soa?.sheet.rows ?? []) {
    if (row.controlId === '' || row.orphaned || isSoaHeading(row.controlId, catalogue)) continue;
    const key = soaControlKey(row.controlId).toUpperCase();
    if (!out.has(key)) out.set(key, row);
  }
  return out;
}

/** The key cells of a source row that must still say what they say now for its cells to be shown. */
function keysOf(source: Source, places: readonly (At | null)[]): Key[] {
  const keys: Key[] = [];
  for (const at of places) if (at) keys.push({ ref: source.live.at(at.row, at.col), text: textAt(source, at) });
  return keys;
}

/** "Applicable: Yes", or that nobody decided, from the SoA's Applicable cell. */
function applicableExpression(ref: string): string {
  return `IF(${ref}&""="","Applicability not decided","Applicable: "&${ref})`;
}

/** " · why" after the decision, when the cell holds a reason. */
function reasonExpression(ref: string): string {
  return `IF(${ref}&""="",""," · "&${ref})`;
}

/** The level a risk stands at now, from Riskbook's level columns: residual once rescored, else inherent. */
function levelExpression(inherent: string, residual: string): string {
  return `IF(${textExpression(residual)}="",${textExpression(inherent)},${textExpression(residual)})`;
}

portableLiveCells([applicableExpression('A1'), reasonExpression('B1'), `${applicableExpression('A1')}&${reasonExpression('B1')}`, levelExpression('C1', 'D1')]);

/** The SoA decision in words: "Applicable: Yes · why", each part live. */
function decisionCell(source: Source, row: SoaRow, keys: readonly Key[]): ViewCell {
  const applicable = fieldAt(source, row, 'applicable');
  const parts: string[] = [];
  const shown: string[] = [];
  if (applicable) {
    const ref = source.live.at(applicable.row, applicable.col);
    parts.push(applicableExpression(ref));
    const now = textAt(source, applicable);
    shown.push(now === '' ? 'Applicability not decided' : `Applicable: ${now}`);
  }
  for (const field of ['justification', 'exclusionJustification'] as const) {
    const at = fieldAt(source, row, field);
    if (!at) continue;
    const ref = source.live.at(at.row, at.col);
    parts.push(reasonExpression(ref));
    const now = textAt(source, at);
    if (now !== '') shown.push(` · ${now}`);
  }
  if (parts.length === 0) return plain('');
  return { cell: liveExpression(parts.join('&'), keys), shown: shown.join('') };
}

function fieldCell(source: Source, at: At | null, kind: 'text' | 'date', keys: readonly Key[]): ViewCell | undefined {
  if (!at) return undefined;
  const ref = source.live.at(at.row, at.col);
  if (kind === 'date') {
    const now = dateAt(source, at);
    return { cell: liveDate(ref, keys), shown: typeof now === 'number' ? '0000-00-00' : now };
  }
  return { cell: liveText(ref, keys), shown: textAt(source, at) };
}

function controlRow(id: string, title: string, linked: number, soa: { source: Source; row: SoaRow } | null, hasSoa: boolean): ViewRow {
  const cited = linked === 0 ? 'Cited by no risk' : `Cited by ${linked.toLocaleString('en-US')} risk${linked === 1 ? '' : 's'}`;
  const row: ViewRow = { controlId: plain(id), control: plain(title), risk: plain(cited) };
  if (!soa) {
    row.decision = plain(hasSoa ? 'Not in the Statement of Applicability' : 'No Statement of Applicability yet');
    return row;
  }
  const keys = keysOf(soa.source, [fieldAt(soa.source, soa.row, 'controlId')]);
  row.decision = decisionCell(soa.source, soa.row, keys);
  for (const [view, field, kind] of SOA_FIELDS) {
    const cell = fieldCell(soa.source, fieldAt(soa.source, soa.row, field), kind, keys);
    if (cell) row[view] = cell;
  }
  return row;
}

/** The register's cells of a risk, live where the cell holds what the core read there. */
interface RegisterReader {
  readonly source: Source;
  readonly location: RegisterLocation;
  readonly methodology: Methodology;
}

function registerCell(reg: RegisterReader, risk: Risk, field: RegisterField): { row: number; col: number } | null {
  const col = reg.location.mapping[field];
  return col === undefined ? null : { row: risk.row, col };
}

function riskCells(reg: RegisterReader, risk: Risk): Pick<ViewRow, 'risk' | 'level' | 'treatment'> {
  const idAt = registerCell(reg, risk, 'id');
  const keys: Key[] = idAt ? [{ ref: reg.source.live.at(idAt.row, idAt.col), text: textAt(reg.source, idAt) }] : [];
  // Live where the risk's own cell holds what the core read: a value merged down over a group is
  // read from the group's first row, which a formula on this row cannot follow.
  const live = (field: RegisterField, expected: string): ViewCell => {
    const at = registerCell(reg, risk, field);
    if (!at || textAt(reg.source, at) !== expected.trim()) return plain(expected.trim());
    return { cell: liveText(reg.source.live.at(at.row, at.col), keys), shown: expected.trim() };
  };
  const summary = riskSummary(risk);
  const summaryField = (['title', 'threat', 'description'] as const).find((f) => risk[f].trim() !== '' && risk[f].trim() === summary.trim());
  const m = reg.methodology;
  const inherent = inherentOf(m, risk).band?.name ?? '';
  const residual = residualOf(m, risk).band?.name ?? '';
  const inherentAt = registerCell(reg, risk, 'inherentLevel');
  const residualAt = registerCell(reg, risk, 'residualLevel');
  // Riskbook's own level formulas: residual once rescored, else inherent.
  const level: ViewCell = inherentAt && residualAt
    ? {
        cell: liveExpression(levelExpression(reg.source.live.at(inherentAt.row, inherentAt.col), reg.source.live.at(residualAt.row, residualAt.col)), keys),
        shown: residual || inherent,
      }
    : plain(residual || inherent);
  return {
    risk: summaryField ? live(summaryField, summary) : plain(summary),
    level,
    treatment: risk.treatmentText.trim() !== '' ? live('treatment', risk.treatmentText) : plain(''),
  };
}

/** What a risk row says where the plan has no action for it. */
function noAction(risk: Risk, hasPlan: boolean): string {
  if (risk.treatment === 'accept') return 'Accepted: no action planned';
  if (risk.treatment === null) return 'No treatment decided';
  return hasPlan ? 'No action in the plan' : 'No treatment plan yet';
}

function riskRow(controlId: string, risk: Risk, reg: RegisterReader, action: { source: Source; row: RtpRow } | null, hasPlan: boolean): ViewRow {
  const row: ViewRow = { controlId: plain(controlId), riskId: plain(risk.id.trim()), ...riskCells(reg, risk) };
  if (!action) {
    row.decision = plain(noAction(risk, hasPlan));
    return row;
  }
  const keys = keysOf(action.source, [fieldAt(action.source, action.row, 'riskId'), fieldAt(action.source, action.row, 'controlId')]);
  for (const [view, field, kind] of ACTION_FIELDS) {
    const cell = fieldCell(action.source, fieldAt(action.source, action.row, field), kind, keys);
    if (cell) row[view] = cell;
  }
  return row;
}

function moreRow(controlId: string, more: number, planSheet: string | null): ViewRow {
  const where = `filter the register's Controls column for ${controlId}${planSheet ? ` and the Control ID of ${planSheet}` : ''}`;
  return { controlId: plain(controlId), riskId: plain(MORE_RISKS), risk: plain(`… and ${more.toLocaleString('en-US')} more risks cite ${controlId} (${where})`) };
}

function keyOf(row: ViewRow): string {
  const control = textOf(row.controlId?.shown ?? '');
  const risk = textOf(row.riskId?.shown ?? '');
  return risk === '' ? control : `${control} · ${risk}`;
}

/**
 * The view's table: a row is keyed by its control and risk. A row whose Control ID names no control
 * of the catalogue is a person's (a heading, a note typed under the table): it stays, unkeyed.
 */
function viewSpec(catalogue: ControlCatalogue): KeyedTableSpec {
  return {
    columns: COLUMNS,
    headerRow: 3,
    keyHeader: H.controlId,
    key: (cell) => {
      const control = textOf(cell(H.controlId));
      if (control === '' || !catalogue.get(control)) return null;
      const risk = textOf(cell(H.riskId));
      return risk === '' ? control : `${control} · ${risk}`;
    },
    rows: 'derived',
    // A row whose risk no longer cites the control goes, unless someone wrote beside it.
    orphans: 'typed',
    status: { header: H.control, orphaned: NO_LONGER_LINKED },
  };
}

/**
 * The names the view reads Riskbook's rebuilt RTP and SoA through, over the rows and columns it
 * reads: set with the view, and again by a run that rebuilds the RTP or the SoA without it.
 */
export function controlViewNames(input: Pick<ControlViewInput, 'plan' | 'soa'>): NamedRangeSpec[] {
  const names: NamedRangeSpec[] = [];
  // Every row of one table has its fields in the same columns: the last row and any row's columns
  // bound what is read (a plan has 76,000 rows at 50,000 risks: its rows' addresses are not worked out).
  const extent = (rows: readonly { readonly row: number }[], columnsOf: (row: never) => readonly string[]): { row: number; col: number } | null => {
    let row = -1;
    for (const r of rows) if (r.row > row) row = r.row;
    if (row < 0) return null;
    let col = 0;
    for (const a of columnsOf(rows[0] as never)) col = Math.max(col, cellOf(a)?.col ?? 0);
    return { row, col };
  };
  const plan = input.plan;
  if (plan?.own) {
    const last = extent(plan.rows, (r: RtpRow) => [r.cells.riskId, r.cells.controlId, ...ACTION_FIELDS.map(([, f]) => r.cells[f])]);
    if (last) names.push(sourceName(NAMES.rtpTable, plan.sheet, last.row, last.col));
  }
  const soa = input.soa;
  if (soa?.own) {
    const fields: SoaField[] = ['controlId', 'applicable', 'justification', 'exclusionJustification', ...SOA_FIELDS.map(([, f]) => f)];
    const last = extent(soa.sheet.rows, (r: SoaRow) => fields.map((f) => r.cells[f]));
    if (last) names.push(sourceName(NAMES.soaTable, soa.sheet.name, last.row, last.col));
  }
  return names;
}

/** The Control view, and the names through which it reads the RTP and the SoA Riskbook rebuilds. */
export function controlViewSheetPlan(input: ControlViewInput, existing?: SheetSnapshot): { sheet: SheetPlan; names: NamedRangeSpec[] } {
  const wb = input.workbook;
  const planSource: Source | null = input.plan ? source(input.plan.own ? namedSource(NAMES.rtpTable) : sheetSource(input.plan.sheet), findSheet(wb, input.plan.sheet)) : null;
  const soaSource: Source | null = input.soa ? source(input.soa.own ? namedSource(NAMES.soaTable) : sheetSource(input.soa.sheet.name), findSheet(wb, input.soa.sheet.name)) : null;
  const reg: RegisterReader = { source: source(sheetSource(input.register.sheet), findSheet(wb, input.register.sheet)), location: input.register, methodology: input.methodology };
  const decisions = soaIndex(input.soa, input.catalogue);
  const links = controlLinks(input.risks);
  // The ids the view lists, as the links spell them and normalised.
  const listed = new Set<string>();
  for (const control of input.catalogue.controls) {
    for (const id of (links.get(control.id.toUpperCase()) ?? []).slice(0, LISTED_IDS)) listed.add(id).add(normalizeKey(id));
  }
  const actions = planIndex(input.plan, listed);
  // The first risk of each id the view lists (links list a risk's trimmed id).
  const byId = new Map<string, Risk>();
  for (const r of input.risks) {
    if (r.id === '' || !listed.has(r.id.trim())) continue;
    if (!byId.has(r.id.trim())) byId.set(r.id.trim(), r);
  }

  const viewRows: ViewRow[] = [];
  for (const control of input.catalogue.controls) {
    const ids = links.get(control.id.toUpperCase()) ?? [];
    const decision = decisions.get(control.id.toUpperCase());
    viewRows.push(controlRow(control.id, control.title, ids.length, decision && soaSource ? { source: soaSource, row: decision } : null, input.soa !== null));
    for (const id of ids.slice(0, LISTED_IDS)) {
      const risk = byId.get(id);
      if (!risk) continue;
      const action = actions.byPair.get(normalizeKey(rtpKey(risk.id, control.id))) ?? actions.byRisk.get(normalizeKey(risk.id));
      viewRows.push(riskRow(control.id, risk, reg, action && planSource ? { source: planSource, row: action } : null, input.plan !== null));
    }
    if (ids.length > LISTED_IDS) viewRows.push(moreRow(control.id, ids.length - LISTED_IDS, input.plan?.sheet ?? null));
  }

  const fields = Object.keys(H) as ViewField[];
  const fresh: FreshRow[] = viewRows.map((row) => ({
    key: keyOf(row),
    cells: Object.fromEntries(fields.map((f) => [H[f], row[f]?.cell ?? ''])),
  }));
  const merged = mergeKeyedTable(existing, viewSpec(input.catalogue), fresh);
  const { sheet, layout } = renderTableSheet({
    name: SHEETS.controlView,
    table: merged,
    columns: COLUMNS,
    frame: [
      { kind: 'title', text: CONTROL_VIEW_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(input.stamp), row: STAMP_ROW },
      { kind: 'block', id: 'guide', rows: [[CONTROL_VIEW_GUIDE]], row: 2 },
    ],
    shadeDerived: false,
    printKeyColumns: 1,
  });

  // What each row shows now, for its height and its columns' widths: a live cell's text is not
  // in the plan, and LibreOffice never grows a row to fit text when it opens a file.
  const shownByKey = new Map(viewRows.map((row) => [normalizeKey(keyOf(row)), row]));
  const shownRows: PlanCell[][] = merged.rows.map((cells, i) => {
    const key = merged.rowKeys[i];
    const view = key ? shownByKey.get(normalizeKey(key)) : undefined;
    return cells.map((c, col) => {
      const field = fields[col];
      return view && field && col < COLUMNS.length ? (view[field]?.shown ?? '') : c;
    });
  });
  const formats: FormatSpec[] = [];
  merged.rows.forEach((cells, i) => {
    const text = (c: PlanCell | undefined): string => (typeof c === 'string' ? c.trim() : '');
    if (merged.rowStates[i] === 'orphaned' || text(cells[2]) !== '' || text(cells[0]) === '') return;
    formats.push({ range: rangeAddress(layout.firstDataRow + i, 0, 1, COLUMNS.length), bold: true, fill: CONTROL_ROW_FILL });
  });
  const widths = new Map((sheet.columnWidths ?? []).map((c) => [c.col, c.width]));
  const wrapColumns = new Set(COLUMNS.map((d, i) => (d.wrap ? i : -1)).filter((i) => i >= 0));
  // A wrapped column holds its longest word whole, as every laid-out sheet does (print-frame.ts).
  const measured = new Map<string, number>();
  for (const row of shownRows) {
    row.forEach((c, col) => {
      if (!wrapColumns.has(col) || typeof c !== 'string' || c === '') return;
      // Owners, statuses and titles repeat down the sheet: each is measured once.
      let need = measured.get(c);
      if (need === undefined) measured.set(c, (need = Math.min(MAX_WORD_WIDTH, widthForWords(c))));
      if (need > (widths.get(col) ?? 0)) widths.set(col, need);
    });
  }
  const widthList: number[] = [];
  for (const [col, w] of widths) widthList[col] = w;
  const headerHeights = (sheet.rowHeights ?? []).filter((h) => h.row <= layout.headerRow);
  const rowHeights = [...headerHeights, ...fitRowHeights(shownRows, { firstRow: layout.firstDataRow, widths: widthList, wrapColumns })];
  // The guide wraps across the table's width: left to run on, it would widen the printed page.
  const guide = parseCell(layout.frame.get('guide') ?? '');
  const merges: string[] = [];
  if (guide) {
    const across = COLUMNS.length - guide.col;
    const width = COLUMNS.slice(guide.col).reduce((n, _, i) => n + (widths.get(guide.col + i) ?? 0), 0);
    merges.push(rangeAddress(guide.row, guide.col, 1, across));
    formats.push({ range: rangeAddress(guide.row, guide.col, 1, across), wrap: true, verticalAlignment: 'top', italic: true, fontColor: STAMP_FONT });
    rowHeights.push({ row: guide.row, height: wrappedLines(CONTROL_VIEW_GUIDE, width) * LINE_HEIGHT });
  }
  return {
    sheet: {
      ...sheet,
      columnWidths: [...widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => ({ col, width })),
      rowHeights,
      formats: [...sheet.formats, ...formats],
      merges: [...(sheet.merges ?? []), ...merges],
    },
    names: controlViewNames(input),
  };
}
