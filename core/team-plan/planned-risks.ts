/**
 * The register's risks as the team's treatment plan completes them: a risk the register leaves
 * without a treatment but the plan gives actions is treated (with the option the plan states, else
 * mitigated: an action is a mitigation), and a risk whose register cites no Annex A id (a blank
 * cell, or measures in words) takes the controls its plan rows name. What the register says always wins; nothing is typed twice.
 */
import type { ControlCitation } from '../annex-a/types';
import { parseControlCell } from '../annex-a/catalogue';
import type { ControlCatalogue } from '../annex-a/types';
import type { Risk, Treatment } from '../register/types';
import type { TeamPlan, TeamPlanRow } from './types';

function key(id: string): string {
  return id.trim().toUpperCase();
}

export function plannedRisks(risks: readonly Risk[], plan: TeamPlan, catalogue: ControlCatalogue): Risk[] {
  const rowsOf = new Map<string, TeamPlanRow[]>();
  for (const row of plan.rows) {
    if (row.riskId === '') continue;
    const list = rowsOf.get(key(row.riskId)) ?? [];
    list.push(row);
    rowsOf.set(key(row.riskId), list);
  }
  return risks.map((risk) => {
    const rows = rowsOf.get(key(risk.id));
    if (!rows || risk.id.trim() === '') return risk;
    const untreated = risk.treatment === null && risk.treatmentText.trim() === '';
    const planned = rows.some((r) => r.action !== '' || r.treatment !== null);
    const treatment: Treatment | null = untreated && planned ? (rows.find((r) => r.treatment !== null)?.treatment ?? 'mitigate') : risk.treatment;
    // The register's ids win; where it names none (blank, or measures in words), the plan's ids are the trace.
    const traced = risk.controls.some((c) => c.kind === 'control' || c.kind === 'annex-a-2013');
    const fromPlan = traced ? [] : rows.flatMap((r) => (r.controlIds ?? [r.controlId]).filter((id) => id !== '').flatMap((id) => parseControlCell(id, catalogue)));
    const controls: readonly ControlCitation[] = fromPlan.some((c) => c.kind === 'control' || c.kind === 'annex-a-2013') ? fromPlan : risk.controls;
    if (treatment === risk.treatment && controls === risk.controls) return risk;
    return { ...risk, treatment, controls };
  });
}
