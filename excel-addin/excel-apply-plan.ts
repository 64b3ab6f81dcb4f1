/**
 * Applies a WorkbookPlan to the open workbook, as plan.ts describes and core's MemoryWorkbook
 * does, in a few requests of bounded size (excel-write-batches.ts).
 *
 * A `replace` sheet (and any sheet the plan creates) is built under a temporary name and swapped
 * in by the last request: the old sheet is renamed aside, the new one takes its name, the old one
 * is deleted (names in excel-temporary-sheets.ts). A failure before that leaves the previous sheet
 * exactly as it was; the half-built one is deleted. `update` sheets change in place, cell blocks
 * first. The last request also sets names (after the swap, so they point at the new sheets),
 * validations (which name those ranges), protection, visibility and sheet order, then writes the
 * change log's entry, and reads back what it needs to verify the result.
 *
 * Names that pointed into a rebuilt sheet are pointed at the new one. A formula on another sheet
 * that refers to a rebuilt sheet directly, not through a name, turns into #REF! when the old sheet
 * is deleted, as it would in Excel by hand; Riskbook's own formulas reach the sheets it rebuilds
 * only through names.
 *
 * What Office.js cannot do here, and so is skipped: `allowEditRanges` exists only in Excel on the
 * web, so editable ranges are unlocked cells instead; page layout and autofilter need ExcelApi
 * 1.9; a sheet's hidden rows are not read (no per-row API short of one call per row).
 */
import { parseRange, quoteSheetName, rangeAddress } from '../core/workbook/a1';
import type { NamedRangeSpec, PlanCell, SheetPlan, SheetProtectionSpec, WorkbookPlan } from '../core/workbook/plan';
import { emptySheetPlan } from '../core/workbook/plan';
import { finalSheetOrder } from '../core/workbook/sheet-order';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { ExcelInput } from './excel-cell-values';
import { excelInput } from './excel-cell-values';
import { ExcelHostError, friendlyError } from './excel-errors';
import { callBytes } from './excel-limits';
import type { NameState, SheetState, WorkbookState } from './excel-read-snapshot';
import { NOTES_UNSUPPORTED, noteSteps, planHasNotes, readPlannedNotes } from './excel-notes';
import type { ExcelSupport } from './excel-requirements';
import { sheetContentSteps } from './excel-sheet-content';
import { asideSheetName, buildSheetName } from './excel-temporary-sheets';
import { validationStep } from './excel-sheet-formats';
import type { Piece, SendProgress, SingleStep, WriteStep } from './excel-write-batches';
import { packBatches, sendBatches, single } from './excel-write-batches';
import { appendAll, maxOf } from '../core/arrays';

export interface ApplyReport {
  /** Write requests sent (each one round trip); the last one also verifies. */
  readonly writeBatches: number;
  /** Round trips spent reading the notes a plan's notes go below (none without notes). */
  readonly noteReads: number;
}

/** How Riskbook protects a sheet: against slips, without a password, sorting and filtering allowed. */
const RISKBOOK_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: 'Normal',
};

/** The sheet a plan sheet ends up as, and how the host reaches it. */
interface Target {
  readonly plan: SheetPlan;
  readonly existing: SheetState | undefined;
  /** Set for a sheet built under a temporary name. */
  readonly buildName: string | undefined;
  /** The old sheet's name while it steps aside for its replacement. */
  readonly asideName: string | undefined;
  proxy: Excel.Worksheet | undefined;
  /** True once the host lifted the sheet's protection to write to it. */
  unprotected: boolean;
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, (_w, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(':');
}

export function nameReference(spec: NamedRangeSpec): string {
  return `=${quoteSheetName(spec.sheet)}!${absolute(spec.range.replace(/\$/g, ''))}`;
}

/** A name's formula reduced to what identifies the range: no `=`, quotes or `$`, upper case. */
function referenceKey(formula: string): string {
  return formula.replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '').toUpperCase();
}

/** Workbook names whose formula refers to `sheet` (outside string literals). */
function namesOnSheet(state: WorkbookState, sheet: string): NameState[] {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`.toLowerCase();
  const plain = `${sheet}!`.toLowerCase();
  return [...state.names.values()].filter((n) => {
    const code = n.formula.replace(/"(?:[^"]|"")*"/g, '""').toLowerCase();
    return code.includes(quoted) || new RegExp(`(^|[^A-Za-z0-9_.'])${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(code);
  });
}

function unlockSteps(proxy: () => Excel.Worksheet, spec: SheetProtectionSpec | undefined): SingleStep[] {
  return (spec?.editableRanges ?? []).map((range) => {
    if (!parseRange(range)) throw new Error(`Bad editable range ${range}`);
    return single(callBytes(range), () => {
      proxy().getRange(range).format.protection.locked = false;
    });
  });
}

/**
 * The protection calls for a sheet at the end. `protect()` and `unprotect()` throw when the sheet
 * is already in that state, so they follow the state read before writing (`protection.protected`,
 * loaded with the sheet list) and what the host itself did since.
 */
function protectionSteps(t: Target): SingleStep[] {
  const proxy = (): Excel.Worksheet => t.proxy!;
  const spec = t.plan.protection;
  const wasProtected = t.existing !== undefined && t.buildName === undefined && t.existing.protected;
  const isProtected = wasProtected && !t.unprotected;
  const wanted = spec ? spec.protected : wasProtected;
  const options = spec ? RISKBOOK_PROTECTION : (t.existing?.protectionOptions ?? RISKBOOK_PROTECTION);
  const steps: SingleStep[] = [];
  if (wanted) {
    const unlocks = unlockSteps(proxy, spec);
    if (isProtected && unlocks.length === 0) return [];
    if (isProtected) steps.push(single(callBytes(), () => proxy().protection.unprotect()));
    appendAll(steps, unlocks);
    steps.push(single(callBytes(options), () => proxy().protection.protect(options)));
  } else if (isProtected) {
    steps.push(single(callBytes(), () => proxy().protection.unprotect()));
  }
  return steps;
}

/**
 * Deletes a sheet, very hidden or not. Excel refuses to delete a very hidden sheet
 * (InvalidOperation: "You should first change its visibility to hidden or visible before deleting
 * it", Worksheet.delete), so such a sheet is made merely hidden first, in the same request: it is
 * never shown.
 */
function deleteSheet(sheet: Excel.Worksheet, veryHidden: boolean): void {
  if (veryHidden) sheet.visibility = 'Hidden';
  sheet.delete();
}

/** How a sheet that should be hidden is hidden: very hidden where the sheet it replaces was. */
function hiddenAs(t: Target): 'Hidden' | 'VeryHidden' {
  return t.existing?.veryHidden ? 'VeryHidden' : 'Hidden';
}

function hasContent(sp: SheetPlan): boolean {
  return (
    sp.writes.length > 0 ||
    (sp.fills?.length ?? 0) > 0 ||
    sp.formats.length > 0 ||
    (sp.formatsLike?.length ?? 0) > 0 ||
    sp.validations.length > 0 ||
    sp.conditionalFormats.length > 0 ||
    (sp.merges?.length ?? 0) > 0 ||
    (sp.columnWidths?.length ?? 0) > 0 ||
    (sp.rowHeights?.length ?? 0) > 0 ||
    sp.frozenRows !== undefined ||
    sp.frozenColumns !== undefined ||
    sp.autoFilter !== undefined ||
    sp.printArea !== undefined ||
    sp.pageSetup !== undefined ||
    sp.tabColor !== undefined ||
    (sp.notes?.length ?? 0) > 0
  );
}

interface Verification {
  readonly sheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
}

/** Checks the workbook the last request read back against what the plan asked for. */
function verify(v: Verification, plan: WorkbookPlan, order: readonly string[], targets: readonly Target[]): void {
  // A new change log takes its name after this was read (its swap is the run's last write).
  const nameNow = (t: Target): string => (isChangeLog(t) && t.buildName !== undefined ? t.buildName : t.plan.name);
  const planned = new Map(targets.map((t) => [nameNow(t).toLowerCase(), t.plan.name]));
  const actual = v.sheets.items.map((s) => planned.get(s.name.toLowerCase()) ?? s.name);
  const problems: string[] = [];
  if (actual.map((n) => n.toLowerCase()).join('\n') !== order.map((n) => n.toLowerCase()).join('\n')) {
    problems.push(`the sheets are ${actual.join(', ')}`);
  }
  for (const t of targets) {
    if (t.plan.hidden === undefined) continue;
    const sheet = v.sheets.items.find((s) => s.name.toLowerCase() === nameNow(t).toLowerCase());
    if (sheet && (sheet.visibility !== 'Visible') !== t.plan.hidden) problems.push(`"${t.plan.name}" is ${sheet.visibility.toLowerCase()}`);
  }
  const names = new Map(v.names.items.map((n) => [n.name.toLowerCase(), n.formula]));
  for (const n of plan.names) {
    const formula = names.get(n.name.toLowerCase());
    if (typeof formula !== 'string' || referenceKey(formula) !== referenceKey(nameReference(n))) problems.push(`the name ${n.name} is ${String(formula ?? 'missing')}`);
  }
  if (problems.length > 0) throw new ExcelHostError(`Excel did not keep every change Riskbook made: ${problems.slice(0, 3).join('; ')}. Run it again.`);
}

function isChangeLog(t: Target): boolean {
  return t.plan.role === 'changeLog';
}

/** A rows step as one step, for the few small writes that must travel in the last request. */
function wholeStep(step: WriteStep): SingleStep {
  if (step.kind === 'single') return step;
  const rows = step.rowBytes.length;
  return single(
    step.pieceBytes + step.rowBytes.reduce((n, b) => n + b, 0),
    () => step.runRows(0, rows),
  );
}

/**
 * The swap of a rebuilt sheet: the old one steps aside, the new one takes its name. `inPlace`
 * puts the new one where the old one was; a swap made after the sheet order is set (the change
 * log's) keeps the place the order gave it.
 */
function swapStep(context: Excel.RequestContext, state: WorkbookState, t: Target, inPlace: boolean): SingleStep {
  const old = t.existing;
  const aside = t.asideName;
  const linked = old ? namesOnSheet(state, old.name) : [];
  return single(callBytes(t.plan.name, linked), () => {
    // A sheet that is new and hidden is hidden before it takes its name, never shown under it.
    if (!old && t.plan.hidden === true) t.proxy!.visibility = 'Hidden';
    if (old && aside !== undefined) old.proxy.name = aside;
    t.proxy!.name = t.plan.name;
    if (!old) return;
    // Every swap replaces one sheet in place, so the old sheets' positions hold throughout.
    if (inPlace) t.proxy!.position = old.position;
    // Names followed the old sheet aside; their own text points them at the new one again.
    for (const n of linked) context.workbook.names.getItem(n.name).formula = n.formula;
    // The old sheet is deleted only after names, rules and protection are in, so a failure
    // before then can still put it back (cleanUp).
    // A rebuilt sheet keeps the old one's visibility (very hidden included) unless the plan says otherwise.
    if (old.hidden && t.plan.hidden === undefined) t.proxy!.visibility = hiddenAs(t);
  });
}

/**
 * The change log is appended in place, and its entry goes in last; should anything after it fail
 * (the rest of the last request, the read-back), the entry and the refreshed stamp over it go back
 * to what was read.
 */
function restoreChangeLog(t: Target, previous: WorkbookSnapshot | undefined): void {
  if (!previous || t.buildName !== undefined || !isChangeLog(t)) return;
  const old = previous.sheets.find((s) => s.name.toLowerCase() === t.plan.name.toLowerCase());
  if (!old) return;
  for (const w of t.plan.writes) {
    const at = parseRange(w.at);
    if (!at) continue;
    const cols = Math.max(0, maxOf(w.cells.map((r) => r.length)));
    if (cols === 0 || w.cells.length === 0) continue;
    const grid = w.cells.map((_row, r) =>
      Array.from({ length: cols }, (_c, c): ExcelInput => {
        const f = old.formulas?.[at.row + r]?.[at.col + c];
        const v = old.values[at.row + r]?.[at.col + c] ?? null;
        const cell: PlanCell = f ? { formula: f } : v === null ? '' : typeof v === 'object' ? null : v;
        return excelInput(cell) ?? '';
      }),
    );
    t.proxy!.getRange(rangeAddress(at.row, at.col, grid.length, cols)).values = grid;
  }
}

/**
 * After a failed write: deletes half-built sheets and puts back any old sheet that had stepped
 * aside, so every sheet whose swap had not completed shows its previous content. Best effort: a
 * failure here leaves the original error to report.
 */
async function cleanUp(context: Excel.RequestContext, state: WorkbookState, targets: readonly Target[], previous: WorkbookSnapshot | undefined): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const remove = (name: string): void => {
    const sheet = byName.get(name.toLowerCase());
    if (sheet) deleteSheet(sheet, sheet.visibility === 'VeryHidden');
  };
  for (const t of targets) {
    const aside = t.asideName !== undefined ? byName.get(t.asideName.toLowerCase()) : undefined;
    if (aside) {
      // The swap stopped half-way: the old sheet comes back, the new one (under either name) goes.
      remove(t.plan.name);
      aside.name = t.plan.name;
      // Made merely hidden to be deleted, it is very hidden again.
      if (t.existing?.veryHidden) aside.visibility = 'VeryHidden';
      for (const n of namesOnSheet(state, t.plan.name)) context.workbook.names.getItem(n.name).formula = n.formula;
    }
    if (t.buildName !== undefined) remove(t.buildName);
    // A sheet this run added where there was none goes again: the workbook stays as it was.
    if (!t.existing && t.buildName !== undefined) remove(t.plan.name);
  }
  for (const t of targets) restoreChangeLog(t, previous);
  // The last request may have reordered the sheets before it failed: the previous order returns.
  state.sheets.forEach((s, position) => {
    sheets.getItem(s.name).position = position;
  });
  await context.sync();
}

/** `previous` is the snapshot the plan was made from; with it a failed run also takes back its change-log entry. */
export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState, support: ExcelSupport, previous?: WorkbookSnapshot): Promise<ApplyReport> {
  const leftovers = state.leftovers ?? [];
  const taken = new Set([...state.sheets, ...leftovers].map((s) => s.name.toLowerCase()));
  for (const sp of plan.sheets) taken.add(sp.name.toLowerCase());
  const byName = new Map(state.sheets.map((s) => [s.name.toLowerCase(), s]));
  const targets: Target[] = plan.sheets.map((sp) => {
    const existing = byName.get(sp.name.toLowerCase());
    const rebuilt = !existing || sp.mode === 'replace';
    return {
      plan: sp,
      existing,
      buildName: rebuilt ? buildSheetName(taken) : undefined,
      asideName: rebuilt && existing ? asideSheetName(sp.role, sp.name, taken) : undefined,
      proxy: rebuilt ? undefined : existing!.proxy,
      unprotected: false,
    };
  });
  if (state.structureProtected && targets.some((t) => t.buildName !== undefined)) {
    throw new ExcelHostError('The workbook structure is protected, so Riskbook cannot add or replace sheets. Unprotect it (Review › Protect Workbook) and try again.');
  }
  if (planHasNotes(plan) && !support.api118) throw new ExcelHostError(NOTES_UNSUPPORTED);
  // The notes already on the cells of sheets changed in place, read before anything is written.
  // Notes are ExcelApi 1.18; below it the plan has none (above), and nothing is read.
  let notesRead: Awaited<ReturnType<typeof readPlannedNotes>> = { notes: new Map(), syncs: 0 };
  try {
    if (support.api118) notesRead = await readPlannedNotes(
      context,
      targets
        .filter((t) => t.buildName === undefined && (t.plan.notes?.length ?? 0) > 0)
        .map((t) => ({ key: t.plan.name.toLowerCase(), proxy: t.existing!.proxy, notes: t.plan.notes! })),
    );
  } catch (err) {
    throw friendlyError(err, 'reading the workbook', 'Nothing was changed.');
  }

  const content: WriteStep[] = [];
  // The change log's new entry goes in last of all, after every other change of the run is in:
  // a run that fails anywhere, even where no clean-up can follow (the connection is gone), never
  // leaves an entry for changes it did not make. Written in place, the log gets its layout and
  // then its entry; built new, its swap and the old one's deletion come last.
  const logLayout: SingleStep[] = [];
  const logEntry: SingleStep[] = [];
  const logSwap: SingleStep[] = [];
  // What an earlier failed run could not clean up goes first: its temporary sheets go, and a sheet
  // it left aside without a replacement takes its name back (it was read under that name).
  const misnamed = state.sheets.filter((s) => s.asideName !== undefined);
  if (leftovers.length > 0 || misnamed.length > 0) {
    content.push(
      single(callBytes(), () => {
        for (const ws of leftovers) deleteSheet(ws, ws.visibility === 'VeryHidden');
        for (const s of misnamed) s.proxy.name = s.name;
      }),
    );
  }
  const worksheets = context.workbook.worksheets;
  for (const t of targets) {
    const proxy = (): Excel.Worksheet => t.proxy!;
    if (t.buildName !== undefined) {
      const buildName = t.buildName;
      content.push(
        single(callBytes(buildName), () => {
          t.proxy = worksheets.add(buildName);
        }),
      );
    } else if (t.existing?.protected && hasContent(t.plan)) {
      // The API cannot write to locked cells of a protected sheet: lift it, re-protect at the end.
      t.unprotected = true;
      content.push(single(callBytes(), () => proxy().protection.unprotect()));
    }
    const target = {
      sheet: proxy,
      fresh: t.buildName !== undefined,
      frozenRows: t.existing?.frozenRows ?? 0,
      frozenColumns: t.existing?.frozenColumns ?? 0,
      existingRules: t.existing?.customRules ?? [],
    };
    if (isChangeLog(t) && t.buildName === undefined) {
      // Its layout in the last request, then, as the run's very last writes, its cells (the entry).
      appendAll(logLayout, sheetContentSteps(target, { ...t.plan, writes: [] }, support).map(wholeStep));
      appendAll(logEntry, sheetContentSteps(target, { ...emptySheetPlan(t.plan.name, t.plan.mode), writes: t.plan.writes }, support).map(wholeStep));
    } else {
      appendAll(content, sheetContentSteps(target, t.plan, support));
    }
    if (support.api118 && t.plan.notes?.length) appendAll(content, noteSteps(proxy, t.plan.notes, notesRead.notes.get(t.plan.name.toLowerCase())));
  }

  const order = finalSheetOrder(state.sheets.map((s) => s.name), plan);
  const final: SingleStep[] = [];
  for (const t of targets) {
    if (t.buildName === undefined) continue;
    if (isChangeLog(t)) logSwap.push(swapStep(context, state, t, false));
    else final.push(swapStep(context, state, t, true));
  }
  for (const t of targets) {
    const hidden = t.plan.hidden;
    if (hidden === undefined) continue;
    final.push(
      single(callBytes(), () => {
        t.proxy!.visibility = hidden ? hiddenAs(t) : 'Visible';
      }),
    );
  }
  for (const n of plan.names) {
    const existing = state.names.get(n.name.toLowerCase());
    const reference = nameReference(n);
    final.push(
      single(callBytes(n.name, reference), () => {
        if (existing !== undefined) context.workbook.names.getItem(existing.name).formula = reference;
        else context.workbook.names.add(n.name, reference);
      }),
    );
  }
  for (const t of targets) {
    for (const v of t.plan.validations) final.push(validationStep(() => t.proxy!, v));
  }
  // A change log's own protection (a person's) goes back on after its entry.
  for (const t of targets) appendAll((isChangeLog(t) ? logEntry : final), protectionSteps(t));
  const proxies = new Map<string, () => Excel.Worksheet>();
  for (const s of state.sheets) proxies.set(s.name.toLowerCase(), () => s.proxy);
  for (const t of targets) proxies.set(t.plan.name.toLowerCase(), () => t.proxy!);
  order.forEach((name, position) => {
    const proxy = proxies.get(name.toLowerCase());
    if (!proxy) return;
    final.push(
      single(callBytes(position), () => {
        proxy().position = position;
      }),
    );
  });
  // Last, the old sheets go: until then a failure can still put every one back (cleanUp). Setting
  // the positions above in order left them after the final sheets, so deleting them moves nothing.
  for (const t of targets) {
    if (t.buildName === undefined || t.existing === undefined) continue;
    const old = t.existing;
    const remove = single(callBytes(), () => deleteSheet(old.proxy, old.veryHidden));
    if (isChangeLog(t)) logSwap.push(remove);
    else final.push(remove);
  }
  let verification: Verification | undefined;
  const readBack = single(callBytes(), () => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    verification = { sheets, names };
  });
  // The read-back checks sheets and names, which the change log's entry does not touch.
  appendAll(final, [...logLayout, readBack, ...logSwap, ...logEntry]);
  // The swap and everything that names the new sheets travel together, in the last request.
  const finalStep = single(
    final.reduce((n, s) => n + s.bytes, 0),
    () => {
      for (const s of final) s.run();
    },
  );
  const batches: Piece[][] = packBatches([...content, finalStep]);

  const progress: SendProgress = { sent: 0 };
  try {
    await sendBatches(context, batches, support, progress);
  } catch (err) {
    try {
      await cleanUp(context, state, targets, previous);
    } catch {
      // The original failure is the one worth reporting.
    }
    const partly = progress.sent > 0 ? ' Some cells of the register may already show new formulas.' : '';
    throw friendlyError(err, 'writing to the workbook', `Sheets it was rebuilding keep their previous content.${partly} Run it again.`);
  }
  verify(verification!, plan, order, targets);
  return { writeBatches: progress.sent, noteReads: notesRead.syncs };
}
