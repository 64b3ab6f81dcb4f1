/** Registers for the engine tests, as a host would snapshot them, named by scenario. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { WorkbookPlan } from '../../../core/workbook/plan';

export const NOW = '2026-11-23T09:00:00Z';
export const LATER = '2026-11-24T09:00:00Z';
export const REGISTER = 'Risk register';

export const HEADER = ['Risk ID', 'Asset', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Last review', 'Team notes'];

/** 2026-10-01 as a serial date: a recent review. */
const REVIEWED = 46296;

/** Three complete risks, a title row and a notes column the team keeps. */
export function threeRiskRegister(): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['ACME – information security risk register'],
    [],
    HEADER,
    ['R-001', 'Customer database', 'Phishing of finance staff', 'CFO', 4, 5, 'Mitigate', '5.17, 8.5', 2, 4, REVIEWED, 'Seen twice in 2024'],
    ['R-002', 'Staff laptops', 'Laptop theft', 'Head of IT', '2 - Unlikely', 'Major', 'Mitigate', '8.1; A.8.24', 1, 5, REVIEWED, null],
    ['R-003', 'Office', 'Tailgating', 'Office manager', 'Rare', 'Minor', 'Accept', null, null, null, REVIEWED, '=not a formula'],
  ];
  return { sheets: [{ name: REGISTER, values: rows, merges: ['A1:L1'] }] };
}

export function applyPlan(snapshot: WorkbookSnapshot, plan: WorkbookPlan): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(plan);
  return wb.snapshot();
}

export function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row (0-based) whose cell in `col` equals `key`, below the header. */
export function rowWhere(s: SheetSnapshot, col: number, key: CellValue): number {
  const r = s.values.findIndex((row) => row[col] === key);
  if (r < 0) throw new Error(`no row with ${String(key)} in ${s.name}`);
  return r;
}

export function headerCol(s: SheetSnapshot, header: string): number {
  for (const row of s.values.slice(0, 10)) {
    const c = row.findIndex((v) => typeof v === 'string' && v.toLowerCase() === header.toLowerCase());
    if (c >= 0) return c;
  }
  throw new Error(`no header ${header} in ${s.name}`);
}

/** Writes `value` into a copy of the snapshot, as a person typing into the sheet. */
export function typeInto(snapshot: WorkbookSnapshot, sheetName: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== sheetName) return s;
      const values = s.values.map((r) => [...r]);
      while (values.length <= row) values.push([]);
      const target = values[row]!;
      while (target.length <= col) target.push(null);
      target[col] = value;
      const formulas = s.formulas?.map((r) => [...r]);
      if (formulas?.[row]) formulas[row]![col] = null;
      return { ...s, values, ...(formulas ? { formulas } : {}) };
    }),
  };
}
