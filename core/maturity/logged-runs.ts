/**
 * When earlier runs were logged: the Time of each entry of Riskbook's Change log, as serial dates
 * (a fraction is the time of day). An entry whose time a person blanked or retyped as words is
 * passed over.
 */
import { CHANGE_LOG_HEADERS } from '../outputs/change-log';
import { serialOf } from '../outputs/cells';
import { columnOf, locateTable } from '../outputs/preserve';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';

export function loggedRunTimes(workbook: WorkbookSnapshot, changeLogSheet: string): number[] {
  const sheet = findSheet(workbook, changeLogSheet);
  const location = sheet ? locateTable(sheet, CHANGE_LOG_HEADERS[0], CHANGE_LOG_HEADERS) : null;
  const col = location ? columnOf(location, CHANGE_LOG_HEADERS[0]) : undefined;
  if (!sheet || !location || col === undefined) return [];
  const times: number[] = [];
  for (let r = location.headerRow + 1; r < usedRowCount(sheet); r++) {
    const t = serialOf(cellAt(sheet, r, col));
    if (t !== null && t > 0) times.push(t);
  }
  return times;
}
