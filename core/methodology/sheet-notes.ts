/**
 * What the user typed below the generated Methodology content. The sheet is rewritten whole, so
 * these rows are carried into the new plan at the same distance below the generated content:
 * typed text is never lost. Cells typed elsewhere (beside a table, inside a section) are part of
 * the regenerated content and are not kept; the reader reports them if they do not parse.
 */
import { rangeAddress } from '../workbook/a1';
import type { BlockWrite, PlanCell } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { formulaAt, isCellError, usedRowCount } from '../workbook/snapshot';
import { locateSections } from './locate-sections';

function carried(sheet: SheetSnapshot, row: number, col: number): PlanCell {
  // The user's own formula is kept as they wrote it; it is not one the core builds.
  const formula = formulaAt(sheet, row, col);
  if (formula !== null && formula !== '') return { formula };
  const v = sheet.values[row]?.[col] ?? null;
  if (isCellError(v)) return v.error;
  return v === '' ? null : v;
}

/** The notes of an existing sheet as one block to write from `newStart` (0-based row) down. */
export function carryNotes(existing: SheetSnapshot, newStart: number): BlockWrite | null {
  const { notesStart } = locateSections(existing);
  const used = usedRowCount(existing);
  if (notesStart >= used) return null;
  let width = 0;
  for (let r = notesStart; r < used; r++) {
    width = Math.max(width, existing.values[r]?.length ?? 0, existing.formulas?.[r]?.length ?? 0);
  }
  if (width === 0) return null;
  const cells: PlanCell[][] = [];
  for (let r = notesStart; r < used; r++) cells.push(Array.from({ length: width }, (_, c) => carried(existing, r, c)));
  return { at: rangeAddress(newStart, 0, 1, 1), cells };
}
