/**
 * The hostile corpus through the Google Sheets add-on: the built Code.js in node:vm over the fake
 * SpreadsheetApp, driven by the sidebar's request (`riskbookRequest`, recalc) and, for a few
 * cases, the menu's Recalculate. Size cases run at the smaller size the corpus gives for the
 * fakes.
 */
import type { ActionOutcome } from '../../core/actions';
import { respond } from '../../core/actions';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { FakeProtection } from '../support/fake-sheets/fake-rules';
import { seedSnapshot, workbookSnapshot } from '../support/fake-sheets/seed';
import type { HostileCase } from '../support/hostile-corpus';
import { CORPUS_NOW, hostileCorpus } from '../support/hostile-corpus';
import type { LoadedAddon } from '../support/sheets-bundle';
import { loadAddon } from '../support/sheets-bundle';
import { casesFor, expectFindingOrOneLineError, expectWorkbookKept } from './corpus-checks';
import { rewrittenUserCells } from './user-cells';

const cases = casesFor('fake-sheets', hostileCorpus());

function seeded(c: HostileCase): { addon: LoadedAddon; before: WorkbookSnapshot } {
  const addon = loadAddon({ simulatedClock: true, startMs: Date.parse(CORPUS_NOW) });
  const model = addon.google.model;
  const dates = new Set((c.dateCells ?? []).map(([s, r, col]) => `${s}\u0000${r},${col}`));
  seedSnapshot(model, c.forFakes ?? c.snapshot, (s, r, col) => dates.has(`${s}\u0000${r},${col}`));
  for (const name of c.protectedSheets ?? []) {
    const sheet = model.find(name)!;
    sheet.protections.push(new FakeProtection(sheet, 'SHEET', null));
  }
  return { addon, before: workbookSnapshot(model) };
}

/**
 * The workbook as the add-on reads it: `getValues` hands an error out as its text, and the add-on
 * takes it for an error only on a formula cell (sheets-addon/gas-values.ts). An error seeded
 * without a formula is therefore text to the add-on, and the plan it makes follows from that.
 */
function asTheAddonReadsIt(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row, r) =>
        row.map((v, c) => (v !== null && typeof v === 'object' && 'error' in v && !sheet.formulas?.[r]?.[c] ? v.error : v)),
      ),
    })),
  };
}

/** Runs `body`; a throw must be one line (what Apps Script shows a person), never a stack. */
function oneLineOrResult<T>(body: () => T): T | undefined {
  try {
    return body();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    expect(message.split(/\r?\n/)).toHaveLength(1);
    return undefined;
  }
}

describe('hostile corpus, Sheets add-on on the fake SpreadsheetApp', () => {
  it.each(cases.map((c) => [c.name, c] as const))('sidebar recalc: %s', (_name, c) => {
    const { addon, before } = seeded(c);
    const text = addon.call<string>('riskbookRequest', JSON.stringify({ kind: 'generate', action: 'recalc' }));
    const outcome = JSON.parse(text) as ActionOutcome;
    expectFindingOrOneLineError(outcome);
    // The host applies its own plan; formulas it wrote are checked against the core's plan for the same snapshot.
    const plan = respond(asTheAddonReadsIt(before), { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW }).plan;
    expectWorkbookKept(c, before, workbookSnapshot(addon.google.model), plan, { onlyUserTexts: true });
    // Nor was a person's cell written back as read (not the same cell on the real host).
    const written = new Map(addon.google.model.sheets.map((s) => [s.name, s.contentWrites] as const));
    expect({ case: c.name, rewritten: rewrittenUserCells(before, plan, written) }).toEqual({ case: c.name, rewritten: [] });
    // A sheet the person protected is still protected afterwards.
    for (const name of c.protectedSheets ?? []) {
      const kept = addon.google.model.find(name)!.protections.some((p) => p.type === 'SHEET' && !p.removed);
      expect({ name, protected: kept }).toEqual({ name, protected: true });
    }
  });

  const MENU = ['injection-in-free-text', 'no-register', 'sheet-name-with-apostrophe', 'protected-register', 'error-values-everywhere'];
  it.each(MENU)('menu Recalculate: %s', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const { addon, before } = seeded(c);
    oneLineOrResult(() => addon.call('riskbookMenuRecalculate'));
    const plan = respond(asTheAddonReadsIt(before), { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW }).plan;
    expectWorkbookKept(c, before, workbookSnapshot(addon.google.model), plan, { onlyUserTexts: true });
  });
});
