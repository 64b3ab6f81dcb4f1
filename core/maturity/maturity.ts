/**
 * Where the workbook stands on the five levels of Clause 6.1 maturity: 1 Initial, 2 Developing,
 * 3 Established, 4 Managed, 5 Optimised. Each level above the first has criteria the checks can
 * verify, most of them "no finding of these rules"; a level is reached when its criteria and
 * those of every level below are met.
 *
 * The criteria are data: a rule added later joins a criterion by adding its code to `codes`, and
 * a criterion that reads something else has a `judge`.
 */
import { isoFromSerial } from '../dates';
import { RULES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import type { RtpRow } from '../outputs/rtp';
import { sameText } from '../outputs/cells';
import { DONE_STATUS } from '../outputs/options';
import type { SoaSheet } from '../outputs/soa';

export const MATURITY_LEVELS = [
  { level: 1, name: 'Initial', summary: 'Risks are listed in a register.' },
  { level: 2, name: 'Developing', summary: 'A documented, approved method, and every risk owned and assessed by it.' },
  { level: 3, name: 'Established', summary: 'Every risk decided, every treatment traced to controls and planned, the SoA complete, reviews on time.' },
  { level: 4, name: 'Managed', summary: 'Sign-off, evidence and effectiveness recorded and current; nothing an auditor would raise as an error.' },
  { level: 5, name: 'Optimised', summary: 'Kept up over time: reviewed within the interval across cycles, changes recorded as they happen.' },
] as const;

export type MaturityLevel = (typeof MATURITY_LEVELS)[number]['level'];

/** What the criteria look at: the workbook as the run leaves it. */
export interface MaturityFacts {
  readonly findings: readonly Finding[];
  readonly riskCount: number;
  /** The SoA in use; null without one (or one in the 2013 numbering). */
  readonly soa: SoaSheet | null;
  /** The plan's actions (Riskbook's RTP or the team's plan) and its sheet; null without a plan. */
  readonly plan: { readonly sheet: string; readonly actions: readonly RtpRow[] } | null;
  /** When earlier runs were logged on the Change log (serial dates, time of day as the fraction). */
  readonly loggedRuns: readonly number[];
  /** When each assessment cycle began, oldest first (serial dates); empty while none has begun. */
  readonly cycleStarts: readonly number[];
  readonly reviewIntervalDays: number;
  /** Today, as a serial date. */
  readonly now: number;
}

export interface Judgement {
  readonly met: boolean;
  /** What shows it, in a line: the findings that stand in the way, or what was counted. */
  readonly shows: string;
  /** Where to look first ("Risk register, K23"), when something stands in the way. */
  readonly where?: string;
}

export interface Criterion {
  readonly id: string;
  readonly level: Exclude<MaturityLevel, 1>;
  readonly text: string;
  /** Met when the checks raise no finding of these rules. */
  readonly codes?: readonly string[];
  /** Met when no error of these rule families is raised ('*': of any). */
  readonly errorFamilies?: readonly string[];
  /** Besides (or instead of) the codes, a check of its own. */
  readonly judge?: (facts: MaturityFacts) => Judgement;
}

/** A cell as a person names it in a line of text: "Risk register, K23" (a program would break "register!K23" at the "!"). */
function place(sheet: string, cell: string): string {
  return cell === '' ? sheet : `${sheet}, ${cell}`;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The SoA's approval is recorded: who and when, beside its labels. */
function soaApproved(facts: MaturityFacts): Judgement {
  const approval = facts.soa?.approval;
  if (!facts.soa) return { met: false, shows: 'No Statement of Applicability.' };
  if (!approval || approval.approvedBy.trim() === '' || approval.approvedOn === null) {
    const cell = approval?.cells.approvedBy ?? facts.soa.headerCell;
    return { met: false, shows: 'Nobody is recorded under Approved by and Approved on.', where: place(facts.soa.name, cell) };
  }
  return { met: true, shows: `Approved by ${approval.approvedBy.trim()}.` };
}

/**
 * Some action is marked Done, and every one has an effectiveness result. The rules say the same of
 * a plan that has the column; a count here holds a plan without one below level 4 too.
 */
function effectivenessRecorded(facts: MaturityFacts): Judgement {
  if (!facts.plan) return { met: false, shows: 'No treatment plan.' };
  const done = facts.plan.actions.filter((a) => a.status !== '' && sameText(a.status, DONE_STATUS));
  const missing = done.filter((a) => a.effectivenessResult === '');
  if (done.length === 0) return { met: false, shows: 'No action is marked Done yet.' };
  if (missing.length > 0) {
    const first = missing[0]!;
    return { met: false, shows: `${missing.length} of ${done.length} done actions have no effectiveness result.`, where: place(facts.plan.sheet, first.cells.effectivenessResult || first.cells.riskId) };
  }
  return { met: true, shows: `All ${done.length} done actions have an effectiveness result.` };
}

/**
 * Earlier runs logged within the last review interval. A run logged at this very time is this one
 * (the workbook read after a recalculation), so a run repeated leaves the sheet as it was.
 */
function recentRuns(facts: MaturityFacts): number[] {
  return facts.loggedRuns.filter((t) => t < facts.now && t >= facts.now - facts.reviewIntervalDays);
}

/**
 * Reviews across cycles: a cycle was closed, so the register was assessed again against one that
 * came before (the review rules say whether this cycle's reviews are on time).
 */
function acrossCycles(facts: MaturityFacts): Judgement {
  const starts = facts.cycleStarts;
  if (starts.length === 0) return { met: false, shows: 'No assessment cycle has begun: start one when an assessment is complete.' };
  const first = isoFromSerial(starts[0]!);
  if (starts.length === 1) return { met: false, shows: `The first assessment cycle began on ${first}; none has been closed yet.` };
  return { met: true, shows: `${starts.length} assessment cycles since ${first}, the current one begun on ${isoFromSerial(starts[starts.length - 1]!)}.` };
}

function changeLogActive(facts: MaturityFacts): Judgement {
  const recent = recentRuns(facts);
  if (recent.length === 0) return { met: false, shows: `No earlier run is logged within the review interval (${days(facts.reviewIntervalDays)}).` };
  return { met: true, shows: `${recent.length} earlier run${recent.length === 1 ? '' : 's'} logged within the review interval (${days(facts.reviewIntervalDays)}).` };
}

export const MATURITY_CRITERIA: readonly Criterion[] = [
  {
    id: '2.1',
    level: 2,
    text: 'The risk assessment method is written on the Methodology sheet and approved',
    codes: [
      'methodology-missing', 'methodology-inferred', 'methodology-inferred-unapproved', 'methodology-inference-failed',
      'methodology-unapproved', 'methodology-changed-since-approval',
    ],
  },
  {
    id: '2.2',
    level: 2,
    text: 'The method has no errors: scales, scoring and bands a spreadsheet can compute',
    errorFamilies: ['methodology'],
  },
  {
    id: '2.3',
    level: 2,
    text: 'Every risk has an id, a description and an owner, and is scored by the method',
    codes: ['register-empty', 'risk-id-missing', 'risk-id-duplicate', 'risk-owner-missing', 'risk-description-missing', 'risk-unscored', 'risk-level-off-scale'],
    judge: (f) => (f.riskCount > 0 ? { met: true, shows: `${f.riskCount} risks.` } : { met: false, shows: 'The register holds no risk.' }),
  },
  {
    id: '3.1',
    level: 3,
    text: 'Every risk has a treatment decided (mitigate, transfer, avoid or accept)',
    codes: ['treatment-missing', 'treatment-unknown'],
  },
  {
    id: '3.2',
    level: 3,
    text: 'Every treated risk cites the Annex A controls that treat it',
    codes: ['mitigate-without-controls', 'control-unknown', 'control-2013-id'],
  },
  {
    id: '3.3',
    level: 3,
    text: 'Every treatment is planned: an action for each control, with an owner and a due date',
    codes: ['rtp-not-found', 'rtp-row-missing', 'team-plan-risk-missing', 'rtp-owner-missing', 'rtp-due-missing'],
  },
  {
    id: '3.4',
    level: 3,
    text: 'The Statement of Applicability is complete: every control decided and justified',
    codes: ['soa-not-found', 'soa-edition-2013', 'soa-missing-controls', 'soa-applicability-missing', 'soa-exclusion-unjustified', 'soa-inclusion-unjustified', 'soa-cited-control-excluded'],
  },
  {
    id: '3.5',
    level: 3,
    text: 'Every risk was reviewed within the review interval',
    codes: ['review-overdue', 'review-missing'],
  },
  {
    id: '4.1',
    level: 4,
    text: 'Every treated or accepted risk is signed off by its owner, with its residual level, and the sign-off is current',
    codes: [
      'acceptance-unacceptable-unapproved', 'acceptance-tolerable-unapproved', 'acceptance-acceptable-unapproved',
      'treatment-tolerable-unapproved', 'treatment-acceptable-unapproved', 'residual-missing', 'approval-stale',
      'risk-approved-under-older-methodology',
    ],
  },
  {
    id: '4.2',
    level: 4,
    text: 'The Statement of Applicability is approved, and unchanged since its approved version',
    codes: ['soa-changed-since-approval', 'soa-stale'],
    judge: soaApproved,
  },
  {
    id: '4.3',
    level: 4,
    text: 'Actions are done on time: none open past its due date',
    codes: ['rtp-overdue'],
  },
  {
    id: '4.4',
    level: 4,
    text: 'Evidence is recorded for every implemented control and every action marked Done',
    codes: ['soa-evidence-missing', 'rtp-done-without-evidence'],
  },
  {
    id: '4.5',
    level: 4,
    text: 'Every action marked Done has an effectiveness result, and no risk counts as treated by an action found not effective',
    codes: ['rtp-done-without-effectiveness', 'rtp-not-effective-but-treated'],
    judge: effectivenessRecorded,
  },
  {
    id: '4.6',
    level: 4,
    text: 'Nothing an auditor would raise as an error: no error on the Checks sheet',
    errorFamilies: ['*'],
  },
  {
    id: '4.7',
    level: 4,
    text: 'Every applicable control has an owner and an implementation status that agrees with its actions, and was reviewed within the interval',
    codes: ['soa-owner-missing', 'soa-status-missing', 'soa-rtp-status-disagree', 'soa-review-overdue'],
  },
  {
    id: '5.1',
    level: 5,
    text: 'Risks are reviewed within the interval across assessment cycles',
    codes: ['review-overdue', 'review-missing'],
    judge: acrossCycles,
  },
  {
    id: '5.2',
    level: 5,
    text: 'Changes are recorded as they happen: the Change log is in use',
    judge: changeLogActive,
  },
];

export interface CriterionStatus extends Judgement {
  readonly criterion: Criterion;
}

export interface Maturity {
  /** The highest level whose criteria, and those of every level below, are all met. */
  readonly level: MaturityLevel;
  readonly criteria: readonly CriterionStatus[];
}

function ruleFamily(code: string): string | undefined {
  return RULES.get(code)?.family;
}

/** The findings that stand in a criterion's way. */
function blocking(c: Criterion, findings: readonly Finding[]): Finding[] {
  const codes = new Set(c.codes ?? []);
  const families = new Set(c.errorFamilies ?? []);
  return findings.filter((f) => codes.has(f.code) || (f.severity === 'error' && (families.has('*') || families.has(ruleFamily(f.code) ?? ''))));
}

function judgeCriterion(c: Criterion, facts: MaturityFacts): CriterionStatus {
  const found = blocking(c, facts.findings);
  const own = c.judge?.(facts);
  if (found.length > 0) {
    const codes = [...new Set(found.map((f) => f.code))];
    const first = found[0]!;
    const n = found.length;
    const shows = `${n} finding${n === 1 ? '' : 's'} on the Checks sheet (${codes.join(', ')}).${own && !own.met ? ` ${own.shows}` : ''}`;
    return { criterion: c, met: false, shows, where: place(first.sheet, first.cell) };
  }
  if (own) return { criterion: c, ...own };
  const rules = c.codes && c.codes.length > 0 ? `no finding of ${c.codes.length === 1 ? 'its rule' : `its ${c.codes.length} rules`}` : 'no error';
  return { criterion: c, met: true, shows: `The checks raise ${rules}.` };
}

/** The workbook's level and every criterion with its status. */
export function assessMaturity(facts: MaturityFacts): Maturity {
  const criteria = MATURITY_CRITERIA.map((c) => judgeCriterion(c, facts));
  let level: MaturityLevel = 1;
  for (const { level: l } of MATURITY_LEVELS) {
    if (l === 1) continue;
    if (criteria.some((s) => s.criterion.level === l && !s.met)) break;
    level = l;
  }
  return { level, criteria };
}
