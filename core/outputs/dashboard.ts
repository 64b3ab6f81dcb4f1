/**
 * The Dashboard: the register, the treatment plan, the SoA and the findings at a glance, on one
 * landscape page. Every figure is a live formula (dashboard-formulas.ts), so the sheet keeps
 * counting in Excel, Google Sheets or LibreOffice with nothing installed: large figures on top,
 * then two panels of counts with bars drawn by REPT in the band and severity colours.
 *
 * Riskbook writes its cells afresh on every run; what people type elsewhere stays where it is, and
 * below the footer line (which says how the figures are counted) as far under it as it was.
 */
import { DATE_FORMAT, isoFromSerial } from '../dates';
import { assertPortable, formulaString } from '../formula/allow-list';
import type { Band } from '../methodology/types';
import { cellAddress, parseRange, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { ConditionalFormatSpec, FormatSpec, NamedRangeSpec, PageSetupSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { LINE_HEIGHT, wrappedLines } from '../workbook/text-fit';
import { appendAll, maxOf } from '../arrays';
import { BAR_NAVY, barColour } from './bar-colour';
import { carryCell, isEmptyPlanCell, textOf } from './cells';
import { SEVERITY_FILL } from './checks';
import type { FigureFormulas, FormulaSources } from './dashboard-formulas';
import { figureFormulas } from './dashboard-formulas';
import { listedIds } from './id-list';
import { HEADER_FILL, frameFormats, headerFormat } from './layout';
import { sheetWidth } from './preserve';

export const DASHBOARD_TITLE = 'Dashboard';
/** The footer's first words: they mark where the dashboard's area ends on the sheet a run rewrites. */
export const DASHBOARD_FOOTER_LEAD = 'How these figures are counted:';
const FOOTER =
  `${DASHBOARD_FOOTER_LEAD} live formulas over the register (Riskbook's level and rating columns among them), the treatment ` +
  'plan and the Statement of Applicability in use and the Checks sheet, so they follow what people type. Which rows are ' +
  'risks, actions and controls is settled at each Recalculate. Above appetite: the level now (residual once rescored, else ' +
  'inherent) is in a band the Methodology does not accept as it is, and nobody is recorded under Approved by. Reviews are ' +
  'overdue past the Methodology\'s review interval; actions past their due date while neither Done nor Cancelled.';
/** The footer's words on the assessment cycle, where one has begun. */
const CYCLE_FOOTER =
  ' Since the cycle began: the marks in the register\'s Change since last cycle column, which Riskbook writes at each ' +
  'Recalculate against the register as the cycle began; closed risks were in it then and are gone now.';

/** What each figure's row says, where a panel lists it (the tiles repeat some of them). */
export const DASHBOARD_LABELS = {
  assessed: 'Assessed (scored) risks',
  treated: 'Treated (mitigate, transfer, avoid)',
  accepted: 'Accepted (retained)',
  open: 'Open: no treatment decided',
  aboveAppetite: 'Above appetite, not accepted',
  reviewsOverdue: 'Reviews overdue',
  allLevels: 'All levels',
  actions: 'Actions',
  done: 'Done',
  overdue: 'Overdue',
  withoutOwner: 'Without an owner',
  controls: 'Controls',
  decided: 'Decided (applicable or not)',
  justified: 'Decided and justified',
  implemented: 'Implemented',
  withEvidence: 'Implemented, with evidence',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  cycleNew: 'New since then',
  cycleModified: 'Modified',
  cycleUnchanged: 'Unchanged',
  cycleClosed: 'Closed (gone since)',
} as const;
const L = DASHBOARD_LABELS;

/** Label, figure, bar, figure or share, bar | gap | label, figure, bar, share. */
const WIDTHS = [26, 8, 20, 8, 20, 3, 26, 8, 20, 8] as const;
const AREA_WIDTH = WIDTHS.length;
const LEFT = 0;
const RIGHT = 6;
/** Blocks in the longest bar: 15 of 9 pt fit a column 20 wide as LibreOffice prints them. */
export const BAR_BLOCKS = 15;
const BAR = '█';
const BAR_FONT_SIZE = 9;
/** The one page the dashboard prints on. */
const PAGE_SETUP: PageSetupSpec = { orientation: 'landscape', paperSize: 'A4', pagesWide: 1 };

const AS_OF_ROW = 2;
const TILE_LABEL_ROW = 4;
/** 0-based row of the tiles' figures, under their labels. */
export const DASHBOARD_TILE_ROW = 5;
const TILE_VALUE_ROW = DASHBOARD_TILE_ROW;
const PANEL_TOP = 7;

/** Row heights in points: a figure's row, a section's title, the space between sections. */
const FIGURE_HEIGHT = 16;
const TITLE_HEIGHT = 18;
const GAP_HEIGHT = 8;

const TITLE_FONT = HEADER_FILL;
const TILE_FILL = '#F2F2F2';
const GOOD_FILL = '#C6EFCE';
const GOOD_FONT = '#006100';
const BAD_FILL = '#FFC7CE';
const BAD_FONT = '#9C0006';
const NEUTRAL_BAR = BAR_NAVY;
const DONE_BAR = '#548235';
const LATE_BAR = '#C00000';
const GAP_BAR = '#BF8F00';
const SEVERITY_BAR = { error: '#C00000', warning: '#BF8F00', info: '#2F5597' } as const;

/** Length of a figure's bar: a share of the longest bar, at least one block for anything counted. */
export function barLength(value: number, longest: number): number {
  if (value <= 0) return 0;
  return Math.min(BAR_BLOCKS, Math.max(1, Math.floor((value * BAR_BLOCKS) / Math.max(1, longest))));
}

export interface DashboardSheetInput extends FormulaSources {
  readonly stamp: Stamp;
}

/** Cells, formats and merges laid out row by row. */
class Canvas {
  readonly cells: PlanCell[][] = [];
  readonly formats: FormatSpec[] = [];
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly heights = new Map<number, number>();

  put(row: number, col: number, cell: PlanCell, format?: Omit<FormatSpec, 'range'>): string {
    while (this.cells.length <= row) this.cells.push([]);
    const r = this.cells[row]!;
    while (r.length <= col) r.push(null);
    r[col] = cell;
    const at = cellAddress(row, col);
    if (format) this.formats.push({ range: at, ...format });
    return at;
  }

  merge(row: number, col: number, cols: number): void {
    if (cols > 1) this.merges.push(rangeAddress(row, col, 1, cols));
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }
}

function formula(text: string): PlanCell {
  // A count over no rows, or a number of rows settled at the last run, is a number, not a formula.
  if (/^\d+$/.test(text)) return Number(text);
  return { formula: assertPortable(`=${text}`) };
}

function barFormula(figure: string, longest: string): PlanCell {
  // Never longer than its column: a figure may exceed the one it is drawn against (more risks above
  // appetite than were scored, in a register whose levels are typed, not scored).
  return { formula: assertPortable(`=IF(ISNUMBER(${figure}),REPT(${formulaString(BAR)},IF(${figure}>0,MIN(${BAR_BLOCKS},MAX(1,${figure}*${BAR_BLOCKS}/MAX(1,${longest}))),0)),"")`) };
}

function shareFormula(figure: string, whole: string): PlanCell {
  return { formula: assertPortable(`=IF(AND(ISNUMBER(${figure}),ISNUMBER(${whole}),${whole}>0),${figure}/${whole},"")`) };
}

const FIGURE = { bold: true, fontSize: 12, horizontalAlignment: 'center', verticalAlignment: 'middle' } as const;
const LABEL = { fontSize: 10, verticalAlignment: 'middle' } as const;
const SHARE = { numberFormat: '0%', fontSize: 9, horizontalAlignment: 'left', verticalAlignment: 'middle', fontColor: '#595959' } as const;

/** A panel's section title. */
function title(c: Canvas, row: number, col: number, text: string): void {
  c.put(row, col, text, { bold: true, fontSize: 12, fontColor: TITLE_FONT });
  c.height(row, TITLE_HEIGHT);
}

interface FigureRow {
  readonly label: string;
  /** The figure's formula text; null for a figure the sheet cannot count (then `missing` says why). */
  readonly figure: string | null;
  readonly missing?: string;
  /** The figure's bar, against the longest one (a cell address or formula text), in this colour. */
  readonly bar?: { readonly longest: string; readonly colour: string };
  /** The figure's share of a whole (a cell address), printed as a percentage. */
  readonly shareOf?: string;
  readonly labelFill?: string;
}

/** The space between two sections: a row of its own, short. */
function gap(c: Canvas, row: number): void {
  c.height(row, GAP_HEIGHT);
}

/** A line of text in a panel where a section has nothing to count. */
function message(c: Canvas, row: number, col: number, text: string): void {
  c.put(row, col, text, { ...LABEL, italic: true });
  c.height(row, FIGURE_HEIGHT);
}

/** One figure on a row of a panel: label, figure, bar, share. Returns the figure's cell. */
function figureRow(c: Canvas, row: number, col: number, f: FigureRow): string {
  c.put(row, col, f.label, { ...LABEL, ...(f.labelFill ? { fill: f.labelFill } : {}) });
  c.height(row, FIGURE_HEIGHT);
  if (f.figure === null) {
    const at = c.put(row, col + 1, '—', FIGURE);
    if (f.missing) {
      c.put(row, col + 2, f.missing, { fontSize: 9, italic: true, fontColor: '#595959' });
      c.merge(row, col + 2, 2);
    }
    return at;
  }
  const at = c.put(row, col + 1, formula(f.figure), FIGURE);
  if (f.bar) c.put(row, col + 2, barFormula(at, f.bar.longest), { fontColor: f.bar.colour, fontSize: BAR_FONT_SIZE, verticalAlignment: 'middle' });
  if (f.shareOf) c.put(row, col + 3, shareFormula(at, f.shareOf), SHARE);
  return at;
}

/** Where the panels put the figures the tiles repeat (null: a figure the sheet cannot count). */
interface TileSources {
  assessed: string;
  aboveAppetite: string;
  reviewsOverdue: string | null;
  actionsOverdue: string | null;
  errors: string;
}

function absolute(a1: string): string {
  return a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** The left panel: risks by level, treatment, appetite and reviews. Returns its last row. */
function leftPanel(c: Canvas, input: DashboardSheetInput, f: FigureFormulas, tiles: Partial<TileSources>): number {
  const m = input.input.methodology;
  let r = PANEL_TOP;
  title(c, r++, LEFT, 'Risks by level');
  c.put(r, LEFT, 'Level');
  c.put(r, LEFT + 1, 'Inherent');
  c.put(r, LEFT + 2, 'before treatment');
  c.put(r, LEFT + 3, 'Residual');
  c.put(r, LEFT + 4, 'after treatment');
  c.formats.push(headerFormat(rangeAddress(r, LEFT, 1, 5)));
  c.height(r, TITLE_HEIGHT);
  r++;
  // Highest band first, as the eye reads a risk table.
  const order = m.bands.map((band, i) => ({ band, i })).reverse();
  const first = r;
  const last = first + order.length - 1;
  const longest = order.length > 0 ? `MAX(${absolute(cellAddress(first, LEFT + 1))}:${absolute(cellAddress(last, LEFT + 1))},${absolute(cellAddress(first, LEFT + 3))}:${absolute(cellAddress(last, LEFT + 3))})` : '1';
  for (const { band, i } of order) {
    const levels = f.levels[i]!;
    const bar = { longest, colour: barColour(band.colour) };
    c.put(r, LEFT, bandLabel(band), { ...LABEL, bold: true, fill: band.colour });
    const inherent = c.put(r, LEFT + 1, formula(levels.inherent), FIGURE);
    c.put(r, LEFT + 2, barFormula(inherent, bar.longest), { fontColor: bar.colour, fontSize: BAR_FONT_SIZE, verticalAlignment: 'middle' });
    const residual = c.put(r, LEFT + 3, formula(levels.residual), FIGURE);
    c.put(r, LEFT + 4, barFormula(residual, bar.longest), { fontColor: bar.colour, fontSize: BAR_FONT_SIZE, verticalAlignment: 'middle' });
    c.height(r, FIGURE_HEIGHT);
    r++;
  }
  if (order.length > 0) {
    c.put(r, LEFT, L.allLevels, { ...LABEL, bold: true });
    c.put(r, LEFT + 1, { formula: assertPortable(`=SUMPRODUCT(${rangeAddress(first, LEFT + 1, order.length, 1)})`) }, FIGURE);
    c.put(r, LEFT + 3, { formula: assertPortable(`=SUMPRODUCT(${rangeAddress(first, LEFT + 3, order.length, 1)})`) }, FIGURE);
    c.formats.push({ range: rangeAddress(first, LEFT, r - first + 1, 5), border: true });
    c.height(r, FIGURE_HEIGHT);
    r++;
  }
  gap(c, r++);

  title(c, r++, LEFT, 'Treatment of assessed risks');
  const assessed = figureRow(c, r++, LEFT, { label: L.assessed, figure: f.assessed });
  tiles.assessed = assessed;
  const whole = absolute(assessed);
  const treatmentBar = { longest: whole, colour: NEUTRAL_BAR };
  figureRow(c, r++, LEFT, { label: L.treated, figure: f.treated, bar: treatmentBar, shareOf: whole });
  figureRow(c, r++, LEFT, { label: L.accepted, figure: f.accepted, bar: treatmentBar, shareOf: whole });
  figureRow(c, r++, LEFT, { label: L.open, figure: f.open, bar: { longest: whole, colour: GAP_BAR }, shareOf: whole });
  gap(c, r++);

  title(c, r++, LEFT, 'Appetite and reviews');
  tiles.aboveAppetite = figureRow(c, r++, LEFT, { label: L.aboveAppetite, figure: f.aboveAppetite, bar: { longest: whole, colour: LATE_BAR }, shareOf: whole });
  const days = m.reviewIntervalDays;
  const reviews = figureRow(c, r, LEFT, {
    label: L.reviewsOverdue,
    figure: f.reviewsOverdue,
    missing: 'the register has no Last review column',
  });
  if (f.reviewsOverdue !== null) {
    c.put(r, LEFT + 2, `last reviewed over ${days} days ago (Methodology)`, { fontSize: 9, italic: true, fontColor: '#595959' });
    c.merge(r, LEFT + 2, 3);
  }
  tiles.reviewsOverdue = f.reviewsOverdue === null ? null : reviews;
  if (f.cycle && input.input.cycle) r = cycleSection(c, r + 1, f.cycle, input.input.cycle.started, input.input.cycle.closed.map((x) => x.id));
  return r;
}

/** The section title over the cycle's figures, with the day it began. */
export function cycleTitle(started: number): string {
  return `Since the cycle began on ${isoFromSerial(started)}`;
}

/** What the Dashboard says of the closed risks. */
export const CLOSED_LEAD = 'Closed: ';

/**
 * Risks against the current assessment cycle (core/cycle): New, Modified, Unchanged and Closed,
 * the closed ones named. Returns its last row.
 */
function cycleSection(c: Canvas, top: number, f: NonNullable<FigureFormulas['cycle']>, started: number, closed: readonly string[]): number {
  let r = top;
  gap(c, r++);
  title(c, r++, LEFT, cycleTitle(started));
  const first = r;
  const longest = `MAX(${absolute(cellAddress(first, LEFT + 1))}:${absolute(cellAddress(first + 3, LEFT + 1))})`;
  figureRow(c, r++, LEFT, { label: L.cycleNew, figure: f.new, bar: { longest, colour: NEUTRAL_BAR } });
  figureRow(c, r++, LEFT, { label: L.cycleModified, figure: f.modified, bar: { longest, colour: GAP_BAR } });
  figureRow(c, r++, LEFT, { label: L.cycleUnchanged, figure: f.unchanged, bar: { longest, colour: DONE_BAR } });
  figureRow(c, r, LEFT, { label: L.cycleClosed, figure: f.closed, bar: { longest, colour: LATE_BAR } });
  if (closed.length === 0) return r;
  r++;
  const text = `${CLOSED_LEAD}${listedIds(closed, 'the Change log of the next new cycle lists them all')}`;
  c.put(r, LEFT, text, { fontSize: 9, italic: true, fontColor: '#595959', wrap: true, verticalAlignment: 'top' });
  c.merge(r, LEFT, 5);
  const width = WIDTHS.slice(LEFT, LEFT + 5).reduce((a, b) => a + b, 0);
  c.height(r, wrappedLines(text, (width * 11) / 9) * (LINE_HEIGHT - 3) + 4);
  return r;
}

/** A band's row in Risks by level: its name and what the method decides for it. */
export function bandLabel(band: Band): string {
  const decision = band.decision === 'acceptable' ? 'acceptable' : band.decision === 'tolerable' ? 'tolerable with approval' : 'must be treated';
  return `${band.name} (${decision})`;
}

/** The right panel: the plan's actions, the SoA's controls, the findings. Returns its last row. */
function rightPanel(c: Canvas, input: DashboardSheetInput, f: FigureFormulas, tiles: Partial<TileSources>): number {
  const src = input.input;
  let r = PANEL_TOP;
  const plan = src.plan;
  title(c, r++, RIGHT, plan && !plan.own ? `Treatment plan: ${plan.sheet}` : 'Risk Treatment Plan');
  if (plan && f.plan) {
    const actions = absolute(figureRow(c, r++, RIGHT, { label: L.actions, figure: f.plan.actions }));
    figureRow(c, r++, RIGHT, { label: L.done, figure: f.plan.done, bar: { longest: actions, colour: DONE_BAR }, shareOf: actions });
    tiles.actionsOverdue = figureRow(c, r++, RIGHT, { label: L.overdue, figure: f.plan.overdue, bar: { longest: actions, colour: LATE_BAR }, shareOf: actions });
    figureRow(c, r++, RIGHT, { label: L.withoutOwner, figure: f.plan.withoutOwner, bar: { longest: actions, colour: GAP_BAR }, shareOf: actions });
  } else {
    message(c, r++, RIGHT, 'No treatment plan yet.');
    tiles.actionsOverdue = null;
  }
  gap(c, r++);

  const soa = src.soa;
  title(c, r++, RIGHT, soa && soa.kind === 'team' ? `Statement of Applicability: ${soa.sheet.name}` : 'Statement of Applicability');
  if (soa?.kind === 'team-2013') {
    message(c, r++, RIGHT, `"${soa.name}" uses the 2013 numbering: migrate it to 2022 to count it here.`);
  } else if (soa && f.soa) {
    const controls = absolute(figureRow(c, r++, RIGHT, { label: L.controls, figure: f.soa.controls }));
    const bar = { longest: controls, colour: NEUTRAL_BAR };
    figureRow(c, r++, RIGHT, { label: L.decided, figure: f.soa.decided, bar, shareOf: controls });
    figureRow(c, r++, RIGHT, { label: L.justified, figure: f.soa.justified, bar, shareOf: controls });
    figureRow(c, r++, RIGHT, { label: L.implemented, figure: f.soa.implemented, bar, shareOf: controls, missing: 'no implementation status column' });
    figureRow(c, r++, RIGHT, { label: L.withEvidence, figure: f.soa.withEvidence, bar: { longest: controls, colour: DONE_BAR }, shareOf: controls, missing: 'no evidence column' });
  } else {
    message(c, r++, RIGHT, 'No Statement of Applicability yet.');
  }
  gap(c, r++);

  title(c, r++, RIGHT, 'Findings on the Checks sheet');
  const first = r;
  const longest = `MAX(${absolute(cellAddress(first, RIGHT + 1))}:${absolute(cellAddress(first + 2, RIGHT + 1))})`;
  tiles.errors = figureRow(c, r++, RIGHT, { label: L.errors, figure: f.findings.errors, bar: { longest, colour: SEVERITY_BAR.error }, labelFill: SEVERITY_FILL.error });
  figureRow(c, r++, RIGHT, { label: L.warnings, figure: f.findings.warnings, bar: { longest, colour: SEVERITY_BAR.warning }, labelFill: SEVERITY_FILL.warning });
  figureRow(c, r, RIGHT, { label: L.infos, figure: f.findings.infos, bar: { longest, colour: SEVERITY_BAR.info }, labelFill: SEVERITY_FILL.info });
  return r;
}

/** The large figures across the top: each repeats the figure of a panel, in a column of the area. */
export const DASHBOARD_TILES = [
  { label: 'Risks assessed', figure: 'assessed', col: 0, cols: 1, alarm: false },
  { label: 'Above appetite, not accepted', figure: 'aboveAppetite', col: 1, cols: 2, alarm: true },
  { label: 'Reviews overdue', figure: 'reviewsOverdue', col: 3, cols: 2, alarm: true },
  { label: 'Actions overdue', figure: 'actionsOverdue', col: 6, cols: 1, alarm: true },
  { label: 'Errors to fix', figure: 'errors', col: 7, cols: 3, alarm: true },
] as const satisfies readonly { label: string; figure: keyof TileSources; col: number; cols: number; alarm: boolean }[];

function tilesRow(c: Canvas, tiles: TileSources): void {
  const spots = DASHBOARD_TILES.map((t) => ({ ...t, source: tiles[t.figure] }));
  for (const s of spots) {
    c.put(TILE_LABEL_ROW, s.col, s.label, { fontSize: 10, bold: true, fontColor: '#404040', fill: TILE_FILL, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'bottom' });
    const value = c.put(TILE_VALUE_ROW, s.col, s.source === null ? '—' : { formula: assertPortable(`=${s.source}`) }, {
      fontSize: 22, bold: true, fill: TILE_FILL, horizontalAlignment: 'center', verticalAlignment: 'middle',
    });
    c.merge(TILE_LABEL_ROW, s.col, s.cols);
    c.merge(TILE_VALUE_ROW, s.col, s.cols);
    for (let i = 1; i < s.cols; i++) c.formats.push({ range: cellAddress(TILE_LABEL_ROW, s.col + i), fill: TILE_FILL }, { range: cellAddress(TILE_VALUE_ROW, s.col + i), fill: TILE_FILL });
    if (s.alarm && s.source !== null) {
      c.conditionalFormats.push(
        { range: value, formula: assertPortable(`=AND(ISNUMBER(${value}),${value}>0)`), fill: BAD_FILL, fontColor: BAD_FONT },
        { range: value, formula: assertPortable(`=AND(ISNUMBER(${value}),${value}=0)`), fill: GOOD_FILL, fontColor: GOOD_FONT },
      );
    }
  }
  c.height(TILE_LABEL_ROW, 26);
  c.height(TILE_VALUE_ROW, 34);
  gap(c, TILE_LABEL_ROW - 1);
  gap(c, TILE_VALUE_ROW + 1);
}

/** A person's cell from the old sheet, and where it goes. */
interface Kept {
  readonly row: number;
  readonly col: number;
  readonly cell: PlanCell;
}

/** The row of the old dashboard's footer line, or null when the sheet does not read as one Riskbook laid out. */
function footerRow(sheet: SheetSnapshot): number | null {
  const rows = usedRowCount(sheet);
  for (let r = 0; r < rows; r++) if (textOf(cellAt(sheet, r, 0)).startsWith(DASHBOARD_FOOTER_LEAD)) return r;
  return null;
}

/**
 * Whether a cell of an old dashboard, where the new one writes nothing, is something Riskbook
 * wrote there before its layout moved (its bands or sections changed): its formulas count, draw
 * bars or shares, repeat a figure in a tile or date the sheet; its texts are the ones it writes;
 * its numbers are counts in a figure column. Anything else there is a person's.
 */
function wasRiskbooks(cell: PlanCell, col: number, texts: ReadonlySet<string>): boolean {
  if (cell !== null && typeof cell === 'object') {
    return /COUNTIFS\(|SUMPRODUCT\(|REPT\(|\bRB_\w+|^=IF\(AND\(ISNUMBER\(|^=TODAY\(\)$|^=\$?[A-J]\$?\d+$/.test(cell.formula);
  }
  if (typeof cell === 'number') return FIGURE_COLUMNS.has(col);
  if (typeof cell !== 'string') return false;
  return texts.has(cell) || OLD_TEXTS.some((re) => re.test(cell));
}

/** Columns whose numbers are figures. */
const FIGURE_COLUMNS: ReadonlySet<number> = new Set([LEFT + 1, LEFT + 3, RIGHT + 1]);
/** Texts Riskbook writes that name a sheet, a band or a number of days, which a later run may word differently. */
const OLD_TEXTS: readonly RegExp[] = [
  /^Treatment plan: /,
  /^Statement of Applicability: /,
  /uses the 2013 numbering: migrate it to 2022 to count it here\.$/,
  /^last reviewed over \d+ days ago \(Methodology\)$/,
  /^Since the cycle began on \d{4}-\d{2}-\d{2}$/,
  /^Closed: /,
  // The cycle's labels, where a run no longer has a cycle to show.
  /^(New since then|Modified|Unchanged|Closed \(gone since\))$/,
  /\((acceptable|tolerable with approval|must be treated)\)$/,
];

/**
 * What people typed on the old sheet, and where it goes: below the area as far under the footer
 * as it was; anywhere else where it was, unless the new dashboard writes that cell (then it is
 * Riskbook's, as a derived cell of any generated sheet) or it is what Riskbook wrote there before.
 */
function keptCells(existing: SheetSnapshot, footer: number, fresh: Canvas): Kept[] {
  const oldFooter = footerRow(existing) ?? footer;
  const width = sheetWidth(existing);
  const rows = usedRowCount(existing);
  const texts = new Set(fresh.cells.flatMap((row) => row.filter((v): v is string => typeof v === 'string')));
  const kept: Kept[] = [];
  for (let r = 0; r < rows; r++) {
    for (let col = 0; col < width; col++) {
      const cell = carryCell(cellAt(existing, r, col), formulaAt(existing, r, col));
      if (cell === null) continue;
      if (r > oldFooter) {
        kept.push({ row: r - oldFooter + footer, col, cell });
        continue;
      }
      if (col < AREA_WIDTH && (!isEmptyPlanCell(fresh.cells[r]?.[col]) || merged(fresh, r, col) || wasRiskbooks(cell, col, texts))) continue;
      kept.push({ row: r, col, cell });
    }
  }
  return kept;
}

/** A cell the new dashboard covers with a merge: nobody could type there. */
function merged(c: Canvas, row: number, col: number): boolean {
  return c.merges.some((m) => {
    const range = parseRange(m);
    return range !== null && row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
  });
}

/** The Dashboard sheet, and the names its formulas reach Riskbook's rebuilt sheets through. */
export function dashboardSheetPlan(input: DashboardSheetInput, existing?: SheetSnapshot): { sheet: SheetPlan; names: NamedRangeSpec[] } {
  const f = figureFormulas(input);
  const c = new Canvas();
  c.put(0, 0, DASHBOARD_TITLE);
  c.put(1, 0, stampLine(input.stamp));
  appendAll(c.formats, frameFormats());
  c.put(AS_OF_ROW, 0, 'Live figures, as of', { italic: true, fontColor: '#595959' });
  c.put(AS_OF_ROW, 1, { formula: assertPortable('=TODAY()') }, { numberFormat: DATE_FORMAT, horizontalAlignment: 'left', italic: true, fontColor: '#595959' });
  c.merge(AS_OF_ROW, 1, 2);
  c.height(0, 20);

  const tiles: Partial<TileSources> = {};
  const leftEnd = leftPanel(c, input, f, tiles);
  const rightEnd = rightPanel(c, input, f, tiles);
  tilesRow(c, tiles as TileSources);

  gap(c, Math.max(leftEnd, rightEnd) + 1);
  const footer = Math.max(leftEnd, rightEnd) + 2;
  const footerText = f.cycle ? `${FOOTER}${CYCLE_FOOTER}` : FOOTER;
  c.put(footer, 0, footerText, { fontSize: 9, italic: true, fontColor: '#595959', wrap: true, verticalAlignment: 'top' });
  c.merge(footer, 0, AREA_WIDTH);
  const areaWidth = WIDTHS.reduce((a, b) => a + b, 0);
  // 9 pt text: as many characters fit as 11 pt text in a column 11/9 as wide.
  c.height(footer, wrappedLines(footerText, (areaWidth * 11) / 9) * (LINE_HEIGHT - 3) + 4);

  for (const k of existing ? keptCells(existing, footer, c) : []) c.put(k.row, k.col, k.cell);

  const width = Math.max(AREA_WIDTH, maxOf(c.cells.map((r) => r.length)));
  const grid = c.cells.map((r) => [...r, ...Array<PlanCell>(width - r.length).fill(null)]);
  const rowHeights: RowHeightSpec[] = [...c.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  const sheet: SheetPlan = {
    name: SHEETS.dashboard,
    mode: 'replace',
    columnWidths: WIDTHS.map((w, col) => ({ col, width: w })),
    rowHeights,
    writes: [{ at: 'A1', cells: grid }],
    formats: c.formats,
    validations: [],
    conditionalFormats: c.conditionalFormats,
    merges: c.merges,
    pageSetup: PAGE_SETUP,
  };
  return { sheet, names: [...f.names] };
}
