/**
 * Finding a team's own Statement of Applicability: the sheet, the header row (below titles and
 * blank rows, over banners), and which column holds which field. A sheet is an SoA when both its
 * header and its cells say so:
 * - the header names a decision: applicability, a reason, a justification or a status;
 * - one column names Annex A controls, one per row, on at least five rows or half of the rows
 *   below the header (the column the header calls the control id, else the one whose cells hold
 *   the most ids, such as "Control" holding "A.5.1 Policies for…"), mostly different controls and
 *   hardly ever several in one cell (a treatment plan cites the same controls again and again);
 * - and the header names no likelihood, impact or threat: a register cites controls too, and is
 *   never taken for an SoA.
 * The edition is 2013 when more ids have the three levels of a 2013 control than two of a 2022 one.
 */
import { readApplicability } from './applicability-words';
import { isRiskbookSoaHeader } from './riskbook-columns';
import { editionOf, idAtStart, startsWithSeveralIds } from './control-id-text';
import { idReadings } from './recover-ids';
import type { SoaHeaderRow } from './soa-header-row';
import { readSoaHeaderRow } from './soa-header-row';
import type { SoaHeaderField } from './soa-header-words';
import { readTeamSoa } from './read-team-soa';
import type { SoaEdition, TeamSoa, TeamSoaField, TeamSoaLocation } from './types';
import type { Strength } from '../register/header-words';
import { readText } from '../register/header-words';
import type { RegisterField } from '../register/types';
import { cellText, isBlankCell } from '../register/cell-text';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedColumnCount, usedRowCount } from '../workbook/snapshot';

/** How far down the header row may be. */
export const SOA_HEADER_SEARCH_ROWS = 25;
/** Enough control rows for an SoA whatever else the sheet holds below its header. */
const MIN_CONTROL_ROWS = 5;
/** Share of a column's id rows that must name different controls. */
const DISTINCT_SHARE = 0.8;
/** Share of a column's id rows that may be matched by cells citing several controls. */
const LIST_SHARE = 0.1;
/** Share of a column's filled cells that must read as decisions for it to be the applicability column by its cells. */
const DECISION_SHARE = 0.8;

/** Fields whose column makes a header row an SoA's, beside the control id. */
const DECISION_FIELDS: readonly SoaHeaderField[] = [
  'applicable', 'justification', 'exclusionJustification', 'implementationStatus', 'reasonText',
  'reasonRisk', 'reasonLegal', 'reasonContractual', 'reasonBusiness', 'reasonBestPractice',
];

/** Register fields that no SoA header names: a row naming one is a register's. */
const REGISTER_ONLY: ReadonlySet<RegisterField> = new Set<RegisterField>([
  'likelihood', 'impact', 'impactC', 'impactI', 'impactA', 'residualLikelihood', 'residualImpact', 'threat', 'vulnerability',
]);

const STRENGTH_RANK: Readonly<Record<Strength, number>> = { outright: 0, generic: 1, fallback: 2 };

/** What a sheet's cells say about ids, computed once per sheet. */
interface SheetIds {
  /** Per column, the rows whose text starts with an Annex A id of either edition. */
  readonly textIdRows: ReadonlyMap<number, readonly number[]>;
  /** Per column, the rows whose text starts with several ids ("A 5.17 A 8.5"). */
  readonly listRows: ReadonlyMap<number, readonly number[]>;
  /** Rows that hold anything, in order. */
  readonly filledRows: readonly number[];
}

function sheetIds(sheet: SheetSnapshot): SheetIds {
  const textIdRows = new Map<number, number[]>();
  const listRows = new Map<number, number[]>();
  const filledRows: number[] = [];
  const rows = usedRowCount(sheet);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    if (row.some((v) => !isBlankCell(v))) filledRows.push(r);
    row.forEach((v, c) => {
      if (typeof v !== 'string') return;
      if (startsWithSeveralIds(v)) {
        const lists = listRows.get(c) ?? [];
        lists.push(r);
        listRows.set(c, lists);
      }
      const id = idAtStart(v);
      if (id === null || editionOf(id) === null) return;
      const list = textIdRows.get(c) ?? [];
      list.push(r);
      textIdRows.set(c, list);
    });
  }
  return { textIdRows, listRows, filledRows };
}

/** Rows below the header whose cell in `col` may be a control: by its text, or (`loose`) also as a mangled number or date. */
function idRowsBelow(sheet: SheetSnapshot, ids: SheetIds, header: number, col: number, loose: boolean): number[] {
  if (!loose) return (ids.textIdRows.get(col) ?? []).filter((r) => r > header);
  return ids.filledRows.filter((r) => r > header && (idReadings(cellAt(sheet, r, col), '2022') !== null || idReadings(cellAt(sheet, r, col), '2013') !== null));
}

/**
 * Whether a column's id rows make an SoA's: enough of them, mostly different controls (an SoA
 * lists each control once; a plan or a register cites the same control on many rows), and hardly
 * any cell citing several controls at once.
 */
function enoughIds(sheet: SheetSnapshot, ids: SheetIds, header: number, col: number, idRows: readonly number[], filledBelow: number): boolean {
  const n = idRows.length;
  if (n === 0 || (n < MIN_CONTROL_ROWS && n * 2 < filledBelow)) return false;
  const lists = (ids.listRows.get(col) ?? []).filter((r) => r > header).length;
  if (lists > n * LIST_SHARE) return false;
  const distinct = new Set(idRows.map((r) => cellText(cellAt(sheet, r, col)).trim().toLowerCase())).size;
  return distinct >= n * DISTINCT_SHARE;
}

/**
 * The edition of a column's ids: 2013 where more cells read as a 2013 control than as a 2022 one.
 * A date that reads as a 2013 id counts for 2013 only: a 2022 id turned into a date carries the
 * year it was typed, which makes no 2013 id.
 */
function editionOfColumn(values: readonly CellValue[]): SoaEdition {
  let of2013 = 0;
  let of2022 = 0;
  for (const v of values) {
    const old = idReadings(v, '2013');
    if (old) of2013++;
    else if (idReadings(v, '2022')) of2022++;
  }
  return of2013 > of2022 ? '2013' : '2022';
}

/** Whether the row names a register's fields (likelihood, impact, threat): then it is no SoA. */
function namesRegisterFields(texts: readonly string[]): boolean {
  return texts.some((t) => {
    if (t === '') return false;
    const read = readText(t);
    return read !== null && read.sense.strength !== 'fallback' && REGISTER_ONLY.has(read.sense.field);
  });
}

interface Candidate {
  readonly location: TeamSoaLocation;
  readonly controlRows: number;
  readonly score: number;
}

/** The column of control ids: the one the header names if its cells hold ids, else the one whose cells hold the most. */
function idColumn(sheet: SheetSnapshot, ids: SheetIds, header: SoaHeaderRow, filledBelow: number): { col: number; how: 'header' | 'cells'; rows: number[] } | null {
  const byHeader = [...header.named]
    .filter(([, sense]) => sense.field === 'controlId')
    .map(([col, sense]) => ({ col, rank: STRENGTH_RANK[sense.strength], rows: idRowsBelow(sheet, ids, header.row, col, true) }))
    .filter((c) => enoughIds(sheet, ids, header.row, c.col, c.rows, filledBelow))
    .sort((a, b) => a.rank - b.rank || b.rows.length - a.rows.length || a.col - b.col);
  if (byHeader.length > 0) return { ...byHeader[0]!, how: 'header' };
  let best: { col: number; rows: number[] } | null = null;
  for (const col of ids.textIdRows.keys()) {
    // Riskbook's "Read as" column repeats the ids it read: never the team's id column.
    if (isRiskbookSoaHeader(header.texts[col] ?? '')) continue;
    const rows = idRowsBelow(sheet, ids, header.row, col, false);
    if (enoughIds(sheet, ids, header.row, col, rows, filledBelow) && (!best || rows.length > best.rows.length || (rows.length === best.rows.length && col < best.col))) best = { col, rows };
  }
  return best ? { ...best, how: 'cells' } : null;
}

/** A column whose filled cells are nearly all decisions (Yes / No / N/A / Partially), where no header names applicability. */
function applicableByCells(sheet: SheetSnapshot, taken: ReadonlySet<number>, rows: readonly number[], width: number): number | null {
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const filled = rows.map((r) => cellAt(sheet, r, col)).filter((v) => !isBlankCell(v));
    if (filled.length * 2 < rows.length || filled.length === 0) continue;
    const decided = filled.filter((v) => (typeof v === 'string' || typeof v === 'boolean') && readApplicability(v).decision !== null).length;
    if (decided >= filled.length * DECISION_SHARE) return col;
  }
  return null;
}

function candidateAt(sheet: SheetSnapshot, ids: SheetIds, row: number): Candidate | null {
  const header = readSoaHeaderRow(sheet, row);
  if (header.fields.size === 0 || namesRegisterFields(header.texts)) return null;
  const filledBelow = ids.filledRows.filter((r) => r > row).length;
  const id = idColumn(sheet, ids, header, filledBelow);
  if (!id) return null;

  const columns: Partial<Record<TeamSoaField, number>> = {};
  const how: Partial<Record<TeamSoaField, 'header' | 'cells'>> = {};
  let reasonText: number | undefined;
  for (const [field, read] of header.fields) {
    // The id column names the control, whatever its header says ("Control": "A.5.1 Policies…").
    if (read.col === id.col || field === 'controlId') continue;
    if (field === 'reasonText') reasonText = read.col;
    else {
      columns[field] = read.col;
      how[field] = 'header';
    }
  }
  columns.controlId = id.col;
  how.controlId = id.how;
  // A reason column is the justification where no column names that: its words are why the control is in.
  if (reasonText !== undefined && columns.justification === undefined) {
    columns.justification = reasonText;
    how.justification = 'header';
    reasonText = undefined;
  }
  if (columns.applicable === undefined) {
    const riskbook = header.texts.flatMap((t, col) => (isRiskbookSoaHeader(t) ? [col] : []));
    const taken = new Set<number>([...Object.values(columns), ...riskbook, ...(reasonText !== undefined ? [reasonText] : [])]);
    const col = applicableByCells(sheet, taken, id.rows, Math.max(header.texts.length, usedColumnCount(sheet)));
    if (col !== null) {
      columns.applicable = col;
      how.applicable = 'cells';
    }
  }
  const decides = DECISION_FIELDS.some((f) => (f === 'reasonText' ? reasonText !== undefined : columns[f as TeamSoaField] !== undefined));
  if (!decides) return null;

  const edition = editionOfColumn(id.rows.map((r) => cellAt(sheet, r, id.col)));
  const location: TeamSoaLocation = {
    sheet: sheet.name,
    headerRow: row,
    bannerRows: header.bannerRows,
    columns,
    how,
    edition,
    ...(reasonText !== undefined ? { reasonText } : {}),
  };
  const score = Object.keys(columns).length + (reasonText !== undefined ? 1 : 0);
  return { location, controlRows: id.rows.length, score };
}

function bestCandidate(sheet: SheetSnapshot): Candidate | null {
  const ids = sheetIds(sheet);
  if (ids.filledRows.length === 0) return null;
  let best: Candidate | null = null;
  const rows = Math.min(SOA_HEADER_SEARCH_ROWS, usedRowCount(sheet));
  for (let row = 0; row < rows; row++) {
    const c = candidateAt(sheet, ids, row);
    if (!c) continue;
    // A header over two or three rows is read at its lowest row, even where a banner row names as much.
    if (!best || c.score > best.score || (c.score === best.score && c.location.bannerRows.includes(best.location.headerRow))) best = c;
  }
  return best;
}

/** Where a team's SoA is on a sheet, and how its columns were read; null when the sheet is no SoA. */
export function locateTeamSoa(sheet: SheetSnapshot): TeamSoaLocation | null {
  return bestCandidate(sheet)?.location ?? null;
}

export interface FindTeamSoaOptions {
  /** Sheets never to read as a team SoA (lower-case names): Riskbook's own sheets and the register. */
  readonly skipSheets: ReadonlySet<string>;
  /** Read this sheet (a person chose it) instead of searching. */
  readonly sheet?: string;
}

/** The team's SoA in the workbook: the SoA-like sheet with the most control rows, read; null when none. */
export function findTeamSoa(snapshot: WorkbookSnapshot, options: FindTeamSoaOptions): TeamSoa | null {
  if (options.sheet !== undefined) {
    const chosen = findSheet(snapshot, options.sheet);
    const location = chosen ? locateTeamSoa(chosen) : null;
    return chosen && location ? readTeamSoa(chosen, location) : null;
  }
  let best: { sheet: SheetSnapshot; candidate: Candidate } | null = null;
  for (const sheet of snapshot.sheets) {
    if (options.skipSheets.has(sheet.name.toLowerCase())) continue;
    const candidate = bestCandidate(sheet);
    if (!candidate) continue;
    if (!best || candidate.controlRows > best.candidate.controlRows || (candidate.controlRows === best.candidate.controlRows && candidate.score > best.candidate.score)) {
      best = { sheet, candidate };
    }
  }
  return best ? readTeamSoa(best.sheet, best.candidate.location) : null;
}

/** The header text of every column of a located SoA ('' where blank), merged headers carried down: for `map`. */
export function soaHeaderTexts(sheet: SheetSnapshot, location: TeamSoaLocation): readonly string[] {
  return readSoaHeaderRow(sheet, location.headerRow).texts;
}
