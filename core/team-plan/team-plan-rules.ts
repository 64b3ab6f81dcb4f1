/**
 * The team's own treatment plan checked like Riskbook's: every treated risk has a row, and each
 * row has an owner, a due date that has not passed while open, and an expected level the method
 * knows. A plan kept per risk (no control column) is complete when each treated risk has a row.
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { residualLevels, rtpRowRules, unfilledFindings } from '../outputs/rtp';
import { isTreated } from '../outputs/links';
import { normalizeKey } from '../outputs/preserve';
import type { RuleContext } from '../outputs/rule-context';
import type { Methodology } from '../methodology/types';
import type { Risk } from '../register/types';
import { planRowsAsRtp } from './plan-as-rtp';
import { appendAll } from '../arrays';
import { planEvidenceRules } from '../rules/plan-evidence-rules';
import type { TeamPlan } from './types';

export function teamPlanRules(risks: readonly Risk[], plan: TeamPlan, methodology: Methodology, now: number, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [...plan.findings];
  const planned = new Set(plan.rows.filter((r) => r.riskId !== '').map((r) => normalizeKey(r.riskId)));
  for (const risk of risks) {
    if (risk.id.trim() === '' || !isTreated(risk) || planned.has(normalizeKey(risk.id))) continue;
    findings.push(finding('team-plan-risk-missing', ctx.registerSheet, ctx.riskCell(risk), { id: risk.id.trim(), sheet: plan.sheet }));
  }
  const levels = residualLevels(risks, methodology);
  // A key cell naming several risks ("R-1, R-2") shares its owner and date cells: one finding a cell.
  const seen = new Set<string>();
  const rows = planRowsAsRtp(plan).filter((row) => row.riskId !== '');
  for (const row of rows) {
    for (const f of rtpRowRules(plan.sheet, row, methodology, levels.get(normalizeKey(row.riskId)) ?? '', now)) {
      const key = `${f.code}\u0000${f.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  appendAll(findings, unfilledFindings(plan.sheet, rows));
  appendAll(findings, planEvidenceRules(plan.sheet, rows, risks, methodology));
  return findings;
}
