/** Every cell a person typed on the input's sheets, compared with the same cell afterwards. */
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, findSheet, formulaAt, isCellError } from '../../core/workbook/snapshot';
import { cellAddress } from '../../core/workbook/a1';

function shown(value: CellValue, formula: string | null): string {
  if (formula) return formula;
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `Sheet!A1: "before" → "after"` for each typed cell (value or formula) that differs. */
export function changedInputCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of before.sheets) {
    const later = findSheet(after, sheet.name);
    const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const was = shown(cellAt(sheet, r, c), formulaAt(sheet, r, c));
        if (was === '') continue;
        const now = later ? shown(cellAt(later, r, c), formulaAt(later, r, c)) : '(sheet gone)';
        if (now !== was) out.push(`${sheet.name}!${cellAddress(r, c)}: ${JSON.stringify(was)} → ${JSON.stringify(now)}`);
      }
    }
  }
  return out;
}
