/**
 * Workbooks whose Methodology sheet is the team's: written by Riskbook once, then edited by the
 * team in its own words, or typed by hand. Named by scenario.
 */
import { check, generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { presetMethodology } from '../../../core/methodology/presets';
import { parseCell } from '../../../core/workbook/a1';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { parseStampLine } from '../../../core/workbook/stamp';
import { NOW, applyPlan, threeRiskRegister } from '../engine/engine-fixtures';
import { rowWhere, rowsOf, workbookWith } from './methodology-fixtures';

export { NOW };

/** The 5 x 5 Riskbook wrote for ACME a while ago (stamped), as rows the team edits. */
export function acmeMethodologyRows(): CellValue[][] {
  return rowsOf(workbookWith(presetMethodology('5x5')));
}

/** ACME's three-risk register with `rows` as its Methodology sheet. */
export function acmeWorkbook(rows: readonly (readonly CellValue[])[], formulas?: (string | null)[][]): WorkbookSnapshot {
  const register = threeRiskRegister();
  const methodology: SheetSnapshot = { name: SHEETS.methodology, values: rows, ...(formulas ? { formulas } : {}) };
  return { sheets: [...register.sheets, methodology] };
}

/** Sets one cell of the rows, growing them as needed. */
export function typed(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
}

export { rowWhere };

export function methodologyOf(snapshot: WorkbookSnapshot): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name.toLowerCase() === SHEETS.methodology.toLowerCase());
  if (!s) throw new Error('no Methodology sheet');
  return s;
}

/** Every non-empty cell of a sheet as `A1 = value | formula`, stamp lines left out (they are Riskbook's). */
export function typedCells(sheet: SheetSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = sheet.values[r]?.[c] ?? null;
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      if ((value === null || value === '') && (formula === null || formula === '')) continue;
      if (typeof value === 'string' && parseStampLine(value)) continue;
      out.set(`${String.fromCharCode(65 + c)}${r + 1}`, JSON.stringify({ value, formula }));
    }
  }
  return out;
}

/** The cells `after` holds that differ from what `before` held there (cells `before` had only). */
export function changedCells(before: SheetSnapshot, after: SheetSnapshot): string[] {
  const was = typedCells(before);
  const now = typedCells(after);
  return [...was].filter(([cell, v]) => now.get(cell) !== v).map(([cell, v]) => `${cell}: ${v} -> ${now.get(cell) ?? 'blank'}`);
}

/**
 * Whether the method was approved is another matter than what it says (methodology-governance.test.ts):
 * these fixtures are about what the sheet holds.
 */
const ABOUT_ITS_APPROVAL: ReadonlySet<string> = new Set(['methodology-unapproved', 'methodology-changed-since-approval', 'approval-stale']);

/** Methodology findings about what it holds, as `code@cell`, in the engine's order. */
export function methodologyFindings(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.sheet === SHEETS.methodology && !ABOUT_ITS_APPROVAL.has(f.code)).map((f) => `${f.code}@${f.cell}`);
}

/** Methodology findings as the Checks sheet lists them (its Cell column links to the cell). */
export function checksSheetFindings(snapshot: WorkbookSnapshot): string[] {
  const checks = snapshot.sheets.find((s) => s.name === SHEETS.checks);
  if (!checks) return [];
  const out: string[] = [];
  checks.values.forEach((row, r) => {
    if (row[2] !== SHEETS.methodology || typeof row[1] !== 'string' || ABOUT_ITS_APPROVAL.has(row[1])) return;
    const link = checks.formulas?.[r]?.[3] ?? '';
    const cell = /"([A-Z]+\d+)"\)$/.exec(link)?.[1] ?? String(row[3]);
    out.push(`${row[1]}@${cell}`);
  });
  return out;
}

export function recalc(snapshot: WorkbookSnapshot): { result: ReturnType<typeof generate>; after: WorkbookSnapshot } {
  const result = generate(snapshot, 'recalc', { now: NOW });
  return { result, after: applyPlan(snapshot, result.plan) };
}

export function checkFindings(snapshot: WorkbookSnapshot): string[] {
  return methodologyFindings(check(snapshot, { now: NOW }).findings);
}

/** A1 address of (row, col), 0-based. */
export function at(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

/** The cells a named range covers on the Methodology sheet, as values. */
export function namedValues(snapshot: WorkbookSnapshot, name: string): CellValue[][] {
  const ref = snapshot.names?.find((n) => n.name === name)?.reference;
  if (!ref) throw new Error(`no name ${name}`);
  const m = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  const tl = parseCell(`${m[1]}${m[2]}`)!;
  const br = m[3] ? parseCell(`${m[3]}${m[4]}`)! : tl;
  const sheet = methodologyOf(snapshot);
  return Array.from({ length: br.row - tl.row + 1 }, (_, i) => Array.from({ length: br.col - tl.col + 1 }, (_, j) => sheet.values[tl.row + i]?.[tl.col + j] ?? null));
}

/** The A1 range a named range covers, without sheet and `$`. */
export function namedRange(snapshot: WorkbookSnapshot, name: string): string {
  const ref = snapshot.names?.find((n) => n.name === name)?.reference;
  if (!ref) throw new Error(`no name ${name}`);
  return ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');
}
