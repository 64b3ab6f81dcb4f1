/** Registers and treatment plans named by scenario, for the tests of the team-plan reader. */
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import type { Risk } from '../../../core/register/types';
import type { TeamPlan } from '../../../core/team-plan/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE } from '../register/fixtures';

export type Grid = readonly (readonly CellValue[])[];

export const REGISTER = 'Risk register';

/** A register of five risks with ids, titles and threats; R-004 and R-005 share a title. */
export const REGISTER_GRID: Grid = [
  ['ID', 'Risk title', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls'],
  ['R-001', 'Ransomware on file servers', 'Ransomware', 4, 5, 'IT Operations Lead', 'Mitigate', '5.17, 8.5'],
  ['R-002', 'Phishing leading to credential compromise', 'Phishing', 4, 4, 'ISO', 'Mitigate', '5.17'],
  ['R-003', 'Insider data exfiltration via personal e-mail', 'Malicious insider', 2, 4, 'HR Lead', 'Mitigate', '8.12'],
  ['R-004', 'Supplier outage', 'Logistics provider down', 3, 4, 'Procurement', 'Mitigate', '5.22'],
  ['R-005', 'Supplier outage', 'Payment provider down', 3, 3, 'CFO', 'Transfer', '5.20'],
];

export function sheetOf(name: string, values: Grid, extra: Partial<Omit<SheetSnapshot, 'name' | 'values'>> = {}): SheetSnapshot {
  return { name, values, ...extra };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** The risks of a register sheet, read as the engine reads them. */
export function risksOf(register: SheetSnapshot): Risk[] {
  const snapshot = workbookOf(register);
  const { location } = locateRegister(snapshot);
  if (!location) throw new Error(`no register on ${register.name}`);
  return readRisks(snapshot, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE).risks;
}

export const REGISTER_RISKS: readonly Risk[] = risksOf(sheetOf(REGISTER, REGISTER_GRID));

/** Skip the register, as the engine does. */
export const SKIP_REGISTER: ReadonlySet<string> = new Set([REGISTER.toLowerCase()]);

/** 2026-06-30 and 2026-12-31 as serial dates. */
export const JUNE_30 = 46203;
export const DEC_31 = 46387;

/** The rows of a plan, by row, as `risk id · control: action` lines. */
export function planLines(plan: TeamPlan | null): string[] {
  return (plan?.rows ?? []).map((r) => `${r.row}: ${r.riskId || '?'}${r.controlId ? ` · ${r.controlId}` : ''}: ${r.action}`);
}

export function codesAt(plan: TeamPlan | null): string[] {
  return (plan?.findings ?? []).map((f) => `${f.code} ${f.sheet}!${f.cell}`);
}
