/**
 * A hidden sheet of Riskbook's own that keeps records rather than shows them (the trail, the
 * assessment cycles): its title in A1 is the mark that says it is Riskbook's, a line under it says
 * what it holds, then a header row and one row per record, the first column naming its kind.
 *
 * Many small records (one per risk) are packed as JSON arrays into as few cells as hold them, well
 * under the 32,767 characters a cell takes: a register of 50,000 risks would otherwise make as
 * many rows. Reading is forgiving: a cell a person edited into something unreadable reads as no
 * record, never as an exception.
 */
import { ESCAPED_IN_JSON } from '../hash';
import { cellAddress, rangeAddress } from './a1';
import type { FormatSpec, PlanCell, SheetPlan } from './plan';
import type { CellValue, SheetSnapshot } from './snapshot';
import { cellAt } from './snapshot';

/** The 0-based row of the header: title, description, a blank row, then the header. */
export const RECORD_HEADER_ROW = 3;

/** How full a packed cell gets: well under the 32,767 characters a cell holds. */
export const PACKED_CELL = 20_000;

/**
 * The length of `JSON.stringify(record)`, worked out without writing it for the records the
 * trail keeps (arrays of strings, numbers, booleans and nulls); anything else is written to be
 * measured.
 */
export function recordJsonLength(record: unknown): number {
  if (!Array.isArray(record)) return JSON.stringify(record).length;
  let length = 1 + Math.max(0, record.length - 1) + 1;
  for (let i = 0; i < record.length; i++) {
    const v: unknown = record[i];
    if (typeof v === 'string') length += ESCAPED_IN_JSON.test(v) ? JSON.stringify(v).length : v.length + 2;
    else if (typeof v === 'number') length += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === 'boolean') length += v ? 4 : 5;
    else if (v === null || v === undefined) length += 4;
    else return JSON.stringify(record).length;
  }
  return length;
}

/**
 * Records packed as JSON arrays into as few cells as hold them. The records of a cell are written
 * by one JSON.stringify of them all: one is packed per risk on every run, and writing each on its
 * own took more of a run than the rest of the trail's packing.
 */
export function packedRecords(records: readonly unknown[]): string[] {
  const cells: string[] = [];
  let first = 0;
  // The characters of the records in the cell so far, each counted with the comma or bracket after it.
  let size = 0;
  for (let i = 0; i < records.length; i++) {
    const length = recordJsonLength(records[i]);
    if (size + length > PACKED_CELL && i > first) {
      cells.push(JSON.stringify(records.slice(first, i)));
      first = i;
      size = 0;
    }
    size += length + 1;
  }
  if (records.length > first) cells.push(JSON.stringify(records.slice(first)));
  return cells;
}

/** JSON text as a value; null when it is not JSON. */
export function parsedJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** The records of a packed cell; none when it does not hold an array. */
export function unpackedRecords(json: string): unknown[] {
  const parsed = parsedJson(json);
  return Array.isArray(parsed) ? parsed : [];
}

/** A record cell as text, trimmed ('' when blank; an error as its text). */
export function recordText(v: CellValue): string {
  return v === null ? '' : typeof v === 'object' ? v.error : String(v).trim();
}

/** A record cell as a serial date or number; null when it holds none. */
export function recordSerial(v: CellValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A record cell as a plan writes it back unchanged (an error as its text). */
export function recordCell(v: CellValue): PlanCell {
  return v === null ? '' : typeof v === 'object' ? v.error : v;
}

/** Whether the sheet carries `title` in A1, the mark of that record sheet. */
export function hasRecordTitle(sheet: SheetSnapshot, title: string): boolean {
  return recordText(cellAt(sheet, 0, 0)) === title;
}

export interface RecordSheet {
  readonly name: string;
  /** The mark in A1. */
  readonly title: string;
  /** What the sheet holds and when Riskbook writes it, for a person who unhides it. */
  readonly description: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Formats beyond the title's, description's and header's (a date column, say). */
  readonly formats?: readonly FormatSpec[];
}

/** The sheet, hidden and replaced whole: its last column (the packed data) wide, the rest narrow. */
export function recordSheetPlan(sheet: RecordSheet): SheetPlan {
  const last = sheet.headers.length - 1;
  return {
    name: sheet.name,
    mode: 'replace',
    hidden: true,
    columnWidths: sheet.headers.map((_, col) => ({ col, width: col === last ? 60 : 16 })),
    writes: [
      { at: 'A1', cells: [[sheet.title]] },
      { at: 'A2', cells: [[sheet.description]] },
      { at: cellAddress(RECORD_HEADER_ROW, 0), cells: [[...sheet.headers], ...sheet.rows.map((r) => [...r])] },
    ],
    formats: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: 'A2', italic: true, fontColor: '#595959' },
      { range: rangeAddress(RECORD_HEADER_ROW, 0, 1, sheet.headers.length), bold: true, fill: '#D9D9D9' },
      ...(sheet.formats ?? []),
    ],
    validations: [],
    conditionalFormats: [],
  };
}
