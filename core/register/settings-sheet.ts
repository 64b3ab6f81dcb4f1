/**
 * The hidden settings sheet ("Riskbook"): key / value rows remembering where the register is and
 * which header holds each field, so a mapping a person chose survives the next run.
 *
 * Each field row also says who set its column (`Set by`): `Riskbook` (a column it appended),
 * `person` (chosen in the mapping) or `detected` (found by its header). `team.` rows remember the
 * team's own score, level and rating columns, which Riskbook reads and compares but never writes.
 * Settings written before `Set by` existed have no such column (see column-owner.ts).
 */
import { cellAddress, columnIndex, columnLetter, rangeAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { PlanCell, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, isCellError, usedRowCount } from '../workbook/snapshot';
import { cellText } from './cell-text';
import { SET_BY_TEXT, parseSetBy } from './column-owner';
import { REGISTER_FIELDS } from './fields';
import type { SavedColumn, SavedMapping } from './saved-mapping';
import type { RegisterField, RegisterLocation } from './types';

export { applyMappingOverride } from './mapping-override';
export type { MappingOverride, MappingOverrideResult } from './mapping-override';
export type { SavedColumn, SavedMapping } from './saved-mapping';

export const SETTINGS_KEYS = {
  sheet: 'register.sheet',
  headerRow: 'register.headerRow',
  fieldPrefix: 'field.',
  teamPrefix: 'team.',
} as const;

/** 0-based column of `Set by`, beside Key, Value and Column. */
const SET_BY_COLUMN = 3;

const HEADER_ROW = 3;
/** The title in A1: the mark that says the sheet is Riskbook's settings. */
export const SETTINGS_TITLE = 'Riskbook settings';

function isOurKey(key: string): boolean {
  return (
    key === SETTINGS_KEYS.sheet ||
    key === SETTINGS_KEYS.headerRow ||
    key.startsWith(SETTINGS_KEYS.fieldPrefix) ||
    key.startsWith(SETTINGS_KEYS.teamPrefix)
  );
}

/** Every key row: the rows below the `Key` header (below the title lines when it is missing). */
function keyRows(sheet: SheetSnapshot): { key: string; row: number }[] {
  const rows = usedRowCount(sheet);
  let start = HEADER_ROW + 1;
  for (let row = 0; row < Math.min(rows, 20); row++) {
    if (cellText(cellAt(sheet, row, 0)).trim().toLowerCase() === 'key') {
      start = row + 1;
      break;
    }
  }
  const out: { key: string; row: number }[] = [];
  for (let row = start; row < rows; row++) {
    const key = cellText(cellAt(sheet, row, 0)).trim();
    if (key !== '') out.push({ key, row });
  }
  return out;
}

/** A value carried over from the old sheet as it was (error values as their text). */
function carried(sheet: SheetSnapshot, row: number, col: number): PlanCell {
  const v = cellAt(sheet, row, col);
  if (v === null) return '';
  return isCellError(v) ? v.error : v;
}

/** The saved mapping, or null when there is none or it is unreadable (then detection runs). */
export function readSettings(snapshot: WorkbookSnapshot, name: string = SHEETS.settings): SavedMapping | null {
  const sheet = findSheet(snapshot, name);
  if (!sheet) return null;
  let registerSheet = '';
  let headerRow: number | null = null;
  const fields: Partial<Record<RegisterField, SavedColumn>> = {};
  const team: Partial<Record<RegisterField, SavedColumn>> = {};
  const known = new Set<string>(REGISTER_FIELDS);
  for (const { key, row } of keyRows(sheet)) {
    const value = cellAt(sheet, row, 1);
    if (key === SETTINGS_KEYS.sheet) registerSheet = cellText(value).trim();
    else if (key === SETTINGS_KEYS.headerRow) {
      const n = typeof value === 'number' ? value : Number(cellText(value).trim());
      headerRow = Number.isInteger(n) && n >= 1 ? n - 1 : null;
    } else if (key.startsWith(SETTINGS_KEYS.fieldPrefix) || key.startsWith(SETTINGS_KEYS.teamPrefix)) {
      const isTeam = key.startsWith(SETTINGS_KEYS.teamPrefix);
      const field = key.slice((isTeam ? SETTINGS_KEYS.teamPrefix : SETTINGS_KEYS.fieldPrefix).length);
      const header = cellText(value).trim();
      if (!known.has(field) || header === '') continue;
      const letter = cellText(cellAt(sheet, row, 2)).trim();
      const setBy = parseSetBy(cellText(cellAt(sheet, row, SET_BY_COLUMN)));
      const saved: SavedColumn = {
        header,
        ...(/^[A-Za-z]{1,3}$/.test(letter) ? { column: columnIndex(letter) } : {}),
        ...(setBy ? { setBy } : {}),
      };
      (isTeam ? team : fields)[field as RegisterField] = saved;
    }
  }
  if (registerSheet === '' || headerRow === null) return null;
  return { sheet: registerSheet, headerRow, fields, ...(Object.keys(team).length > 0 ? { team } : {}) };
}

/**
 * The settings sheet for a location. `headers` is the header row as it will be after this run
 * (including appended columns); `existing` keeps keys other parts of Riskbook stored there.
 */
export function settingsSheetPlan(location: RegisterLocation, headers: readonly string[], existing?: SheetSnapshot): SheetPlan {
  const rows: PlanCell[][] = [
    ['Key', 'Value', 'Column', 'Set by'],
    [SETTINGS_KEYS.sheet, location.sheet, '', ''],
    [SETTINGS_KEYS.headerRow, location.headerRow + 1, '', ''],
  ];
  for (const field of REGISTER_FIELDS) {
    const col = location.mapping[field];
    if (col === undefined) continue;
    const setBy = SET_BY_TEXT[location.setBy?.[field] ?? 'detected'];
    rows.push([`${SETTINGS_KEYS.fieldPrefix}${field}`, headers[col] ?? '', columnLetter(col), setBy]);
  }
  for (const field of REGISTER_FIELDS) {
    const col = location.teamColumns?.[field];
    if (col === undefined) continue;
    rows.push([`${SETTINGS_KEYS.teamPrefix}${field}`, headers[col] ?? '', columnLetter(col), SET_BY_TEXT.detected]);
  }
  if (existing) {
    for (const { key, row } of keyRows(existing)) {
      if (isOurKey(key)) continue;
      rows.push([key, carried(existing, row, 1), carried(existing, row, 2), carried(existing, row, SET_BY_COLUMN)]);
    }
  }
  return {
    name: SHEETS.settings,
    mode: 'replace',
    hidden: true,
    columnWidths: [
      { col: 0, width: 28 },
      { col: 1, width: 40 },
      { col: 2, width: 10 },
      { col: SET_BY_COLUMN, width: 10 },
    ],
    writes: [
      { at: 'A1', cells: [[SETTINGS_TITLE]] },
      {
        at: 'A2',
        cells: [['How Riskbook reads your register. Change the mapping in the add-in or the CLI; values edited here are read back.']],
      },
      { at: cellAddress(HEADER_ROW, 0), cells: rows },
    ],
    formats: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: 'A2', italic: true, fontColor: '#595959' },
      { range: rangeAddress(HEADER_ROW, 0, 1, 4), bold: true, fill: '#D9D9D9' },
    ],
    validations: [],
    conditionalFormats: [],
  };
}
