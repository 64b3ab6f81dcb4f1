/**
 * The Done-when of issue 15 on the bundled example, as steps a person takes between runs, for the
 * engine and for every host's scenario test: approve R-31's acceptance and the SoA (with 5.1
 * decided applicable), then change R-31's likelihood and exclude 5.1.
 */
import { serialFromIso } from '../../../core/dates';
import { cellAddress, parseCell } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';

export const REGISTER = 'Risk register';
export const SOA = 'Statement of Applicability';
/** R-31 (single AWS region): its row, and the team's Probability, Approved by and Approval date columns. */
export const R31 = { likelihood: 'G36', approvedBy: 'N36', approvalDate: 'O36' } as const;
export const APPROVED_ON = '2026-11-23';

/** One cell a person types, on a sheet, in A1. */
export interface Edit {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
  /** The value is a date (a serial number): a host that takes typing as text types it as its ISO date. */
  readonly date?: boolean;
}

function find(sheet: SheetSnapshot, text: string): { row: number; col: number } {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string' && (row[c] as string).trim() === text) return { row: r, col: c };
  }
  throw new Error(`no "${text}" on ${sheet.name}`);
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell right of a label on a sheet (the SoA's "Approved by"). */
export function besideLabel(snapshot: WorkbookSnapshot, sheet: string, label: string): string {
  const at = find(sheetOf(snapshot, sheet), label);
  return cellAddress(at.row, at.col + 1);
}

/** The cell of a control's field on the SoA, by the header over it. */
export function soaCell(snapshot: WorkbookSnapshot, control: string, header: string): string {
  const s = sheetOf(snapshot, SOA);
  const head = find(s, 'Control ID');
  const col = (s.values[head.row] ?? []).findIndex((v) => v === header);
  for (let r = head.row + 1; r < s.values.length; r++) if (cellAt(s, r, head.col) === control) return cellAddress(r, col);
  throw new Error(`no control ${control}`);
}

/** The register's column of a header Riskbook appended (the acceptance rationale). */
export function registerCell(snapshot: WorkbookSnapshot, header: string, like: string): string {
  const s = sheetOf(snapshot, REGISTER);
  const at = find(s, header);
  return cellAddress(parseCell(like)!.row, at.col);
}

/** Step 1, after a first recalculation: R-31's acceptance and the SoA approved, 5.1 decided applicable first. */
export function approveR31AndTheSoa(after: WorkbookSnapshot): Edit[] {
  const date = serialFromIso(APPROVED_ON)!;
  return [
    { sheet: REGISTER, cell: R31.approvedBy, value: 'CTO' },
    { sheet: REGISTER, cell: R31.approvalDate, value: date, date: true },
    { sheet: REGISTER, cell: registerCell(after, 'Acceptance rationale', R31.approvedBy), value: 'Multi-region quoted at £180k a year; parked until Series B' },
    { sheet: SOA, cell: soaCell(after, '5.1', 'Applicable'), value: 'Yes' },
    { sheet: SOA, cell: soaCell(after, '5.1', 'Justification'), value: 'Policies are the ISMS baseline' },
    { sheet: SOA, cell: besideLabel(after, SOA, 'Approved by'), value: 'CISO' },
    { sheet: SOA, cell: besideLabel(after, SOA, 'Approved on'), value: date, date: true },
  ];
}

/** Step 2, after the run that recorded the approvals: R-31 re-rated Likely, 5.1 excluded. */
export function changeR31AndExclude51(after: WorkbookSnapshot): Edit[] {
  return [
    { sheet: REGISTER, cell: R31.likelihood, value: 'Likely' },
    { sheet: SOA, cell: soaCell(after, '5.1', 'Applicable'), value: 'No' },
    { sheet: SOA, cell: soaCell(after, '5.1', 'Exclusion justification'), value: 'Policies moved to the group ISMS' },
  ];
}

/** What the findings must say after step 2. */
export const R31_STALE = 'Risk R-31 was approved on 2026-11-23 for likelihood Possible; now Likely: approve it again.';
export const SOA_51_CHANGED = /^The SoA changed in 2 place\(s\) since version 1\.0 was approved on 2026-11-23: 5\.1 Applicable Yes → No; 5\.1 Exclusion justification \(blank\) → Policies moved to the group ISMS\.$/;
