/**
 * The Maturity sheet: "Maturity level N" at the top, then the five levels of Clause 6.1 maturity,
 * each with its criteria, whether the checks found each met, what shows it and where to look
 * (core/maturity/maturity.ts decides). The statuses are those of the run, like the Checks sheet;
 * the level and each level's Reached are formulas over them, so the sheet shows how the level
 * follows from the criteria, and a spreadsheet program computes what the core did.
 */
import { assertPortable, formulaString } from '../formula/allow-list';
import type { Maturity } from '../maturity/maturity';
import { MATURITY_LEVELS } from '../maturity/maturity';
import { cellAddress, parseCell, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { ConditionalFormatSpec, FormatSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { LINE_HEIGHT, wrappedLines } from '../workbook/text-fit';
import { STAMP_FONT, STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import type { ColumnDef, FreshRow, KeyedTableSpec } from './preserve';
import { mergeKeyedTable } from './preserve';

export const MATURITY_TITLE = 'Maturity of information security risk management (ISO/IEC 27001:2022 clause 6.1)';
export const MATURITY_GUIDE =
  'Assessed at the last Recalculate from what the checks found (the Checks sheet lists each finding). A level is reached when its criteria and those of every level below are met.';
/** The label of the level, with the level's number and its name beside it. */
export const MATURITY_LEVEL_LABEL = 'Maturity level';
export const MET = 'Met';
export const NOT_MET = 'Not met';
export const REACHED = 'Reached';
export const NOT_REACHED = 'Not reached';

export const MATURITY_HEADERS = {
  ref: 'Ref',
  level: 'Level',
  criterion: 'Criterion',
  status: 'Status',
  shows: 'What shows it',
  where: 'Where',
} as const;
const H = MATURITY_HEADERS;

const COLUMNS: readonly ColumnDef[] = [
  { header: H.ref, kind: 'derived', width: 9 },
  { header: H.level, kind: 'derived', width: 7 },
  { header: H.criterion, kind: 'derived', width: 46, wrap: true },
  { header: H.status, kind: 'derived', width: 12 },
  { header: H.shows, kind: 'derived', width: 46, wrap: true },
  { header: H.where, kind: 'derived', width: 24, wrap: true },
];
export { COLUMNS as MATURITY_COLUMNS };

const LEVEL_FILL = '#DDEBF7';
const GOOD_FILL = '#C6EFCE';
const GOOD_FONT = '#006100';
const BAD_FILL = '#FFC7CE';
const BAD_FONT = '#9C0006';

/** The key of a level's own row ("Level 3"); a criterion's is its id ("3.2"). */
function levelRef(level: number): string {
  return `Level ${level}`;
}

const SPEC: KeyedTableSpec = {
  columns: COLUMNS,
  headerRow: 5,
  keyHeader: H.ref,
  key: (cell) => {
    const v = cell(H.ref);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  },
  rows: 'derived',
  // A criterion dropped from a later version goes, unless someone wrote beside it.
  orphans: 'typed',
  status: { header: H.status, orphaned: 'No longer a criterion' },
};

/** The level's block above the table: its label over the first two columns, then "N · name". */
const BLOCK_ID = 'level';
const LABEL_COLUMNS = 2;

export function maturitySheetPlan(maturity: Maturity, stamp: Stamp, existing?: SheetSnapshot): SheetPlan {
  const fresh: FreshRow[] = [];
  for (const { level, name, summary } of MATURITY_LEVELS) {
    fresh.push({ key: levelRef(level), cells: { [H.ref]: levelRef(level), [H.level]: level, [H.criterion]: name, [H.status]: '', [H.shows]: summary, [H.where]: '' } });
    for (const s of maturity.criteria) {
      if (s.criterion.level !== level) continue;
      fresh.push({
        key: s.criterion.id,
        cells: { [H.ref]: s.criterion.id, [H.level]: level, [H.criterion]: s.criterion.text, [H.status]: s.met ? MET : NOT_MET, [H.shows]: s.shows, [H.where]: s.where ?? '' },
      });
    }
  }
  const merged = mergeKeyedTable(existing, SPEC, fresh);
  const { sheet, layout } = renderTableSheet({
    name: SHEETS.maturity,
    table: merged,
    columns: COLUMNS,
    frame: [
      { kind: 'title', text: MATURITY_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(stamp), row: STAMP_ROW },
      { kind: 'block', id: 'guide', rows: [[MATURITY_GUIDE]], row: 2 },
      { kind: 'block', id: BLOCK_ID, rows: [[MATURITY_LEVEL_LABEL]], row: 3 },
    ],
    shadeDerived: false,
    printKeyColumns: 1,
  });

  // The level and each level's Reached are formulas over the statuses, laid where the table ended
  // up. A level counts the statuses of its own criteria, the rows under its own row: the level
  // rows' Reached read the level, so a range over them would make the level read itself.
  const first = layout.firstDataRow;
  const last = layout.firstDataRow + Math.max(0, layout.dataRows - 1);
  const levels = rangeAddress(first, layout.col(H.level), last - first + 1, 1, true);
  const criteria = rangeAddress(first, layout.col(H.criterion), last - first + 1, 1, true);
  const statusCol = layout.col(H.status);
  const criteriaRows = new Map<number, { first: number; last: number }>();
  merged.rows.forEach((row, i) => {
    const ref = typeof row[0] === 'string' ? row[0] : '';
    const s = maturity.criteria.find((c) => c.criterion.id === ref);
    if (!s || merged.rowStates[i] === 'orphaned') return;
    const span = criteriaRows.get(s.criterion.level);
    const r = layout.firstDataRow + i;
    criteriaRows.set(s.criterion.level, { first: Math.min(span?.first ?? r, r), last: Math.max(span?.last ?? r, r) });
  });
  const cells = sheet.writes[0]!.cells.map((row) => [...row]);
  const put = (row: number, col: number, cell: PlanCell): void => {
    const r = cells[row]!;
    while (r.length <= col) r.push(null);
    r[col] = cell;
  };
  const formats: FormatSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const block = parseCell(layout.frame.get(BLOCK_ID) ?? '');
  if (block) {
    // The highest level with no criterion unmet at or below it.
    let formula = String(MATURITY_LEVELS[MATURITY_LEVELS.length - 1]!.level);
    for (const { level } of [...MATURITY_LEVELS].reverse()) {
      const span = criteriaRows.get(level);
      if (level === 1 || !span) continue;
      const statuses = rangeAddress(span.first, statusCol, span.last - span.first + 1, 1, true);
      formula = `IF(COUNTIF(${statuses},${formulaString(NOT_MET)})>0,${level - 1},${formula})`;
    }
    // "Maturity level | 3 · Established": the level, and its name from its own row (the first of the level).
    const statement = `${formula}&" · "&INDEX(${criteria},MATCH(${formula},${levels},0))`;
    put(block.row, block.col + LABEL_COLUMNS, { formula: assertPortable(`=${statement}`) });
    formats.push(
      { range: rangeAddress(block.row, block.col, 1, LABEL_COLUMNS), bold: true, fontSize: 12, verticalAlignment: 'middle', fill: LEVEL_FILL },
      { range: cellAddress(block.row, block.col + LABEL_COLUMNS), bold: true, fontSize: 16, verticalAlignment: 'middle', fill: LEVEL_FILL },
    );
    merged.rows.forEach((row, i) => {
      const ref = row[0];
      const level = MATURITY_LEVELS.find((l) => levelRef(l.level) === ref);
      if (!level || merged.rowStates[i] === 'orphaned') return;
      const r = layout.firstDataRow + i;
      put(r, layout.col(H.status), { formula: assertPortable(`=IF(${formula}>=${level.level},${formulaString(REACHED)},${formulaString(NOT_REACHED)})`) });
      formats.push({ range: rangeAddress(r, 0, 1, COLUMNS.length), bold: true, fill: LEVEL_FILL });
    });
  }
  formats.push({ range: rangeAddress(first, layout.col(H.level), last - first + 1, 1), horizontalAlignment: 'center' });
  const statusColumn = rangeAddress(first, layout.col(H.status), last - first + 1, 1);
  const topLeft = cellAddress(first, layout.col(H.status));
  for (const [words, fill, font] of [[[MET, REACHED], GOOD_FILL, GOOD_FONT], [[NOT_MET, NOT_REACHED], BAD_FILL, BAD_FONT]] as const) {
    conditionalFormats.push({ range: statusColumn, formula: assertPortable(`=OR(${words.map((w) => `${topLeft}=${formulaString(w)}`).join(',')})`), fill, fontColor: font });
  }

  // The guide wraps across the table's width: left to run on, it would widen the printed page.
  const guide = parseCell(layout.frame.get('guide') ?? '');
  const merges = [...(sheet.merges ?? [])];
  const rowHeights = [...(sheet.rowHeights ?? [])];
  if (guide) {
    const across = COLUMNS.length - guide.col;
    const width = COLUMNS.slice(guide.col).reduce((n, c) => n + c.width, 0);
    merges.push(rangeAddress(guide.row, guide.col, 1, across));
    formats.push({ range: rangeAddress(guide.row, guide.col, 1, across), wrap: true, verticalAlignment: 'top', italic: true, fontColor: STAMP_FONT });
    rowHeights.push({ row: guide.row, height: wrappedLines(MATURITY_GUIDE, width) * LINE_HEIGHT });
  }
  if (block) {
    merges.push(rangeAddress(block.row, block.col, 1, LABEL_COLUMNS));
    rowHeights.push({ row: block.row, height: 28 });
  }
  return {
    ...sheet,
    writes: [{ at: 'A1', cells }],
    formats: [...sheet.formats, ...formats],
    conditionalFormats: [...sheet.conditionalFormats, ...conditionalFormats],
    merges,
    rowHeights,
  };
}
