/** The one way rules turn a code and parameters into a Finding. */
import type { Finding } from './finding';
import type { RuleDefinition } from './catalogue';
import { PHRASES, ruleDefinition } from './catalogue';
import { cellAddress, parseCell, parseRange, rangeAddress } from '../workbook/a1';

export type FindingParams = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, params: FindingParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

export function finding(code: string, sheet: string, cell: string, params: FindingParams = {}): Finding {
  const rule = ruleDefinition(code);
  const todo = todoLine(rule, 1, sheet, cell === '' ? [] : [cell]);
  return {
    severity: rule.severity,
    code,
    sheet,
    cell,
    message: fillTemplate(rule.message, params),
    fix: fillTemplate(rule.fix, params),
    ...(todo !== undefined ? { todo } : {}),
  };
}

/** The ranges a to-do line names: the first, and how many more (the finding's `cells` has them all). */
const TODO_RANGES = 1;

/** The rule's to-do line for `count` cells at `ranges`; undefined for a rule that is no to-do. */
function todoLine(rule: RuleDefinition, count: number, sheet: string, ranges: readonly string[]): string | undefined {
  if (!rule.todo) return undefined;
  const todo = fillTemplate(count === 1 ? rule.todo.one : rule.todo.many, { count });
  // A finding about a whole sheet says where by its sheet alone.
  if (ranges.length === 0) return fillTemplate(PHRASES.todoOnSheet, { todo, sheet });
  return fillTemplate(PHRASES.todoWhere, { todo, sheet, cells: namedRanges(ranges, TODO_RANGES) });
}

/**
 * `A1, B2 and C3`, or the first `most` and how many more when there are more. One more range is
 * named, not counted: it is never longer than "and 1 more range".
 */
function namedRanges(ranges: readonly string[], most: number): string {
  if (ranges.length <= most + 1) return joinedWithAnd(ranges);
  return fillTemplate(PHRASES.moreRanges, { ranges: ranges.slice(0, most).join(', '), count: ranges.length - most });
}

/** `A`, `A and B`, `A, B and C`: a list as a message names it. */
export function joinedWithAnd(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]!}`;
}

/** `A`, `A or B`, `A, B or C`: a list of alternatives as a message names it. */
export function joinedWithOr(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]!}`;
}

/** One cell a cause was found on, with what the rule's message says of it there. */
export interface CellFound {
  readonly cell: string;
  readonly params: FindingParams;
}

/** The most ranges a grouped message names; the finding's `cells` lists them all. */
const NAMED_RANGES = 12;

/**
 * The finding for one cause found on several cells of a sheet, in sheet order: on one cell, the
 * rule's finding there; on more, one finding at the first, with every cell as ranges (I5:I76,
 * I80) and the rule's grouped message. A rule without a grouped message raises one a cell.
 * `shared` are what the cause says on every cell (the approver of `approval-not-risk-owner`).
 */
export function findingsOnCells(code: string, sheet: string, found: readonly CellFound[], shared: FindingParams = {}): Finding[] {
  const rule = ruleDefinition(code);
  if (found.length === 0) return [];
  if (found.length === 1 || rule.grouped === undefined) return found.map((f) => finding(code, sheet, f.cell, { ...shared, ...f.params }));
  const cells = asRanges(found.map((f) => f.cell));
  const params = { ...shared, count: found.length, cells: namedRanges(cells, NAMED_RANGES) };
  const todo = todoLine(rule, found.length, sheet, cells);
  return [
    {
      severity: rule.severity,
      code,
      sheet,
      cell: found[0]!.cell,
      cells,
      message: fillTemplate(rule.grouped, params),
      fix: fillTemplate(rule.fix, params),
      ...(todo !== undefined ? { todo } : {}),
    },
  ];
}

/** Cells as ranges: a run of cells down one column is one range. */
function asRanges(cells: readonly string[]): string[] {
  const out: string[] = [];
  let start: { row: number; col: number } | null = null;
  let rows = 0;
  const flush = (): void => {
    if (start) out.push(rangeAddress(start.row, start.col, rows, 1));
  };
  for (const cell of cells) {
    const at = parseCell(cell);
    if (!at) throw new Error(`Bad finding cell ${cell}`);
    if (start && at.col === start.col && at.row === start.row + rows) {
      rows++;
      continue;
    }
    flush();
    start = at;
    rows = 1;
  }
  flush();
  return out;
}

/** Every cell a finding is on, one by one: its ranges' cells when it was grouped, else its cell. */
export function cellsOf(f: Pick<Finding, 'cell' | 'cells'>): string[] {
  if (!f.cells) return [f.cell];
  const out: string[] = [];
  for (const range of f.cells) {
    const r = parseRange(range);
    if (!r) throw new Error(`Bad finding range ${range}`);
    for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) out.push(cellAddress(row, col));
  }
  return out;
}
