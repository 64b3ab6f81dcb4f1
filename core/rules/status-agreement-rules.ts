/**
 * The plan and the SoA tell one story about each control (Clauses 6.1.3 d, e): a control the SoA
 * calls implemented has no action for it still open on the plan, and a control whose actions are
 * all done is not still "Not started" or "Planned" on the SoA. A status that names no stage
 * ("Partially implemented" agrees with anything, "N/A", "see ticket") and cancelled actions are
 * not compared. One finding for every control that disagrees, at the SoA's status cells.
 */
import type { ControlCatalogue } from '../annex-a/types';
import type { Finding } from '../findings/finding';
import { PHRASES } from '../findings/catalogue';
import type { CellFound } from '../findings/report';
import { fillTemplate, findingsOnCells } from '../findings/report';
import { textKey } from '../outputs/cells';
import { CANCELLED_STATUS } from '../outputs/options';
import type { RtpRow } from '../outputs/rtp';
import type { SoaSheet } from '../outputs/soa';
import { progressOf } from '../team-soa/status-progress';
import { isDoneStatus } from './plan-outcome-words';
import { controlRows } from './soa-upkeep-rules';

export interface PlanInUse {
  /** The sheet the plan is kept on: Riskbook's RTP or the team's own. */
  readonly sheet: string;
  /** Its rows the plan rules check, one per (risk, control) a row names. */
  readonly rows: readonly RtpRow[];
}

const CANCELLED: ReadonlySet<string> = new Set([textKey(CANCELLED_STATUS), 'canceled']);

/** The actions a finding names by their risk and status. */
const NAMED_ACTIONS = 5;

function actionList(rows: readonly RtpRow[]): string {
  const named = rows.slice(0, NAMED_ACTIONS).map((r) => fillTemplate(PHRASES.planAction, { id: r.riskId, status: r.status === '' ? PHRASES.blankValue : r.status }));
  if (rows.length > NAMED_ACTIONS) named.push(fillTemplate(PHRASES.moreChanges, { count: rows.length - NAMED_ACTIONS }));
  return named.join(', ');
}

export function statusAgreementRules(plan: PlanInUse | null, soa: SoaSheet | null, catalogue: ControlCatalogue): Finding[] {
  if (!plan || !soa || plan.rows.length === 0) return [];
  const byControl = new Map<string, { open: RtpRow[]; done: RtpRow[] }>();
  for (const row of plan.rows) {
    if (row.controlId === '' || CANCELLED.has(textKey(row.status))) continue;
    const key = row.controlId.toUpperCase();
    let entry = byControl.get(key);
    if (!entry) byControl.set(key, (entry = { open: [], done: [] }));
    (isDoneStatus(row.status) ? entry.done : entry.open).push(row);
  }
  if (byControl.size === 0) return [];
  const found: CellFound[] = [];
  for (const row of controlRows(soa, catalogue)) {
    const actions = byControl.get(row.controlId.toUpperCase());
    if (!actions || row.cells.implementationStatus === '') continue;
    const stage = progressOf(row.implementationStatus);
    let story: string | null = null;
    if (stage === 3 && actions.open.length > 0) {
      story = fillTemplate(PHRASES.actionsStillOpen, { count: actions.open.length, total: actions.open.length + actions.done.length, actions: actionList(actions.open), sheet: plan.sheet });
    } else if (stage !== null && stage <= 1 && actions.open.length === 0) {
      story = fillTemplate(PHRASES.actionsAllDone, { count: actions.done.length, sheet: plan.sheet });
    }
    if (story !== null) found.push({ cell: row.cells.implementationStatus, params: { control: row.controlId, status: row.implementationStatus, plan: story } });
  }
  return findingsOnCells('soa-rtp-status-disagree', soa.name, found, { sheet: plan.sheet });
}
