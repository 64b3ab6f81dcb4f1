/**
 * Cells of a generated sheet that show a cell of another sheet live, so they stay true while
 * people work on that sheet between two runs: an action's status typed in the plan shows at once.
 *
 * Which row to show is settled at each run, as the Dashboard settles which rows it counts; what
 * the row holds is read live. A row people moved since (a sort, a row inserted above) would show
 * another row's content, so every cell first checks that the row's key cells still say what they
 * said at the run (the risk id, the control id) and otherwise says so (`MOVED`) until the next
 * Recalculate, rather than show a wrong value.
 *
 * A sheet Riskbook rebuilds on every run (its RTP and SoA) is reached through a name set after the
 * swap, as the Dashboard reaches it: a formula naming the sheet would break when the old sheet is
 * deleted. The team's sheets and the register are referred to by name; Excel and LibreOffice move
 * those references with the row when people insert rows above it.
 */
import { assertPortable, formulaString } from '../formula/allow-list';
import { cellAddress, rangeAddress, sheetReference } from '../workbook/a1';
import type { NamedRangeSpec, PlanCell } from '../workbook/plan';
import { MAX_CRITERION_TEXT } from './dashboard-counts';

/** What a live cell shows when its row no longer holds the keys it held at the run. */
export const MOVED = 'Row moved: Recalculate';
const MOVED_TEXT = formulaString(MOVED);

/** Where a live cell reads from: the formula text of a cell of the source, by 0-based row and column. */
export interface LiveSource {
  at(row: number, col: number): string;
}

/** A sheet Riskbook rebuilds, through a name from its cell A1: INDEX(name, row, column) is the cell. */
export function namedSource(name: string): LiveSource {
  return { at: (row, col) => `INDEX(${name},${row + 1},${col + 1})` };
}

/** The name `namedSource` reads through, over the sheet's rows and columns that are read (from A1). */
export function sourceName(name: string, sheet: string, lastRow: number, lastCol: number): NamedRangeSpec {
  return { name, sheet, range: rangeAddress(0, 0, lastRow + 1, lastCol + 1) };
}

/** A sheet Riskbook does not rebuild (the register, a team's SoA or plan): its cells by the sheet's name. */
export function sheetSource(sheet: string): LiveSource {
  const prefix = sheetReference(sheet, '');
  return { at: (row, col) => `${prefix}${cellAddress(row, col, true)}` };
}

/** A key cell of the source row and the text it held at the run. */
export interface Key {
  readonly ref: string;
  readonly text: string;
}

/**
 * The condition that the row still holds its keys, or null where there is nothing to check. A key
 * longer than a formula should carry (a team's plan keyed by a long title) is not checked. Every
 * cell of a row checks the same keys: the condition is worked out once per list of keys.
 */
const guards = new WeakMap<readonly Key[], string | null>();
function guard(keys: readonly Key[]): string | null {
  const known = guards.get(keys);
  if (known !== undefined) return known;
  // `&""` reads a number as the text it shows (a risk id 14 as "14"); `=` ignores case, as people do.
  const tests = keys.filter((k) => k.text !== '' && k.text.length <= MAX_CRITERION_TEXT).map((k) => `${k.ref}&""=${formulaString(k.text)}`);
  const made = tests.length === 0 ? null : tests.length === 1 ? tests[0]! : `AND(${tests.join(',')})`;
  guards.set(keys, made);
  return made;
}

function guarded(keys: readonly Key[], shown: string): PlanCell {
  const g = guard(keys);
  return { formula: g === null ? `=${shown}` : `=IF(${g},${shown},${MOVED_TEXT})` };
}

/** The text of a cell (blank for an empty one, where a bare reference would show 0). */
export function textExpression(ref: string): string {
  return `${ref}&""`;
}

/** A cell's text, live. */
export function liveText(ref: string, keys: readonly Key[]): PlanCell {
  return guarded(keys, textExpression(ref));
}

/** A date cell, live: the date as a number (the column formats it), blank for an empty cell. */
export function liveDate(ref: string, keys: readonly Key[]): PlanCell {
  return guarded(keys, `IF(${ref}="","",${ref})`);
}

/**
 * Any expression over the row's cells (formula text without `=`), live. The caller builds it from
 * references and IF, and `portableLiveCells` holds its shape to the portable functions.
 */
export function liveExpression(expression: string, keys: readonly Key[]): PlanCell {
  return guarded(keys, expression);
}

/**
 * The live cells' formulas are built from fixed shapes, thousands a run (a view of 50,000 risks has
 * 30,000): each shape is held to the portable functions once, here, instead of each formula as
 * it is built. `samples` are the shapes of a sheet's own expressions.
 */
export function portableLiveCells(samples: readonly string[]): void {
  const keys = [{ ref: 'INDEX(N,2,1)', text: 'R-1' }, { ref: "'S'!$A$2", text: '5.1' }];
  const shapes = [liveText('INDEX(N,2,3)', keys), liveDate("'S'!$B$2", keys.slice(0, 1)), liveText('A1', []), ...samples.map((e) => liveExpression(e, keys))];
  for (const shape of shapes) if (shape !== null && typeof shape === 'object') assertPortable(shape.formula);
}
