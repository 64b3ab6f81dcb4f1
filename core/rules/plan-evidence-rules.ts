/**
 * Evidence and effectiveness of the plan's actions (Clauses 6.1.3 e, 6.1.1 e 2), 9.1), wherever the
 * plan is kept (Riskbook's RTP or the team's own, read as RTP rows):
 * - an action marked done with no evidence that it was carried out (`rtp-done-without-evidence`);
 * - an action marked done with no effectiveness result (`rtp-done-without-effectiveness`);
 * - an action found not effective while the register still rates its risk's residual level below
 *   its inherent level, as if the treatment worked (`rtp-not-effective-but-treated`).
 * A plan with no column for the evidence or the effectiveness result does not use it: nothing is
 * asked of it. The blanks are one to-do each, however many rows share them.
 */
import { appendAll } from '../arrays';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import { bandFor, scoreFor } from '../methodology/scoring';
import type { Methodology } from '../methodology/types';
import { isTreated } from '../outputs/links';
import { normalizeKey } from '../outputs/preserve';
import type { RtpRow } from '../outputs/rtp';
import { NO_CONTROL } from '../outputs/rtp';
import type { Risk } from '../register/types';
import { isDoneStatus, isNotEffective } from './plan-outcome-words';

function rowParams(row: RtpRow): { id: string; control: string } {
  return { id: row.riskId, control: row.controlId || NO_CONTROL };
}

/** A risk's inherent and residual scores, when both are rated. */
function scores(m: Methodology, risk: Risk): { inherent: number; residual: number } | null {
  if (!risk.likelihood || !risk.impact || !risk.residualLikelihood || !risk.residualImpact) return null;
  const inherent = scoreFor(m, risk.likelihood.index, risk.impact.index);
  const residual = scoreFor(m, risk.residualLikelihood.index, risk.residualImpact.index);
  return inherent === null || residual === null ? null : { inherent, residual };
}

/**
 * `rows` are the plan's rows the other plan rules check (keyed to a current risk, not orphaned),
 * top to bottom. A team's row that names several risks comes once per risk, sharing its cells:
 * each cell counts once.
 */
export function planEvidenceRules(sheet: string, rows: readonly RtpRow[], risks: readonly Risk[], methodology: Methodology): Finding[] {
  const out: Finding[] = [];
  const noEvidence: CellFound[] = [];
  const noResult: CellFound[] = [];
  let riskById: Map<string, Risk> | null = null;
  const seen = new Set<string>();
  for (const row of rows) {
    // Rows of a long plan mostly pass: nothing here allocates until a row is done or found wanting.
    if (isDoneStatus(row.status)) {
      if (row.evidence === '' && row.cells.evidence !== '' && noEvidence[noEvidence.length - 1]?.cell !== row.cells.evidence) {
        noEvidence.push({ cell: row.cells.evidence, params: rowParams(row) });
      }
      if (row.effectivenessResult === '' && row.cells.effectivenessResult !== '' && noResult[noResult.length - 1]?.cell !== row.cells.effectivenessResult) {
        noResult.push({ cell: row.cells.effectivenessResult, params: rowParams(row) });
      }
    }
    if (!isNotEffective(row.effectivenessResult)) continue;
    riskById ??= new Map(risks.map((r) => [normalizeKey(r.id), r]));
    const risk = riskById.get(normalizeKey(row.riskId));
    if (!risk || !isTreated(risk)) continue;
    const s = scores(methodology, risk);
    // Rated no lower than inherent, the register no longer counts on the treatment.
    if (!s || s.residual >= s.inherent) continue;
    const key = `${row.cells.effectivenessResult}\u0000${risk.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding('rtp-not-effective-but-treated', sheet, row.cells.effectivenessResult, {
      ...rowParams(row),
      result: row.effectivenessResult,
      residual: bandFor(methodology, s.residual)?.name ?? String(s.residual),
      inherent: bandFor(methodology, s.inherent)?.name ?? String(s.inherent),
    }));
  }
  appendAll(out, findingsOnCells('rtp-done-without-evidence', sheet, noEvidence));
  appendAll(out, findingsOnCells('rtp-done-without-effectiveness', sheet, noResult));
  return out;
}
