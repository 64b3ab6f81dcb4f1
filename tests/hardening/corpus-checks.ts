/** Assertions every host test of the hostile corpus makes, so the four files say the same thing. */
import type { ActionOutcome } from '../../core/actions';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { HostileCase } from '../support/hostile-corpus';
import { CORPUS_NOW } from '../support/hostile-corpus';
import type { CompareOptions } from './user-cells';
import { badSheetReferences, changedUserCells, formulaCellsOf, hiddenTeamSheets, ownedColumns, planFormulas, planTexts, textsNotKept, userTexts, writtenIntoTeamColumns } from './user-cells';

/**
 * Cases a host cannot pass yet, by host, with the reason. Each is reported with console.warn and
 * left out of that host's assertions; the report of hardening issue 6 lists them.
 */
export const KNOWN_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  memory: {},
  xlsx: {},
  'fake-excel': {},
  'fake-sheets': {},
};

export function casesFor(host: keyof typeof KNOWN_GAPS, cases: readonly HostileCase[]): HostileCase[] {
  const gaps = KNOWN_GAPS[host] ?? {};
  for (const [name, why] of Object.entries(gaps)) console.warn(`KNOWN_GAP [${host}] ${name}: ${why}`);
  return cases.filter((c) => !(c.name in gaps));
}

/** A finding or a one-line error: never an empty success, never a stack trace. */
export function expectFindingOrOneLineError(outcome: ActionOutcome): void {
  if (outcome.ok) {
    const count = outcome.status.findings.length + outcome.status.findingsNotShown;
    expect(count).toBeGreaterThan(0);
  } else {
    expect(outcome.message).not.toMatch(/\n|\r/);
    expect(outcome.message).not.toMatch(/\bat .+\(.+:\d+:\d+\)|\.ts:\d+/);
    expect(outcome.message.length).toBeGreaterThan(0);
  }
}

/** User cells unchanged, no text turned into a formula, every sheet reference quoted and known. */
export interface KeptOptions extends CompareOptions {
  /**
   * Check only plan strings that copy a person's text. For a host whose own read of the workbook
   * differs from the test's (the fake SpreadsheetApp hands error cells out as their text and does
   * not calculate), the test's plan matches the host's only in those copies.
   */
  readonly onlyUserTexts?: boolean;
}

export function expectWorkbookKept(c: HostileCase, before: WorkbookSnapshot, after: WorkbookSnapshot, plan: WorkbookPlan | null, options: KeptOptions = {}): void {
  const owned = ownedColumns(before, CORPUS_NOW);
  expect(changedUserCells(before, after, owned, { ...options, teamSheets: c.teamSheets })).toEqual([]);
  // Issue 10: a team's sheet under a name Riskbook uses stays visible; the team's own columns get nothing written.
  expect({ case: c.name, hidden: hiddenTeamSheets(before, after, c.teamSheets ?? []) }).toEqual({ case: c.name, hidden: [] });
  if (c.teamColumns) expect({ case: c.name, written: writtenIntoTeamColumns(before, after, c.teamColumns).slice(0, 10) }).toEqual({ case: c.name, written: [] });

  const had = new Set(formulaCellsOf(before).map((f) => `${f.sheet}\u0000${f.cell}\u0000${f.formula}`));
  const asked = planFormulas(plan);
  const names = after.sheets.map((s) => s.name);
  const strays: string[] = [];
  for (const f of formulaCellsOf(after)) {
    if (had.has(`${f.sheet}\u0000${f.cell}\u0000${f.formula}`)) continue;
    if (!asked.has(f.formula)) strays.push(`${f.sheet}!${f.cell} ${f.formula}`);
    strays.push(...badSheetReferences(f.formula, names));
  }
  for (const n of after.names ?? []) strays.push(...badSheetReferences(n.reference.startsWith('=') ? n.reference : `=${n.reference}`, names));
  expect({ case: c.name, strays }).toEqual({ case: c.name, strays: [] });
  // Every string the plan wrote is that text in the workbook: not a formula, number, date or error.
  // No text Riskbook writes is longer than Excel's 32,767 characters per cell.
  const tooLong = [...planTexts(plan)].flatMap(([sheet, cells]) => [...cells].filter(([, t]) => t.length > 32767).map(([k, t]) => `${sheet} ${k}: ${t.length}`));
  expect({ case: c.name, tooLong }).toEqual({ case: c.name, tooLong: [] });
  const only = options.onlyUserTexts ? userTexts(before) : undefined;
  expect({ case: c.name, texts: textsNotKept(plan, after, only).slice(0, 10) }).toEqual({ case: c.name, texts: [] });
}
