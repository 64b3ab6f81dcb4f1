/**
 * Starting a new assessment cycle (year on year, Clause 8.2): the register as it stands becomes the
 * baseline every risk is marked against from then on (New, Modified, Unchanged; gone: Closed), on
 * Riskbook's hidden cycle sheet, and the workbook is recalculated. The Change log records the
 * cycle begun and how the one it closes ended, its closed risks by name.
 */
import type { EngineOptions, Planned, PlanResult, RunNote } from '../engine';
import { look, nowOf, planned } from '../engine';
import { isoFromSerial } from '../dates';
import { methodologyHash } from '../methodology/methodology-hash';
import { listCell } from '../outputs/change-log';
import type { Risk } from '../register/types';
import { contentAfter } from '../workbook/memory-workbook';
import type { SheetPlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CycleComparison } from './cycle-marks';
import { baselineRisk } from './cycle-marks';
import type { BaselineRisk, Cycle, CycleTally } from './cycle-sheet';
import { baselineKey, currentStart, cycleSheetPlan } from './cycle-sheet';

export const START_CYCLE_TITLE = 'New assessment cycle started';
/** The action as the Change log names it. */
const LOGGED_ACTION = 'Start a new assessment cycle';

export interface StartCycleResult extends PlanResult {
  /** One line for a toast or the command's report. */
  readonly title: string;
  /** How the cycle this one closed ended; null when it is the first. */
  readonly ended: CycleTally | null;
}

/** The register's risks as the new cycle's baseline: each id once, as its first risk has it. */
function baselineOf(risks: readonly Risk[]): Map<string, BaselineRisk> {
  const out = new Map<string, BaselineRisk>();
  for (const risk of risks) {
    const key = baselineKey(risk.id);
    if (key !== '' && !out.has(key)) out.set(key, baselineRisk(risk));
  }
  return out;
}

function named(r: BaselineRisk): string {
  return r.summary === '' ? r.id : `${r.id} (${r.summary})`;
}

/** What the Change log says: the cycle begun, and how the one it closes ended. */
function noteOf(started: number, risks: number, previous: Cycle | null, comparison: CycleComparison | null): RunNote {
  const changes = [`New assessment cycle begun on ${isoFromSerial(started)}: the register's ${risks} risk(s) are its baseline`];
  if (previous && comparison) {
    const t = comparison.tally;
    const closed = comparison.closed.length > 0 ? ` (closed: ${listCell(comparison.closed.map(named))})` : '';
    changes.push(`The cycle begun on ${isoFromSerial(currentStart(previous).started)} ended with ${t.new} new, ${t.modified} modified, ${t.unchanged} unchanged and ${t.closed} closed risk(s)${closed}`);
  }
  return { title: LOGGED_ACTION, changes };
}

/**
 * The plan that starts a new cycle, and the workbook as it leaves it (what a panel shows next);
 * null without a register, which a cycle needs.
 */
export function plannedNewCycle(snapshot: WorkbookSnapshot, options: EngineOptions): (Planned & { readonly ended: CycleTally | null }) | null {
  const before = look(snapshot, options);
  if (!before.location) return null;
  const started = nowOf(options);
  const previous = before.cycle?.cycle ?? null;
  const baseline = baselineOf(before.risks);
  const cycle: Cycle = {
    starts: [
      ...(previous?.starts ?? []),
      { started, risks: baseline.size, methodologyHash: methodologyHash(before.methodology), ...(before.cycle ? { closedCycle: before.cycle.comparison.tally } : {}) },
    ],
    baseline,
    otherRows: previous?.otherRows ?? [],
  };
  const sheet: SheetPlan = { ...cycleSheetPlan(cycle), name: before.own.names.cycle, role: 'cycle' };
  // The run after it reads the new baseline: every risk Unchanged, none closed.
  const withCycle = contentAfter(snapshot, { sheets: [sheet], names: [] });
  const run = planned(withCycle, 'recalc', options, undefined, noteOf(started, baseline.size, previous, before.cycle?.comparison ?? null));
  if (!run.final.location) return null;
  return { ...run, plan: { ...run.plan, sheets: [sheet, ...run.plan.sheets] }, ended: before.cycle?.comparison.tally ?? null };
}

/** `riskbook new-cycle`: the plan and the findings on the workbook it leaves; `usable` false without a register. */
export function startCycle(snapshot: WorkbookSnapshot, options: EngineOptions): StartCycleResult {
  const run = plannedNewCycle(snapshot, options);
  if (!run) {
    const { findings, summary, registerSheet, riskCount, soaSheet } = planned(snapshot, 'recalc', options).final;
    return { findings, summary, usable: false, registerSheet, riskCount, soaSheet, plan: { sheets: [], names: [] }, changes: [], title: '', ended: null };
  }
  const { findings, summary, registerSheet, riskCount, soaSheet } = run.final;
  return { findings, summary, usable: true, registerSheet, riskCount, soaSheet, plan: run.plan, changes: run.changes, title: START_CYCLE_TITLE, ended: run.ended };
}
