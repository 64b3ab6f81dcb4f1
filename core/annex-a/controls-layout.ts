/** Where things are on the Controls sheet: the one Riskbook writes, or one a person rearranged. */
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, formulaAt, usedColumnCount } from '../workbook/snapshot';
import { cellText } from '../register/cell-text';

/** Rows of the generated sheet (0-based). */
export const CONTROLS_LAYOUT = {
  titleRow: 0,
  stampRow: 1,
  noteRow: 2,
  headerRow: 3,
  firstDataRow: 4,
} as const;

export const CONTROLS_TITLE = 'Controls';

export const CONTROLS_HEADERS = ['Control ID', 'Title', 'Theme', 'Source'] as const;

export const SOURCE_ANNEX_A = 'Annex A 2022';
export const SOURCE_OWN = 'Own control';

export interface ControlsHeader {
  readonly row: number;
  readonly idCol: number;
  readonly titleCol: number;
  readonly themeCol: number | null;
  readonly sourceCol: number | null;
  /** Non-blank header columns that are the team's own additions, left to right. */
  readonly extraCols: readonly number[];
}

function norm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const ID_HEADERS = new Set(['control id', 'id', 'control ref', 'control no', 'ref']);
const TITLE_HEADERS = new Set(['title', 'control title', 'control name', 'name']);
const THEME_HEADERS = new Set(['theme', 'category']);
const SOURCE_HEADERS = new Set(['source']);

/** The first row within the first 20 holding a control id header and a title header. */
export function locateControlsHeader(sheet: SheetSnapshot): ControlsHeader | null {
  const cols = usedColumnCount(sheet);
  for (let row = 0; row < Math.min(20, sheet.values.length); row++) {
    let idCol: number | null = null;
    let titleCol: number | null = null;
    let themeCol: number | null = null;
    let sourceCol: number | null = null;
    const other: number[] = [];
    for (let col = 0; col < cols; col++) {
      const text = norm(cellText(cellAt(sheet, row, col)));
      if (text === '') continue;
      if (idCol === null && ID_HEADERS.has(text)) idCol = col;
      else if (titleCol === null && TITLE_HEADERS.has(text)) titleCol = col;
      else if (themeCol === null && THEME_HEADERS.has(text)) themeCol = col;
      else if (sourceCol === null && SOURCE_HEADERS.has(text)) sourceCol = col;
      else other.push(col);
    }
    if (idCol !== null && titleCol !== null) {
      // A column people filled without a header is theirs as much as one with a header.
      const known = new Set([idCol, titleCol, themeCol, sourceCol, ...other]);
      for (let col = 0; col < width(sheet); col++) if (!known.has(col) && hasContentBelow(sheet, row, col)) other.push(col);
      other.sort((a, b) => a - b);
      return { row, idCol, titleCol, themeCol, sourceCol, extraCols: other };
    }
  }
  return null;
}

/** Columns up to the last one holding a value or a formula (formula cells may have no value yet). */
function width(sheet: SheetSnapshot): number {
  let max = usedColumnCount(sheet);
  for (const row of sheet.formulas ?? []) {
    for (let c = row.length - 1; c >= max; c--) {
      const f = row[c];
      if (f !== null && f !== undefined && f !== '') {
        max = c + 1;
        break;
      }
    }
  }
  return max;
}

function hasContentBelow(sheet: SheetSnapshot, headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r < Math.max(sheet.values.length, sheet.formulas?.length ?? 0); r++) {
    if (cellText(cellAt(sheet, r, col)) !== '') return true;
    const f = formulaAt(sheet, r, col);
    if (f !== null && f !== '') return true;
  }
  return false;
}
