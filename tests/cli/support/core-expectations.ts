/**
 * What the core says the formula cells of a generated workbook should show, computed with the
 * core's own functions (never by evaluating the formulas): the register's rating, score and
 * level columns from parseLevel / scoreFor / bandFor / ratingKey and the workbook's methodology,
 * and every COUNTIFS (heatmap counts, movement table) from those values.
 *
 * The LibreOffice oracle compares these with what an independent spreadsheet engine computed.
 */
import { combineImpacts, parseLevel } from '../../../core/methodology/levels';
import { readMethodology } from '../../../core/methodology/read-methodology';
import { bandFor, scoreFor } from '../../../core/methodology/scoring';
import type { Methodology, ScaleLevel } from '../../../core/methodology/types';
import { ratingKey } from '../../../core/formula/register-formulas';
import { locateRegister } from '../../../core/register/locate-register';
import { readSettings } from '../../../core/register/settings-sheet';
import type { LevelRef, RegisterField } from '../../../core/register/types';
import { cellAddress, parseRange, splitSheetReference } from '../../../core/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt, findSheet, formulaAt } from '../../../core/workbook/snapshot';

/** `Sheet!A1` → value; the key form used throughout. */
export type CellMap = Map<string, CellValue>;

export function key(sheet: string, row: number, col: number): string {
  return `${sheet.toLowerCase()}!${cellAddress(row, col)}`;
}

export interface RegisterExpectations {
  readonly sheet: string;
  readonly methodology: Methodology;
  /** Expected value of every derived register cell that holds a formula. */
  readonly values: CellMap;
  /** How many of them are a rating, a score, a level. */
  readonly counts: Record<'rating' | 'score' | 'level', number>;
}

const DERIVED: readonly { field: RegisterField; kind: 'rating' | 'score' | 'level'; residual: boolean }[] = [
  { field: 'inherentRating', kind: 'rating', residual: false },
  { field: 'inherentScore', kind: 'score', residual: false },
  { field: 'inherentLevel', kind: 'level', residual: false },
  { field: 'residualRating', kind: 'rating', residual: true },
  { field: 'residualScore', kind: 'score', residual: true },
  { field: 'residualLevel', kind: 'level', residual: true },
];

function level(scale: readonly ScaleLevel[], v: CellValue): LevelRef | null {
  const p = parseLevel(scale, v);
  return p.kind === 'level' ? p.level : null;
}

/**
 * The register's derived cells as the core computes them, for every row where the generated
 * workbook holds a formula in a derived column. `generated` is the workbook the plan produced
 * (its Methodology sheet is the method the formulas read through the named ranges).
 */
export function registerExpectations(generated: WorkbookSnapshot, registerSheet?: string): RegisterExpectations {
  const { methodology: m } = readMethodology(generated);
  const located = locateRegister(generated, { sheet: registerSheet, saved: readSettings(generated) });
  if (!located.location) throw new Error('The generated workbook has no register the core can find');
  const loc = located.location;
  const sheet = findSheet(generated, loc.sheet)!;
  const map = loc.mapping;
  const values: CellMap = new Map();
  const counts = { rating: 0, score: 0, level: 0 };
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  for (let row = loc.headerRow + 1; row < rows; row++) {
    const at = (f: RegisterField): CellValue => (map[f] === undefined ? null : cellAt(sheet, row, map[f]!));
    const impactOf = (residual: boolean): LevelRef | null => {
      if (residual) return level(m.impact, at('residualImpact'));
      if (map.impactC !== undefined || map.impactI !== undefined || map.impactA !== undefined) {
        return combineImpacts((['impactC', 'impactI', 'impactA'] as const).filter((f) => map[f] !== undefined).map((f) => level(m.impact, at(f))));
      }
      return level(m.impact, at('impact'));
    };
    for (const d of DERIVED) {
      const col = map[d.field];
      if (col === undefined || formulaAt(sheet, row, col) === null) continue;
      const l = level(m.likelihood, at(d.residual ? 'residualLikelihood' : 'likelihood'));
      const i = impactOf(d.residual);
      const score = l && i ? scoreFor(m, l.index, i.index) : null;
      const expected =
        d.kind === 'rating' ? (l && i ? ratingKey(l.index, i.index) : null) : d.kind === 'score' ? score : (bandFor(m, score)?.name ?? null);
      values.set(key(loc.sheet, row, col), expected);
      counts[d.kind]++;
    }
  }
  return { sheet: loc.sheet, methodology: m, values, counts };
}

/** `'Risk register'!$L$4:$L$206` → the cells it covers. */
function cellsOf(ref: string, defaultSheet: string): { sheet: string; row: number; col: number }[] {
  const split = splitSheetReference(ref) ?? { sheet: defaultSheet, range: ref.replace(/\$/g, '') };
  const r = parseRange(split.range);
  if (!r) throw new Error(`Cannot read the range ${ref}`);
  const out: { sheet: string; row: number; col: number }[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) out.push({ sheet: split.sheet, row, col });
  return out;
}

/** Splits a function's argument list at top-level commas (outside strings and brackets). */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inString = !inString;
    if (!inString && ch === '(') depth++;
    if (!inString && ch === ')') depth--;
    if (!inString && depth === 0 && ch === ',') {
      args.push(current);
      current = '';
    } else current += ch;
  }
  args.push(current);
  return args.map((a) => a.trim());
}

/**
 * A COUNTIFS criterion as Riskbook writes them: plain text, `=` + text with ~ escapes, or a
 * pattern with `*` and `?` (the Dashboard's `L*` for a rating), matched against text only.
 */
function criterionMatches(criterion: string, value: CellValue): boolean {
  const exact = criterion.startsWith('=') ? criterion.slice(1).replace(/~([~*?])/g, '$1') : null;
  if (exact === null && /(?<!~)[*?]/.test(criterion)) {
    const pattern = criterion.replace(/~([~*?])|([*?])|([^~*?]+)/g, (_m, escaped: string | undefined, wild: string | undefined, plain: string | undefined) =>
      escaped !== undefined ? `\\${escaped}` : wild === '*' ? '.*' : wild === '?' ? '.' : plain!.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    );
    return typeof value === 'string' && new RegExp(`^${pattern}$`, 'is').test(value);
  }
  const text = exact ?? criterion;
  if (value === null || typeof value === 'object') return text === '' && value === null;
  return String(value).toLowerCase() === text.toLowerCase();
}

/** The text inside the parentheses of a formula that is one call and nothing else; null otherwise. */
function soleCallArguments(formula: string, name: string): string | null {
  const open = `=${name}(`;
  if (!formula.startsWith(open)) return null;
  let depth = 1;
  let inString = false;
  for (let i = open.length; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return i === formula.length - 1 ? formula.slice(open.length, i) : null;
  }
  return null;
}

/** A plain A1 range, sheet-qualified or not (not a name, nor a range built by INDEX). */
function isPlainRange(ref: string): boolean {
  return /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/.test(ref);
}

/**
 * The count a `=COUNTIFS(range,"text",…)` formula must show, from the values the core expects
 * (derived cells) or the workbook holds (plain cells). Null when a formula is not that one call
 * over plain ranges (the Dashboard's sums of counts have their own referee, libreoffice-dashboard).
 */
export function expectedCount(formula: string, formulaSheet: string, known: (sheet: string, row: number, col: number) => CellValue): number | null {
  const inside = soleCallArguments(formula, 'COUNTIFS');
  if (inside === null) return null;
  const args = splitArgs(inside);
  if (args.length % 2 !== 0) return null;
  const pairs: { cells: ReturnType<typeof cellsOf>; criterion: string }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const lit = /^"((?:[^"]|"")*)"$/.exec(args[i + 1]!);
    if (!lit || !isPlainRange(args[i]!)) return null;
    pairs.push({ cells: cellsOf(args[i]!, formulaSheet), criterion: lit[1]!.replace(/""/g, '"') });
  }
  let count = 0;
  const n = pairs[0]!.cells.length;
  for (let k = 0; k < n; k++) {
    if (pairs.every((p) => criterionMatches(p.criterion, known(p.cells[k]!.sheet, p.cells[k]!.row, p.cells[k]!.col)))) count++;
  }
  return count;
}
