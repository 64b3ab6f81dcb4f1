/**
 * The Checks sheet: every finding of the last check, worst first, each with a link to its cell.
 * Riskbook rewrites the counts and its six columns; the rest is people's and survives the next
 * check: columns they add ("Our response"), carried by finding (code, sheet and cell); rows and
 * notes they put between, above or below the findings. A finding that is no longer reported
 * loses its row, unless a person typed beside it: then the row stays, greyed, its severity
 * saying so.
 */
import type { Finding, Severity } from '../findings/finding';
import { sortFindings, summarize } from '../findings/finding';
import { assertPortable, formulaString } from '../formula/allow-list';
import { parseCell, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { FormatSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { textOf } from './cells';
import { STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import type { ColumnDef, FreshRow, KeyedTableSpec } from './preserve';
import { mergeKeyedTable } from './preserve';

export const CHECKS_TITLE = 'Checks';
export const CHECKS_HEADERS = ['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix'] as const;
/** What the Severity cell of a finding that is no longer reported says. */
export const CHECKS_NO_LONGER_REPORTED = 'No longer reported';
const COUNT_LABELS = ['Errors', 'Warnings', 'Info', 'Total'] as const;

export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Rows: title, stamp, blank, count labels, counts, blank, header. */
const COUNTS_ROW = 3;
export const CHECKS_HEADER_ROW = 6;

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
  headerRow: CHECKS_HEADER_ROW,
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

  const { sheet, layout } = renderTableSheet({
    name: SHEETS.checks,
    table,
    columns: COLUMNS,
    frame: [
      { kind: 'title', text: CHECKS_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(stamp), row: STAMP_ROW },
      { kind: 'block', id: 'counts', rows: [[...COUNT_LABELS], [summary.errors, summary.warnings, summary.infos, summary.total]], row: COUNTS_ROW },
    ],
    headroom: 0,
    // The severity fills say what matters; the columns people add are plainly theirs.
    shadeDerived: false,
    decorate: (layout) => {
      const formats: FormatSpec[] = [];
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
      return { formats };
    },
  });
  const findingRows = table.rowStates.flatMap((state, i) => (state === 'current' || state === 'added' ? [layout.firstDataRow + i] : []));
  return { sheet, findingRows };
}
