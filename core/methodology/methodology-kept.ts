/**
 * A run over the team's own Methodology sheet: an `update` that writes Riskbook's stamp line and
 * the sections the sheet lacks entirely (the governance labels it states nowhere among them), and
 * nothing the team typed, not even a cell it cannot
 * read. The findings about those cells therefore stay until the team fixes them.
 *
 * The named ranges cover the team's tables where the reader found them, as they stand: the
 * register's formulas compute from what the team wrote, and every cell they cannot use is a finding
 * at that cell (see read-matrix.ts and read-bands.ts).
 */
import type { RangeRef } from '../workbook/a1';
import { cellAddress } from '../workbook/a1';
import type { BlockWrite, FormatSpec, RowHeightSpec, SheetPlan } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { cellText } from './cells';
import { governanceBlock, missingGovernance } from './governance';
import type { MethodologySections } from './locate-sections';
import type { MethodologySheetPlan, TableKey } from './methodology-blocks';
import { TABLE_KEYS, methodologyNames, rectangle, sectionBlock, stampFormat, withSortedBands } from './methodology-blocks';
import { MATRIX_FIRST_COL, SETTING_ORDER } from './methodology-layout';
import { SETTING_LABELS, sameText } from './methodology-text';
import type { ParsedMethodologySheet } from './read-methodology';
import { parseMethodologySheet } from './read-methodology';
import { bandFor } from './scoring';
import { firstHeadingRow, snapshotGrid, stampSpot } from './stamp-spot';
import type { Methodology } from './types';
import { appendAll } from '../arrays';

function hasSettingRow(sheet: SheetSnapshot, sections: MethodologySections): boolean {
  for (let r = 0; r < sections.settingsEnd; r++) {
    const text = cellText(cellAt(sheet, r, 0));
    if (SETTING_ORDER.some((k) => sameText(text, SETTING_LABELS[k]))) return true;
  }
  return false;
}

/**
 * Sections to add: every table whose heading is missing. Settings only when the sheet has no
 * heading, no setting row and no table at all: the reader looks for settings above the first
 * table, so below a table of the team's they would not be read.
 */
export function missingSections(sheet: SheetSnapshot, parsed: ParsedMethodologySheet): ('settings' | TableKey)[] {
  const { spans } = parsed.sections;
  const tables = TABLE_KEYS.filter((k) => !spans[k]);
  const noSettings = !spans.settings && tables.length === TABLE_KEYS.length && !hasSettingRow(sheet, parsed.sections);
  return noSettings ? ['settings', ...tables] : tables;
}

/** A band fill on each matrix cell that holds a score: a fill is not typed content. */
function scoreFills(m: Methodology, sheet: SheetSnapshot, range: RangeRef): FormatSpec[] {
  const out: FormatSpec[] = [];
  for (let i = 0; i < range.rows; i++) {
    for (let j = 0; j < range.cols; j++) {
      const v = cellAt(sheet, range.row + i, range.col + j);
      const band = typeof v === 'number' && Number.isFinite(v) ? bandFor(m, v) : null;
      if (band) out.push({ range: cellAddress(range.row + i, range.col + j), fill: band.colour });
    }
  }
  return out;
}

export function keptSheetPlan(given: Methodology, stamp: Stamp, existing: SheetSnapshot): MethodologySheetPlan {
  const m = withSortedBands(given);
  const parsed = parseMethodologySheet(existing);
  const grid = snapshotGrid(existing);
  const spot = stampSpot(grid, firstHeadingRow(parsed.sections, grid.rows));
  const stampAt = cellAddress(spot.row, spot.col);
  const writes: BlockWrite[] = [{ at: stampAt, cells: [[stampLine(stamp)]] }];
  const formats: FormatSpec[] = [stampFormat(stampAt)];
  const rowHeights: RowHeightSpec[] = [];
  if (parsed.named.matrix) appendAll(formats, scoreFills(m, existing, parsed.named.matrix));

  let matrix = parsed.named.matrix;
  let bands = parsed.named.bands;
  // Below everything the team wrote, one blank row apart: nothing of theirs moves.
  let next = grid.rows + 1;
  for (const key of missingSections(existing, parsed)) {
    const added = sectionBlock(key, m, next);
    writes.push({ at: cellAddress(next, 0), cells: rectangle(added.cells) });
    appendAll(formats, added.formats);
    appendAll(rowHeights, added.rowHeights);
    if (key === 'matrix') matrix = { row: added.place.first, col: MATRIX_FIRST_COL, rows: m.likelihood.length, cols: m.impact.length };
    if (key === 'bands') bands = { first: added.place.first, count: m.bands.length };
    next += added.cells.length + 1;
  }
  // The governance labels the team states nowhere, under a heading of their own; their values are people's.
  const lacking = missingGovernance(parsed.governance);
  if (lacking.length > 0) {
    const added = governanceBlock(m, next, lacking);
    writes.push({ at: cellAddress(next, 0), cells: rectangle(added.cells) });
    appendAll(formats, added.formats);
  }
  const sheet: SheetPlan = {
    name: existing.name,
    mode: 'update',
    ...(rowHeights.length > 0 ? { rowHeights } : {}),
    writes,
    formats,
    validations: [],
    conditionalFormats: [],
  };
  // Both are set: a section the sheet lacked was added above.
  return { sheet, names: methodologyNames(existing.name, matrix!, bands) };
}
