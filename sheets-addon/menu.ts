/**
 * The add-on menu and what each item does without the sidebar: run the request, then say what
 * happened in a toast (done) or an alert (a problem the person can fix, or a failure).
 */
import type { ActionOutcome, PanelRequest } from '../core/actions';
import type { GenerateAction } from '../core/engine';
import { checkpointStore, resumable } from './run-checkpoint';
import { handleRequest } from './sheets-respond';
import { showSidebar } from './sidebar-server';

/** Caption and the top-level function it calls, in menu order; null is a separator. */
export const MENU_ITEMS: readonly ({ readonly caption: string; readonly functionName: string } | null)[] = [
  { caption: 'Recalculate & check traceability', functionName: 'riskbookMenuRecalculate' },
  { caption: 'Generate SoA', functionName: 'riskbookMenuGenerateSoa' },
  { caption: 'Generate RTP', functionName: 'riskbookMenuGenerateRtp' },
  { caption: 'Build heatmap', functionName: 'riskbookMenuBuildHeatmap' },
  { caption: 'Start new assessment cycle', functionName: 'riskbookMenuNewCycle' },
  null,
  { caption: 'Set up register', functionName: 'riskbookMenuSetUpRegister' },
  { caption: 'Open panel', functionName: 'riskbookOpenPanel' },
];

/**
 * Only menu items: under AuthMode.NONE (before the add-on is enabled in this document) onOpen
 * may do nothing else, and the menu must still appear.
 */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function onInstall(event?: unknown): void {
  onOpen(event);
}

const TOAST_SECONDS = 10;

function errorText(err: unknown): string {
  return err instanceof Error && err.message ? err.message : String(err);
}

function alert(title: string, lines: readonly string[]): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, lines.join('\n'), ui.ButtonSet.OK);
}

/** One line for a toast: the findings after the action, and what changed. */
export function toastText(outcome: ActionOutcome & { ok: true }): string {
  const { errors, warnings } = outcome.status.summary;
  const found = `${errors} error(s), ${warnings} warning(s) after this action`;
  const checks = outcome.status.sheets.checks;
  const where = checks !== null ? ` (listed on the sheet "${checks}")` : '';
  const changes = outcome.changes.length > 0 ? ` ${outcome.changes.join('; ')}.` : '';
  return `${found}${where}.${changes}`;
}

function report(outcome: ActionOutcome): void {
  if (outcome.ok) {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(toastText(outcome), outcome.title, TOAST_SECONDS);
    } catch {
      // The work is done; Sheets failed only to show the toast, so the same words go in an alert.
      alert(outcome.title, [toastText(outcome)]);
    }
  } else {
    alert('Riskbook', [outcome.message, ...(outcome.problems ?? [])]);
  }
}

/**
 * The menu builds its requests itself, typed: only the sidebar's come from outside and are parsed
 * (sidebar-server.ts). `startedAt` is when the menu item was chosen: Apps Script's six minutes run
 * from then, through any alert the person is reading (an alert suspends the script, not the clock).
 */
function run(request: PanelRequest, startedAt: number): ActionOutcome | null {
  try {
    return handleRequest(request, { startedAt });
  } catch (err) {
    alert('Riskbook could not finish', [errorText(err)]);
    return null;
  }
}

function runAndReport(request: PanelRequest, startedAt: number): void {
  const outcome = run(request, startedAt);
  if (outcome) report(outcome);
}

function generate(action: GenerateAction): void {
  runAndReport({ kind: 'generate', action }, Date.now());
}

export function riskbookMenuRecalculate(): void {
  generate('recalc');
}

export function riskbookMenuGenerateSoa(): void {
  generate('soa');
}

export function riskbookMenuGenerateRtp(): void {
  generate('rtp');
}

export function riskbookMenuBuildHeatmap(): void {
  generate('heatmap');
}

function confirm(question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert('Riskbook', question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** The question before a new assessment cycle: the register as it stands replaces the baseline. */
export const NEW_CYCLE_QUESTION =
  'Start a new assessment cycle? The register as it stands becomes the baseline each risk is marked New, Modified or Unchanged against; the Change log keeps how the current cycle ended.';

/**
 * A new assessment cycle, after a yes: it replaces the baseline every risk is marked against. A
 * run the time limit stopped is finished without asking again (the question was answered).
 */
export function riskbookMenuNewCycle(): void {
  const startedAt = Date.now();
  const saved = checkpointStore()?.saved ?? null;
  if (!(saved && resumable(saved, { kind: 'newCycle' }, startedAt)) && !confirm(NEW_CYCLE_QUESTION)) return;
  runAndReport({ kind: 'newCycle' }, startedAt);
}

/**
 * A setup this item began that Apps Script's time limit stopped, to finish rather than ask again:
 * by then the new or adopted register is already the register, so the questions below would
 * never lead back to it.
 */
function unfinishedSetup(startedAt: number): PanelRequest | null {
  const saved = checkpointStore()?.saved ?? null;
  if (!saved || (saved.request.kind !== 'newRegister' && saved.request.kind !== 'adoptSheet')) return null;
  return resumable(saved, saved.request, startedAt) ? saved.request : null;
}

/**
 * Without the panel: adopt the sheet the person is on if it reads as a register, otherwise offer
 * a new register. Column mapping and the method are edited in the panel.
 */
export function riskbookMenuSetUpRegister(): void {
  const startedAt = Date.now();
  const unfinished = unfinishedSetup(startedAt);
  if (unfinished) {
    runAndReport(unfinished, startedAt);
    return;
  }
  const status = run({ kind: 'status' }, startedAt);
  if (!status) return;
  const register = status.ok ? status.status.register : null;
  let active: string;
  try {
    active = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName();
  } catch (err) {
    alert('Riskbook could not finish', [errorText(err)]);
    return;
  }
  if (register && register.sheet.toLowerCase() === active.toLowerCase()) {
    alert('Riskbook', [
      `"${register.sheet}" is the risk register: header row ${register.headerRow}, ${register.risks} risk(s), ${register.fields.length} column(s) recognised.`,
      'To change which column means what, or the scoring method, choose Open panel.',
    ]);
    return;
  }
  const preview = run({ kind: 'previewSheet', sheet: active }, startedAt);
  if (!preview) return;
  if (preview.ok && preview.preview) {
    const missing = preview.preview.missing.map((m) => m.label);
    const question = [
      `Use "${active}" as the risk register? Riskbook adds its score columns at the right and builds its sheets beside it; your own columns stay as they are.`,
      ...(missing.length > 0 ? [`Not found in its headers: ${missing.join(', ')}.`] : []),
    ].join('\n');
    if (confirm(question)) runAndReport({ kind: 'adoptSheet', sheet: active }, startedAt);
    return;
  }
  if (register) {
    alert('Riskbook', [`Riskbook already reads "${register.sheet}" as the risk register, and "${active}" does not look like one.`, 'Choose Open panel to adopt another sheet.']);
    return;
  }
  if (confirm(`"${active}" does not look like a risk register. Add a new "Risk register" sheet with the 5 x 5 method?`)) {
    runAndReport({ kind: 'newRegister', preset: '5x5' }, startedAt);
  }
}

export function riskbookOpenPanel(): void {
  showSidebar();
}
