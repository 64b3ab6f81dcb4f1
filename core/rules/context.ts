/** What the risk rules need to see: the risks, the method that scores them, and where they live. */
import type { Methodology } from '../methodology/types';
import type { RegisterField, RegisterLocation, Risk } from '../register/types';
import { cellAddress } from '../workbook/a1';

export interface RiskRuleContext {
  readonly risks: readonly Risk[];
  readonly methodology: Methodology;
  /** Name of the register sheet, for the findings' location. */
  readonly sheet: string;
  /**
   * A1 address of a risk's cell for a field. When the register has no column for the field it
   * must return the risk's id cell, so that every finding still points at the risk's row.
   */
  cellOf(risk: Risk, field: RegisterField): string;
  /**
   * Whether the register has a column for a field. A part of an approval the register has no
   * place for (a rationale) is asked for only once it has one: Riskbook appends it on a run.
   * Absent: every field has one.
   */
  hasColumn?(field: RegisterField): boolean;
  /** Today as a spreadsheet serial date (a fraction is the time of day). */
  readonly now: number;
}

/** The usual `hasColumn`: whether the location maps the field. */
export function registerHasColumn(location: RegisterLocation): (field: RegisterField) => boolean {
  return (field) => location.mapping[field] !== undefined;
}

/** The usual `cellOf`: the field's mapped column, else the id column, else column A. */
export function registerCellOf(location: RegisterLocation): (risk: Risk, field: RegisterField) => string {
  return (risk, field) => cellAddress(risk.row, location.mapping[field] ?? location.mapping.id ?? 0);
}
