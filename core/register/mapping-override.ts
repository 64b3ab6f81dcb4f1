/**
 * A mapping chosen by a person (CLI flag or add-in), laid over the detected one. Each field names
 * a header text or a column letter; an empty value unmaps the field. A column a person chooses
 * is recorded as set by them: for a score, level or rating that hands the column to Riskbook,
 * which then fills it with its formulas like a column it appended.
 */
import { columnIndex } from '../workbook/a1';
import { normalizeHeader } from './fields';
import type { ColumnMapping, ColumnSetBy, RegisterField, RegisterLocation } from './types';

export type MappingOverride = Partial<Record<RegisterField, string>>;

export interface MappingOverrideResult {
  readonly location: RegisterLocation;
  /** Values that are neither a header of the row nor a column letter; those fields are unchanged. */
  readonly unresolved: readonly { readonly field: RegisterField; readonly value: string }[];
}

const COLUMN = /^(?:col(?:umn)?\s*)?([A-Za-z]{1,3})$/i;

/** A header text wins over a column letter: a header may well be `ID`. */
export function resolveColumn(value: string, headers: readonly string[]): number | null {
  const want = normalizeHeader(value);
  if (want !== '') {
    const byHeader = headers.findIndex((h) => normalizeHeader(h) === want);
    if (byHeader >= 0) return byHeader;
  }
  const m = COLUMN.exec(value.trim());
  return m ? columnIndex(m[1]!) : null;
}

export function applyMappingOverride(
  location: RegisterLocation,
  override: MappingOverride,
  headers: readonly string[],
): MappingOverrideResult {
  const mapping: ColumnMapping = { ...location.mapping };
  const setBy: Partial<Record<RegisterField, ColumnSetBy>> = { ...location.setBy };
  const teamColumns: ColumnMapping = { ...location.teamColumns };
  const unresolved: { field: RegisterField; value: string }[] = [];
  for (const [field, value] of Object.entries(override) as [RegisterField, string | undefined][]) {
    if (value === undefined) continue;
    if (value.trim() === '') {
      delete mapping[field];
      delete setBy[field];
      continue;
    }
    const col = resolveColumn(value, headers);
    if (col === null) {
      unresolved.push({ field, value });
      continue;
    }
    // A column holds one field: whichever field had it before lets go.
    for (const [other, c] of Object.entries(mapping) as [RegisterField, number][]) {
      if (c === col && other !== field) {
        delete mapping[other];
        delete setBy[other];
      }
    }
    // A team's column handed to Riskbook is no longer the team's.
    for (const [other, c] of Object.entries(teamColumns) as [RegisterField, number][]) if (c === col) delete teamColumns[other];
    mapping[field] = col;
    setBy[field] = 'person';
  }
  const mapped = new Set(Object.values(mapping));
  const userColumns: number[] = [];
  headers.forEach((h, col) => {
    if (h.trim() !== '' && !mapped.has(col)) userColumns.push(col);
  });
  const { setBy: _setBy, teamColumns: _team, ...rest } = location;
  return {
    location: {
      ...rest,
      mapping,
      userColumns,
      source: 'saved',
      ...(Object.keys(setBy).length > 0 ? { setBy } : {}),
      ...(Object.keys(teamColumns).length > 0 ? { teamColumns } : {}),
    },
    unresolved,
  };
}
