/**
 * The Checks sheet: the counts, then what is left to fill in as a short to-do list, then the
 * findings counted by rule, then every finding of the last check, worst first, each with a link
 * to its cell. Riskbook rewrites the counts, the to-do list, the summary by rule and its six
 * columns; the rest is people's and survives the next check: columns they add ("Our response"),
 * carried by finding (code, sheet and cell); rows and notes they put between, above or below the
 * findings. A finding that is no longer reported loses its row, unless a person typed beside it:
 * then the row stays, greyed, its severity saying so.
 */
import type { Finding, Severity } from '../findings/finding';
import { sortFindings, summarize } from '../findings/finding';
import type { RuleTally } from '../findings/by-rule';
import { tallyByRule } from '../findings/by-rule';
import { assertPortable, formulaString } from '../formula/allow-list';
import { parseCell, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { FormatSpec, PlanCell, RowHeightSpec, SheetPlan } from '../workbook/plan';
import { appendAll } from '../arrays';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { textOf } from './cells';
import { STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import { fitRowHeights } from '../workbook/text-fit';
import type { ColumnDef, FreshRow, KeyedTableSpec } from './preserve';
import { mergeKeyedTable } from './preserve';

export const CHECKS_TITLE = 'Checks';
export const CHECKS_HEADERS = ['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix'] as const;
/** What the Severity cell of a finding that is no longer reported says. */
export const CHECKS_NO_LONGER_REPORTED = 'No longer reported';
const COUNT_LABELS = ['Errors', 'Warnings', 'Info', 'Total'] as const;

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** The summary by rule's header: light, so the findings' dark header below stays the table's. */
const BY_RULE_FILL = '#D9E1F2';
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/**
 * Rows of a new sheet: title, stamp, blank, count labels, counts, blank; then the to-do list and
 * the summary by rule, each as long as it needs and followed by a blank row; then the header.
 */
const COUNTS_ROW = 3;
const FRAME_ROWS = 6;

/** The to-do list's heading, and the heading it takes when nothing is left to fill in. */
export const TODO_HEADING = 'To do';
export const NOTHING_TO_DO = 'To do: nothing to fill in';
/** Cells of a to-do line: a link to where it starts, and the line. */
const TODO_WIDTH = 2;
/** The summary by rule's header; its first label finds it again. */
export const BY_RULE_HEADERS = ['Severity', 'Rule', 'Findings', 'Cells', 'First cells', 'What to do'] as const;
/** Columns of the summary that wrap: its first cells and what to do, under Message and Fix. */
const BY_RULE_WRAP = [4, 5] as const;

const [SEVERITY, CODE, SHEET, CELL, MESSAGE, FIX] = CHECKS_HEADERS;
const COLUMNS: readonly ColumnDef[] = [
  { header: SEVERITY, kind: 'derived', width: 10 },
  { header: CODE, kind: 'derived', width: 34 },
  { header: SHEET, kind: 'derived', width: 24 },
  { header: CELL, kind: 'derived', width: 8 },
  { header: MESSAGE, kind: 'derived', width: 60, wrap: true },
  { header: FIX, kind: 'derived', width: 50, wrap: true },
];

/**
 * A link to a cell in this workbook. The sheet name is always quoted (apostrophes doubled), and
 * the whole target is a formula string (double quotes doubled).
 */
export function cellLink(sheet: string, cell: string): { formula: string } {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return { formula: linkFormula(target, cell) };
}

/** Links differ only in their two text literals, so the function they call is checked once. */
const linkFormula = (target: string, cell: string): string => `=HYPERLINK(${formulaString(target)},${formulaString(cell)})`;
assertPortable(linkFormula("#'Sheet'!A1", 'A1'));

/** The cell a Cell entry names: the text its link shows (read from the formula), or what it holds. */
function linkedCell(value: CellValue, formula: string | null): string {
  const shown = formula === null ? null : /,\s*"((?:[^"]|"")*)"\s*\)\s*$/.exec(formula);
  return shown ? shown[1]!.replace(/""/g, '"').trim() : textOf(value);
}

/** Finding codes are lower-case words joined by hyphens; a note typed in the Code column is not one. */
const CODE_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** A finding's row key: its code, sheet and cell (the message may change while the finding stays). */
export function checksKey(code: string, sheet: string, cell: string): string {
  return `${code.trim()}|${sheet.trim()}|${cell.trim()}`;
}

const CHECKS_SPEC: KeyedTableSpec = {
  columns: COLUMNS,
  headerRow: FRAME_ROWS,
  keyHeader: CODE,
  key: (cell, formula) => {
    const code = textOf(cell(CODE));
    return CODE_SHAPE.test(code) ? checksKey(code, textOf(cell(SHEET)), linkedCell(cell(CELL), formula(CELL))) : null;
  },
  // One cell can hold several findings of one code (a risk missing two RTP rows): the message tells them apart.
  variant: (cell) => textOf(cell(MESSAGE)),
  rows: 'derived',
  orphans: 'typed',
  status: { header: SEVERITY, orphaned: CHECKS_NO_LONGER_REPORTED },
};

function isSeverityLabel(cell: PlanCell | undefined): boolean {
  return severityOf(cell) !== null;
}

/** A cell holding one of Riskbook's links (what a to-do line starts with). */
function isLink(cell: PlanCell | undefined): boolean {
  return typeof cell === 'object' && cell !== null && 'formula' in cell && /^=\s*HYPERLINK\(/i.test(cell.formula);
}

/** A to-do line: a link to where it starts, then the line. */
function todoRow(f: Finding): PlanCell[] {
  return [f.cell === '' ? cellLink(f.sheet, 'A1') : cellLink(f.sheet, f.cell), f.todo ?? ''];
}

function byRuleRow(t: RuleTally): PlanCell[] {
  return [SEVERITY_LABEL[t.severity], t.code, t.findings, t.cells, t.firstCells, t.fix];
}

function severityOf(label: PlanCell | undefined): Severity | null {
  const found = (Object.keys(SEVERITY_LABEL) as Severity[]).find((s) => SEVERITY_LABEL[s] === label);
  return found ?? null;
}

/**
 * The Checks sheet for `findings`; `existing` is the current sheet, whose additions are kept.
 * `findingRows`: the 0-based rows that hold this check's findings (the Dashboard counts them).
 */
export function checksSheetPlan(findings: readonly Finding[], stamp: Stamp, existing?: SheetSnapshot): { sheet: SheetPlan; findingRows: number[] } {
  const sorted = sortFindings(findings);
  const summary = summarize(sorted);
  const fresh: FreshRow[] = sorted.map((f) => ({
    key: checksKey(f.code, f.sheet, f.cell),
    cells: {
      [SEVERITY]: SEVERITY_LABEL[f.severity],
      [CODE]: f.code,
      [SHEET]: f.sheet,
      [CELL]: f.cell === '' ? '' : cellLink(f.sheet, f.cell),
      [MESSAGE]: f.message,
      [FIX]: f.fix,
    },
  }));
  const table = mergeKeyedTable(existing, CHECKS_SPEC, fresh);
  const todos = sorted.filter((f) => f.todo !== undefined);
  const tallies = tallyByRule(sorted);

  const { sheet, layout } = renderTableSheet({
    name: SHEETS.checks,
    table,
    columns: COLUMNS,
    frame: [
      { kind: 'title', text: CHECKS_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(stamp), row: STAMP_ROW },
      { kind: 'block', id: 'counts', rows: [[...COUNT_LABELS], [summary.errors, summary.warnings, summary.infos, summary.total]], row: COUNTS_ROW },
      {
        kind: 'section',
        id: 'todo',
        heading: [todos.length === 0 ? NOTHING_TO_DO : TODO_HEADING],
        otherHeadings: [TODO_HEADING, NOTHING_TO_DO],
        width: TODO_WIDTH,
        rows: todos.map(todoRow),
        isRow: (cells) => isLink(cells[0]) && typeof cells[1] === 'string' && cells[1].trim() !== '',
      },
      {
        kind: 'section',
        id: 'rules',
        heading: [...BY_RULE_HEADERS],
        width: BY_RULE_HEADERS.length,
        rows: tallies.map(byRuleRow),
        isRow: (cells) => isSeverityLabel(cells[0]) && typeof cells[1] === 'string' && CODE_SHAPE.test(cells[1].trim()),
      },
    ],
    headroom: 0,
    // The severity fills say what matters; the columns people add are plainly theirs.
    shadeDerived: false,
    // The header sits under the summary: frozen, the rows above it would fill the window.
    freezeHeader: false,
    decorate: (layout) => {
      const formats: FormatSpec[] = [];
      const rowHeights: RowHeightSpec[] = [];
      const todo = parseCell(layout.frame.get('todo') ?? '');
      if (todo) formats.push({ range: rangeAddress(todo.row, todo.col, 1, 1), bold: true, fontSize: 12 });
      const rules = parseCell(layout.frame.get('rules') ?? '');
      if (rules) {
        const { row, col } = rules;
        formats.push({ range: rangeAddress(row, col, 1, BY_RULE_HEADERS.length), bold: true, fill: BY_RULE_FILL, border: true, wrap: true });
        if (tallies.length > 0) {
          formats.push({ range: rangeAddress(row + 1, col, tallies.length, BY_RULE_HEADERS.length), border: true, verticalAlignment: 'top' });
          for (const c of BY_RULE_WRAP) formats.push({ range: rangeAddress(row + 1, col + c, tallies.length, 1), wrap: true });
          // The two counts stand under their short labels, not at the far edge of the wide columns.
          formats.push({ range: rangeAddress(row + 1, col + 2, tallies.length, 2), horizontalAlignment: 'center' });
          // Rules come worst first, so each severity is one run of rows and one fill.
          for (const severity of Object.keys(SEVERITY_FILL) as Severity[]) {
            const first = tallies.findIndex((t) => t.severity === severity);
            const count = tallies.filter((t) => t.severity === severity).length;
            if (count > 0) formats.push({ range: rangeAddress(row + 1 + first, col, count, 1), fill: SEVERITY_FILL[severity] });
          }
        }
        const widths: number[] = [];
        COLUMNS.forEach((d, i) => (widths[col + i] = d.width));
        const wrapColumns = new Set(BY_RULE_WRAP.map((c) => col + c));
        const padded = tallies.map((t) => [...Array.from({ length: col }, () => null), ...byRuleRow(t)]);
        appendAll(rowHeights, fitRowHeights(padded, { firstRow: row + 1, widths, wrapColumns }));
      }
      const counts = parseCell(layout.frame.get('counts') ?? 'A4');
      if (counts) {
        const { row, col } = counts;
        formats.push(
          { range: rangeAddress(row, col, 1, COUNT_LABELS.length), bold: true },
          { range: rangeAddress(row + 1, col, 1, COUNT_LABELS.length), fontSize: 14, horizontalAlignment: 'left' },
          { range: rangeAddress(row, col, 2, 1), fill: SEVERITY_FILL.error },
          { range: rangeAddress(row, col + 1, 2, 1), fill: SEVERITY_FILL.warning },
          { range: rangeAddress(row, col + 2, 2, 1), fill: SEVERITY_FILL.info },
        );
      }
      // Each run of findings of one severity gets one fill (people's rows between them break a run).
      const severities = table.rows.map((r, i) => (table.rowStates[i] === 'current' || table.rowStates[i] === 'added' ? severityOf(r[0]) : null));
      let start = 0;
      for (let i = 1; i <= severities.length; i++) {
        const s = severities[start];
        if (i < severities.length && severities[i] === s) continue;
        if (s) formats.push({ range: rangeAddress(layout.firstDataRow + start, 0, i - start, 1), fill: SEVERITY_FILL[s] });
        start = i;
      }
      return { formats, rowHeights };
    },
  });
  const findingRows = table.rowStates.flatMap((state, i) => (state === 'current' || state === 'added' ? [layout.firstDataRow + i] : []));
  return { sheet, findingRows };
}
