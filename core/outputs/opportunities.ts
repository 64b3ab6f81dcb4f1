/**
 * Opportunities (Clause 6.1.1): a register people keep entirely by hand. Riskbook creates the
 * sheet with its header and dropdowns and, after that, only re-applies the layout: every row,
 * with or without an ID, and every column people added stay as they are.
 */
import { DATE_FORMAT } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import { cellAddress } from '../workbook/a1';
import { NAMES, SHEETS } from '../workbook/names';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, formulaAt, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { textOf } from './cells';
import type { GeneratedSheet } from './layout';
import { HEADER_ROW, STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import type { ColumnDef, KeyedTableSpec } from './preserve';
import { columnOf, locateTable, mergeKeyedTable } from './preserve';

export const OPPORTUNITIES_TITLE = 'Opportunities (ISO/IEC 27001:2022 clause 6.1.1)';

export const OPPORTUNITY_HEADERS = {
  id: 'ID',
  opportunity: 'Opportunity',
  benefit: 'Expected benefit',
  action: 'Action',
  owner: 'Owner',
  dueDate: 'Due date',
  status: 'Status',
  measureOfSuccess: 'Measure of success',
  result: 'Result',
} as const;
const H = OPPORTUNITY_HEADERS;

export const OPPORTUNITY_COLUMNS: readonly ColumnDef[] = [
  { header: H.id, kind: 'user', width: 8 },
  { header: H.opportunity, kind: 'user', width: 40, wrap: true },
  { header: H.benefit, kind: 'user', width: 30, wrap: true },
  { header: H.action, kind: 'user', width: 40, wrap: true },
  { header: H.owner, kind: 'user', width: 18 },
  { header: H.dueDate, kind: 'user', width: 12, numberFormat: DATE_FORMAT, validation: { kind: 'date' } },
  { header: H.status, kind: 'user', width: 14, validation: { kind: 'list', namedRange: NAMES.opportunityStatus } },
  // How the team will know the opportunity was realised, and what came of it: last, so a sheet of
  // an earlier version keeps its columns where they were.
  { header: H.measureOfSuccess, kind: 'user', width: 30, wrap: true },
  { header: H.result, kind: 'user', width: 30, wrap: true },
];

const OPPORTUNITY_SPEC: KeyedTableSpec = {
  columns: OPPORTUNITY_COLUMNS,
  headerRow: HEADER_ROW,
  keyHeader: H.id,
  key: (cell) => {
    const id = textOf(cell(H.id));
    return id === '' ? null : id;
  },
  rows: 'user',
};

export function opportunitiesSheetPlan(input: { readonly workbook?: WorkbookSnapshot; readonly sheetName?: string; readonly stamp: Stamp }): GeneratedSheet {
  const existing = input.workbook ? findSheet(input.workbook, input.sheetName ?? SHEETS.opportunities) : undefined;
  const table = mergeKeyedTable(existing, OPPORTUNITY_SPEC, []);
  const { sheet } = renderTableSheet({
    name: SHEETS.opportunities,
    table,
    columns: OPPORTUNITY_COLUMNS,
    frame: [
      { kind: 'title', text: OPPORTUNITIES_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(input.stamp), row: STAMP_ROW },
    ],
  });
  return { sheet, orphaned: table.orphaned, added: table.added };
}

/**
 * Findings for every opportunity row with any content: it needs an owner and an action. A sheet
 * with none is a note: Clause 6.1.1 asks for opportunities as well as risks.
 */
export function opportunityRules(snapshot: WorkbookSnapshot, name: string = SHEETS.opportunities): Finding[] {
  const sheet = findSheet(snapshot, name);
  if (!sheet) return [];
  const location = locateTable(sheet, H.id, Object.values(H));
  if (!location) return [];
  let recorded = 0;
  const cols = Object.values(H).map((h) => columnOf(location, h));
  const idCol = columnOf(location, H.id);
  const ownerCol = columnOf(location, H.owner);
  const actionCol = columnOf(location, H.action);
  // Blank owners and actions are things to fill in, one finding each however many rows lack them.
  const noOwner: CellFound[] = [];
  const noAction: CellFound[] = [];
  const end = usedRowCount(sheet);
  for (let r = location.headerRow + 1; r < end; r++) {
    const hasContent = cols.some((c) => c !== undefined && (textOf(cellAt(sheet, r, c)) !== '' || formulaAt(sheet, r, c) !== null));
    if (!hasContent) continue;
    recorded++;
    const typedId = idCol === undefined ? '' : textOf(cellAt(sheet, r, idCol));
    const id = typedId !== '' ? typedId : `on row ${r + 1}`;
    const anchor = cellAddress(r, idCol ?? 0);
    if (ownerCol === undefined || textOf(cellAt(sheet, r, ownerCol)) === '') noOwner.push({ cell: ownerCol === undefined ? anchor : cellAddress(r, ownerCol), params: { id } });
    if (actionCol === undefined || textOf(cellAt(sheet, r, actionCol)) === '') noAction.push({ cell: actionCol === undefined ? anchor : cellAddress(r, actionCol), params: { id } });
  }
  if (recorded === 0) return [finding('opportunities-none', sheet.name, cellAddress(location.headerRow, idCol ?? 0), { sheet: sheet.name })];
  return [...findingsOnCells('opportunity-owner-missing', sheet.name, noOwner), ...findingsOnCells('opportunity-action-missing', sheet.name, noAction)];
}
