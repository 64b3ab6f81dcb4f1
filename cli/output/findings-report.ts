/** Findings for people (a readable list) and for machines (one JSON object). */
import type { Finding, FindingSummary, Severity } from '../../core/findings/finding';
import { sortFindings } from '../../core/findings/finding';
import { count, grouped, indent, wrap } from './wrap';

/** The part of the engine's CheckResult a report shows. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  readonly riskCount: number;
  readonly registerSheet: string | null;
  /** The SoA checked, when the workbook has one; named in the header when there is no register. */
  readonly soaSheet?: string | null;
}

export interface JsonReport {
  /** `cells` for a finding about many cells (as ranges), `todo` for one that only asks to fill in blanks. */
  readonly findings: { severity: Severity; code: string; sheet: string; cell: string; cells?: readonly string[]; message: string; fix: string; todo?: string }[];
  readonly summary: {
    errors: number;
    warnings: number;
    infos: number;
    total: number;
    risks: number;
    registerSheet: string | null;
  };
}

/** The documented --json shape, keys in a fixed order. Extra keys (e.g. `output`) go last. */
export function jsonReport(input: ReportInput, extra: Record<string, unknown> = {}): string {
  const report: JsonReport & Record<string, unknown> = {
    findings: sortFindings(input.findings).map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      ...(f.cells ? { cells: f.cells } : {}),
      message: f.message,
      fix: f.fix,
      ...(f.todo !== undefined ? { todo: f.todo } : {}),
    })),
    summary: {
      errors: input.summary.errors,
      warnings: input.summary.warnings,
      infos: input.summary.infos,
      total: input.summary.total,
      risks: input.riskCount,
      registerSheet: input.registerSheet,
    },
    ...extra,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `2 errors, 3 warnings, 1 info`; with to-dos, `… 3 warnings (2 to do) …` (a to-do is a warning or a note). */
export function summaryLine(summary: FindingSummary, todos: readonly Pick<Finding, 'severity'>[] = []): string {
  const todo = (severity: Severity): string => {
    const n = todos.filter((f) => f.severity === severity).length;
    return n > 0 ? ` (${grouped(n)} to do)` : '';
  };
  return `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}${todo('warning')}, ${grouped(summary.infos)} info${todo('info')}`;
}

export function location(f: Pick<Finding, 'sheet' | 'cell'>): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet || f.cell || 'workbook';
}

const LABEL: Readonly<Record<Severity, string>> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };
const GUTTER = 9;

/** How many findings of one code the readable report lists before it counts the rest. */
export const DEFAULT_PER_CODE = 5;

function block(f: Finding, textWidth: number, pad: string): string {
  const head = `${LABEL[f.severity].padEnd(GUTTER)}${location(f)}  ${f.code}`;
  const body = [...wrap(f.message, textWidth), ...wrap(`Fix: ${f.fix}`, textWidth)];
  return `${head}\n${indent(body, pad)}`;
}

const TODO_HEADING = 'To do:';
const BULLET = '- ';

/** The to-do lines, one bullet each, wrapped under their first word. */
function todoList(todos: readonly Finding[], width: number): string {
  const under = ' '.repeat(BULLET.length);
  const lines = todos.map((f) => {
    const [first = '', ...rest] = wrap(f.todo ?? '', Math.max(30, width) - BULLET.length);
    return [`${BULLET}${first}`, ...rest.map((l) => `${under}${l}`)].join('\n');
  });
  return [TODO_HEADING, ...lines].join('\n');
}

/**
 * What is left to fill in first, as a short to-do list; then one block per other finding:
 * severity, place and code on the first line, then message and fix. A code that fires on many
 * cells lists `perCode` of them and counts the rest, so one noisy rule cannot bury the errors.
 */
export function findingsText(input: ReportInput, width: number, perCode = DEFAULT_PER_CODE): string {
  const textWidth = Math.max(30, width - GUTTER);
  const pad = ' '.repeat(GUTTER);
  const all = sortFindings(input.findings);
  const todos = all.filter((f) => f.todo !== undefined);
  const sorted = all.filter((f) => f.todo === undefined);
  const total = new Map<string, number>();
  for (const f of sorted) total.set(f.code, (total.get(f.code) ?? 0) + 1);
  const shown = new Map<string, number>();
  const blocks: string[] = [];
  for (const f of sorted) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n <= perCode) blocks.push(block(f, textWidth, pad));
    const all = total.get(f.code) ?? 0;
    if (n === perCode && all > perCode) {
      blocks.push(`${pad}… and ${count(all - perCode, `more ${f.code} finding`)} (all of them: --all, --json, or the Checks sheet)`);
    }
  }
  const header = input.registerSheet
    ? `Register "${input.registerSheet}": ${count(input.riskCount, 'risk')}`
    : input.soaSheet
      ? `No risk register: the Statement of Applicability "${input.soaSheet}" was checked on its own`
      : 'No register found';
  const parts = [header, ''];
  if (todos.length > 0) parts.push(todoList(todos, width), '');
  if (blocks.length > 0) parts.push(blocks.join('\n\n'), '');
  else if (todos.length === 0) parts.push('No findings.', '');
  parts.push(summaryLine(input.summary, todos));
  return `${parts.join('\n')}\n`;
}
