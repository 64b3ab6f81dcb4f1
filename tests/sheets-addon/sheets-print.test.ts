/**
 * Printing from Google Sheets: Apps Script has no page setup, so a sheet's paper, fit, headers and
 * footers are chosen in File > Print (or Download > PDF). The add-on still tells the core the
 * spreadsheet's locale, so the plan is the one every host gets, and it writes a plan that carries
 * a page setup exactly as it writes one without.
 */
import * as actions from '../../core/actions';
import type { EngineOptions } from '../../core/engine';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { applyPlanToSheets } from '../../sheets-addon/sheets-apply-plan';
import { readWorkbook } from '../../sheets-addon/sheets-read-snapshot';
import { handleRequest } from '../../sheets-addon/sheets-respond';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import { seedSnapshot, workbookSnapshot } from '../support/fake-sheets/seed';
import { generateRegister } from '../support/register-generator';
import { NOW, plainSheets } from './sheets-test-kit';

const SERVICES = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'HtmlService'] as const;

/** Runs `body` with the fake's services as the globals the server code expects. */
function withServices<T>(google: FakeGoogle, body: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T): T {
  const g = google.globals();
  const globals = globalThis as Record<string, unknown>;
  const saved = SERVICES.map((k) => [k, globals[k]] as const);
  for (const k of SERVICES) globals[k] = g[k];
  try {
    return body((g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet());
  } finally {
    for (const [k, v] of saved) globals[k] = v;
  }
}

function registerIn(google: FakeGoogle): void {
  seedSnapshot(google.model, generateRegister({ risks: 10, seed: 3 }).snapshot);
}

function applied(plan: WorkbookPlan): ReturnType<typeof plainSheets> {
  const google = new FakeGoogle();
  registerIn(google);
  google.locks.held = 'document';
  withServices(google, (ss) => applyPlanToSheets(ss, plan, readWorkbook(ss), { done: new Set(), canStart: () => true }));
  return plainSheets(workbookSnapshot(google.model));
}

describe('printing from Google Sheets', () => {
  it('writes a plan whose sheets carry a page setup as it writes the same plan without one, without error', () => {
    const { snapshot } = generateRegister({ risks: 10, seed: 3 });
    const { plan } = actions.respond(snapshot, { kind: 'generate', action: 'soa' }, { now: NOW, locale: 'en_US' });
    expect(plan!.sheets.some((sp) => sp.pageSetup?.header !== undefined)).toBe(true);
    const unprinted: WorkbookPlan = { ...plan!, sheets: plan!.sheets.map(({ pageSetup: _ignored, ...sp }) => sp) };
    expect(applied(plan!)).toEqual(applied(unprinted));
  });

  it("tells the core the spreadsheet's locale, which chooses the paper where the register names none", () => {
    const google = new FakeGoogle();
    registerIn(google);
    google.model.locale = 'en_US';
    const respond = jest.spyOn(actions, 'respond');
    try {
      const outcome = withServices(google, () => handleRequest({ kind: 'generate', action: 'soa' }));
      expect(outcome.ok).toBe(true);
      const options = respond.mock.calls[0]?.[2] as EngineOptions | undefined;
      expect(options?.locale).toBe('en_US');
      const plan = respond.mock.results[0]?.value as actions.PanelResponse;
      expect(new Set(plan.plan?.sheets.flatMap((sp) => (sp.pageSetup ? [sp.pageSetup.paperSize] : [])))).toEqual(new Set(['Letter']));
    } finally {
      respond.mockRestore();
    }
  });
});
