/**
 * Finding the header of a team's own treatment plan on one sheet: the row (anywhere in the first
 * 20, below titles and blank rows, read at the lower row of a two-row header) whose headers name a
 * key (the risk's id or title), what to do (an action, or the controls to put in place beside the
 * treatment option) and at least one of who, by when or how far (owner, due date, status). Which key column is used is
 * settled by its values against the register (`read-team-plan.ts`), not here.
 *
 * A register is never a plan, though its headers often name an action, an owner and a status
 * ("Mitigation plan", "Risk owner", "Status"): a sheet whose header names a likelihood and an impact
 * is a register (the team's, or an old copy of it).
 *
 * `findTeamPlan` is the entry: the sheet, among those not skipped, whose plan names the most risks.
 */
import type { Strength } from '../register/header-words';
import { outranks } from '../register/header-words';
import { headerLayout } from '../register/header-layout';
import { impactColumnsOf } from '../register/fields';
import { bestHeaderRow } from '../register/locate-register';
import type { ControlCatalogue } from '../annex-a/types';
import type { Risk } from '../register/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { findSheet } from '../workbook/snapshot';
import { planHeaderSense } from './plan-header-sense';
import { readTeamPlan } from './read-team-plan';
import type { TeamPlan, TeamPlanField } from './types';

export const PLAN_HEADER_SEARCH_ROWS = 20;

export type KeyField = 'riskId' | 'riskTitle';

/** The fields other than the key: one column each. */
export type PlanColumnField = Exclude<TeamPlanField, KeyField>;

/** A column that may name the risk of each row: by id or by title, and how plainly its header says so. */
export interface KeyColumn {
  readonly col: number;
  readonly field: KeyField;
  readonly strength: Strength;
}

export interface TeamPlanLocation {
  readonly sheet: string;
  /** 0-based header row. */
  readonly headerRow: number;
  /** 0-based row of the banner above, when the header spans two rows. */
  readonly bannerRow: number | null;
  /** The column of each field other than the key; where several name one, the plainest (then the first). */
  readonly columns: Readonly<Partial<Record<PlanColumnField, number>>>;
  /** Every column that may hold the risk's id or title, plainest first. */
  readonly keyColumns: readonly KeyColumn[];
  /** Header text per column, '' where blank. */
  readonly headers: readonly string[];
}

/** Whether a sheet's header is a register's: it names a likelihood and an impact (or C, I and A). */
export function isRegisterSheet(sheet: SheetSnapshot): boolean {
  return bestHeaderRow(sheet, (m) => m.mapping.likelihood !== undefined && impactColumnsOf(m.mapping) !== null) !== null;
}

const isKeyField = (field: TeamPlanField): field is KeyField => field === 'riskId' || field === 'riskTitle';

/** How one row reads as a plan header; null when it is not one. */
function planHeaderAt(sheet: SheetSnapshot, row: number): TeamPlanLocation | null {
  const layout = headerLayout(sheet, row);
  const keyColumns: KeyColumn[] = [];
  const best = new Map<PlanColumnField, { col: number; strength: Strength }>();
  layout.cells.forEach((cell, col) => {
    const sense = planHeaderSense(cell.text, cell.group);
    if (!sense) return;
    if (isKeyField(sense.field)) {
      keyColumns.push({ col, field: sense.field, strength: sense.strength });
      return;
    }
    const had = best.get(sense.field);
    if (!had || outranks(sense.strength, had.strength)) best.set(sense.field, { col, strength: sense.strength });
  });
  const has = (f: PlanColumnField): boolean => best.has(f);
  // Without an action column, the controls to put in place are the plan only beside the option
  // chosen for the risk: an SoA names controls and statuses too, and sometimes the risks behind them.
  const what = has('action') || (has('controlId') && has('treatment'));
  if (keyColumns.length === 0 || !what || !(has('owner') || has('dueDate') || has('status'))) return null;
  // Plainest first, then left to right: the reader tries them in this order.
  keyColumns.sort((a, b) => (a.strength === b.strength ? a.col - b.col : outranks(a.strength, b.strength) ? -1 : 1));
  const columns = Object.fromEntries([...best].map(([f, c]) => [f, c.col])) as Partial<Record<PlanColumnField, number>>;
  return { sheet: sheet.name, headerRow: row, bannerRow: layout.bannerRow, columns, keyColumns, headers: layout.cells.map((c) => c.text) };
}

/** Distinct fields a header names; the key counts once per kind (an id column and a title column). */
function scoreOf(l: TeamPlanLocation): number {
  return Object.keys(l.columns).length + new Set(l.keyColumns.map((k) => k.field)).size;
}

/**
 * The plan header of a sheet: the row of the first 20 that names the most fields, a two-row header
 * read at its lower row. Null when no row reads as a plan's header, or the sheet is a register.
 */
export function locateTeamPlan(sheet: SheetSnapshot): TeamPlanLocation | null {
  let best: TeamPlanLocation | null = null;
  const rows = Math.min(PLAN_HEADER_SEARCH_ROWS, sheet.values.length);
  for (let row = 0; row < rows; row++) {
    const found = planHeaderAt(sheet, row);
    if (!found) continue;
    if (!best || scoreOf(found) > scoreOf(best) || (scoreOf(found) === scoreOf(best) && found.bannerRow === best.headerRow)) best = found;
  }
  if (!best || isRegisterSheet(sheet)) return null;
  return best;
}

export interface FindTeamPlanOptions {
  /** Sheets never read as a plan (lower-case names): Riskbook's own and the register. */
  readonly skipSheets: ReadonlySet<string>;
  /** The register's risks: a plan must name at least one of them. */
  readonly risks: readonly Risk[];
  /** Read this sheet (the person chose it) instead of searching. */
  readonly sheet?: string;
  /** The controls in force, for the plan's control cells; Annex A 2022 by default. */
  readonly catalogue?: ControlCatalogue;
}

/**
 * The team's treatment plan: among the sheets not skipped, the plan whose rows name the most
 * register risks. Null when there is none (or no risk to name).
 */
export function findTeamPlan(snapshot: WorkbookSnapshot, options: FindTeamPlanOptions): TeamPlan | null {
  if (options.risks.length === 0) return null;
  let candidates: readonly SheetSnapshot[];
  if (options.sheet !== undefined) {
    const chosen = findSheet(snapshot, options.sheet);
    candidates = chosen ? [chosen] : [];
  } else {
    candidates = snapshot.sheets.filter((s) => !options.skipSheets.has(s.name.toLowerCase()));
  }
  let best: { plan: TeamPlan; named: number } | null = null;
  for (const sheet of candidates) {
    const location = locateTeamPlan(sheet);
    if (!location) continue;
    const plan = readTeamPlan(sheet, location, options.risks, options.catalogue);
    if (!plan) continue;
    const named = plan.rows.filter((r) => r.riskId !== '').length;
    if (!best || named > best.named) best = { plan, named };
  }
  return best?.plan ?? null;
}
