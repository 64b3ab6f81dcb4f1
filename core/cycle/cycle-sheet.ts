/**
 * The assessment cycles (year on year): a hidden sheet of Riskbook's own ("Riskbook cycle",
 * recognised by its title in A1, like the trail) that holds the register as it stood when the
 * current cycle began, the baseline every risk is marked against, and one line per cycle begun.
 *
 * Riskbook writes it only when a person starts a new cycle: a run in between reads it and leaves it
 * as it is. Nothing in it is a person's. One row per record, `Kind` saying which:
 * - `cycle`: a cycle begun (when, how many risks, under which methodology), with the tallies of
 *   the cycle it closed (JSON in Data); the last one is the current cycle;
 * - `cycle risks`: the baseline, packed many risks to a cell as JSON arrays of
 *   [id, fingerprint, summary] (a register of 50,000 risks would otherwise make as many rows).
 * A row of another kind is kept as it is when the sheet is written again.
 */
import { rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';
import {
  RECORD_HEADER_ROW, hasRecordTitle, packedRecords, parsedJson, recordCell, recordSerial, recordSheetPlan, recordText, unpackedRecords,
} from '../workbook/record-sheet';

/** The title in A1: the mark that says the sheet is Riskbook's record of cycles. */
export const CYCLE_TITLE = 'Riskbook cycle';
export const CYCLE_HEADERS = ['Kind', 'Started', 'Risks', 'Methodology hash', 'Data'] as const;
const KINDS = { cycle: 'cycle', risks: 'cycle risks' } as const;

/** How a cycle ended, against the baseline it began with. */
export interface CycleTally {
  readonly new: number;
  readonly modified: number;
  readonly unchanged: number;
  readonly closed: number;
}

export interface CycleStart {
  /** When the cycle began: a spreadsheet serial date-time. */
  readonly started: number;
  /** Risks in the baseline taken then. */
  readonly risks: number;
  readonly methodologyHash: string;
  /** The tallies of the cycle this one closed; absent for the first cycle. */
  readonly closedCycle?: CycleTally;
}

/** A risk as the baseline keeps it. */
export interface BaselineRisk {
  readonly id: string;
  readonly fingerprint: string;
  /** Its title, threat or description, shortened: a closed risk is listed by it. */
  readonly summary: string;
}

export interface Cycle {
  /** Every cycle begun, oldest first; the last is the current one. */
  readonly starts: readonly CycleStart[];
  /** The register as the current cycle began, by risk id (trimmed, lower case). */
  readonly baseline: ReadonlyMap<string, BaselineRisk>;
  /** Rows of kinds this version does not read, carried across a rewrite as they are. */
  readonly otherRows: readonly (readonly PlanCell[])[];
}

/** How much of a risk's summary the baseline keeps. */
export const SUMMARY_CHARS = 80;

export function baselineKey(id: string): string {
  return id.trim().toLowerCase();
}

function tallyOf(json: string): CycleTally | undefined {
  const t = parsedJson(json);
  if (t === null || typeof t !== 'object') return undefined;
  const n = (k: string): number | null => {
    const v = (t as Record<string, unknown>)[k];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
  };
  const [a, b, c, d] = [n('new'), n('modified'), n('unchanged'), n('closed')];
  return a === null || b === null || c === null || d === null ? undefined : { new: a, modified: b, unchanged: c, closed: d };
}

export function isCycleSheet(sheet: SheetSnapshot): boolean {
  return hasRecordTitle(sheet, CYCLE_TITLE);
}

/**
 * The cycles the workbook records; null when no cycle was ever begun (no sheet, no mark, or no
 * cycle row a person left readable). A packed record that cannot be read is left out: its risk
 * is then New.
 */
export function readCycle(snapshot: WorkbookSnapshot, name: string = SHEETS.cycle): Cycle | null {
  const sheet = findSheet(snapshot, name);
  if (!sheet || !isCycleSheet(sheet)) return null;
  const starts: CycleStart[] = [];
  const baseline = new Map<string, BaselineRisk>();
  const otherRows: PlanCell[][] = [];
  for (let row = RECORD_HEADER_ROW + 1; row < usedRowCount(sheet); row++) {
    const cell = (col: number): CellValue => cellAt(sheet, row, col);
    const kind = recordText(cell(0));
    if (kind === KINDS.cycle) {
      const started = recordSerial(cell(1));
      if (started === null) continue;
      const closedCycle = tallyOf(recordText(cell(4)));
      starts.push({ started, risks: recordSerial(cell(2)) ?? 0, methodologyHash: recordText(cell(3)), ...(closedCycle ? { closedCycle } : {}) });
    } else if (kind === KINDS.risks) {
      for (const r of unpackedRecords(recordText(cell(4)))) {
        if (!Array.isArray(r) || typeof r[0] !== 'string' || typeof r[1] !== 'string') continue;
        const key = baselineKey(r[0]);
        if (key === '' || baseline.has(key)) continue;
        baseline.set(key, { id: r[0].trim(), fingerprint: r[1], summary: typeof r[2] === 'string' ? r[2] : '' });
      }
    } else if (kind !== '') {
      otherRows.push(CYCLE_HEADERS.map((_, c) => recordCell(cell(c))));
    }
  }
  if (starts.length === 0) return null;
  starts.sort((a, b) => a.started - b.started);
  return { starts, baseline, otherRows };
}

/** The current cycle's start: the last one begun. */
export function currentStart(cycle: Cycle): CycleStart {
  return cycle.starts[cycle.starts.length - 1]!;
}

function cycleRows(cycle: Cycle): PlanCell[][] {
  const rows: PlanCell[][] = cycle.starts.map((s) => [KINDS.cycle, s.started, s.risks, s.methodologyHash, s.closedCycle ? JSON.stringify(s.closedCycle) : '']);
  for (const other of cycle.otherRows) rows.push([...other]);
  const records = [...cycle.baseline.values()].map((r) => [r.id, r.fingerprint, r.summary]);
  for (const cell of packedRecords(records)) rows.push([KINDS.risks, '', '', '', cell]);
  return rows;
}

export function cycleSheetPlan(cycle: Cycle): SheetPlan {
  const rows = cycleRows(cycle);
  return recordSheetPlan({
    name: SHEETS.cycle,
    title: CYCLE_TITLE,
    description: 'The register as the current assessment cycle began, which every risk is marked New, Modified or Unchanged against, and each cycle begun. Riskbook writes this sheet when a new cycle is started.',
    headers: CYCLE_HEADERS,
    rows,
    formats: [{ range: rangeAddress(RECORD_HEADER_ROW + 1, 1, Math.max(1, rows.length), 1), numberFormat: 'yyyy-mm-dd hh:mm' }],
  });
}
