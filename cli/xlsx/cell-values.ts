/** Converting between ExcelJS cell values and the core's plain cell values. */
import type * as ExcelJS from 'exceljs';
import type { CellValue } from '../../core/workbook/snapshot';

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/**
 * Spreadsheet serial (days since 1899-12-30) of a Date ExcelJS built from a serial. ExcelJS
 * builds those Dates in UTC (and already folds the 1904 date system in), so the inverse is UTC.
 */
export function serialFromDate(date: Date): number {
  const days = (date.getTime() - EPOCH_MS) / DAY_MS;
  // Undo float noise from ExcelJS's millisecond rounding, keeping time-of-day fractions.
  return Math.round(days * DAY_MS) / DAY_MS;
}

function richTextToString(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((r) => r.text).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A cached formula result or a plain value, as the core sees it. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialFromDate(value);
  if (isObject(value)) {
    if (typeof value.error === 'string') return { error: value.error };
    if (Array.isArray(value.richText)) return richTextToString(value as unknown as ExcelJS.CellRichTextValue) || null;
    // A hyperlink's text may itself be rich text.
    if ('hyperlink' in value || 'text' in value) return plainValue(value.text);
  }
  return null;
}
