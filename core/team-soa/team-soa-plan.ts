/**
 * What Riskbook writes on a team's own SoA: its derived columns beside the team's last column
 * (the risks that cite each control, a justification composed from the register where the team
 * wrote none, and how Riskbook read the row), and the Annex A controls the team does not list, in
 * one block under a heading below the team's table. Every cell the team typed stays as it is: the
 * plan is an `update` that writes only into those columns and those new rows.
 */
import type { ControlCatalogue } from '../annex-a/types';
import { citedBy, composeJustification } from '../outputs/soa';
import { listedIds } from '../outputs/id-list';
import { controlLinks } from '../outputs/links';
import type { Risk } from '../register/types';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { BlockWrite, FormatSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import { ADDED_BLOCK_HEADING, TEAM_SOA_COLUMNS } from './riskbook-columns';
import type { TeamSoaDerived } from './riskbook-columns';
import type { TeamSoa, TeamSoaRow } from './types';

/** Riskbook's columns stand apart from the team's: a light grey header, italic. */
const HEADER_FILL = '#E7E6E6';
const WIDTHS: Readonly<Record<TeamSoaDerived, number>> = { linkedRisks: 18, composedJustification: 40, readAs: 30 };
const DERIVED_ORDER: readonly TeamSoaDerived[] = ['linkedRisks', 'composedJustification', 'readAs'];

export interface TeamSoaPlanInput {
  readonly sheet: SheetSnapshot;
  readonly soa: TeamSoa;
  readonly risks: readonly Risk[];
  readonly catalogue: ControlCatalogue;
}

export interface TeamSoaPlan {
  readonly plan: SheetPlan;
  /** Riskbook's columns added on this run (0 when they were there already). */
  readonly addedColumns: number;
  /** Controls added below the team's table on this run. */
  readonly addedRows: number;
}

function text(sheet: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  return typeof v === 'string' ? v.trim() : '';
}

/** Where each of Riskbook's columns is: found by its header on the header row, else the next free column. */
function derivedColumns(sheet: SheetSnapshot, soa: TeamSoa): { cols: Record<TeamSoaDerived, number>; added: number } {
  const headerRow = soa.location.headerRow;
  const width = Math.max(soa.lastCol + 1, sheet.values[headerRow]?.length ?? 0);
  const cols = {} as Record<TeamSoaDerived, number>;
  let next = width;
  let added = 0;
  for (const key of DERIVED_ORDER) {
    let found = -1;
    for (let c = 0; c < width; c++) if (text(sheet, headerRow, c) === TEAM_SOA_COLUMNS[key]) found = c;
    if (found >= 0) cols[key] = found;
    else {
      cols[key] = next++;
      added++;
    }
  }
  return { cols, added };
}

/** How the team writes its ids: with the `A.` prefix or bare. New rows follow the same style. */
function idStyle(soa: TeamSoa): (id: string) => string {
  const typed = soa.rows.filter((r) => r.controlId !== '').map((r) => r.typedId.trim());
  const prefixed = typed.filter((t) => /^A\s*\./i.test(t)).length;
  return prefixed * 2 > typed.length ? (id) => `A.${id}` : (id) => id;
}

function readAs(row: TeamSoaRow, soa: TeamSoa, known: boolean): string {
  if (row.controlId === '') return '';
  if (!known) return `${row.controlId}: not an Annex A 2022 control`;
  const recovered = soa.recovered.find((r) => r.row === row.row);
  const id = recovered ? `${row.controlId} (the cell holds ${String(recovered.typed)})` : row.controlId;
  const a = row.applicability;
  const decision = a.decision === 'yes' ? (a.partial ? 'applicable, in part' : 'applicable') : a.decision === 'no' ? 'not applicable' : 'no decision';
  const typed = row.applicableText !== '' && a.decision !== null ? ` ("${row.applicableText}")` : '';
  return `${id}: ${decision}${typed}`;
}

export function teamSoaSheetPlan(input: TeamSoaPlanInput): TeamSoaPlan {
  const { sheet, soa, risks, catalogue } = input;
  const links = controlLinks(risks);
  const { cols, added } = derivedColumns(sheet, soa);
  const byRow = new Map(soa.rows.map((r) => [r.row, r]));
  const style = idStyle(soa);

  const listed = new Set(soa.rows.map((r) => r.controlId.toUpperCase()).filter((id) => id !== ''));
  const missing = catalogue.controls.filter((c) => c.annexA && !listed.has(c.id.toUpperCase()));
  const hasBlock = soa.rows.some((r) => r.controlId === '') && sheetHasHeading(sheet, soa);
  // The block starts one blank row below everything on the sheet; later runs continue it.
  const blockStart = hasBlock ? soa.lastRow + 1 : soa.lastRow + 2;
  const firstAdded = hasBlock ? blockStart : blockStart + 1;
  const lastRow = missing.length > 0 ? firstAdded + missing.length - 1 : soa.lastRow;

  const firstDataRow = soa.location.headerRow + 1;
  const columnCells: Record<TeamSoaDerived, PlanCell[]> = { linkedRisks: [], composedJustification: [], readAs: [] };
  for (let r = firstDataRow; r <= lastRow; r++) {
    const row = byRow.get(r);
    const addedIndex = r - firstAdded;
    const addedId = addedIndex >= 0 && addedIndex < missing.length ? missing[addedIndex]!.id : null;
    const id = row?.controlId ?? addedId ?? '';
    const known = id !== '' && catalogue.get(id) !== undefined;
    const linked = known ? (links.get(id.toUpperCase()) ?? []) : [];
    columnCells.linkedRisks.push(listedIds(linked, citedBy(id)));
    const teamWrote = row !== undefined && (row.justification !== '' || row.exclusionJustification !== '');
    columnCells.composedJustification.push(known && !teamWrote && linked.length > 0 ? composeJustification(linked, []) : '');
    columnCells.readAs.push(row ? readAs(row, soa, known) : addedId ? `${addedId}: added by Riskbook, no decision yet` : '');
  }

  const headerRow = soa.location.headerRow;
  const writes: BlockWrite[] = DERIVED_ORDER.map((key) => ({
    at: cellAddress(headerRow, cols[key]),
    cells: [[TEAM_SOA_COLUMNS[key]], ...columnCells[key].map((v) => [v])],
  }));
  const formats: FormatSpec[] = DERIVED_ORDER.map((key) => ({
    range: cellAddress(headerRow, cols[key]),
    bold: true,
    italic: true,
    fill: HEADER_FILL,
    wrap: true,
    verticalAlignment: 'top' as const,
  }));

  if (missing.length > 0) {
    const idCol = soa.location.columns.controlId ?? 0;
    const titleCol = soa.location.columns.title;
    const themeCol = soa.location.columns.theme;
    if (!hasBlock) {
      writes.push({ at: cellAddress(blockStart, idCol), cells: [[ADDED_BLOCK_HEADING]] });
      formats.push({ range: cellAddress(blockStart, idCol), bold: true });
    }
    writes.push({ at: cellAddress(firstAdded, idCol), cells: missing.map((c) => [style(c.id)]) });
    if (titleCol !== undefined) writes.push({ at: cellAddress(firstAdded, titleCol), cells: missing.map((c) => [c.title]) });
    if (themeCol !== undefined) writes.push({ at: cellAddress(firstAdded, themeCol), cells: missing.map((c) => [c.theme]) });
  }

  const plan: SheetPlan = {
    name: sheet.name,
    mode: 'update',
    writes,
    formats,
    validations: [],
    conditionalFormats: [],
    columnWidths: added > 0 ? DERIVED_ORDER.map((key) => ({ col: cols[key], width: WIDTHS[key] })) : [],
  };
  return { plan, addedColumns: added, addedRows: missing.length };
}

/** The heading of Riskbook's block of added controls, anywhere in the id column below the header. */
function sheetHasHeading(sheet: SheetSnapshot, soa: TeamSoa): boolean {
  const idCol = soa.location.columns.controlId ?? 0;
  for (let r = soa.location.headerRow + 1; r <= soa.lastRow; r++) if (text(sheet, r, idCol) === ADDED_BLOCK_HEADING) return true;
  return false;
}

/** Column letters of Riskbook's columns, for the change line. */
export function derivedColumnLetters(sheet: SheetSnapshot, soa: TeamSoa): string[] {
  const { cols } = derivedColumns(sheet, soa);
  return DERIVED_ORDER.map((k) => columnLetter(cols[k]));
}
