/**
 * The Change log: one row per Riskbook action, appended below the entries already there. Earlier
 * rows are never rewritten, so the log is evidence of how the SoA and the RTP changed (7.5.3).
 */
import { serialFromIso } from '../dates';
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { SheetNames } from '../workbook/names';
import { SHEETS } from '../workbook/names';
import type { BlockWrite, FormatSpec, PlanCell, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { parseStampLine, stampLine } from '../workbook/stamp';
import { HEADER_ROW, STAMP_FONT, STAMP_ROW, TITLE_ROW, headerFormat } from './layout';
import { textOf } from './cells';
import { columnOf, locateTable, normalizeKey } from './preserve';
import type { RtpRow } from './rtp';
import { readRtp } from './rtp';
import { readSoa } from './soa';

export const CHANGE_LOG_TITLE = 'Change log';
export const CHANGE_LOG_HEADERS = [
  'Time',
  'Action',
  'Summary',
  'Controls now applicable',
  'Controls now excluded',
  'Rows added',
  'Rows orphaned',
  'Methodology hash before',
  'Methodology hash after',
] as const;
const WIDTHS = [17, 18, 40, 24, 24, 30, 30, 14, 14];
export const TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Items listed in one cell before the rest are counted ("… and 12 more"), to keep rows readable. */
export const LIST_LIMIT = 40;

export interface ChangeLogEntry {
  /** ISO 8601 date-time of the action (UTC). */
  readonly time: string;
  /** e.g. `Generate SoA`, `Recalculate`. */
  readonly action: string;
  readonly summary: string;
  readonly controlsNowApplicable: readonly string[];
  readonly controlsNowExcluded: readonly string[];
  readonly rowsAdded: readonly string[];
  readonly rowsOrphaned: readonly string[];
  readonly methodologyHashBefore: string;
  readonly methodologyHashAfter: string;
}

/** An ISO date-time as a spreadsheet serial with the time of day as its fraction. */
export function serialFromIsoDateTime(iso: string): number | null {
  const day = serialFromIso(iso);
  if (day === null) return null;
  const t = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!t) return day;
  const seconds = Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0);
  return day + seconds / 86400;
}

export function listCell(items: readonly string[]): string {
  if (items.length <= LIST_LIMIT) return items.join(', ');
  return `${items.slice(0, LIST_LIMIT).join(', ')} … and ${items.length - LIST_LIMIT} more`;
}

function entryRow(entry: ChangeLogEntry): PlanCell[] {
  return [
    serialFromIsoDateTime(entry.time) ?? entry.time,
    entry.action,
    entry.summary,
    listCell(entry.controlsNowApplicable),
    listCell(entry.controlsNowExcluded),
    listCell(entry.rowsAdded),
    listCell(entry.rowsOrphaned),
    entry.methodologyHashBefore,
    entry.methodologyHashAfter,
  ];
}

/** The first stamp line in the rows above `above`, and its cell. */
function findStamp(sheet: SheetSnapshot, above: number): { cell: string; stamp: NonNullable<ReturnType<typeof parseStampLine>> } | null {
  for (let r = 0; r < Math.min(above, sheet.values.length); r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const stamp = typeof v === 'string' ? parseStampLine(v) : null;
      if (stamp) return { cell: cellAddress(r, c), stamp };
    }
  }
  return null;
}

function stampCell(sheet: SheetSnapshot, above: number): string | null {
  return findStamp(sheet, above)?.cell ?? null;
}

/** What a methodology hash looks like in a stamp line (and so in the log's hash columns). */
const HASH_PATTERN = /^[0-9a-f]+$/i;


/**
 * The "Methodology hash after" of the Change log's last entry: the method the last logged run
 * left. Null when there is no log, no log header or no entry with a hash.
 */
export function lastLoggedMethodologyHash(workbook: WorkbookSnapshot, names: SheetNames = SHEETS): string | null {
  const sheet = findSheet(workbook, names.changeLog);
  const location = sheet ? locateTable(sheet, CHANGE_LOG_HEADERS[0], CHANGE_LOG_HEADERS) : null;
  const afterHeader: (typeof CHANGE_LOG_HEADERS)[number] = 'Methodology hash after';
  const col = location ? columnOf(location, afterHeader) : undefined;
  if (!sheet || !location || col === undefined) return null;
  // From the bottom up: a cell a person blanked or typed over is skipped, not taken for a hash.
  for (let r = usedRowCount(sheet) - 1; r > location.headerRow; r--) {
    const hash = textOf(cellAt(sheet, r, col));
    if (HASH_PATTERN.test(hash)) return hash;
  }
  return null;
}

/** Sheets whose stamp line names the method that generated them; the Methodology sheet first. */
const STAMPED_SHEETS: readonly (keyof typeof SHEETS)[] = ['methodology', 'rtp', 'soa', 'heatmap', 'dashboard', 'checks', 'opportunities', 'controls', 'changeLog', 'controlView', 'maturity'];
/** A stamp sits in the title block; people may insert a few rows above it. */
const STAMP_SEARCH_ROWS = 20;

/** The methodology hash of the newest stamp line on a generated sheet; null when none has one. */
export function stampedMethodologyHash(workbook: WorkbookSnapshot, names: SheetNames = SHEETS): string | null {
  let newest: { generatedAt: string; methodologyHash: string } | null = null;
  for (const role of STAMPED_SHEETS) {
    const sheet = findSheet(workbook, names[role]);
    const stamp = sheet ? findStamp(sheet, STAMP_SEARCH_ROWS)?.stamp : undefined;
    if (stamp && (newest === null || stamp.generatedAt > newest.generatedAt)) newest = stamp;
  }
  return newest?.methodologyHash ?? null;
}

/**
 * The methodology hash Riskbook recorded last, which is the "before" of the next entry: the
 * "after" of the log's last entry or, before the log has one, the hash stamped on the generated
 * sheets; '' when nothing was ever recorded. Compared with the hash of the method as read now,
 * it shows in the log a method edited between two runs.
 */
export function recordedMethodologyHash(workbook: WorkbookSnapshot, names: SheetNames = SHEETS): string {
  return lastLoggedMethodologyHash(workbook, names) ?? stampedMethodologyHash(workbook, names) ?? '';
}

/**
 * Appends one entry (mode `update`), after `earlier` when given: the team's own edits since the
 * last run, logged in the row above the run's. A missing sheet, or one without the log's header,
 * gets the title, stamp and header first; on a sheet with other content they go below it, never
 * over it.
 */
export function changeLogSheetPlan(
  workbook: WorkbookSnapshot | undefined,
  entry: ChangeLogEntry,
  stamp: Stamp,
  names: SheetNames = SHEETS,
  earlier?: ChangeLogEntry,
): { sheet: SheetPlan } {
  const existing = workbook ? findSheet(workbook, names.changeLog) : undefined;
  const width = CHANGE_LOG_HEADERS.length;
  const location = existing ? locateTable(existing, CHANGE_LOG_HEADERS[0], CHANGE_LOG_HEADERS) : null;
  const entries = [...(earlier ? [entryRow(earlier)] : []), entryRow(entry)];

  const timeCol = location?.columns.get('time');
  if (existing && location && timeCol !== undefined && location.columns.has('action')) {
    const at = Math.max(usedRowCount(existing), location.headerRow + 1);
    const stampAt = stampCell(existing, location.headerRow);
    // The entry is the last write: a host stopped between the two leaves a refreshed stamp (which
    // the next run writes again) and no entry, never an entry for a run that did not finish.
    const writes: BlockWrite[] = stampAt ? [{ at: stampAt, cells: [[stampLine(stamp)]] }] : [];
    writes.push({ at: cellAddress(at, timeCol), cells: entries });
    return {
      sheet: {
        name: names.changeLog,
        mode: 'update',
        writes,
        formats: entries.flatMap((_, k) => entryFormats(at + k, timeCol, width)),
        validations: [],
        conditionalFormats: [],
      },
    };
  }

  // The log starts here: on an empty (or absent) sheet at the usual place, else below what is there.
  const used = existing ? usedRowCount(existing) : 0;
  const top = used === 0 ? 0 : used + 1;
  const headerRow = top + HEADER_ROW;
  const cells: PlanCell[][] = [[CHANGE_LOG_TITLE], [stampLine(stamp)], [], [...CHANGE_LOG_HEADERS], ...entries].map((r) => {
    const out = [...r];
    while (out.length < width) out.push(null);
    return out;
  });
  const formats: FormatSpec[] = [
    { range: cellAddress(top + TITLE_ROW, 0), bold: true, fontSize: 14 },
    { range: cellAddress(top + STAMP_ROW, 0), italic: true, fontColor: STAMP_FONT },
    headerFormat(rangeAddress(headerRow, 0, 1, width)),
    ...entries.flatMap((_, k) => entryFormats(headerRow + 1 + k, 0, width)),
  ];
  return {
    sheet: {
      name: names.changeLog,
      mode: 'update',
      ...(used === 0 ? { frozenRows: headerRow + 1 } : {}),
      columnWidths: WIDTHS.map((w, col) => ({ col, width: w })),
      writes: [{ at: cellAddress(top, 0), cells }],
      formats,
      validations: [],
      conditionalFormats: [],
      pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1, printTitleRows: `${headerRow + 1}:${headerRow + 1}`, printTitleColumns: 'A:A' },
    },
  };
}

function entryFormats(row: number, col: number, width: number): FormatSpec[] {
  return [
    { range: rangeAddress(row, col, 1, width), border: true, verticalAlignment: 'top', wrap: true },
    { range: cellAddress(row, col), numberFormat: TIME_FORMAT, wrap: false },
  ];
}

/** What the change log compares before and after an action. */
export interface ChangeLogState {
  /** SoA rows that match the catalogue: control id and Yes / No / '' applicability. */
  readonly soa: readonly { readonly controlId: string; readonly applicable: 'yes' | 'no' | '' }[];
  /** Keys of RTP rows that match the register (rows already orphaned are left out). */
  readonly rtpKeys: readonly string[];
}

export interface ChangeLogDiff {
  readonly controlsNowApplicable: string[];
  readonly controlsNowExcluded: string[];
  /** `RTP R-14 · 5.17`, `SoA 5.17`: rows that match now and did not before. */
  readonly rowsAdded: string[];
  /** Rows that matched before and are kept orphaned now. */
  readonly rowsOrphaned: string[];
}

/** The state of the SoA and the RTP in a workbook, as the Row status cells and Applicable cells say. */
/** `rtpRead`: the RTP of this same snapshot when the caller has read it already (a 50,000-row read). */
export function changeLogState(snapshot: WorkbookSnapshot, names: SheetNames = SHEETS, rtpRead?: readonly RtpRow[] | null): ChangeLogState {
  const soa = readSoa(snapshot, names.soa);
  const rtp = rtpRead !== undefined ? rtpRead : readRtp(snapshot, names.rtp);
  return {
    soa: (soa?.rows ?? []).filter((r) => r.controlId !== '' && !r.orphaned).map((r) => ({ controlId: r.controlId, applicable: r.applicable ?? '' })),
    rtpKeys: (rtp ?? []).filter((r) => r.key !== '' && !r.orphaned).map((r) => r.key),
  };
}

/**
 * What changed between two states, each given as a ChangeLogState or as the workbook it is read
 * from (typically the snapshot before the action and the MemoryWorkbook after applying its plan).
 */
export function diffForChangeLog(beforeState: ChangeLogState | WorkbookSnapshot, afterState: ChangeLogState | WorkbookSnapshot, names: SheetNames = SHEETS): ChangeLogDiff {
  const before = 'sheets' in beforeState ? changeLogState(beforeState, names) : beforeState;
  const after = 'sheets' in afterState ? changeLogState(afterState, names) : afterState;
  const was = new Map(before.soa.map((r) => [normalizeKey(r.controlId), r.applicable]));
  const is = new Set(after.soa.map((r) => normalizeKey(r.controlId)));
  const controlsNowApplicable: string[] = [];
  const controlsNowExcluded: string[] = [];
  const rowsAdded: string[] = [];
  const rowsOrphaned: string[] = [];
  const seen = new Set<string>();
  for (const r of after.soa) {
    const k = normalizeKey(r.controlId);
    if (seen.has(k)) continue;
    seen.add(k);
    const previous = was.get(k);
    if (r.applicable === 'yes' && previous !== 'yes') controlsNowApplicable.push(r.controlId);
    if (r.applicable === 'no' && previous !== 'no') controlsNowExcluded.push(r.controlId);
    if (previous === undefined) rowsAdded.push(`SoA ${r.controlId}`);
  }
  for (const r of before.soa) if (!is.has(normalizeKey(r.controlId))) rowsOrphaned.push(`SoA ${r.controlId}`);

  // Each key normalised once: a large plan has tens of thousands.
  const normalBefore = before.rtpKeys.map(normalizeKey);
  const normalAfter = after.rtpKeys.map(normalizeKey);
  const rtpBefore = new Set(normalBefore);
  const rtpAfter = new Set(normalAfter);
  const firsts = (keys: readonly string[], normal: readonly string[], absentFrom: ReadonlySet<string>, into: string[]): void => {
    const seenKeys = new Set<string>();
    keys.forEach((k, i) => {
      const n = normal[i]!;
      if (seenKeys.has(n)) return;
      seenKeys.add(n);
      if (!absentFrom.has(n)) into.push(`RTP ${k}`);
    });
  };
  firsts(after.rtpKeys, normalAfter, rtpBefore, rowsAdded);
  firsts(before.rtpKeys, normalBefore, rtpAfter, rowsOrphaned);
  return { controlsNowApplicable, controlsNowExcluded, rowsAdded, rowsOrphaned: unique(rowsOrphaned) };
}

function unique(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const n = normalizeKey(k);
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}
