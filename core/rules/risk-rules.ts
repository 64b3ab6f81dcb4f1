/** Every rule about individual risks, in one call. */
import type { Finding } from '../findings/finding';
import { controlRules } from './control-rules';
import type { RiskRuleContext } from './context';
import { treatmentRules } from './treatment-rules';

export type { RiskRuleContext } from './context';
export { registerCellOf, registerHasColumn } from './context';

export function riskRules(ctx: RiskRuleContext): Finding[] {
  return [...treatmentRules(ctx), ...controlRules(ctx)];
}
