/**
 * Reading a team's own risk treatment plan: its rows, the register risk each names, and what it
 * plans for it. Only reading: the sheet stays the team's and nothing here changes a cell.
 *
 * Rows are the plan's when they say something about a risk beyond its key (an action, a control,
 * an owner, a date, a status); blank rows, headings (one cell on its own), a header repeated after
 * a page break and a key on its own (rows numbered in advance) are not. A risk with several actions
 * is often keyed once, merged down or left blank under its first row: those rows take the key above.
 *
 * Which column names the risk is settled by the values: the id column whose values are the
 * register's ids ("Risk ID" beside the plan's own "ID"), else the title column whose values are the
 * risks' titles. A sheet whose rows name no register risk at all is not a plan.
 */
import type { ControlCatalogue } from '../annex-a/types';
import { ANNEX_A_CATALOGUE, parseControlCell } from '../annex-a/catalogue';
import { PHRASES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { finding, joinedWithAnd } from '../findings/report';
import { serialOf, textOf } from '../outputs/cells';
import { citedIds } from '../outputs/links';
import { normalizeHeader } from '../register/header-words';
import { cellKey, verticalMergeSources } from '../register/merged-values';
import { parseTreatment } from '../register/treatment-words';
import type { Risk } from '../register/types';
import type { CellRef } from '../workbook/a1';
import { cellAddress, parseRange } from '../workbook/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedRowCount } from '../workbook/snapshot';
import type { KeyColumn, KeyField, PlanColumnField, TeamPlanLocation } from './locate-team-plan';
import type { KeyMatch, RiskKeys } from './risk-keys';
import { riskKeys } from './risk-keys';
import type { TeamPlan, TeamPlanField, TeamPlanRow } from './types';
import { maxOf } from '../arrays';

export const TEAM_PLAN_FIELDS: readonly TeamPlanField[] = [
  'riskId', 'riskTitle', 'controlId', 'treatment', 'action', 'owner', 'dueDate', 'status', 'expectedResidualLevel', 'approvedBy', 'approvalDate',
  'effectivenessReviewDate', 'effectivenessResult', 'evidence',
];

/** Fields whose value on a row says the row plans something (the key alone does not). */
const PLAN_CONTENT: readonly PlanColumnField[] = ['controlId', 'treatment', 'action', 'owner', 'dueDate', 'status'];

/** The cells of a sheet as the plan's reader sees them: a blank cell under a merge stands for the merge's value. */
interface SheetView {
  sourceOf(row: number, col: number): CellRef;
  valueAt(row: number, col: number): CellValue;
}

function sheetView(sheet: SheetSnapshot, headerRow: number): SheetView {
  const merged = verticalMergeSources(sheet, headerRow);
  const sourceOf = (row: number, col: number): CellRef => (textOf(cellAt(sheet, row, col)) === '' ? (merged.get(cellKey(row, col)) ?? { row, col }) : { row, col });
  return {
    sourceOf,
    valueAt: (row, col) => {
      const s = sourceOf(row, col);
      return cellAt(sheet, s.row, s.col);
    },
  };
}

type RowKind = 'plan' | 'blank' | 'heading';

interface CandidateRow {
  readonly row: number;
  readonly kind: RowKind;
}

/**
 * What a row below the header is: a plan row, nothing, or a heading that ends the key carried
 * down. A cell on its own is a heading ("Phase 1", "Operational risks", a banner across the table)
 * unless it is what the risk above plans next (an action alone under its first row).
 */
function rowKind(sheet: SheetSnapshot, view: SheetView, location: TeamPlanLocation, row: number, width: number): RowKind {
  const own = Array.from({ length: width }, (_, col) => textOf(cellAt(sheet, row, col)));
  const filledCols = own.flatMap((t, col) => (t !== '' ? [col] : []));
  if (filledCols.length === 0) return 'blank';
  const repeated = filledCols.filter((col) => (location.headers[col] ?? '') !== '' && normalizeHeader(own[col]!) === normalizeHeader(location.headers[col]!)).length;
  if (repeated >= 2) return 'heading';
  const contentCols = PLAN_CONTENT.flatMap((f) => {
    const col = location.columns[f];
    return col !== undefined && textOf(view.valueAt(row, col)) !== '' ? [col] : [];
  });
  if (contentCols.length === 0) return filledCols.length === 1 ? 'heading' : 'blank';
  if (filledCols.length > 1) return 'plan';
  const lone = filledCols[0]!;
  return contentCols.includes(lone) && !isBanner(sheet, row, lone) ? 'plan' : 'heading';
}

/** Whether a cell is the top-left of a merge across several columns: a heading over the table. */
function isBanner(sheet: SheetSnapshot, row: number, col: number): boolean {
  return (sheet.merges ?? []).some((m) => {
    const r = parseRange(m);
    return r !== null && r.row === row && r.col === col && r.cols > 1;
  });
}

/** How many rows a key column names a register risk on, read by id or by title. */
function matchesIn(rows: readonly CandidateRow[], view: SheetView, col: number, match: (text: string) => KeyMatch): number {
  return rows.filter((r) => r.kind === 'plan' && match(textOf(view.valueAt(r.row, col))).kind === 'risk').length;
}

interface ChosenKey {
  readonly col: number;
  readonly keyedBy: 'id' | 'title';
}

/**
 * The key column: the one whose values are register ids on the most rows (a "Risk" column may
 * hold ids), else the title column whose values are risk titles on the most rows. Null when no
 * row names a register risk either way.
 */
function chooseKey(rows: readonly CandidateRow[], view: SheetView, keyColumns: readonly KeyColumn[], keys: RiskKeys): ChosenKey | null {
  const idMatch = (t: string): KeyMatch => keys.idsIn(t).find((p) => p.match.kind === 'risk')?.match ?? { kind: 'unknown' };
  let best: { k: KeyColumn; n: number } | null = null;
  for (const k of keyColumns) {
    const n = matchesIn(rows, view, k.col, idMatch);
    if (n > 0 && (!best || n > best.n)) best = { k, n };
  }
  if (best) return { col: best.k.col, keyedBy: 'id' };
  for (const k of keyColumns.filter((c) => c.field === 'riskTitle')) {
    const n = matchesIn(rows, view, k.col, keys.byTitle);
    if (n > 0 && (!best || n > best.n)) best = { k, n };
  }
  return best ? { col: best.k.col, keyedBy: 'title' } : null;
}

/**
 * The plan's columns: the chosen key as the field it is read as and, beside an id key, a title
 * column kept for context. An id column beside a title key holds no register id (else the plan
 * would be keyed by it): it is the plan's own numbering, no field.
 */
function planColumns(location: TeamPlanLocation, key: ChosenKey): Partial<Record<TeamPlanField, number>> {
  if (key.keyedBy === 'title') return { ...location.columns, riskTitle: key.col };
  const title = location.keyColumns.find((k) => k.col !== key.col && k.field === 'riskTitle');
  return { ...location.columns, riskId: key.col, ...(title ? { riskTitle: title.col } : {}) };
}

const SHOWN_IDS = 5;

/**
 * The plan on a located sheet, or null when none of its rows names a register risk. `catalogue`
 * reads the control cells (`parseControlCell`: "A 5.17 A 8.5", "5.15, 8.5", a 2013 id's successors).
 */
export function readTeamPlan(sheet: SheetSnapshot, location: TeamPlanLocation, risks: readonly Risk[], catalogue: ControlCatalogue = ANNEX_A_CATALOGUE): TeamPlan | null {
  const view = sheetView(sheet, location.headerRow);
  const width = Math.max(location.headers.length, maxOf([...Object.values(location.columns).map((c) => c + 1), ...location.keyColumns.map((k) => k.col + 1)]));
  const candidates: CandidateRow[] = [];
  for (let row = location.headerRow + 1; row < usedRowCount(sheet); row++) candidates.push({ row, kind: rowKind(sheet, view, location, row, width) });
  const keys = riskKeys(risks);
  const key = chooseKey(candidates, view, location.keyColumns, keys);
  if (!key) return null;
  const columns = planColumns(location, key);
  const keyField: KeyField = key.keyedBy === 'id' ? 'riskId' : 'riskTitle';

  const rows: TeamPlanRow[] = [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const report = (f: Finding): void => {
    // A key carried down over several rows is one cause: one finding at the cell it was typed in.
    const k = `${f.code}\u0000${f.cell}\u0000${f.message}`;
    if (reported.has(k)) return;
    reported.add(k);
    findings.push(f);
  };
  let carried: CellRef | null = null;
  for (const { row, kind } of candidates) {
    if (kind === 'heading') carried = null;
    if (kind !== 'plan') continue;
    let keyAt = view.sourceOf(row, key.col);
    if (textOf(cellAt(sheet, keyAt.row, keyAt.col)) === '' && carried) keyAt = carried;
    carried = keyAt;
    const typed = textOf(cellAt(sheet, keyAt.row, keyAt.col));
    const keyCell = cellAddress(keyAt.row, keyAt.col);
    const parts = key.keyedBy === 'id' ? keys.idsIn(typed) : [{ text: typed, match: keys.byTitle(typed) }];
    for (const part of parts) {
      if (part.match.kind === 'unknown') report(finding('team-plan-risk-unknown', sheet.name, keyCell, { key: part.text || PHRASES.noRiskKey, sheet: sheet.name }));
      if (part.match.kind === 'ambiguous') {
        const ids = part.match.riskIds;
        const shown = ids.length > SHOWN_IDS ? [...ids.slice(0, SHOWN_IDS), '…'] : ids;
        report(finding('team-plan-risk-ambiguous', sheet.name, keyCell, { key: part.text, count: ids.length, ids: joinedWithAnd(shown), sheet: sheet.name }));
      }
      rows.push(planRow(sheet, view, columns, keyField, row, keyAt, part.text, part.match.kind === 'risk' ? part.match.riskId : '', catalogue));
    }
  }
  return {
    sheet: sheet.name,
    headerRow: location.headerRow,
    columns,
    keyedBy: key.keyedBy,
    rows,
    findings,
    ...(location.bannerRow !== null ? { bannerRow: location.bannerRow } : {}),
  };
}

function planRow(
  sheet: SheetSnapshot,
  view: SheetView,
  columns: Partial<Record<TeamPlanField, number>>,
  keyField: KeyField,
  row: number,
  keyAt: CellRef,
  typedKey: string,
  riskId: string,
  catalogue: ControlCatalogue,
): TeamPlanRow {
  const at = (f: TeamPlanField): CellRef | null => {
    if (f === keyField) return keyAt;
    const col = columns[f];
    return col === undefined ? null : view.sourceOf(row, col);
  };
  const value = (f: TeamPlanField): CellValue => {
    const ref = at(f);
    return ref ? cellAt(sheet, ref.row, ref.col) : null;
  };
  const text = (f: TeamPlanField): string => textOf(value(f));
  const cells = Object.fromEntries(TEAM_PLAN_FIELDS.map((f) => {
    const ref = at(f);
    return [f, ref ? cellAddress(ref.row, ref.col) : ''];
  })) as Record<TeamPlanField, string>;
  const controlIds = controlIdsOf(value('controlId'), sheet.values[row] ?? [], catalogue);
  return {
    row,
    riskId,
    typedKey,
    controlId: controlIds[0] ?? '',
    ...(controlIds.length > 1 ? { controlIds } : {}),
    treatment: columns.treatment === undefined ? null : parseTreatment(text('treatment')),
    action: text('action'),
    owner: text('owner'),
    dueDate: serialOf(value('dueDate')),
    dueText: text('dueDate'),
    status: text('status'),
    expectedResidualLevel: text('expectedResidualLevel'),
    approvedBy: text('approvedBy'),
    approvalDate: serialOf(value('approvalDate')),
    effectivenessReviewDate: serialOf(value('effectivenessReviewDate')),
    effectivenessResult: text('effectivenessResult'),
    evidence: text('evidence'),
    cells,
  };
}

/** The control ids a plan's control cell names, each once, as the RTP names them (`citedIds`). */
function controlIdsOf(value: CellValue, row: readonly CellValue[], catalogue: ControlCatalogue): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const citation of parseControlCell(value, catalogue, row)) {
    for (const id of citedIds(citation)) {
      if (seen.has(id.toUpperCase())) continue;
      seen.add(id.toUpperCase());
      out.push(id);
    }
  }
  return out;
}
