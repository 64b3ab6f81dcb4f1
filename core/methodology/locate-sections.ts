/**
 * Finds the sections of a Methodology sheet by their headings in column A, so the sheet still
 * reads after a user inserts a level, a band or a blank row. A section runs from the row after its
 * heading to the next heading.
 *
 * The last section, Risk bands, ends at the Notes heading. If the user deleted that heading, it
 * ends at the first blank row after its table, and whatever follows counts as notes.
 */
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedRowCount } from '../workbook/snapshot';
import type { SectionKey } from './methodology-text';
import { HEADINGS, sameText } from './methodology-text';
import { cellText } from './cells';
import { minOf } from '../arrays';

export interface SectionSpan {
  /** 0-based row of the heading. */
  readonly heading: number;
  /** First row after the heading. */
  readonly start: number;
  /** First row after the section. */
  readonly end: number;
}

export interface MethodologySections {
  readonly spans: Readonly<Partial<Record<SectionKey, SectionSpan>>>;
  /** Rows above the first table heading: where the settings rows live, heading or not. */
  readonly settingsEnd: number;
  /** First row of the user's notes: everything from here down is theirs. */
  readonly notesStart: number;
}

export function isBlankRow(sheet: SheetSnapshot, row: number): boolean {
  const values = sheet.values[row] ?? [];
  const formulas = sheet.formulas?.[row] ?? [];
  return values.every((v) => cellText(v) === '') && formulas.every((f) => f === null || f === '');
}

const TABLE_SECTIONS: readonly SectionKey[] = ['likelihood', 'impact', 'matrix', 'bands'];

export function locateSections(sheet: SheetSnapshot): MethodologySections {
  const used = usedRowCount(sheet);
  const headingRow: Partial<Record<SectionKey, number>> = {};
  for (let r = 0; r < used; r++) {
    const text = cellText(cellAt(sheet, r, 0));
    if (text === '') continue;
    for (const key of Object.keys(HEADINGS) as SectionKey[]) {
      // The first heading of each kind wins: later ones are text the user typed.
      if (headingRow[key] === undefined && sameText(text, HEADINGS[key])) headingRow[key] = r;
    }
  }
  const rows = Object.values(headingRow).sort((a, b) => a - b);
  const spans: Partial<Record<SectionKey, SectionSpan>> = {};
  for (const [key, heading] of Object.entries(headingRow) as [SectionKey, number][]) {
    const end = rows.find((r) => r > heading) ?? used;
    spans[key] = { heading, start: heading + 1, end };
  }
  const bands = spans.bands;
  if (bands && spans.notes === undefined) spans.bands = { ...bands, end: Math.min(bands.end, tableEnd(sheet, bands.start, bands.end)) };

  const tableHeadings = TABLE_SECTIONS.map((k) => headingRow[k]).filter((r): r is number => r !== undefined);
  const settingsEnd = tableHeadings.length > 0 ? minOf(tableHeadings) : used;
  let notesStart = 0;
  if (spans.notes) notesStart = spans.notes.start;
  else if (spans.bands) notesStart = spans.bands.end;
  return { spans, settingsEnd, notesStart };
}

/** The first blank row after the rows of a table (leading blank rows skipped). */
function tableEnd(sheet: SheetSnapshot, start: number, limit: number): number {
  let r = start;
  while (r < limit && isBlankRow(sheet, r)) r++;
  while (r < limit && !isBlankRow(sheet, r)) r++;
  return r;
}
