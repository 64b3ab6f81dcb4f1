/**
 * When no register is found: the rows that came closest, what their headers were understood as,
 * and what each lacks, so a person learns what to rename or which sheet to point at. And whether
 * the workbook looks like something else Riskbook knows, such as a Statement of Applicability.
 */
import { ANNEX_ID_AT, canonicalId, isAnnexA2022Id, successorsOf2013 } from '../annex-a/control-ids';
import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { usedRowCount } from '../workbook/snapshot';
import { cellText } from './cell-text';
import { FIELD_LABELS } from './fields';
import { bestHeaderRow } from './locate-register';
import type { ColumnMapping, RegisterField } from './types';

export interface RegisterCandidate {
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  readonly understood: readonly { column: string; header: string; label: string }[];
  /** Headers that name no field Riskbook knows. */
  readonly notUnderstood: readonly { column: string; header: string }[];
  /** Labels of the fields a register needs that this row lacks. */
  readonly missing: readonly string[];
}

/** What the workbook looks like when it is not a register, by the sheet that shows it. */
export interface LooksLike {
  readonly kind: 'soa';
  readonly sheet: string;
  /** Distinct Annex A controls (2022 or 2013) listed on that sheet. */
  readonly controls: number;
}

const NEEDED: readonly { label: string; has: (m: ColumnMapping) => boolean }[] = [
  { label: FIELD_LABELS.id, has: (m) => m.id !== undefined },
  { label: FIELD_LABELS.likelihood, has: (m) => m.likelihood !== undefined },
  { label: FIELD_LABELS.impact, has: (m) => m.impact !== undefined || (m.impactC !== undefined && m.impactI !== undefined && m.impactA !== undefined) },
  { label: FIELD_LABELS.owner, has: (m) => m.owner !== undefined },
  { label: 'Threat or Description', has: (m) => m.threat !== undefined || m.description !== undefined || m.title !== undefined },
];

function candidateOf(sheet: SheetSnapshot): RegisterCandidate | null {
  const best = bestHeaderRow(sheet, (m) => m.score > 0);
  if (!best) return null;
  const byCol = new Map<number, RegisterField>();
  for (const [field, col] of Object.entries(best.mapping) as [RegisterField, number][]) byCol.set(col, field);
  const understood: RegisterCandidate['understood'][number][] = [];
  const notUnderstood: RegisterCandidate['notUnderstood'][number][] = [];
  best.headers.forEach((header, col) => {
    if (header === '') return;
    const field = byCol.get(col);
    if (field) understood.push({ column: columnLetter(col), header, label: FIELD_LABELS[field] });
    else notUnderstood.push({ column: columnLetter(col), header });
  });
  const missing = NEEDED.filter((n) => !n.has(best.mapping)).map((n) => n.label);
  return { sheet: sheet.name, headerRow: best.row + 1, understood, notUnderstood, missing };
}

/** The closest rows to a register header, best first, one per sheet. */
export function registerCandidates(sheets: readonly SheetSnapshot[], limit = 3): RegisterCandidate[] {
  return sheets
    .map(candidateOf)
    .filter((c): c is RegisterCandidate => c !== null)
    .sort((a, b) => b.understood.length - a.understood.length || a.missing.length - b.missing.length)
    .slice(0, limit);
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
    const controls = Math.max(0, ...[...perColumn.values()].map((s) => s.size));
    if (controls >= SOA_MIN_CONTROLS && (!best || controls > best.controls)) best = { kind: 'soa', sheet: sheet.name, controls };
  }
  return best;
}
