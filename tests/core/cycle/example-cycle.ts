/**
 * Year on year on the bundled example, as steps a person takes between runs, for the engine and
 * for every host's scenario test: after a first recalculation a new assessment cycle is started;
 * then R-31 is re-rated, R-02 reviewed again (routine: no change), R-40 taken out of the register
 * and R-41 added. The next recalculation marks them Modified, Unchanged, Closed and New.
 */
import { serialFromIso } from '../../../core/dates';
import { cellAddress, columnLetter } from '../../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';
import type { Edit } from '../trail/example-approvals';

export const REGISTER = 'Risk register';
/** The register's header row (1-based) and its team columns A to Q. */
export const HEADER_ROW = 4;
const TEAM_COLUMNS = 17;
/** R-40's row, the last risk, and the row below it where R-41 is typed. */
const R40_ROW = 45;
const R41_ROW = 46;
export const CHANGE_HEADER = 'Change since last cycle';

/** Step 2, after the cycle began: R-31 re-rated, R-02 reviewed, R-40 gone, R-41 added. */
export function workOfTheYear(): Edit[] {
  const clearR40 = Array.from({ length: TEAM_COLUMNS }, (_, c) => ({ sheet: REGISTER, cell: `${columnLetter(c)}${R40_ROW}`, value: '' }));
  const r41: readonly CellValue[] = [
    'R-41', 'Engineering', 'Public status page', 'Status page provider outage', 'Single provider, no fallback page',
    'Customers cannot see incident updates while the provider is down.', 'Unlikely', 'Minor', 'Head of Platform', 'Accept',
  ];
  return [
    { sheet: REGISTER, cell: 'G36', value: 'Likely' },
    { sheet: REGISTER, cell: 'P6', value: serialFromIso('2026-12-01')!, date: true },
    ...clearR40,
    ...r41.map((value, c) => ({ sheet: REGISTER, cell: `${columnLetter(c)}${R41_ROW}`, value })),
  ];
}

function registerSheet(snapshot: WorkbookSnapshot): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === REGISTER);
  if (!s) throw new Error('no register');
  return s;
}

/** The register's header row as it reads after a run. */
export function headers(snapshot: WorkbookSnapshot): string[] {
  return (registerSheet(snapshot).values[HEADER_ROW - 1] ?? []).map((v) => (typeof v === 'string' ? v : ''));
}

/** Each risk id's mark in the cycle's column, by the register's id column. */
export function marks(snapshot: WorkbookSnapshot): Record<string, CellValue> {
  const s = registerSheet(snapshot);
  const col = headers(snapshot).indexOf(CHANGE_HEADER);
  if (col < 0) throw new Error('no cycle column');
  const out: Record<string, CellValue> = {};
  for (let r = HEADER_ROW; r < s.values.length; r++) {
    const id = cellAt(s, r, 0);
    const mark = cellAt(s, r, col);
    if (typeof id === 'string' && id !== '') out[id] = mark;
    else if (mark !== null && mark !== '') out[`row ${r + 1}`] = mark;
  }
  return out;
}

/** The cell of the cycle's column on a row (1-based). */
export function changeCell(snapshot: WorkbookSnapshot, row: number): string {
  return cellAddress(row - 1, headers(snapshot).indexOf(CHANGE_HEADER));
}
