/**
 * The one interface between the shared task pane (ui/) and a host: the Excel add-in implements it
 * with Office.js, the Google Sheets add-on with google.script.run, tests and the demo page with an
 * in-memory workbook. Everything crossing it is plain JSON (core/actions.ts), so it survives
 * google.script.run, which drops Dates and class instances.
 */
import type { ActionOutcome, PanelRequest } from '../core/actions';

export type HostKind = 'excel' | 'sheets' | 'memory';

export interface HostBridge {
  readonly host: HostKind;
  /**
   * Runs one request against the open workbook: reads it, lets the core plan, applies the plan.
   * Problems a person can fix (no register, an invalid methodology) resolve as `ok: false`;
   * the promise rejects only when the host itself failed, with a message fit to show.
   */
  request(request: PanelRequest): Promise<ActionOutcome>;
  /**
   * Selects what a finding points at and activates its sheet: its cell, or every range of a
   * finding about many cells (A1 ranges; the first MAX_SELECTED_RANGES of them). A host that
   * cannot select several ranges at once selects the first.
   */
  selectCells(sheet: string, cells: readonly string[]): Promise<void>;
}
