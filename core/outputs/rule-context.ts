/** Where findings about a risk point: the register's id cell of that risk. */
import { cellAddress } from '../workbook/a1';
import type { RegisterLocation, Risk } from '../register/types';

export interface RuleContext {
  readonly registerSheet: string;
  /** A1 address (no sheet part) of the cell a finding about this risk points at. */
  riskCell(risk: Risk): string;
  /** A1 address of the register's id header: where findings about the register as a whole point. */
  readonly headerCell: string;
}

export function registerRuleContext(location: RegisterLocation): RuleContext {
  const idCol = location.mapping.id ?? 0;
  return { registerSheet: location.sheet, riskCell: (risk) => cellAddress(risk.row, idCol), headerCell: cellAddress(location.headerRow, idCol) };
}
