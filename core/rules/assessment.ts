/** A risk's inherent and residual score and band, as the register's formulas compute them. */
import { bandFor, scoreFor } from '../methodology/scoring';
import type { Band, Methodology } from '../methodology/types';
import type { LevelRef, Risk } from '../register/types';

export interface Assessment {
  /** Null when the likelihood or impact is missing or off the scale. */
  readonly score: number | null;
  /** Null when the score is unknown or below the lowest band. */
  readonly band: Band | null;
}

function assess(m: Methodology, likelihood: LevelRef | null, impact: LevelRef | null): Assessment {
  const score = likelihood && impact ? scoreFor(m, likelihood.index, impact.index) : null;
  return { score, band: bandFor(m, score) };
}

export function inherentOf(m: Methodology, risk: Risk): Assessment {
  return assess(m, risk.likelihood, risk.impact);
}

export function residualOf(m: Methodology, risk: Risk): Assessment {
  return assess(m, risk.residualLikelihood, risk.residualImpact);
}

/** True when somebody is recorded as having approved retaining the risk, and when. */
export function hasApproverAndDate(risk: Risk): boolean {
  return risk.approvedBy.trim() !== '' && risk.approvalDate !== null;
}
