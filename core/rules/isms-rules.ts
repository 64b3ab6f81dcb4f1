/**
 * ISMS-level risks (Clause 6.1.1): a risk to the management system itself (its scope, resources,
 * competence, commitment) may be treated by an action instead of an Annex A control. Such a risk
 * citing no control raises no `mitigate-without-controls`, and Riskbook's plan gives it a row keyed
 * by its id alone (`treatedPairs`, outputs/links.ts): that row, or the team's plan, must then name
 * the action. Without a plan row the plan's own rules speak (`rtp-row-missing`,
 * `team-plan-risk-missing`): one cause, one finding.
 */
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { findingsOnCells } from '../findings/report';
import { isTreated, riskControlIds } from '../outputs/links';
import { normalizeKey } from '../outputs/preserve';
import type { RtpRow } from '../outputs/rtp';
import type { Risk } from '../register/types';

/** An ISMS-level risk treated with no control at all: an action is its whole treatment. */
export function treatedByActionAlone(risk: Risk): boolean {
  return risk.riskType === 'isms' && isTreated(risk) && riskControlIds(risk, 'planned').length === 0 && !risk.controls.some((c) => c.kind === 'unknown');
}

/**
 * `isms-risk-without-action` for each ISMS-level risk treated by no control whose plan rows (the
 * plan in use: Riskbook's RTP, or the team's in the RTP's shape) name no action, at the first
 * row's Action cell. `rows` null: there is no plan to look in.
 */
export function ismsActionRules(risks: readonly Risk[], rows: readonly RtpRow[] | null, sheet: string): Finding[] {
  if (!rows) return [];
  const wanting = new Map<string, Risk>();
  for (const risk of risks) {
    const key = normalizeKey(risk.id);
    if (key !== '' && !wanting.has(key) && treatedByActionAlone(risk)) wanting.set(key, risk);
  }
  if (wanting.size === 0) return [];
  const rowsOf = new Map<string, RtpRow[]>();
  for (const row of rows) {
    if (row.orphaned || row.riskId === '') continue;
    const key = normalizeKey(row.riskId);
    if (!wanting.has(key)) continue;
    const list = rowsOf.get(key) ?? [];
    list.push(row);
    rowsOf.set(key, list);
  }
  const found: CellFound[] = [];
  for (const [key, risk] of wanting) {
    const planned = rowsOf.get(key);
    if (!planned || planned.some((r) => r.action !== '')) continue;
    const first = planned[0]!;
    found.push({ cell: first.cells.action || first.cells.riskId, params: { id: risk.id.trim() } });
  }
  return findingsOnCells('isms-risk-without-action', sheet, found);
}
