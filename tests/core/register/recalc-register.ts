/**
 * The register half of "Recalculate" as the engine runs it, on a method the test chooses: locate
 * the register (through the settings sheet when there is one), read the risks, plan the register
 * sheet and the settings sheet, and apply both to an in-memory workbook.
 */
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import type { Finding } from '../../../core/findings/finding';
import { computeMatrix } from '../../../core/methodology/scoring';
import type { Methodology } from '../../../core/methodology/types';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import { registerSheetPlan } from '../../../core/register/register-sheet-plan';
import { readSettings, settingsSheetPlan } from '../../../core/register/settings-sheet';
import type { RegisterLocation } from '../../../core/register/types';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { IMPACT_5, LIKELIHOOD_5 } from './fixtures';

/** Likelihood + impact on 5 x 5 scales: scores 2 to 10. */
export const L_PLUS_I: Methodology = {
  version: '1.0',
  likelihood: LIKELIHOOD_5,
  impact: IMPACT_5,
  impactDimensions: [],
  impactRule: 'max',
  scoring: 'add',
  matrix: computeMatrix('add', LIKELIHOOD_5, IMPACT_5),
  bands: [
    { name: 'Low', min: 2, max: 4, colour: '#C6EFCE', decision: 'acceptable' },
    { name: 'Medium', min: 5, max: 7, colour: '#FFEB9C', decision: 'tolerable' },
    { name: 'High', min: 8, max: 10, colour: '#FFC7CE', decision: 'unacceptable' },
  ],
  reviewIntervalDays: 365,
};

export interface Recalculated {
  /** Where the register was found before the run. */
  readonly located: RegisterLocation;
  /** The location after the run, as the settings sheet records it. */
  readonly location: RegisterLocation;
  readonly plan: ReturnType<typeof registerSheetPlan>['plan'];
  readonly findings: Finding[];
  readonly after: WorkbookSnapshot;
}

export function recalc(before: WorkbookSnapshot, m: Methodology): Recalculated {
  const located = locateRegister(before, { saved: readSettings(before) });
  const location = located.location;
  if (!location) throw new Error('fixture has no register');
  const { risks } = readRisks(before, location, m, ANNEX_A_CATALOGUE);
  const result = registerSheetPlan(findSheet(before, location.sheet)!, location, risks, m);
  const settings = settingsSheetPlan(result.location, result.headers, findSheet(before, SHEETS.settings));
  const wb = MemoryWorkbook.fromSnapshot(before);
  wb.apply({ sheets: [result.plan, settings], names: [] });
  return { located: location, location: result.location, plan: result.plan, findings: [...located.findings, ...result.findings], after: wb.snapshot() };
}

export function col(letter: string): number {
  return letter.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Value and formula of a cell by its A1 address. */
export function at(s: SheetSnapshot, a1: string): { value: CellValue; formula: string | null } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const c = col(m[1]!);
  const row = Number(m[2]) - 1;
  return { value: s.values[row]?.[c] ?? null, formula: s.formulas?.[row]?.[c] ?? null };
}

/** Every value and formula of a column, from the header down. */
export function column(s: SheetSnapshot, letter: string, fromRow = 0): { value: CellValue; formula: string | null }[] {
  const c = col(letter);
  const rows = Math.max(s.values.length, s.formulas?.length ?? 0);
  return Array.from({ length: rows - fromRow }, (_, i) => ({ value: s.values[fromRow + i]?.[c] ?? null, formula: s.formulas?.[fromRow + i]?.[c] ?? null }));
}

/** Ranges of a plan's formats, conditional formats and validations. */
export function styledRanges(plan: Recalculated['plan']): string[] {
  return [...plan.formats.map((f) => f.range), ...plan.conditionalFormats.map((f) => f.range), ...plan.validations.map((v) => v.range)];
}
