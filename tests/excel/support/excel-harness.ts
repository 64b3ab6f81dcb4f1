/**
 * Running the Excel host against the fake Excel: install the fake Office on globalThis around a
 * workbook, run a panel request (or apply a plan) with a fixed clock, and hand back what it cost.
 */
import type { ActionOutcome, PanelRequest } from '../../../core/actions';
import { splitSheetReference } from '../../../core/workbook/a1';
import type { WorkbookPlan } from '../../../core/workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import type { ApplyReport } from '../../../excel-addin/excel-apply-plan';
import { applyPlan } from '../../../excel-addin/excel-apply-plan';
import type { ReadResult } from '../../../excel-addin/excel-read-snapshot';
import { readWorkbook } from '../../../excel-addin/excel-read-snapshot';
import { excelSupport } from '../../../excel-addin/excel-requirements';
import type { RunReport } from '../../../excel-addin/excel-run-request';
import { runRequest } from '../../../excel-addin/excel-run-request';
import type { FakeOffice, FakeOfficeOptions, RunRecord } from '../../support/fake-excel';
import { FakeWorkbook, createFakeWorkbook, installFakeOffice } from '../../support/fake-excel';
import { GENERATED_NOW } from '../../support/register-generator';
import type { Finding } from '../../../core/findings/finding';
import type { Edit } from '../../core/trail/example-approvals';

export const NOW = GENERATED_NOW;

/** What a person types, through Office.js as Excel takes typing: dates as serial numbers. Inside `withFakeExcel`. */
export async function typeInExcel(edits: readonly Edit[]): Promise<void> {
  await Excel.run(async (context) => {
    for (const e of edits) context.workbook.worksheets.getItem(e.sheet).getRange(e.cell).values = [[e.value as string | number]];
    await context.sync();
  });
}

/** The findings the host hands the panel after a run. */
export function findingsOf(outcome: ActionOutcome): readonly Pick<Finding, 'code' | 'sheet' | 'cell' | 'message' | 'cells'>[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.status.findings;
}

/** Installs the fake Office over a workbook (or a snapshot of one) for the duration of `body`. */
export async function withFakeExcel<T>(workbook: FakeWorkbook | WorkbookSnapshot, body: (office: FakeOffice) => Promise<T>, options: FakeOfficeOptions = {}): Promise<T> {
  const wb = workbook instanceof FakeWorkbook ? workbook : createFakeWorkbook(workbook);
  const office = installFakeOffice(globalThis, wb, options);
  try {
    return await body(office);
  } finally {
    office.uninstall();
  }
}

export interface HostRun {
  readonly outcome: ActionOutcome;
  readonly report: RunReport;
  readonly run: RunRecord;
}

/** One request through the host's public entry point, with the report the host gives. */
export async function runHost(office: FakeOffice, request: PanelRequest): Promise<HostRun> {
  let report: RunReport | undefined;
  const outcome = await runRequest(request, {
    now: NOW,
    onReport: (r) => {
      report = r;
    },
  });
  if (!report) throw new Error('The host gave no report');
  return { outcome, report, run: office.lastRun };
}

/** The host's read of the workbook, in one Excel.run. */
export async function readWithHost(office: FakeOffice): Promise<ReadResult & { readonly run: RunRecord }> {
  const result = await Excel.run((context) => readWorkbook(context, excelSupport()));
  return { ...result, run: office.lastRun };
}

/** Reads the workbook and applies `plan` with the host, in one Excel.run. */
export async function applyWithHost(office: FakeOffice, plan: WorkbookPlan): Promise<ApplyReport & { readonly run: RunRecord }> {
  const report = await Excel.run(async (context) => {
    const support = excelSupport();
    const { state } = await readWorkbook(context, support);
    return applyPlan(context, plan, state, support);
  });
  return { ...report, run: office.lastRun };
}

function trimRow<T>(row: readonly T[], empty: (v: T) => boolean): T[] {
  let end = row.length;
  while (end > 0 && empty(row[end - 1]!)) end--;
  return row.slice(0, end);
}

function emptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/** A sheet without trailing empty cells and rows, so snapshots from different hosts compare. */
export function normaliseSheet(sheet: SheetSnapshot): { name: string; values: CellValue[][]; formulas: (string | null)[][]; hidden: boolean } {
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(trimRow((sheet.values[r] ?? []).map((v) => (emptyValue(v) ? null : v)), emptyValue));
    formulas.push(trimRow(sheet.formulas?.[r] ?? [], (f) => f === null));
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0 && (formulas[formulas.length - 1]?.length ?? 0) === 0) {
    values.pop();
    formulas.pop();
  }
  formulas.length = values.length;
  for (let r = 0; r < formulas.length; r++) formulas[r] ??= [];
  return { name: sheet.name, values, formulas, hidden: sheet.hidden ?? false };
}

/** `'Sheet'!$A$1:$B$2` whether or not the sheet was quoted. */
function quotedReference(reference: string): string {
  const split = splitSheetReference(reference);
  if (!split) return reference;
  const absolute = split.range.replace(/([A-Za-z]+)(\d+)/g, '$$$1$$$2');
  return `'${split.sheet.replace(/'/g, "''")}'!${absolute}`;
}

export function normaliseWorkbook(snapshot: WorkbookSnapshot): { sheets: ReturnType<typeof normaliseSheet>[]; names: { name: string; reference: string }[] } {
  return {
    sheets: snapshot.sheets.map(normaliseSheet),
    names: [...(snapshot.names ?? [])].map((n) => ({ name: n.name, reference: quotedReference(n.reference) })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Syncs that carried changes to the workbook. */
export function writeSyncs(run: RunRecord): RunRecord['syncs'] {
  return run.syncs.filter((s) => s.writes > 0);
}
