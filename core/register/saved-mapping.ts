/**
 * A mapping remembered on the settings sheet. Columns are remembered by header text, so the
 * mapping survives the team moving columns; the column letter only tells apart two columns that
 * share a header.
 */
import { normalizeHeader } from './fields';
import type { ColumnMapping, ColumnSetBy, RegisterField } from './types';

export interface SavedColumn {
  readonly header: string;
  /** 0-based column when the mapping was saved. */
  readonly column?: number;
  /** Who set the column; absent in settings written before Riskbook recorded it. */
  readonly setBy?: ColumnSetBy;
}

export interface SavedMapping {
  readonly sheet: string;
  /** 0-based header row when the mapping was saved. */
  readonly headerRow: number;
  readonly fields: Partial<Record<RegisterField, SavedColumn>>;
  /** The team's own score, level and rating columns: read and compared, never written. */
  readonly team?: Partial<Record<RegisterField, SavedColumn>>;
}

/** The saved fields resolved against a header row; null unless every saved header is still there. */
export function resolveSavedColumns(headers: readonly string[], fields: SavedMapping['fields']): ColumnMapping | null {
  const keys = headers.map(normalizeHeader);
  const claimed = new Set<number>();
  const mapping: ColumnMapping = {};
  const entries = Object.entries(fields) as [RegisterField, SavedColumn][];
  if (entries.length === 0) return null;
  const pending: [RegisterField, string][] = [];
  // First the columns still under the same header at the same place, so a moved twin cannot take them.
  for (const [field, saved] of entries) {
    const want = normalizeHeader(saved.header);
    if (want === '') return null;
    if (saved.column !== undefined && keys[saved.column] === want && !claimed.has(saved.column)) {
      claimed.add(saved.column);
      mapping[field] = saved.column;
    } else pending.push([field, want]);
  }
  for (const [field, want] of pending) {
    const col = keys.findIndex((k, i) => k === want && !claimed.has(i));
    if (col < 0) return null;
    claimed.add(col);
    mapping[field] = col;
  }
  return mapping;
}

/**
 * The team's remembered columns resolved against a header row, each on its own: a team column
 * that is gone is simply no longer compared, and never stops the rest of the mapping resolving.
 */
export function resolveSavedTeamColumns(headers: readonly string[], team: NonNullable<SavedMapping['team']>): ColumnMapping {
  const keys = headers.map(normalizeHeader);
  const mapping: ColumnMapping = {};
  for (const [field, saved] of Object.entries(team) as [RegisterField, SavedColumn][]) {
    const want = normalizeHeader(saved.header);
    if (want === '') continue;
    const col = saved.column !== undefined && keys[saved.column] === want ? saved.column : keys.indexOf(want);
    if (col >= 0) mapping[field] = col;
  }
  return mapping;
}
