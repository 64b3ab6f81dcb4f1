/** Control citations (Clause 6.1.3 c): every cited control must be one the SoA can account for. */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import type { RiskRuleContext } from './context';

export function controlRules(ctx: RiskRuleContext): Finding[] {
  const out: Finding[] = [];
  for (const risk of ctx.risks) {
    // A control typed twice in one cell is one problem, not two.
    const seen = new Set<string>();
    for (const citation of risk.controls) {
      if (citation.kind === 'control' || seen.has(citation.raw)) continue;
      seen.add(citation.raw);
      const cell = ctx.cellOf(risk, 'controls');
      if (citation.kind === 'annex-a-2013' && citation.successors.length > 0) {
        out.push(
          finding('control-2013-id', ctx.sheet, cell, {
            id: risk.id,
            value: citation.raw,
            successors: citation.successors.join(' and '),
          }),
        );
      } else {
        // A 2013 id with no 2022 successor cannot be resolved either: it is unknown today.
        out.push(finding('control-unknown', ctx.sheet, cell, { id: risk.id, value: citation.raw }));
      }
    }
  }
  return out;
}
