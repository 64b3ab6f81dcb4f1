/**
 * The promise of issue 10, as a check on one run of one action: Riskbook owns only what it made.
 *
 * Given the workbook before a run, the workbook after it and the ledger the test kept of whose
 * each part is (tests/support/team-workbooks.ts), it lists every cell a person typed that is not
 * the same afterwards:
 * - a team's sheet (one under a name Riskbook uses among them) must be exactly as it was, not
 *   hidden, and keep its place among the team's other sheets;
 * - in the register every filled cell stays, and the team's own columns (their score and level
 *   columns among them) get nothing written, not even into blanks; Riskbook writes only into the
 *   columns it appended, or one a person handed over in the mapping;
 * - on the Methodology every cell but the stamp line stays where the team typed it;
 * - on the sheets Riskbook generated, what people typed (their notes beside, below and above the
 *   tables, and the people's columns of the SoA, the RTP and Opportunities) is still there: at
 *   the same row key and column header in keyed tables (SoA by control, RTP by risk and control,
 *   Controls by control, Opportunities by id, Checks by finding), at the same cell elsewhere;
 *   above the Checks table, where the to-do list and the summary by rule grow and shrink with the
 *   findings, in the same column and the same order, moving with its row.
 *
 * And `lostFindings`: every problem `check` reported before a recalculation about the Methodology
 * or the team's own columns and sheets is still reported after it.
 */
import type { Finding } from '../../core/findings/finding';
import { OPPORTUNITY_COLUMNS } from '../../core/outputs/opportunities';
import { RTP_COLUMNS } from '../../core/outputs/rtp';
import { SOA_COLUMNS } from '../../core/outputs/soa';
import { ADDED_BLOCK_HEADING, isRiskbookSoaHeader } from '../../core/team-soa/riskbook-columns';
import { cellAddress, parseCell } from '../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { isCellError } from '../../core/workbook/snapshot';
import { parseStampLine } from '../../core/workbook/stamp';
import type { Ledger, NotedRole, TeamCase, TeamSheetSpec, Typed } from '../support/team-workbooks';
import { TABLE_KEY_HEADER, methodologyParts, tableHeaderRow } from '../support/team-workbooks';

export interface Violation {
  /** `Sheet!A1`, or the sheet alone. */
  readonly where: string;
  readonly before: string;
  readonly after: string;
  /** Which part of the promise. */
  readonly rule: string;
}

export interface RunFacts {
  /** Register columns a person handed to Riskbook in this run (saveMapping): it may fill their blanks. */
  readonly handedColumns?: ReadonlySet<number>;
  /** The person saved a methodology from the panel: the sheet is theirs to rewrite, but notes stay. */
  readonly methodologySaved?: boolean;
  /** The Dashboard gained a section (a new assessment cycle began): its footer, and the notes below it, move down. */
  readonly dashboardReshaped?: boolean;
}

interface Cell {
  readonly v: CellValue;
  readonly f: string | null;
}

function cellOf(sheet: SheetSnapshot, r: number, c: number): Cell {
  const f = sheet.formulas?.[r]?.[c] ?? null;
  return { v: sheet.values[r]?.[c] ?? null, f: f === '' ? null : f };
}

function filled(cell: Cell): boolean {
  return cell.f !== null || (cell.v !== null && cell.v !== '');
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const x = a === '' ? null : a;
  const y = b === '' ? null : b;
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  return Object.is(x, y) || x === y;
}

/** Same to a person: the same formula, or no formula and the same value. */
function sameCell(a: Cell, b: Cell): boolean {
  if (a.f !== null || b.f !== null) return a.f === b.f;
  return sameValue(a.v, b.v);
}

export function showCell(cell: Cell | undefined): string {
  if (!cell) return '(gone)';
  if (cell.f !== null) return cell.f;
  if (cell.v === null || cell.v === '') return '∅';
  if (isCellError(cell.v)) return cell.v.error;
  const s = JSON.stringify(cell.v);
  return s.length > 40 ? `${s.slice(0, 37)}…"` : s;
}

function findExact(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

function extent(sheet: SheetSnapshot): { rows: number; cols: number } {
  let cols = 0;
  for (const row of sheet.values) cols = Math.max(cols, row.length);
  for (const row of sheet.formulas ?? []) cols = Math.max(cols, row.length);
  return { rows: Math.max(sheet.values.length, sheet.formulas?.length ?? 0), cols };
}

// ---------------------------------------------------------------------------------------------
// Team sheets and the register
// ---------------------------------------------------------------------------------------------

/**
 * Cells of an adopted team SoA Riskbook may fill (issue 12): empty ones in a column its header
 * marks as Riskbook's, and in the rows from its block's heading down. Known by the marks it writes.
 */
function riskbookSoaCells(later: SheetSnapshot): (r: number, c: number, was: Cell) => boolean {
  const headerRow = later.values.findIndex((row) => row.some((v) => typeof v === 'string' && isRiskbookSoaHeader(v)));
  const cols = new Set<number>();
  (later.values[headerRow] ?? []).forEach((v, c) => {
    if (typeof v === 'string' && isRiskbookSoaHeader(v)) cols.add(c);
  });
  const block = later.values.findIndex((row) => row.some((v) => v === ADDED_BLOCK_HEADING));
  // Riskbook's columns are its own to rewrite; in its block it only fills what nobody typed.
  return (r, c, was) => cols.has(c) || (block >= 0 && r >= block && !filled(was));
}

function teamSheetViolations(before: SheetSnapshot, after: WorkbookSnapshot, out: Violation[], adoptedSoa = false): void {
  const later = findExact(after, before.name);
  if (!later) {
    out.push({ where: before.name, before: 'sheet', after: '(gone or renamed)', rule: 'team sheet kept' });
    return;
  }
  if ((before.hidden ?? false) !== (later.hidden ?? false)) {
    out.push({ where: before.name, before: before.hidden ? 'hidden' : 'visible', after: later.hidden ? 'hidden' : 'visible', rule: 'team sheet not hidden' });
  }
  const a = extent(before);
  const b = extent(later);
  const riskbooks = adoptedSoa ? riskbookSoaCells(later) : () => false;
  for (let r = 0; r < Math.max(a.rows, b.rows); r++) {
    for (let c = 0; c < Math.max(a.cols, b.cols); c++) {
      const x = cellOf(before, r, c);
      const y = cellOf(later, r, c);
      if (!sameCell(x, y) && !riskbooks(r, c, x)) out.push({ where: `${before.name}!${cellAddress(r, c)}`, before: showCell(x), after: showCell(y), rule: 'team sheet unchanged' });
    }
  }
  const ma = [...(before.merges ?? [])].sort().join(' ');
  const mb = [...(later.merges ?? [])].sort().join(' ');
  if (ma !== mb) out.push({ where: before.name, before: `merges ${ma || '∅'}`, after: `merges ${mb || '∅'}`, rule: 'team sheet unchanged' });
}

function registerViolations(before: SheetSnapshot, after: WorkbookSnapshot, ledger: Ledger, facts: RunFacts, out: Violation[]): void {
  const later = findExact(after, before.name);
  if (!later) {
    out.push({ where: before.name, before: 'register', after: '(gone or renamed)', rule: 'register kept' });
    return;
  }
  if ((before.hidden ?? false) !== (later.hidden ?? false)) {
    out.push({ where: before.name, before: before.hidden ? 'hidden' : 'visible', after: later.hidden ? 'hidden' : 'visible', rule: 'register not hidden' });
  }
  const a = extent(before);
  const b = extent(later);
  // Below the header, columns outside the team's are ones Riskbook appended: its own.
  const teams = (c: number): boolean => ledger.teamColumns.has(c) && !ledger.riskbookLabelledColumns.has(c);
  for (let r = 0; r < Math.max(a.rows, b.rows); r++) {
    for (let c = 0; c < Math.max(a.cols, b.cols); c++) {
      const x = cellOf(before, r, c);
      const y = cellOf(later, r, c);
      if (sameCell(x, y)) continue;
      if (filled(x) && (r < ledger.headerRow || teams(c))) {
        out.push({ where: `${before.name}!${cellAddress(r, c)}`, before: showCell(x), after: showCell(y), rule: 'typed register cell kept' });
      } else if (r >= ledger.headerRow && teams(c) && !facts.handedColumns?.has(c)) {
        out.push({ where: `${before.name}!${cellAddress(r, c)}`, before: showCell(x), after: showCell(y), rule: "nothing written into the team's own column" });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The Methodology
// ---------------------------------------------------------------------------------------------

function isStamp(cell: Cell): boolean {
  return typeof cell.v === 'string' && parseStampLine(cell.v) !== null;
}

function methodologyViolations(before: SheetSnapshot, after: WorkbookSnapshot, ledger: Ledger, facts: RunFacts, out: Violation[]): void {
  const later = findExact(after, before.name);
  if (!later) {
    out.push({ where: before.name, before: 'Methodology', after: '(gone or renamed)', rule: 'Methodology kept' });
    return;
  }
  if (facts.methodologySaved) {
    // Saved from the panel: rewritten on purpose, but the notes people typed stay on the sheet.
    const texts = new Set(later.values.flat().filter((v): v is string => typeof v === 'string'));
    for (const note of ledger.methodologyNotes) {
      if (!texts.has(note)) out.push({ where: before.name, before: JSON.stringify(note), after: '(not on the sheet)', rule: 'Methodology notes kept on save' });
    }
    return;
  }
  const a = extent(before);
  for (let r = 0; r < a.rows; r++) {
    for (let c = 0; c < a.cols; c++) {
      const x = cellOf(before, r, c);
      if (!filled(x) || isStamp(x)) continue;
      const y = cellOf(later, r, c);
      if (!sameCell(x, y)) out.push({ where: `${before.name}!${cellAddress(r, c)}`, before: showCell(x), after: showCell(y), rule: 'Methodology kept where the team typed' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Generated sheets: people's cells by key
// ---------------------------------------------------------------------------------------------

const PEOPLE_HEADERS: Readonly<Partial<Record<NotedRole, ReadonlySet<string>>>> = {
  soa: new Set(SOA_COLUMNS.filter((d) => d.kind === 'user').map((d) => d.header.toLowerCase())),
  rtp: new Set(RTP_COLUMNS.filter((d) => d.kind === 'user').map((d) => d.header.toLowerCase())),
  opportunities: new Set(OPPORTUNITY_COLUMNS.map((d) => d.header.toLowerCase())),
};

function textAt(sheet: SheetSnapshot, r: number, c: number | undefined): string {
  if (c === undefined || c < 0) return '';
  const cell = cellOf(sheet, r, c);
  if (cell.f !== null) return cell.f;
  const v = cell.v;
  return v === null ? '' : isCellError(v) ? v.error : String(v).trim();
}

type RowKey = (sheet: SheetSnapshot, r: number, col: (header: string) => number | undefined) => string | null;

const ROW_KEYS: Readonly<Partial<Record<NotedRole, RowKey>>> = {
  rtp: (s, r, col) => {
    const risk = textAt(s, r, col('risk id'));
    const control = textAt(s, r, col('control id'));
    return risk === '' ? null : (control === '' ? risk : `${risk} · ${control}`).toUpperCase();
  },
  soa: (s, r, col) => {
    const id = textAt(s, r, col('control id')).replace(/^A\.\s*/i, '');
    return id === '' ? null : id.toUpperCase();
  },
  controls: (s, r, col) => {
    const id = textAt(s, r, col('control id'));
    return id === '' ? null : id.toLowerCase();
  },
  opportunities: (s, r, col) => {
    const id = textAt(s, r, col('id'));
    return id === '' ? null : id.toUpperCase();
  },
  controlView: (s, r, col) => {
    const control = textAt(s, r, col('control id'));
    const risk = textAt(s, r, col('risk id'));
    return control === '' ? null : (risk === '' ? control : `${control} · ${risk}`).toUpperCase();
  },
  // A finding: its code, sheet and cell (the Cell column is a link; its formula names the cell).
  checks: (s, r, col) => {
    const code = textAt(s, r, col('code'));
    return code === '' ? null : `${code} ${textAt(s, r, col('sheet'))} ${textAt(s, r, col('cell'))}`;
  },
};

/**
 * Cells above a table whose rows Riskbook grows and shrinks (the Checks sheet's to-do list and
 * summary): named by column, what they hold and how many cells holding the same came before them
 * in that column, so a note that moved with its row is still found, and one that went is not.
 */
function orderAbove(sheet: SheetSnapshot, header: number): (r: number, c: number) => string {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  const { cols } = extent(sheet);
  for (let r = 0; r < header; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = cellOf(sheet, r, c);
      if (!filled(cell)) continue;
      const what = `above the table, column #${c}, ${showCell(cell)}`;
      const n = seen.get(what) ?? 0;
      seen.set(what, n + 1);
      names.set(`${r},${c}`, n > 0 ? `${what} (#${n + 1})` : what);
    }
  }
  return (r, c) => names.get(`${r},${c}`) ?? `above the table, empty ${cellAddress(r, c)}`;
}

/** A name for every cell of a generated sheet that says where a person would look for it again. */
function identities(sheet: SheetSnapshot, role: NotedRole): (r: number, c: number) => string {
  const header = TABLE_KEY_HEADER[role] === null ? null : tableHeaderRow(sheet, role);
  const key = ROW_KEYS[role];
  if (header === null || !key) return (r, c) => `cell ${cellAddress(r, c)}`;
  const headers = new Map<number, string>();
  const byHeader = new Map<string, number>();
  (sheet.values[header] ?? []).forEach((v, c) => {
    const t = typeof v === 'string' ? v.trim().toLowerCase() : v === null ? '' : String(v);
    if (t === '') return;
    headers.set(c, t);
    if (!byHeader.has(t)) byHeader.set(t, c);
  });
  const colId = (c: number): string => (headers.has(c) ? `column "${headers.get(c)}"` : `column #${c}`);
  const rowId = new Map<number, string>();
  const seen = new Map<string, number>();
  let unkeyed = 0;
  const { rows, cols } = extent(sheet);
  for (let r = header + 1; r < rows; r++) {
    let any = false;
    for (let c = 0; c < cols && !any; c++) any = filled(cellOf(sheet, r, c));
    if (!any) continue;
    const k = key(sheet, r, (h) => byHeader.get(h));
    if (k === null) {
      rowId.set(r, `row without key #${unkeyed++}`);
    } else {
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      rowId.set(r, `row "${k}"${n > 0 ? ` (#${n + 1})` : ''}`);
    }
  }
  const aboveChecks = role === 'checks' ? orderAbove(sheet, header) : null;
  return (r, c) => {
    if (aboveChecks) {
      if (r < header) return aboveChecks(r, c);
    } else if (r < header) return `above the table ${cellAddress(r, c)}`;
    if (r === header) return `header ${colId(c)}`;
    return `${rowId.get(r) ?? `empty row ${r}`}, ${colId(c)}`;
  };
}

/**
 * After a person saved a new methodology the heatmap's grids and movement table take its sizes,
 * and the notes beside and below them move along with the block they sit by
 * (tests/core/outputs/heatmap-keeps-notes.test.ts pins where); the Dashboard's rows of levels
 * follow its bands, and the notes below it move with its footer, as they do when a new assessment
 * cycle adds its section: then it is enough that a note is still on the sheet. In any other run both keep their shape, and every note its cell.
 */
function movedWithTheTables(role: NotedRole, facts: RunFacts): boolean {
  return ((role === 'heatmap' || role === 'dashboard') && facts.methodologySaved === true) || (role === 'dashboard' && facts.dashboardReshaped === true);
}

function generatedViolations(name: string, role: NotedRole, before: SheetSnapshot, after: WorkbookSnapshot, ledger: Ledger, facts: RunFacts, out: Violation[]): void {
  const tracked = new Map<string, { r: number; c: number }>();
  for (const n of ledger.notes) if (n.sheet === name) tracked.set(`${n.row},${n.col}`, { r: n.row, c: n.col });
  const people = PEOPLE_HEADERS[role];
  const header = tableHeaderRow(before, role);
  if (people && header !== null) {
    const { rows } = extent(before);
    (before.values[header] ?? []).forEach((h, c) => {
      if (typeof h !== 'string' || !people.has(h.trim().toLowerCase())) return;
      for (let r = header + 1; r < rows; r++) if (filled(cellOf(before, r, c))) tracked.set(`${r},${c}`, { r, c });
    });
  }
  if (tracked.size === 0) return;
  const later = findExact(after, name);
  const idBefore = identities(before, role);
  if (!later) {
    for (const { r, c } of tracked.values()) out.push({ where: `${name}!${cellAddress(r, c)}`, before: showCell(cellOf(before, r, c)), after: '(sheet gone)', rule: `people's cell on ${role} kept` });
    return;
  }
  const idAfter = identities(later, role);
  const afterCells = new Map<string, { cell: Cell; at: string }>();
  const all: { cell: Cell; at: string; id: string }[] = [];
  const { rows, cols } = extent(later);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = cellOf(later, r, c);
      if (!filled(cell)) continue;
      const id = idAfter(r, c);
      afterCells.set(id, { cell, at: cellAddress(r, c) });
      all.push({ cell, at: cellAddress(r, c), id });
    }
  }
  for (const { r, c } of tracked.values()) {
    const x = cellOf(before, r, c);
    const id = idBefore(r, c);
    const found = afterCells.get(id);
    if (found && sameCell(x, found.cell)) continue;
    // Where the value went, if it is still on the sheet: a moved cell reads differently from a lost one.
    const moved = all.find((y) => sameCell(x, y.cell) && y.id !== id);
    if (moved && movedWithTheTables(role, facts)) continue;
    const now = found ? `${showCell(found.cell)} at ${found.at}` : '∅';
    out.push({
      where: `${name}!${cellAddress(r, c)} [${id}]`,
      before: showCell(x),
      after: moved ? `${now}; the value is now at ${moved.at} [${moved.id}]` : `${now}; the value is nowhere on the sheet`,
      rule: `people's cell on ${role} kept`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Everything
// ---------------------------------------------------------------------------------------------

export function typedCellViolations(before: WorkbookSnapshot, after: WorkbookSnapshot, ledger: Ledger, facts: RunFacts = {}): Violation[] {
  const out: Violation[] = [];
  for (const name of ledger.teamSheets) {
    const sheet = findExact(before, name);
    if (!sheet) continue;
    if (name === ledger.registerSheet) registerViolations(sheet, after, ledger, facts, out);
    else teamSheetViolations(sheet, after, out, ledger.teamSoaSheets.includes(name));
  }
  if (ledger.methodologySheet) {
    const sheet = findExact(before, ledger.methodologySheet);
    if (sheet) methodologyViolations(sheet, after, ledger, facts, out);
  }
  for (const [name, role] of ledger.generated) {
    if (role === 'other') continue;
    const sheet = findExact(before, name);
    if (sheet) generatedViolations(name, role, sheet, after, ledger, facts, out);
  }
  // The team's sheets keep their order among themselves.
  const was = ledger.teamSheets.filter((n) => findExact(before, n));
  const is = after.sheets.map((s) => s.name).filter((n) => was.includes(n));
  if (is.length === was.length && is.join('\u0000') !== was.join('\u0000')) {
    out.push({ where: '(sheet order)', before: was.join(' | '), after: is.join(' | '), rule: "team sheets keep their order" });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Findings that a recalculation must not make disappear
// ---------------------------------------------------------------------------------------------

/** Findings a recalculation resolves by design: it creates the sheets and columns they ask for. */
const RESOLVED_BY_RECALC = new Set(['methodology-missing', 'methodology-inferred', 'register-column-missing', 'rtp-not-found', 'soa-not-found']);

/**
 * A finding as the promise follows it: its rule, its sheet and the row it is on. A recalc may point
 * it at a better cell of that row: a missing residual rating at the residual column Riskbook
 * appends to fill it in, rather than at the risk's id.
 */
function findingKey(f: Pick<Finding, 'code' | 'sheet' | 'cell'>): string {
  const at = parseCell(f.cell);
  return `${f.code} ${f.sheet}!${at ? `row ${at.row + 1}` : f.cell}`;
}

/** The findings about the Methodology, the team's sheets and the team's own register columns. */
export function teamFindings(findings: readonly Finding[], ledger: Ledger): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    if (RESOLVED_BY_RECALC.has(f.code) || f.code.startsWith('rtp-') || f.code.startsWith('soa-')) continue;
    const col = parseCell(f.cell)?.col;
    const aboutTeam =
      (ledger.methodologySheet !== null && f.sheet === ledger.methodologySheet) ||
      (f.sheet === ledger.registerSheet && col !== undefined && ledger.teamColumns.has(col)) ||
      (f.sheet !== ledger.registerSheet && ledger.teamSheets.includes(f.sheet));
    if (aboutTeam) out.add(findingKey(f));
  }
  return [...out].sort();
}

/** Team findings reported before a recalculation that `check` no longer reports after it. */
export function lostFindings(before: readonly Finding[], after: readonly Finding[], ledger: Ledger): string[] {
  const now = new Set(after.map(findingKey));
  return teamFindings(before, ledger).filter((k) => !now.has(k));
}

// ---------------------------------------------------------------------------------------------
// A short account of a failing case
// ---------------------------------------------------------------------------------------------

function showTyped(t: Typed | undefined): string {
  if (t === null || t === undefined) return '∅';
  if (typeof t === 'object') return t.formula;
  const s = JSON.stringify(t);
  return s.length > 28 ? `${s.slice(0, 25)}…"` : s;
}

function showTeamSheet(t: TeamSheetSpec): string {
  const rows = t.cells.map((r) => r.map(showTyped).join(' | '));
  return `"${t.name}"${t.hidden ? ' (hidden)' : ''}: ${rows.length === 0 ? '(empty)' : rows.join(' / ')}`;
}

/** The workbook a case is, in a few lines: enough to rebuild it by hand. */
export function describeCase(c: TeamCase): string {
  const s = c.spec;
  const reg = s.register;
  const lines = [
    `sheets in order: ${c.initial.sheets.map((x) => `"${x.name}"`).join(', ')}`,
    `register "${reg.name}", header on row ${reg.titleRows + 1}: ${reg.columns.map((col) => `${col.header} (${col.role})`).join(' | ')}`,
  ];
  for (let i = 0; i < reg.risks; i++) lines.push(`  row ${reg.titleRows + 2 + i}: ${reg.columns.map((col) => showTyped(col.cells[i])).join(' | ')}`);
  for (const t of [...s.teamSheets, ...s.otherSheets]) lines.push(`team sheet ${showTeamSheet(t)}`);
  if (s.methodology) {
    const typed = methodologyParts(s.methodology).typed;
    lines.push(`Methodology: Riskbook's 5x5 layout (methodologySheetPlan), then a person typed: ${typed.join(', ') || 'nothing'}`);
  }
  if (s.history) {
    const notes = c.ledger.notes.map((n) => `${n.sheet}!${cellAddress(n.row, n.col)}=${showTyped(n.value)}`);
    lines.push(`history: recalculated once, then people typed: ${notes.join(', ') || 'nothing'}`);
  }
  return lines.join('\n');
}

export function describeViolations(violations: readonly Violation[], limit = 12): string {
  const lines = violations.slice(0, limit).map((v) => `  ${v.where}: ${v.before} → ${v.after}   (${v.rule})`);
  if (violations.length > limit) lines.push(`  … and ${violations.length - limit} more`);
  return lines.join('\n');
}
