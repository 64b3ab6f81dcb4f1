/**
 * Reading one candidate header row: which column holds which field. Registers often group their
 * columns under a merged label (`Inherent risk` over Likelihood | Impact | Score, `Residual risk`
 * over the same three), so a generic header below a residual group label is read as residual.
 */
import { parseRange } from '../workbook/a1';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import { cellText } from './cell-text';
import { hasCiaLetters, matchHeader, normalizeHeader } from './fields';
import type { ColumnMapping, RegisterField } from './types';

export interface Ambiguity {
  readonly field: RegisterField;
  /** 0-based columns: the one used, and the one left as a user column. */
  readonly first: number;
  readonly second: number;
}

export interface HeaderRowMatch {
  readonly row: number;
  /** Header text per column, '' where blank. */
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly ambiguities: readonly Ambiguity[];
  /** Number of distinct fields found. */
  readonly score: number;
}

/** Header text of every column of a row, up to its last non-blank cell. */
export function headerTexts(sheet: SheetSnapshot, row: number): string[] {
  // The row's own length bounds its cells: scanning the whole sheet per candidate row is wasted work.
  const cols = sheet.values[row]?.length ?? 0;
  const out: string[] = [];
  for (let col = 0; col < cols; col++) out.push(cellText(cellAt(sheet, row, col)).trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

const TO_RESIDUAL: Partial<Record<RegisterField, RegisterField>> = {
  likelihood: 'residualLikelihood',
  impact: 'residualImpact',
  inherentRating: 'residualRating',
  inherentScore: 'residualScore',
  inherentLevel: 'residualLevel',
};

/** Text of the group label above a header cell: a merged cell spanning it, or the cell itself. */
function groupLabel(sheet: SheetSnapshot, row: number, col: number): string {
  if (row <= 0) return '';
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.row <= row - 1 && row - 1 < r.row + r.rows && r.col <= col && col < r.col + r.cols && r.rows === 1) {
      return cellText(cellAt(sheet, r.row, r.col));
    }
  }
  return cellText(cellAt(sheet, row - 1, col));
}

function isResidualGroup(label: string): boolean {
  const n = normalizeHeader(label);
  return /\b(residual|target|after treatment|post treatment|net)\b/.test(n);
}

export function matchHeaderRow(sheet: SheetSnapshot, row: number): HeaderRowMatch {
  const headers = headerTexts(sheet, row);
  const cia = hasCiaLetters(headers);
  const mapping: ColumnMapping = {};
  const ambiguities: Ambiguity[] = [];
  headers.forEach((text, col) => {
    let field = matchHeader(text, cia);
    if (field === null) return;
    const residual = TO_RESIDUAL[field];
    const ownWord = /\b(inherent|residual|target)\b/.test(normalizeHeader(text));
    if (residual && !ownWord && isResidualGroup(groupLabel(sheet, row, col))) field = residual;
    const first = mapping[field];
    if (first === undefined) mapping[field] = col;
    else ambiguities.push({ field, first, second: col });
  });
  return { row, headers, mapping, ambiguities, score: Object.keys(mapping).length };
}
