/**
 * Header readings the cells below decide. A header can leave open what its column holds: "Inherent
 * Risk" is the team's level when its cells hold words (High, Critical) and its score when they
 * hold numbers; a lone "Review Date" is the last review when its cells are dates, and the next
 * review when they hold a schedule ("Q2 2026", "Monthly"). Only the column's own cells are read,
 * never written.
 */
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedRowCount } from '../workbook/snapshot';
import { isBlankCell } from './cell-text';
import { parseDateCell } from './date-cells';
import type { ColumnReading, HeaderRowMatch } from './header-row';
import type { RegisterField } from './types';

/** Enough rows to tell what a column holds. */
const ROWS_LOOKED_AT = 200;

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*%?$/;

function valuesBelow(sheet: SheetSnapshot, headerRow: number, col: number): NonNullable<ReturnType<typeof cellAt>>[] {
  const out: NonNullable<ReturnType<typeof cellAt>>[] = [];
  const last = Math.min(usedRowCount(sheet), headerRow + 1 + ROWS_LOOKED_AT);
  for (let row = headerRow + 1; row < last; row++) {
    const v = cellAt(sheet, row, col);
    if (v !== null && !isBlankCell(v)) out.push(v);
  }
  return out;
}

function holdsWords(sheet: SheetSnapshot, headerRow: number, col: number): boolean {
  return valuesBelow(sheet, headerRow, col).some((v) => typeof v === 'string' && !NUMBER.test(v.trim()));
}

/** True when the column holds something and fewer than half of it are dates. */
function holdsNoDates(sheet: SheetSnapshot, headerRow: number, col: number): boolean {
  const values = valuesBelow(sheet, headerRow, col);
  const dates = values.filter((v) => parseDateCell(v).kind === 'date').length;
  return values.length > 0 && dates * 2 < values.length;
}

const SCORE_OF: Readonly<Partial<Record<RegisterField, RegisterField>>> = { inherentLevel: 'inherentScore', residualLevel: 'residualScore' };

/** The match with the readings its cells decide. */
export function settleByCells(sheet: SheetSnapshot, match: HeaderRowMatch): HeaderRowMatch {
  const mapping = { ...match.mapping };
  const readings: ColumnReading[] = [...match.readings];
  const ambiguous = (field: RegisterField): boolean => match.ambiguities.some((a) => a.field === field);
  const move = (r: ColumnReading, to: ColumnReading): void => {
    delete mapping[r.field];
    mapping[to.field] = to.col;
    readings[readings.indexOf(r)] = to;
  };
  for (const r of match.readings) {
    if (mapping[r.field] !== r.col || ambiguous(r.field)) continue;
    const score = SCORE_OF[r.field];
    if (r.loose && score !== undefined && mapping[score] === undefined && !holdsWords(sheet, match.row, r.col)) {
      move(r, { ...r, field: score });
    } else if (r.field === 'lastReview' && r.strength === 'generic' && mapping.nextReview === undefined && holdsNoDates(sheet, match.row, r.col)) {
      move(r, { col: r.col, field: 'nextReview', how: 'priority', strength: 'generic', detail: 'its cells are not dates' });
    }
  }
  return { ...match, mapping, readings };
}
