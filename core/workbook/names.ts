/**
 * The usual names of Riskbook's sheets, and the named ranges it owns. A sheet is Riskbook's by
 * its marks, not by its name (core/ownership/own-sheets.ts): these are the names it takes when
 * they are free. Formulas refer to the Methodology and the lists only through the named ranges,
 * so the register recalculates in any spreadsheet program.
 */
export const SHEETS = {
  methodology: 'Methodology',
  // Internal sheets get names no team would use.
  lists: 'Riskbook lists',
  controls: 'Controls',
  rtp: 'Risk Treatment Plan',
  soa: 'Statement of Applicability',
  heatmap: 'Heatmap',
  dashboard: 'Dashboard',
  checks: 'Checks',
  changeLog: 'Change log',
  opportunities: 'Opportunities',
  settings: 'Riskbook',
  /** What Riskbook recorded of approvals and of its last run (core/trail): hidden. */
  trail: 'Riskbook trail',
  /** The register as the current assessment cycle began, and each cycle begun (core/cycle): hidden. */
  cycle: 'Riskbook cycle',
  // New roles go last: Excel numbers a sheet set aside at a swap by its role's place here.
  /** Everything about each control: its SoA decision, risks, actions and evidence. */
  controlView: 'Control view',
  /** Where the workbook stands on the five levels of Clause 6.1 maturity, and why. */
  maturity: 'Maturity',
} as const;

/** Which of Riskbook's sheets a sheet is; its usual name is `SHEETS[role]`. */
export type SheetRole = keyof typeof SHEETS;

/** The sheet that holds each role in one workbook (core/ownership resolves them). */
export type SheetNames = Readonly<Record<SheetRole, string>>;

/** Every role, in the order the sheets take after the team's own. */
export const SHEET_ROLES: readonly SheetRole[] = [
  'methodology', 'rtp', 'soa', 'controlView', 'heatmap', 'dashboard', 'maturity', 'checks', 'opportunities', 'changeLog', 'controls', 'lists', 'settings', 'trail', 'cycle',
];

/** The part of a free name that says which sheet it is: "Riskbook SoA", "Riskbook Heatmap 2". */
const SHORT: Readonly<Record<SheetRole, string>> = { ...SHEETS, lists: 'lists', rtp: 'RTP', soa: 'SoA', settings: 'settings', trail: 'trail', cycle: 'cycle' };

/**
 * The name a sheet of `role` takes beside a team's sheet under its usual name: "Riskbook SoA"
 * (core/ownership numbers it when that is taken too).
 */
export function besideName(role: SheetRole): string {
  return `Riskbook ${SHORT[role]}`;
}

export const NAMES = {
  /** Methodology: the score for each (likelihood, impact) pair, likelihood down, impact across. */
  scoreMatrix: 'RB_ScoreMatrix',
  /** Methodology: band lower bounds, ascending, and the matching names / decisions. */
  bandMins: 'RB_BandMins',
  bandNames: 'RB_BandNames',
  bandDecisions: 'RB_BandDecisions',
  /**
   * Lists: every accepted way to write a level (the number, the number as text, the label and
   * "n - Label"), with the 1-based position of its level beside it.
   */
  likelihoodKeys: 'RB_LikelihoodKeys',
  likelihoodKeyIndex: 'RB_LikelihoodKeyIndex',
  impactKeys: 'RB_ImpactKeys',
  impactKeyIndex: 'RB_ImpactKeyIndex',
  /** Lists: dropdown sources. */
  likelihoodOptions: 'RB_LikelihoodOptions',
  impactOptions: 'RB_ImpactOptions',
  treatmentOptions: 'RB_TreatmentOptions',
  yesNo: 'RB_YesNo',
  implementationStatus: 'RB_ImplementationStatus',
  actionStatus: 'RB_ActionStatus',
  opportunityStatus: 'RB_OpportunityStatus',
  effectivenessResult: 'RB_EffectivenessResult',
  /**
   * The Dashboard's reach into the sheets Riskbook rebuilds on every run: the data rows of its
   * Risk Treatment Plan, its Statement of Applicability and the Checks sheet. A formula that named
   * a rebuilt sheet directly would break when the old sheet is deleted; a name is set again after
   * the swap (see docs/architecture.md, the hosts).
   */
  rtpRows: 'RB_RtpRows',
  soaRows: 'RB_SoaRows',
  checkRows: 'RB_CheckRows',
  /**
   * The Control view's reach into the RTP and the SoA Riskbook rebuilds: each sheet from A1 to the
   * last row and column the view reads, so INDEX(name, row, column) is the cell at that place.
   */
  rtpTable: 'RB_RtpTable',
  soaTable: 'RB_SoaTable',
} as const;
