/**
 * When no register is found: the rows that came closest, what their headers were understood as,
 * and what each lacks, so a person learns what to rename or which sheet to point at. And whether
 * the workbook looks like something else Riskbook knows, such as a Statement of Applicability.
 */
import { columnLetter } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
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

export { looksLike } from './looks-like-soa';
export type { LooksLike } from './looks-like-soa';
