/**
 * `xl/workbook.xml`: the sheets in tab order with their visibility, the date system, and the
 * defined names the core can use.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetter } from '../../../core/workbook/a1';
import { alwaysQuoted } from '../snapshot-grid';
import type { NamedRangeSnapshot } from '../../../core/workbook/snapshot';
import type { XlsxPackage } from './xlsx-package';
import { prefixedAttribute } from './xml-events';
import { printAreaParts } from '../print-area-references';

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The workbook relationship that leads to the sheet's part. */
  readonly relationship: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** Serials count from 1904-01-01: Mac Excel's old default. */
  readonly date1904: boolean;
  readonly names: readonly NamedRangeSnapshot[];
  /** Each sheet's print area (`A:N`, `A1:N60`, comma-separated when several), by its place among the sheets. */
  readonly printAreas: ReadonlyMap<number, string>;
}

// One area, both corners absolute: `'Risk register'!$B$5:$B$9`, `Lists!$A$1`.
const AREA = /^(?:'((?:[^']|'')+)'|([^'! ]+))!\$([A-Z]{1,3})\$(\d{1,7})(?::\$([A-Z]{1,3})\$(\d{1,7}))?$/;

/**
 * The reference of a name that is one absolute area on one sheet, as the core reads names
 * (`'Sheet'!$A$1:$B$2`, the sheet always quoted); null for anything else: several areas, a
 * formula or constant, whole rows or columns, a relative reference, `#REF!`. These are the names
 * ExcelJS keeps a range for, except that it also keeps one cell of some formulas (`Lists!$A$1*2`
 * becomes `Lists!$A$1`) and joins areas that happen to make one rectangle.
 */
function nameReference(text: string): string | null {
  const m = AREA.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const c1 = columnIndex(m[3]!) + 1;
  const r1 = Number(m[4]);
  const c2 = m[5] !== undefined ? columnIndex(m[5]) + 1 : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) : r1;
  if (Math.max(c1, c2) > MAX_COLUMNS || Math.min(r1, r2) < 1 || Math.max(r1, r2) > MAX_ROWS) return null;
  const corner = (c: number, r: number): string => `$${columnLetter(c - 1)}$${r}`;
  const top = corner(Math.min(c1, c2), Math.min(r1, r2));
  const bottom = corner(Math.max(c1, c2), Math.max(r1, r2));
  return `${alwaysQuoted(sheet)}!${top === bottom ? top : `${top}:${bottom}`}`;
}

interface NameDefinition {
  readonly name: string;
  readonly text: string;
  readonly workbookLevel: boolean;
  /** The sheet a sheet-level name belongs to, by its place among the sheets. */
  readonly localSheetId?: number;
}

/** `_xlnm.Print_Area` names by the sheet they belong to. */
function printAreasOf(definitions: readonly NameDefinition[]): Map<number, string> {
  const areas = new Map<number, string>();
  for (const d of definitions) {
    if (d.name !== '_xlnm.Print_Area' || d.localSheetId === undefined) continue;
    const parts = printAreaParts([d.text]);
    if (parts.length > 0) areas.set(d.localSheetId, parts.join(','));
  }
  return areas;
}

/**
 * One entry per name, in the order names first appear. The core has no sheet scopes: a
 * workbook-level definition is the name; a name only some sheets define takes the last of them,
 * as ExcelJS does for every name (it lets a later sheet-level definition replace the workbook's).
 * Excel's own names (`_xlnm.Print_Area`, `_xlnm._FilterDatabase`) are not the team's.
 */
function usableNames(definitions: readonly NameDefinition[]): NamedRangeSnapshot[] {
  const chosen = new Map<string, NameDefinition>();
  for (const d of definitions) {
    if (d.name.startsWith('_xlnm.')) continue;
    const before = chosen.get(d.name);
    if (!before || !before.workbookLevel) chosen.set(d.name, d);
  }
  const names: NamedRangeSnapshot[] = [];
  for (const d of chosen.values()) {
    const reference = nameReference(d.text);
    if (reference !== null) names.push({ name: d.name, reference });
  }
  return names;
}

export async function readWorkbookPart(pkg: XlsxPackage, part: string): Promise<WorkbookPart> {
  const sheets: SheetEntry[] = [];
  const definitions: NameDefinition[] = [];
  let date1904 = false;
  let name: { name: string; workbookLevel: boolean; text: string; localSheetId?: number } | null = null;
  await pkg.parse(part, {
    open(element, attributes) {
      if (element === 'sheet') {
        const relationship = prefixedAttribute(attributes, 'id');
        if (attributes.name !== undefined && relationship !== undefined) {
          sheets.push({ name: attributes.name, hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden', relationship });
        }
      } else if (element === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      } else if (element === 'definedName' && attributes.name !== undefined) {
        const local = attributes.localSheetId === undefined ? undefined : Number(attributes.localSheetId);
        name = { name: attributes.name, workbookLevel: local === undefined, text: '', ...(local !== undefined && Number.isInteger(local) ? { localSheetId: local } : {}) };
      }
    },
    close(element) {
      if (element === 'definedName' && name) {
        definitions.push(name);
        name = null;
      }
    },
    text(text) {
      if (name) name.text += text;
    },
  });
  return { sheets, date1904, names: usableNames(definitions), printAreas: printAreasOf(definitions) };
}
