/** What a person does to a generated sheet between two regenerations, on a snapshot, and reading it back. */
import { generate } from '../../../core/engine';
import type { GenerateAction } from '../../../core/engine';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { applyPlan, sheet } from '../engine/engine-fixtures';

/** One regeneration through the engine, applied as a host would apply it. */
export function run(snapshot: WorkbookSnapshot, now: string, action: GenerateAction = 'recalc'): { after: WorkbookSnapshot; result: ReturnType<typeof generate> } {
  const result = generate(snapshot, action, { now });
  return { after: applyPlan(snapshot, result.plan), result };
}

function editSheet(snapshot: WorkbookSnapshot, name: string, edit: (values: CellValue[][], formulas: (string | null)[][]) => void): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== name) return s;
      const values = s.values.map((r) => [...r]);
      const formulas = values.map((r, i) => r.map((_, j) => s.formulas?.[i]?.[j] ?? null));
      edit(values, formulas);
      return { ...s, values, formulas };
    }),
  };
}

/** Types cells (`{formula}` for a formula) at 0-based places. */
export function type(snapshot: WorkbookSnapshot, name: string, cells: readonly { row: number; col: number; value: CellValue | { formula: string } }[]): WorkbookSnapshot {
  return editSheet(snapshot, name, (values, formulas) => {
    for (const { row, col, value } of cells) {
      while (values.length <= row) values.push([]);
      while (formulas.length <= row) formulas.push([]);
      while (values[row]!.length <= col) values[row]!.push(null);
      while (formulas[row]!.length <= col) formulas[row]!.push(null);
      const isFormula = value !== null && typeof value === 'object' && 'formula' in value;
      values[row]![col] = isFormula ? null : (value as CellValue);
      formulas[row]![col] = isFormula ? value.formula : null;
    }
  });
}

/** Inserts a row above 0-based `row` holding `cells` (by column), as Insert row does. */
export function insertRow(snapshot: WorkbookSnapshot, name: string, row: number, cells: Readonly<Record<number, CellValue>>): WorkbookSnapshot {
  return editSheet(snapshot, name, (values, formulas) => {
    const width = Math.max(0, ...Object.keys(cells).map((c) => Number(c) + 1));
    const inserted: CellValue[] = Array.from({ length: width }, (_, c) => cells[c] ?? null);
    values.splice(row, 0, inserted);
    formulas.splice(row, 0, inserted.map(() => null));
  });
}

/** What a cell shows a person: its formula when it has one, else its value. */
export function shown(s: SheetSnapshot, row: number, col: number): CellValue | string {
  return s.formulas?.[row]?.[col] ?? s.values[row]?.[col] ?? null;
}

/** 0-based row of the first row below `from` whose cell in `col` is `value`. */
export function rowOf(s: SheetSnapshot, col: number, value: CellValue, from = 0): number {
  const r = s.values.findIndex((row, i) => i >= from && row[col] === value);
  if (r < 0) throw new Error(`no row with ${String(value)} in column ${col} of ${s.name}`);
  return r;
}

/** The plan of one sheet in a result. */
export function planOf(result: ReturnType<typeof generate>, name: string): SheetPlan {
  const found = result.plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no plan for ${name}`);
  return found;
}

/** The cells of one sheet, for comparing two runs. */
export function cellsOf(snapshot: WorkbookSnapshot, name: string): { values: unknown; formulas: unknown } {
  const s = sheet(snapshot, name);
  const trim = <T>(rows: readonly (readonly T[])[] | undefined): T[][] =>
    (rows ?? []).map((r) => {
      const out = [...r];
      while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
      return out;
    });
  const values = trim(s.values);
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  const formulas = trim(s.formulas);
  while (formulas.length > 0 && formulas[formulas.length - 1]!.length === 0) formulas.pop();
  return { values, formulas };
}
