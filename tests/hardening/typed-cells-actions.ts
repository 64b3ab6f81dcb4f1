/**
 * The actions of issue 10's property tests on the in-memory host, and how a failing case is
 * reported. The .xlsx test runs the same checks through the CLI's path.
 */
import * as fc from 'fast-check';
import type { PanelRequest } from '../../core/actions';
import { respond } from '../../core/actions';
import type { GenerateAction } from '../../core/engine';
import { check, generate } from '../../core/engine';
import { presetMethodology } from '../../core/methodology/presets';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { Ledger, TeamCase } from '../support/team-workbooks';
import { HISTORY_NOW, TEAM_NOW } from '../support/team-workbooks';
import type { RunFacts, Violation } from './typed-cells';
import { describeCase, describeViolations, lostFindings, typedCellViolations } from './typed-cells';

export type Action =
  | { readonly kind: 'check' }
  | { readonly kind: 'generate'; readonly action: GenerateAction }
  | { readonly kind: 'panel'; readonly label: string; readonly request: (c: TeamCase) => PanelRequest };

/** Every action a person can take: the read-only check, the four generations, every panel request that writes. */
export const ACTIONS: readonly Action[] = [
  { kind: 'check' },
  { kind: 'generate', action: 'recalc' },
  { kind: 'generate', action: 'soa' },
  { kind: 'generate', action: 'rtp' },
  { kind: 'generate', action: 'heatmap' },
  { kind: 'panel', label: 'panel recalc', request: () => ({ kind: 'generate', action: 'recalc' }) },
  { kind: 'panel', label: 'panel new register', request: () => ({ kind: 'newRegister', preset: '5x5' }) },
  { kind: 'panel', label: 'panel adopt the register', request: (c) => ({ kind: 'adoptSheet', sheet: c.ledger.registerSheet }) },
  {
    kind: 'panel',
    label: 'panel save mapping',
    // With a score column of their own, the person hands it to Riskbook; else the mapping is saved as detected.
    request: (c) => {
      const own = c.ledger.registerColumns.find((col) => col.role === 'ownInherentScore');
      return { kind: 'saveMapping', override: own ? { inherentScore: own.header } : {} };
    },
  },
  { kind: 'panel', label: 'panel save methodology', request: () => ({ kind: 'saveMethodology', methodology: presetMethodology('5x5') }) },
  // A new cycle recalculates, and may move Riskbook's rating keys right of the column it appends.
  { kind: 'panel', label: 'panel new assessment cycle', request: () => ({ kind: 'newCycle' }) },
];

export function actionLabel(a: Action): string {
  return a.kind === 'check' ? 'check' : a.kind === 'generate' ? `generate ${a.action}` : a.label;
}

/** Actions that recalculate: after them every problem reported before must still be reported. */
export function recalculates(a: Action): boolean {
  return ['generate recalc', 'panel recalc', 'panel adopt the register', 'panel new assessment cycle'].includes(actionLabel(a));
}

function applied(snapshot: WorkbookSnapshot, plan: WorkbookPlan | null): WorkbookSnapshot {
  if (!plan) return snapshot;
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(plan, { contentOnly: true });
  return wb.snapshot();
}

/** Runs an action on the in-memory host, as a task pane or the engine's caller would. */
export function runOnMemory(c: TeamCase, a: Action): { after: WorkbookSnapshot; facts: RunFacts } {
  const options = { now: TEAM_NOW };
  if (a.kind === 'check') {
    check(c.snapshot, options);
    return { after: c.snapshot, facts: {} };
  }
  if (a.kind === 'generate') return { after: applied(c.snapshot, generate(c.snapshot, a.action, options).plan), facts: {} };
  const request = a.request(c);
  const response = respond(c.snapshot, request, options);
  const handed = request.kind === 'saveMapping' ? Object.values(request.override) : [];
  const facts: RunFacts = {
    methodologySaved: request.kind === 'saveMethodology' && response.plan !== null,
    dashboardReshaped: request.kind === 'newCycle' && response.plan !== null,
    handedColumns: new Set(c.ledger.registerColumns.filter((col) => handed.includes(col.header)).map((col) => col.col)),
  };
  return { after: applied(c.snapshot, response.plan), facts };
}

export interface Failure {
  readonly phase: string;
  readonly violations: readonly Violation[];
  /** Findings reported before a recalculation and not after it. */
  readonly lost: readonly string[];
}

export function lostAcross(before: WorkbookSnapshot, after: WorkbookSnapshot, ledger: Ledger, now: string): string[] {
  return lostFindings(check(before, { now }).findings, check(after, { now }).findings, ledger);
}

/** The earlier run of a case's history, checked like any other recalculation. */
export function historyFailure(c: TeamCase): Failure | null {
  if (!c.history) return null;
  const violations = typedCellViolations(c.initial, c.history.after, c.initialLedger);
  const lost = lostAcross(c.initial, c.history.after, c.initialLedger, HISTORY_NOW);
  return violations.length > 0 || lost.length > 0 ? { phase: 'the earlier recalc (before people typed their notes)', violations, lost } : null;
}

/** Every failure of the promise on one workbook: the earlier run (if any), then each action. */
export function memoryFailures(c: TeamCase, actions: readonly Action[] = ACTIONS): Failure[] {
  const out: Failure[] = [];
  const earlier = historyFailure(c);
  if (earlier) out.push(earlier);
  for (const a of actions) {
    const { after, facts } = runOnMemory(c, a);
    const violations = typedCellViolations(c.snapshot, after, c.ledger, facts);
    const lost = recalculates(a) ? lostAcross(c.snapshot, after, c.ledger, TEAM_NOW) : [];
    if (violations.length > 0 || lost.length > 0) out.push({ phase: actionLabel(a), violations, lost });
  }
  return out;
}

export function reportFailures(c: TeamCase, failures: readonly Failure[], host: string): string {
  const parts = [`Riskbook (${host}) changed what a person typed.`, '', 'Workbook:', describeCase(c), ''];
  for (const f of failures) {
    parts.push(`After ${f.phase}:`);
    if (f.violations.length > 0) parts.push(describeViolations(f.violations));
    if (f.lost.length > 0) parts.push(`  no longer reported after the recalc: ${f.lost.join('; ')}`);
  }
  return parts.join('\n');
}

/** Seed and path of a reported failure, from RISKBOOK_TYPED_CELLS_SEED and RISKBOOK_TYPED_CELLS_PATH. */
export function replayParameters(): { seed?: number; path?: string } {
  const seed = process.env.RISKBOOK_TYPED_CELLS_SEED;
  const path = process.env.RISKBOOK_TYPED_CELLS_PATH;
  return { ...(seed ? { seed: Number(seed) } : {}), ...(seed && path ? { path } : {}) };
}

/**
 * fc.check with the shrunk counterexample's own report as the failure, and the seed and path to
 * replay it, instead of fast-check's dump of the whole spec.
 */
export async function assertProperty<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<T>, params);
  if (details.failed) {
    const e = details.errorInstance;
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${message}\n\n(${details.numRuns} runs, ${details.numShrinks} shrinks; replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" })`);
  }
  if (details.interrupted) console.warn(`typed-cells property: stopped by its time limit after ${details.numRuns} runs`);
}
