/** Where things are on the Controls sheet: the one Riskbook writes, or one a person rearranged. */
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedColumnCount } from '../workbook/snapshot';
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
    if (idCol !== null && titleCol !== null) return { row, idCol, titleCol, themeCol, sourceCol, extraCols: other };
  }
  return null;
}
