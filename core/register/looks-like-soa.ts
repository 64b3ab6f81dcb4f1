/**
 * Whether a sheet is a Statement of Applicability rather than a register: one of its first columns
 * lists many distinct Annex A controls, one per row, where a register cites a few per risk.
 */
import { ANNEX_ID_AT, canonicalId, isAnnexA2022Id, successorsOf2013 } from '../annex-a/control-ids';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { usedRowCount } from '../workbook/snapshot';
import { cellText } from './cell-text';
import { maxOf } from '../arrays';

/** What the workbook looks like when it is not a register, by the sheet that shows it. */
export interface LooksLike {
  readonly kind: 'soa';
  readonly sheet: string;
  /** Distinct Annex A controls (2022 or 2013) listed on that sheet. */
  readonly controls: number;
}

/** An Annex A control id (2022, or 2013 with a successor) written in a cell, in canonical form. */
function annexIdIn(text: string): string | null {
  ANNEX_ID_AT.lastIndex = 0;
  const m = ANNEX_ID_AT.exec(text.trimStart());
  if (!m) return null;
  const id = canonicalId(m[1]!);
  return isAnnexA2022Id(id) || successorsOf2013(id).length > 0 ? id : null;
}

/** Enough distinct controls in one column that the sheet is an SoA rather than a list of risks. */
const SOA_MIN_CONTROLS = 20;

/**
 * A sheet whose one column lists many distinct Annex A controls, one per row, is a Statement of
 * Applicability (or a control list): a register cites a few controls per risk, in one cell.
 */
export function looksLike(snapshot: WorkbookSnapshot, sheets: readonly SheetSnapshot[] = snapshot.sheets): LooksLike | null {
  let best: LooksLike | null = null;
  for (const sheet of sheets) {
    const perColumn = new Map<number, Set<string>>();
    const rows = usedRowCount(sheet);
    for (let r = 0; r < rows; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < Math.min(row.length, 6); c++) {
        const id = annexIdIn(cellText(row[c] ?? null));
        if (!id) continue;
        const set = perColumn.get(c) ?? new Set<string>();
        set.add(id);
        perColumn.set(c, set);
      }
    }
    const controls = Math.max(0, maxOf([...perColumn.values()].map((s) => s.size)));
    if (controls >= SOA_MIN_CONTROLS && (!best || controls > best.controls)) best = { kind: 'soa', sheet: sheet.name, controls };
  }
  return best;
}
