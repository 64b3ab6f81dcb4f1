/**
 * The promise every host keeps on hostile input: every cell a person filled (a value or a
 * formula) on a sheet that is not Riskbook's own is the same afterwards, except in the register
 * columns Riskbook owns (its derived score and level columns, found through the mapping).
 */
import { fillWrite } from '../../core/workbook/formula-fills';
import { inspect } from '../../core/engine';
import { DERIVED_FIELDS } from '../../core/register/fields';
import { SHEETS } from '../../core/workbook/names';
import type { PlanCell, WorkbookPlan } from '../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { isCellError } from '../../core/workbook/snapshot';
import { cellAddress, parseRange } from '../../core/workbook/a1';
import { parseStampLine } from '../../core/workbook/stamp';

const OWN = new Set(Object.values(SHEETS).map((s) => s.toLowerCase()));

export function isRiskbookSheet(name: string): boolean {
  return OWN.has(name.toLowerCase());
}

/** 0-based columns of the register that Riskbook owns, by sheet name (lower case). */
export function ownedColumns(snapshot: WorkbookSnapshot, now: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const analysis = inspect(snapshot, { now });
  const location = analysis.location;
  if (!location) return out;
  const cols = new Set<number>();
  for (const f of DERIVED_FIELDS) {
    const c = location.mapping[f];
    if (c !== undefined) cols.add(c);
  }
  out.set(location.sheet.toLowerCase(), cols);
  return out;
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  if (typeof x === 'number' && typeof y === 'number') return Object.is(x, y) || x === y || (Number.isNaN(x) && Number.isNaN(y));
  return x === y;
}

export interface CellChange {
  readonly sheet: string;
  readonly cell: string;
  readonly before: { value: CellValue; formula: string | null };
  readonly after: { value: CellValue; formula: string | null } | 'sheet missing';
}

export interface CompareOptions {
  /** Compare values of formula cells too (off by default: hosts that do not calculate keep stale results). */
  readonly formulaValues?: boolean;
  /** How a host stores a value that is the same to a person (e.g. NaN or Infinity it cannot hold). */
  readonly normalise?: (value: CellValue) => CellValue;
  /**
   * The team's own sheets under names Riskbook uses (issue 10): compared like any sheet of theirs,
   * not skipped for their name; a stamp line on one (the Methodology's) is Riskbook's and may change.
   */
  readonly teamSheets?: readonly string[];
}

/** Every non-empty user cell of `before` that is different in `after`; empty when the promise holds. */
export function changedUserCells(before: WorkbookSnapshot, after: WorkbookSnapshot, owned: Map<string, Set<number>>, options: CompareOptions = {}): CellChange[] {
  const norm = options.normalise ?? ((v: CellValue) => v);
  const team = new Set((options.teamSheets ?? []).map((n) => n.toLowerCase()));
  const changes: CellChange[] = [];
  for (const sheet of before.sheets) {
    const teams = team.has(sheet.name.toLowerCase());
    if (isRiskbookSheet(sheet.name) && !teams) continue;
    const later = after.sheets.find((s) => s.name === sheet.name);
    const skip = owned.get(sheet.name.toLowerCase()) ?? new Set<number>();
    const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const vrow = sheet.values[r] ?? [];
      const frow = sheet.formulas?.[r] ?? [];
      const cols = Math.max(vrow.length, frow.length);
      for (let c = 0; c < cols; c++) {
        const value = vrow[c] ?? null;
        const formula = frow[c] ?? null;
        const filled = (value !== null && value !== '') || (formula !== null && formula !== '');
        // Riskbook may rewrite its own formulas in the columns it owns; a typed value there stays.
        if (!filled || (skip.has(c) && formula !== null && formula !== '')) continue;
        if (teams && typeof value === 'string' && parseStampLine(value) !== null) continue;
        const beforeCell = { value, formula };
        if (!later) {
          changes.push({ sheet: sheet.name, cell: cellAddress(r, c), before: beforeCell, after: 'sheet missing' });
          continue;
        }
        const afterCell = { value: later.values[r]?.[c] ?? null, formula: later.formulas?.[r]?.[c] ?? null };
        const formulaSame = (formula ?? null) === (afterCell.formula ?? null) || (!formula && !afterCell.formula);
        const valueSame = formula && !options.formulaValues ? true : same(norm(value), norm(afterCell.value));
        if (!formulaSame || !valueSame) changes.push({ sheet: sheet.name, cell: cellAddress(r, c), before: beforeCell, after: afterCell });
      }
    }
  }
  return changes;
}

/** Team sheets (issue 10) that are missing or hidden afterwards although they were visible. */
export function hiddenTeamSheets(before: WorkbookSnapshot, after: WorkbookSnapshot, teamSheets: readonly string[]): string[] {
  const problems: string[] = [];
  for (const name of teamSheets) {
    const was = before.sheets.find((s) => s.name === name);
    const is = after.sheets.find((s) => s.name === name);
    if (!was) continue;
    if (!is) problems.push(`${name}: gone`);
    else if ((was.hidden ?? false) !== (is.hidden ?? false)) problems.push(`${name}: ${is.hidden ? 'hidden' : 'shown'}`);
  }
  return problems;
}

/** Cells of the team's own register columns (from the header row down) that changed, blanks included. */
export function writtenIntoTeamColumns(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  team: { readonly sheet: string; readonly headerRow: number; readonly columns: readonly number[] },
): string[] {
  const was = before.sheets.find((s) => s.name === team.sheet);
  const is = after.sheets.find((s) => s.name === team.sheet);
  if (!was || !is) return was ? [`${team.sheet}: gone`] : [];
  const problems: string[] = [];
  const rows = Math.max(was.values.length, is.values.length, was.formulas?.length ?? 0, is.formulas?.length ?? 0);
  for (let r = team.headerRow; r < rows; r++) {
    for (const c of team.columns) {
      const f0 = was.formulas?.[r]?.[c] || null;
      const f1 = is.formulas?.[r]?.[c] || null;
      const v0 = was.values[r]?.[c] ?? null;
      const v1 = is.values[r]?.[c] ?? null;
      if (f0 !== f1 || (!f0 && !same(v0 === '' ? null : v0, v1 === '' ? null : v1))) {
        problems.push(`${team.sheet}!${cellAddress(r, c)}: ${JSON.stringify(f0 ?? v0)} → ${JSON.stringify(f1 ?? v1)}`);
      }
    }
  }
  return problems;
}

/** Plan cells that are strings looking like formulas but were put where a formula should go, and vice versa. */
export function formulaCellsOf(snapshot: WorkbookSnapshot): { sheet: string; cell: string; formula: string }[] {
  const out: { sheet: string; cell: string; formula: string }[] = [];
  for (const s of snapshot.sheets) {
    (s.formulas ?? []).forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) out.push({ sheet: s.name, cell: cellAddress(r, c), formula: f });
      }),
    );
  }
  return out;
}

/** Formula texts the plan asked for, so a host's formulas can be checked against them. */
export function planFormulas(plan: WorkbookPlan | null): Set<string> {
  const out = new Set<string>();
  if (!plan) return out;
  const visit = (cells: readonly (readonly unknown[])[]): void => {
    for (const row of cells) for (const c of row) if (c && typeof c === 'object' && 'formula' in c) out.add((c as { formula: string }).formula);
  };
  for (const s of plan.sheets) {
    const sheet = s as unknown as { writes?: { cells: unknown[][] }[]; cells?: unknown[][] };
    for (const w of sheet.writes ?? []) visit(w.cells);
    if (sheet.cells) visit(sheet.cells);
    // A fill asks for its formula in every cell it covers, moved to that cell.
    for (const f of s.fills ?? []) visit(fillWrite(f).cells);
  }
  return out;
}

/** Every sheet name a formula refers to (quoted or bare) must be a sheet of the workbook, quoted when it needs to be. */
export function badSheetReferences(formula: string, sheetNames: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(sheetNames.map((n) => n.toLowerCase()));
  // Strip string literals first: text inside quotes is not a reference.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  // Links inside HYPERLINK("#'Sheet'!A1", …) name a sheet too; other text that starts with # ("#REF!" typed as an id) is no link.
  const links = [...formula.matchAll(/HYPERLINK\(\s*"#((?:[^"]|"")*)"/gi)].map((m) => m[1]!.replace(/""/g, '"'));
  for (const link of links) {
    const target = /^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/.exec(link);
    const name = target ? (target[1] !== undefined ? target[1].replace(/''/g, "'") : target[2]!) : null;
    if (name === null || !known.has(name.toLowerCase())) problems.push(`link #${link} does not name a sheet of the workbook in ${formula}`);
  }
  const quoted = /'((?:[^']|'')+)'!/g;
  for (let m = quoted.exec(code); m; m = quoted.exec(code)) {
    const name = m[1]!.replace(/''/g, "'");
    if (!known.has(name.toLowerCase())) problems.push(`unknown sheet '${name}' in ${formula}`);
  }
  const withoutQuoted = code.replace(quoted, '');
  const bare = /([^\s(),:;=+\-*/&^<>'!]+)!/g;
  for (let m = bare.exec(withoutQuoted); m; m = bare.exec(withoutQuoted)) {
    const name = m[1]!;
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || !known.has(name.toLowerCase())) problems.push(`sheet reference ${name}! must be quoted or is unknown in ${formula}`);
  }
  return problems;
}

/** Every cell of every block the plan writes, in plan order, with its sheet (lower case) and `row,col`. */
function eachPlanCell(plan: WorkbookPlan | null, visit: (sheet: string, key: string, cell: PlanCell) => void): void {
  for (const sp of plan?.sheets ?? []) {
    const sheet = sp.name.toLowerCase();
    for (const w of sp.writes) {
      const at = parseRange(w.at);
      if (!at) continue;
      w.cells.forEach((row, r) => row.forEach((cell, c) => visit(sheet, `${at.row + r},${at.col + c}`, cell)));
    }
  }
}

/** Literal strings the plan writes, by sheet (lower case) and `row,col`, the last write winning. */
export function planTexts(plan: WorkbookPlan | null): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const sp of plan?.sheets ?? []) if (!out.has(sp.name.toLowerCase())) out.set(sp.name.toLowerCase(), new Map());
  eachPlanCell(plan, (sheet, key, cell) => {
    const cells = out.get(sheet)!;
    if (typeof cell === 'string' && cell !== '') cells.set(key, cell);
    else if (cell !== null) cells.delete(key);
  });
  return out;
}

/** Plan strings that a host stored as something other than that same text (a formula, number, error…). */
export function textsNotKept(plan: WorkbookPlan | null, after: WorkbookSnapshot, only?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [sheetName, cells] of planTexts(plan)) {
    const sheet = after.sheets.find((s) => s.name.toLowerCase() === sheetName);
    if (!sheet) continue;
    for (const [key, text] of cells) {
      if (only && !only.has(text)) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      const value = sheet.values[r]?.[c] ?? null;
      if (formula || value !== text) problems.push(`${sheet.name}!${cellAddress(r, c)} ${JSON.stringify(text)} became ${JSON.stringify(formula ?? value)}`);
    }
  }
  return problems;
}

/** Every non-empty text a person typed on a sheet of their own. */
export function userTexts(snapshot: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const s of snapshot.sheets) {
    if (isRiskbookSheet(s.name)) continue;
    for (const row of s.values) for (const v of row) if (typeof v === 'string' && v.trim() !== '') out.add(v);
  }
  return out;
}

/** Cells the plan sets (a value, a formula or ''), by sheet (lower case) as `row,col`. */
export function planCells(plan: WorkbookPlan | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  eachPlanCell(plan, (sheet, key, cell) => {
    if (cell === null) return;
    const cells = out.get(sheet) ?? new Set<string>();
    out.set(sheet, cells);
    cells.add(key);
  });
  return out;
}

/**
 * Non-empty cells on a person's sheets whose content a host call replaced although the plan leaves
 * them: even written back as read, such a cell is not the same on a real host (see
 * sheets-addon/sheets-apply-plan.ts writeValues). `written` is the host's record, by sheet name.
 */
export function rewrittenUserCells(before: WorkbookSnapshot, plan: WorkbookPlan | null, written: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const planned = planCells(plan);
  const problems: string[] = [];
  for (const s of before.sheets) {
    if (isRiskbookSheet(s.name)) continue;
    const mine = planned.get(s.name.toLowerCase());
    for (const key of written.get(s.name) ?? []) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const empty = (s.values[r]?.[c] ?? null) === null && !s.formulas?.[r]?.[c];
      if (!empty && !mine?.has(key)) problems.push(`${s.name}!${cellAddress(r, c)}`);
    }
  }
  return problems;
}
