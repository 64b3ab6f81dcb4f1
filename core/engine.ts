/**
 * The engine's four entry points. Every host calls these and nothing else:
 * - `check`: findings for the workbook as it is (read-only);
 * - `generate`: the plan for "Recalculate & check traceability" or one generated sheet, and the
 *   findings on the workbook as it will be once the plan is applied;
 * - `initRegister`: the plan that turns an empty workbook into a new register;
 * - `mappingReport`: how the register's headers were understood.
 */
import { readCatalogue } from './annex-a/read-catalogue';
import { controlsSheetPlan } from './annex-a/controls-sheet';
import type { ControlCatalogue } from './annex-a/types';
import { serialFromIso } from './dates';
import type { Finding, FindingSummary } from './findings/finding';
import { sortFindings, summarize } from './findings/finding';
import { changeLogSheetPlan, changeLogState, diffForChangeLog, recordedMethodologyHash } from './outputs/change-log';
import { checksSheetPlan } from './outputs/checks';
import type { Maturity, MaturityFacts } from './maturity/maturity';
import { assessMaturity } from './maturity/maturity';
import { loggedRunTimes } from './maturity/logged-runs';
import { maturitySheetPlan } from './outputs/maturity-sheet';
import { countedActions } from './outputs/dashboard-input';
import type { ControlViewInput } from './outputs/control-view';
import { controlViewNames, controlViewSheetPlan } from './outputs/control-view';
import { dashboardSheetPlan } from './outputs/dashboard';
import { dashboardNames } from './outputs/dashboard-formulas';
import type { DashboardCycle, DashboardInput } from './outputs/dashboard-input';
import type { DashboardFigures } from './outputs/dashboard-figures';
import { dashboardFigures } from './outputs/dashboard-figures';
import { heatmapSheetPlan, registerColumns } from './outputs/heatmap';
import { opportunitiesSheetPlan, opportunityRules } from './outputs/opportunities';
import type { RtpRow } from './outputs/rtp';
import { currentRtpRows, readRtp, rtpRules, rtpSheetPlan } from './outputs/rtp';
import { planEvidenceRules } from './rules/plan-evidence-rules';
import { soaUpkeepRules } from './rules/soa-upkeep-rules';
import type { PlanInUse } from './rules/status-agreement-rules';
import { statusAgreementRules } from './rules/status-agreement-rules';
import { registerRuleContext } from './outputs/rule-context';
import { soaRules, soaSheetPlan } from './outputs/soa';
import type { SoaInput } from './outputs/soa';
import { listsSheetPlan } from './methodology/lists-sheet';
import { methodologyHash } from './methodology/methodology-hash';
import { teamMethod } from './methodology/inference/team-method';
import { methodologySheetPlan } from './methodology/methodology-sheet';
import { inferredNote } from './methodology/methodology-text';
import { presetMethodology } from './methodology/presets';
import { readMethodology } from './methodology/read-methodology';
import type { Methodology, PresetName } from './methodology/types';
import { FIELD_LABELS, isDerivedField } from './register/fields';
import { headerTexts } from './register/header-row';
import { locateRegister } from './register/locate-register';
import type { RiskReader, RisksRead } from './register/read-risks';
import { riskReader } from './register/read-risks';
import { cellText, isBlankCell } from './register/cell-text';
import type { InferredMethodology } from './methodology/inference/infer-methodology';
import type { LooksLike, RegisterCandidate } from './register/register-candidates';
import { looksLike, registerCandidates } from './register/register-candidates';
import { registerHash } from './register/register-hash';
import { registerRows } from './register/register-rows';
import type { SkipReason } from './register/row-kinds';
import type { RegisterSheetPlanResult } from './register/register-sheet-plan';
import { registerSheetPlan } from './register/register-sheet-plan';
import { readSettings, settingsSheetPlan } from './register/settings-sheet';
import type { ColumnMapping, ColumnSetBy, HeaderHow, RegisterField, RegisterLocation, Risk } from './register/types';
import type { SavedMapping } from './register/saved-mapping';
import { registerCellOf, registerHasColumn } from './rules/context';
import { riskRules } from './rules/risk-rules';
import type { ApprovalLook } from './trail/trail-run';
import { approvalFindings, trailRun } from './trail/trail-run';
import type { MethodologyLook } from './trail/methodology-approval';
import type { PlanApprovals } from './trail/rtp-approvals';
import { pendingApproval } from './methodology/inference/team-method';
import { readGovernance } from './methodology/governance';
import { locateSections } from './methodology/locate-sections';
import { ismsActionRules } from './rules/isms-rules';
import type { Cycle } from './cycle/cycle-sheet';
import { currentStart, readCycle } from './cycle/cycle-sheet';
import type { CycleComparison } from './cycle/cycle-marks';
import { compareWithCycle } from './cycle/cycle-marks';
import type { OwnSheets } from './ownership/own-sheets';
import { displacedFindings, ownSheet, ownSheetNames, resolveOwnSheets } from './ownership/own-sheets';
import { finding } from './findings/report';
import type { SoaInUse } from './team-soa/soa-in-use';
import { soaInUse } from './team-soa/soa-in-use';
import { teamSoaHeaderCell } from './team-soa/as-soa-sheet';
import { locateTeamSoa } from './team-soa/locate-team-soa';
import { teamSoaSheetPlan } from './team-soa/team-soa-plan';
import type { SoaMapping } from './team-soa/soa-mapping';
import { soaMapping } from './team-soa/soa-mapping';
import { findTeamPlan } from './team-plan/locate-team-plan';
import { plannedRisks } from './team-plan/planned-risks';
import type { PlanAsRtpOptions } from './team-plan/plan-as-rtp';
import { planRowsAsRtp } from './team-plan/plan-as-rtp';
import { teamPlanRules } from './team-plan/team-plan-rules';
import type { TeamPlan } from './team-plan/types';
import { columnLetter, parseRange } from './workbook/a1';
import { contentAfter } from './workbook/memory-workbook';
import { laidOutForPrint, paperFor, type PrintContext } from './outputs/print-frame';
import { readDocumentFields } from './register/document-fields';
import type { SheetRole } from './workbook/names';
import { SHEET_ROLES } from './workbook/names';
import type { NamedRangeSpec, PaperSize, SheetPlan, WorkbookPlan } from './workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from './workbook/snapshot';
import { cellAt, findSheet } from './workbook/snapshot';
import type { Stamp } from './workbook/stamp';
import { appendAll, maxOf } from './arrays';
import { NEW_REGISTER_HEADERS, NEW_REGISTER_HEADER_ROW, newRegisterCells, newRegisterSheetPlan } from './register/new-register';
import { ROW_HEADROOM, printedColumnsOf } from './register/register-sheet-plan';

export const VERSION = '0.1.0';

export interface EngineOptions {
  /** ISO date-time of the action: the engine never reads the clock itself. */
  readonly now: string;
  /** Use this sheet as the register instead of searching for one. */
  readonly registerSheet?: string;
  readonly generator?: string;
  /** Methodology preset for `initRegister`. */
  readonly preset?: PresetName;
  /**
   * The person's locale (BCP 47, e.g. `en-US`): where the register names no paper size, sheets
   * print on Letter in the countries that use it and on A4 elsewhere.
   */
  readonly locale?: string;
  /** The paper a person chose for this run (the CLI's `--paper`): it wins over the register's and the locale's. */
  readonly paper?: PaperSize;
}

export type GenerateAction = 'recalc' | 'soa' | 'rtp' | 'heatmap';

export interface CheckResult {
  readonly findings: Finding[];
  readonly summary: FindingSummary;
  /** False when no register could be found: there is nothing to check or generate. */
  readonly usable: boolean;
  readonly registerSheet: string | null;
  readonly riskCount: number;
  /** The sheet of the SoA the rules read (Riskbook's or the team's), null when there is none. */
  readonly soaSheet: string | null;
}

export interface PlanResult extends CheckResult {
  readonly plan: WorkbookPlan;
  /** One line per notable change, for the change log and the host's report. */
  readonly changes: readonly string[];
}

export interface MappingReport {
  readonly sheet: string | null;
  /** 1-based. */
  readonly headerRow: number | null;
  /** 1-based row of the banner above the header row, when the header spans two rows. */
  readonly bannerRow?: number;
  readonly fields: MappedColumn[];
  readonly userColumns: { column: string; header: string }[];
  /** The team's own score, level and rating columns (among `userColumns`): read and compared, never written. */
  readonly teamColumns: MappedColumn[];
  /** Columns that name a field another column names more plainly ("Owner" beside "Risk owner"): left as the team's. */
  readonly passedOver?: { label: string; column: string; header: string; usedColumn: string; usedHeader: string }[];
  /** Columns that name a field as plainly as the one used: left as the team's. */
  readonly ambiguous?: { label: string; column: string; header: string; usedColumn: string; usedHeader: string }[];
  readonly missing: { field: RegisterField; label: string }[];
  /** Rows below the header that hold text but are not read as risks (legends, headings, totals); row is 1-based. */
  readonly skipped: { row: number; reason: SkipReason; text: string }[];
  readonly findings: Finding[];
  /** When no register was found: the rows that came closest, best first, with what they lack. */
  readonly candidates?: readonly RegisterCandidate[];
  /** When no register was found and the workbook looks like something else Riskbook knows. */
  readonly looksLike?: LooksLike['kind'];
  readonly looksLikeSheet?: string;
  /** The team's own SoA, when the workbook has one: how it was understood. */
  readonly soa?: SoaMapping;
}

export type { SoaMapping };

/**
 * A column read as a field. `how` says how it was recognised when not by an exact header word
 * (see `HeaderHow`), and `basis` what that rests on: the note left out, the group label over it,
 * or the column (letter) that names the field it lost.
 */
export interface MappedColumn {
  readonly field: RegisterField;
  readonly label: string;
  readonly column: string;
  readonly header: string;
  readonly how?: HeaderHow;
  readonly basis?: string;
}

/** Everything the engine learnt from one snapshot. */
export interface Analysis {
  /** Which sheets are Riskbook's, and the names the missing ones will take. */
  readonly own: OwnSheets;
  readonly methodology: Methodology;
  readonly methodologyFound: boolean;
  /** True when the method was read off the register: the workbook has no Methodology and no preset was asked for. */
  readonly methodologyInferred?: boolean;
  readonly catalogue: ControlCatalogue;
  readonly location: RegisterLocation | null;
  readonly risks: readonly Risk[];
  readonly findings: Finding[];
  /** The SoA the rules read: Riskbook's, or the team's own (team-soa/soa-in-use.ts). */
  readonly soa: SoaInUse;
  /** The team's own treatment plan, when it keeps one: then it is the plan, and Riskbook keeps none. */
  readonly plan: TeamPlan | null;
  /** The Methodology as its approval rules read it: its sheet, its governance, the method. */
  readonly methodologyLook?: MethodologyLook;
  /** The current assessment cycle and each risk against it; absent while no cycle has begun. */
  readonly cycle?: CycleLook;
}

/** The current assessment cycle, and the register against the register as it began. */
export interface CycleLook {
  readonly cycle: Cycle;
  readonly comparison: CycleComparison;
}

function nowSerial(options: EngineOptions): number {
  const day = serialFromIso(options.now);
  // A malformed clock is the host's bug, not the user's.
  if (day === null) throw new Error(`EngineOptions.now is not an ISO date: ${options.now}`);
  const time = /T(\d{2}):(\d{2})/.exec(options.now);
  return time ? day + (Number(time[1]) * 60 + Number(time[2])) / 1440 : day;
}

/** The workbook's own methodology; a preset the user chose stands in only where it has none. */
function readMethodologyOrPreset(snapshot: WorkbookSnapshot, own: OwnSheets, options: EngineOptions): ReturnType<typeof readMethodology> {
  const read = readMethodology(snapshot, own.names.methodology);
  if (read.found || !options.preset) return read;
  return { methodology: presetMethodology(options.preset), findings: [], found: false };
}

/** The register's place: the one remembered on Riskbook's settings sheet, else found among the team's sheets. */
export function locate(snapshot: WorkbookSnapshot, own: OwnSheets, registerSheet: string | undefined): ReturnType<typeof locateRegister> {
  return locateRegister(snapshot, {
    sheet: registerSheet, saved: readSettings(snapshot, own.names.settings), ownSheets: ownSheetNames(own),
    isSoa: (sheet) => locateTeamSoa(sheet) !== null,
  });
}

/**
 * What reading the register cost and may be taken as it is by a second analysis of the same
 * register in the same request: `generate` looks at the workbook as its plan leaves it, and the
 * plan writes on the register only in Riskbook's own formula columns.
 */
interface RegisterPass {
  readonly location: RegisterLocation;
  readonly methodologyHash: string;
  readonly catalogueKey: string;
  /** What inference found on the register; null when it found nothing, undefined when it did not run. */
  readonly inferred: InferredMethodology | null | undefined;
  readonly read: RisksRead;
  /** The register's formula columns as the method gives them, and the findings that planning them raised. */
  readonly registerPlan: RegisterSheetPlanResult;
  /** The risks against the current cycle (null: none has begun), which the register plan marks. */
  readonly cycle: CycleLook | null;
}

interface Analyzed {
  readonly analysis: Analysis;
  /** Absent when no register was found. */
  readonly pass?: RegisterPass;
  /** Riskbook's RTP as the rules read it (null: no such sheet); absent when they did not read it. */
  readonly rtp?: readonly RtpRow[] | null;
}

function catalogueKey(catalogue: ControlCatalogue): string {
  return catalogue.controls.map((c) => `${c.id}\u0000${c.title}`).join('\u0001');
}

/**
 * Whether a register read before may stand for this one: the same sheet, header row, method and
 * catalogue, and every field read from the same column, except fields whose columns were just
 * appended and hold nothing on any risk row (the plan's residual columns, waiting to be filled).
 */
function sameRegister(prior: RegisterPass, snapshot: WorkbookSnapshot, location: RegisterLocation, methodology: Methodology, catalogue: ControlCatalogue): boolean {
  const before = prior.location;
  if (before.sheet !== location.sheet || before.headerRow !== location.headerRow) return false;
  if (prior.methodologyHash !== methodologyHash(methodology) || prior.catalogueKey !== catalogueKey(catalogue)) return false;
  if (JSON.stringify(before.teamColumns ?? {}) !== JSON.stringify(location.teamColumns ?? {})) return false;
  const sheet = findSheet(snapshot, location.sheet);
  if (!sheet) return false;
  const riskRows = prior.read.risks.map((r) => r.row);
  for (const field of Object.keys({ ...before.mapping, ...location.mapping }) as RegisterField[]) {
    const was = before.mapping[field];
    const is = location.mapping[field];
    if (was === is) continue;
    if (was !== undefined || is === undefined) return false;
    if (!isDerivedField(field) && riskRows.some((row) => !isBlankCell(cellAt(sheet, row, is)))) return false;
  }
  return true;
}

/**
 * `rules` false skips the rules on the register, the RTP, the SoA and Opportunities: `generate`
 * reports on the workbook as its plan leaves it, so the rules' verdict on the workbook before it
 * would be thrown away.
 */
function analyze(snapshot: WorkbookSnapshot, options: EngineOptions, prior?: RegisterPass, rules = true): Analyzed {
  const own = resolveOwnSheets(snapshot);
  const sheetMethod = readMethodologyOrPreset(snapshot, own, options);
  const controls = readCatalogue(snapshot, own.names.controls);
  const located = locate(snapshot, own, options.registerSheet);
  const location = located.location;
  // What this register was read as earlier in the request, when nothing it reads has changed since.
  const reuse = prior && location && sameRegister(prior, snapshot, location, sheetMethod.methodology, controls.catalogue) ? prior : undefined;
  const fresh = location ? riskReader(snapshot, location, controls.catalogue) : undefined;
  const reader: RiskReader | undefined = fresh && {
    read: (m) => (reuse && methodologyHash(m) === reuse.methodologyHash ? reuse.read : fresh.read(m)),
    rows: () => (reuse ? reuse.read.risks : fresh.rows()),
  };
  // The team's method read off the register where the workbook has none (see team-method.ts).
  const team = location
    ? teamMethod({
        snapshot, location: location, catalogue: controls.catalogue, skipSheets: [location.sheet, ...ownSheetNames(own)],
        methodologySheet: sheetMethod.found ? findSheet(snapshot, own.names.methodology) : undefined, presetAsked: options.preset !== undefined,
        ...(reader ? { read: reader } : {}),
        ...(reuse && reuse.inferred !== undefined ? { inferredBefore: reuse.inferred } : {}),
      })
    : null;
  const method = team?.methodology
    ? { methodology: team.methodology, findings: team.findings, found: false }
    : { ...sheetMethod, findings: [...sheetMethod.findings, ...(team?.findings ?? [])] };
  const findings: Finding[] = [...method.findings, ...controls.findings, ...located.findings];
  const methodologySheet = sheetMethod.found && !team?.methodology ? findSheet(snapshot, own.names.methodology) : undefined;
  const methodologyLook: MethodologyLook = {
    ...(methodologySheet ? { sheet: methodologySheet.name, awaitingReview: pendingApproval(methodologySheet) !== null } : { awaitingReview: false }),
    ...(methodologySheet ? { governance: readGovernance(methodologySheet, locateSections(methodologySheet)) } : {}),
    methodology: method.methodology,
  };
  const base = {
    own, methodology: method.methodology, methodologyFound: method.found, catalogue: controls.catalogue, methodologyLook,
    ...(team?.methodology ? { methodologyInferred: true } : {}),
  };
  const sheet = location ? findSheet(snapshot, location.sheet) : undefined;
  // A team's SoA or plan is never Riskbook's sheet, nor the register.
  const skip = new Set([...ownSheetNames(own), ...(location ? [location.sheet.toLowerCase()] : [])]);
  const soa = soaInUse(snapshot, own, skip);
  appendAll(findings, soaSourceFindings(soa, own));
  const displaced = (inUse: ReadonlySet<string>): Finding[] => displacedFindings({ ...own, displaced: own.displaced.filter((d) => !inUse.has(d.teamSheet)) });
  if (!location || !sheet || !reader) {
    const displacedNow = displaced(new Set(soa.kind === 'team' ? [soa.team.location.sheet] : []));
    if (!soa.sheet) return { analysis: { ...base, location: null, risks: [], findings: [...displacedNow, ...findings], soa, plan: null } };
    // An SoA on its own is still worth checking: its own rules need no register, and what the
    // register and its method would have said is one note, not an error.
    const own: Finding[] = [...displacedNow, ...controls.findings, ...soaSourceFindings(soa, base.own)];
    if (!isSoa2013(soa)) {
      appendAll(own, soaRules(soa.sheet, [], controls.catalogue, '', { sheet: soa.sheet.name, cell: soa.sheet.headerCell }, true));
      appendAll(own, soaUpkeepRules(soa.sheet, controls.catalogue, method.methodology, nowSerial(options)));
      own.push(finding('soa-checked-without-register', soa.sheet.name, soa.sheet.headerCell, { sheet: soa.sheet.name }));
    }
    return { analysis: { ...base, location: null, risks: [], findings: own, soa, plan: null } };
  }

  const read = reader.read(method.methodology);
  if (soa.team) skip.add(soa.team.location.sheet.toLowerCase());
  const plan = findTeamPlan(snapshot, { skipSheets: skip, risks: read.risks, catalogue: controls.catalogue });
  // The team's plan completes the register: a risk it plans is treated (team-plan/planned-risks.ts).
  const risks = plan ? plannedRisks(read.risks, plan, controls.catalogue) : read.risks;
  // A team's SoA or plan under Riskbook's usual name is the one in use: nothing stands beside it to report.
  findings.unshift(...displaced(new Set([...(soa.kind === 'team' ? [soa.team.location.sheet] : []), ...(plan ? [plan.sheet] : [])])));
  appendAll(findings, read.findings);
  // Once a cycle has begun, each risk is marked against it (core/cycle): no plan ever writes the
  // cycle's sheet but a new cycle's, so a second look of the same register takes the first's marks.
  const cycle = reuse?.cycle !== undefined ? reuse.cycle : cycleLook(snapshot, own, risks);
  // The register plan is also where typed-over scores are noticed.
  const registerPlan = reuse?.registerPlan ?? registerSheetPlan(sheet, location, risks, method.methodology, team?.notCompared, cycle?.comparison.marks);
  appendAll(findings, registerPlan.findings);
  const pass: RegisterPass = {
    location, methodologyHash: methodologyHash(method.methodology), catalogueKey: catalogueKey(controls.catalogue),
    inferred: team ? team.inferred : undefined, read, registerPlan, cycle,
  };
  const withCycle = cycle ? { cycle } : {};
  if (!rules) return { analysis: { ...base, location, risks, findings, soa, plan, ...withCycle }, pass };
  const now = nowSerial(options);
  appendAll(findings, riskRules({ risks, methodology: method.methodology, sheet: location.sheet, cellOf: registerCellOf(location), hasColumn: registerHasColumn(location), now }));
  const ruleContext = registerRuleContext(location);
  let rtp: RtpRow[] | null | undefined;
  if (plan) {
    appendAll(findings, teamPlanRules(risks, plan, method.methodology, now, ruleContext));
    if (own.existing.has('rtp')) findings.push(finding('rtp-team-plan-in-use', own.names.rtp, 'A1', { sheet: plan.sheet, ours: own.names.rtp }));
    appendAll(findings, ismsActionRules(risks, planRowsAsRtp(plan), plan.sheet));
  } else {
    rtp = readRtp(snapshot, own.names.rtp);
    appendAll(findings, rtpRules(risks, rtp, method.methodology, now, ruleContext, own.names.rtp));
    appendAll(findings, ismsActionRules(risks, rtp, own.names.rtp));
  }
  // The plan in use as its rules check it: the team's (one row per control a row names), else Riskbook's RTP.
  const planInUse: PlanInUse | null = plan
    ? { sheet: plan.sheet, rows: planRowsAsRtp(plan, { eachControl: true }).filter((r) => r.riskId !== '') }
    : rtp ? { sheet: own.names.rtp, rows: currentRtpRows(risks, rtp) } : null;
  // The team's plan is checked by teamPlanRules, evidence included.
  if (!plan && planInUse) appendAll(findings, planEvidenceRules(planInUse.sheet, planInUse.rows, risks, method.methodology));
  if (!isSoa2013(soa)) {
    // The hash is compared only with an SoA's stamp: a register with no stamped SoA need not pay for it.
    const hash = soa.sheet?.stamp ? registerHash(risks) : '';
    appendAll(findings, soaRules(soa.sheet, risks, controls.catalogue, hash, { sheet: ruleContext.registerSheet, cell: ruleContext.headerCell }));
    appendAll(findings, soaUpkeepRules(soa.sheet, controls.catalogue, method.methodology, now));
    appendAll(findings, statusAgreementRules(planInUse, soa.sheet, controls.catalogue));
  }
  appendAll(findings, opportunityRules(snapshot, own.names.opportunities));
  const trailLook: ApprovalLook = {
    snapshot, trailSheet: own.names.trail, risks, soa, catalogue: controls.catalogue, methodology: method.methodology, now,
    plan: planApprovals(plan, rtp, own), method: methodologyLook, methodologyHash: pass.methodologyHash,
  };
  appendAll(findings, approvalFindings(trailLook, location.sheet, registerCellOf(location)));
  return { analysis: { ...base, location, risks, findings, soa, plan, ...withCycle }, pass, ...(rtp !== undefined ? { rtp } : {}) };
}

function cycleLook(snapshot: WorkbookSnapshot, own: OwnSheets, risks: readonly Risk[]): CycleLook | null {
  const cycle = readCycle(snapshot, own.names.cycle);
  return cycle ? { cycle, comparison: compareWithCycle(cycle, risks) } : null;
}

/** The plan in use, one row a sheet row, as the trail follows its approvals: the team's, else Riskbook's RTP. */
function planApprovals(plan: TeamPlan | null, rtp: readonly RtpRow[] | null | undefined, own: OwnSheets): PlanApprovals | null {
  if (plan) return { sheet: plan.sheet, rows: planRowsAsRtp(plan) };
  return rtp ? { sheet: own.names.rtp, rows: rtp } : null;
}

/**
 * What the Dashboard counts, from the analysis of the workbook as the plan leaves it: the plan in
 * use (the team's, else Riskbook's RTP as the rules read it) and the SoA in use.
 */
function dashboardInput(final: Analysis, own: OwnSheets, rtp: readonly RtpRow[] | null | undefined, findings: FindingSummary, now: number, workbook: WorkbookSnapshot): DashboardInput | null {
  if (!final.location) return null;
  const cycle = final.cycle ? dashboardCycle(final.cycle, final.location, final.risks, workbook) : null;
  const plan = planInUse(final, own, rtp);
  const soa = final.soa;
  return {
    methodology: final.methodology,
    catalogue: final.catalogue,
    risks: final.risks,
    register: final.location,
    plan,
    soa: soa.kind === 'team'
      ? (isSoa2013(soa) ? { kind: 'team-2013', name: soa.team.location.sheet } : { kind: 'team', sheet: soa.sheet })
      : soa.sheet ? { kind: 'own', sheet: soa.sheet } : null,
    findings,
    now,
    cycle,
  };
}

/** The plan in use, as RTP rows: the team's plan (one row a control with `eachControl`), else Riskbook's RTP. */
function planInUse(final: Analysis, own: OwnSheets, rtp: readonly RtpRow[] | null | undefined, options: PlanAsRtpOptions = {}): { sheet: string; own: boolean; rows: readonly RtpRow[] } | null {
  if (final.plan) return { sheet: final.plan.sheet, own: false, rows: planRowsAsRtp(final.plan, options) };
  return rtp ? { sheet: own.names.rtp, own: true, rows: rtp } : null;
}

/** The cycle as the Dashboard counts it: the marks Riskbook's column shows where the register has it. */
function dashboardCycle(look: CycleLook, location: RegisterLocation, risks: readonly Risk[], workbook: WorkbookSnapshot): DashboardCycle {
  const col = location.mapping.cycleChange;
  const sheet = col === undefined ? undefined : findSheet(workbook, location.sheet);
  const marks = sheet && col !== undefined ? risks.map((r) => cellText(cellAt(sheet, r.row, col))) : look.comparison.marks;
  return {
    started: currentStart(look.cycle).started,
    ...(sheet && col !== undefined ? { column: col } : {}),
    marks,
    closed: look.comparison.closed,
  };
}

/**
 * What the Control view shows, from the analysis of the workbook as the plan leaves it: the plan in
 * use with one row per control a team's row names, and the SoA in use (none in the 2013 numbering).
 */
function controlViewInput(final: Analysis, own: OwnSheets, rtp: readonly RtpRow[] | null | undefined, workbook: WorkbookSnapshot, stamp: Stamp): ControlViewInput | null {
  if (!final.location) return null;
  const plan = planInUse(final, own, rtp, { eachControl: true });
  const soa = final.soa;
  return {
    methodology: final.methodology,
    catalogue: final.catalogue,
    risks: final.risks,
    register: final.location,
    plan,
    soa: !soa.sheet || isSoa2013(soa) ? null : { own: soa.kind !== 'team', sheet: soa.sheet },
    workbook,
    stamp,
  };
}

/**
 * What the maturity criteria look at: the findings of the workbook as the plan leaves it, its SoA
 * and plan in use, and the runs the Change log recorded before this one (`logged`, as read).
 */
function maturityFacts(final: Analysis, own: OwnSheets, rtp: readonly RtpRow[] | null | undefined, findings: readonly Finding[], logged: WorkbookSnapshot, now: number): MaturityFacts {
  // Riskbook's RTP counts only while the workbook as the plan leaves it still has it under that name.
  const plan = final.plan || final.own.names.rtp === own.names.rtp ? planInUse(final, own, rtp) : null;
  return {
    findings,
    riskCount: final.risks.length,
    soa: isSoa2013(final.soa) ? null : final.soa.sheet,
    plan: plan ? { sheet: plan.sheet, actions: countedActions(plan) } : null,
    loggedRuns: loggedRunTimes(logged, own.names.changeLog),
    cycleStarts: final.cycle?.cycle.starts.map((c) => c.started) ?? [],
    reviewIntervalDays: final.methodology.reviewIntervalDays,
    now,
  };
}

/**
 * Where the workbook as it is stands on the five levels of maturity, as the Maturity sheet a
 * recalculation writes states it. Null without a register.
 */
export function maturityOf(snapshot: WorkbookSnapshot, options: EngineOptions): Maturity | null {
  const looked = analyze(snapshot, options);
  const a = looked.analysis;
  if (!a.location) return null;
  return assessMaturity(maturityFacts(a, a.own, looked.rtp, result(a).findings, snapshot, nowSerial(options)));
}

/** A team SoA in the 2013 numbering is in use: the 2022 rules cannot read it, migration can. */
function isSoa2013(soa: SoaInUse): boolean {
  return soa.kind === 'team' && soa.team.location.edition === '2013';
}

/** What the choice of SoA itself calls for: the team reader's findings, a 2013 SoA, a team SoA left unread. */
function soaSourceFindings(soa: SoaInUse, own: OwnSheets): Finding[] {
  const team = soa.team;
  if (!team) return [];
  const anchor = { sheet: team.location.sheet, cell: teamSoaHeaderCell(team) };
  if (soa.kind === 'own') return [finding('soa-team-sheet-not-used', anchor.sheet, anchor.cell, { sheet: team.location.sheet, ours: own.names.soa })];
  const found = [...team.findings];
  if (team.location.edition === '2013') {
    found.push(finding('soa-edition-2013', anchor.sheet, anchor.cell, { sheet: team.location.sheet, count: team.rows.filter((r) => r.controlId !== '').length }));
  }
  return found;
}

function result(a: Analysis): CheckResult {
  const findings = sortFindings(a.findings);
  return {
    findings,
    summary: summarize(findings),
    // A workbook with an SoA and no register can still be checked (the SoA on its own).
    usable: a.location !== null || a.soa.sheet !== null,
    registerSheet: a.location?.sheet ?? null,
    riskCount: a.risks.length,
    soaSheet: a.soa.sheet?.name ?? null,
  };
}

/** The workbook read without the rules: the register, its risks and the current cycle, for an action to build on. */
export function look(snapshot: WorkbookSnapshot, options: EngineOptions): Analysis {
  return analyze(snapshot, options, undefined, false).analysis;
}

/** Today as the engine's options give it, as a spreadsheet serial date-time. */
export function nowOf(options: EngineOptions): number {
  return nowSerial(options);
}

export function check(snapshot: WorkbookSnapshot, options: EngineOptions): CheckResult {
  return result(analyze(snapshot, options).analysis);
}

/**
 * The Dashboard's figures for the workbook as it is, as the core computes them: what the
 * Dashboard's formulas show once a spreadsheet program recalculates them. Null without a register.
 */
export function dashboardOf(snapshot: WorkbookSnapshot, options: EngineOptions): DashboardFigures | null {
  const looked = analyze(snapshot, options);
  const a = looked.analysis;
  const input = dashboardInput(a, a.own, looked.rtp, result(a).summary, nowSerial(options), snapshot);
  return input ? dashboardFigures(input) : null;
}

/** The analysis behind `check`, for hosts that show more than findings (the task pane). */
export function inspect(snapshot: WorkbookSnapshot, options: EngineOptions): Analysis & CheckResult {
  const a = analyze(snapshot, options).analysis;
  return { ...a, ...result(a) };
}

function stampFor(a: Analysis, options: EngineOptions): Stamp {
  return {
    generator: options.generator ?? `Riskbook ${VERSION}`,
    generatedAt: options.now,
    methodologyVersion: a.methodology.version,
    methodologyHash: methodologyHash(a.methodology),
    registerHash: registerHash(a.risks),
  };
}

/** A plan for one of Riskbook's sheets, on the sheet that holds that role in this workbook. */
function placed(own: OwnSheets, role: SheetRole, sheet: SheetPlan): SheetPlan {
  return { ...sheet, name: own.names[role], role };
}

/** Named ranges on one of Riskbook's sheets, likewise. */
function placedNames(own: OwnSheets, role: SheetRole, names: readonly NamedRangeSpec[]): NamedRangeSpec[] {
  return names.map((n) => ({ ...n, sheet: own.names[role] }));
}

const ACTION_TITLES: Readonly<Record<GenerateAction, string>> = {
  recalc: 'Recalculate & check traceability',
  soa: 'Generate Statement of Applicability',
  rtp: 'Generate Risk Treatment Plan',
  heatmap: 'Build heatmap',
};

function rows(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

function countLine(s: FindingSummary): string {
  return `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} note(s)`;
}

/**
 * Riskbook's SoA seeded from a team's SoA (core/team-soa/seed-soa.ts): the SoA generated is then
 * always Riskbook's own, even while the team's is the one in use, and its new rows start with the
 * team's decisions.
 */
export interface SeededSoa {
  readonly seed: NonNullable<SoaInput['seed']>;
  readonly seedColumn?: SoaInput['seedColumn'];
  /** The action as the change log records it. */
  readonly title: string;
  /** Lines for the change log and the host's report, before the engine's own. */
  readonly changes: readonly string[];
}

/**
 * An action that runs a recalculation and something of its own before it (starting a new
 * assessment cycle, core/cycle/start-cycle.ts): the Change log records the action under its own
 * name, its lines first.
 */
export interface RunNote {
  readonly title: string;
  readonly changes: readonly string[];
}

export function generate(snapshot: WorkbookSnapshot, action: GenerateAction, options: EngineOptions, seeded?: SeededSoa, note?: RunNote): PlanResult {
  const { plan, changes, final } = planned(snapshot, action, options, seeded, note);
  const { findings, summary, usable, registerSheet, riskCount, soaSheet } = final;
  // Nothing is generated without a register, even where an SoA alone could be checked.
  return { findings, summary, usable: usable && final.location !== null, registerSheet, riskCount, soaSheet, plan, changes };
}

/**
 * A plan and the analysis of the workbook as the plan leaves it, which is what the findings
 * describe and what a panel shows next: the one analysis of the result a request makes. The
 * register's reading is carried over from the first analysis (see `RegisterPass`).
 */
export interface Planned {
  readonly plan: WorkbookPlan;
  readonly changes: readonly string[];
  /** The workbook as the plan leaves it, as far as the engine reads it (the register's formula columns left empty). */
  readonly after: WorkbookSnapshot;
  readonly final: Analysis & CheckResult;
  /** How the sheets print: the paper, the team's document control and the stamp (absent without a register). */
  readonly print?: PrintContext;
}

export function planned(snapshot: WorkbookSnapshot, action: GenerateAction, options: EngineOptions, seeded?: SeededSoa, note?: RunNote): Planned {
  const first = analyze(snapshot, options, undefined, false);
  const a = first.analysis;
  // Nothing is generated without a register, even where an SoA alone could be checked.
  if (!a.location || !first.pass) return { plan: { sheets: [], names: [] }, changes: [], after: snapshot, final: { ...a, ...result(a) } };
  const location = a.location;
  const stamp = stampFor(a, options);
  const sheets: SheetPlan[] = [];
  const names: NamedRangeSpec[] = [];

  const own = a.own;
  const existing = (role: SheetRole): SheetSnapshot | undefined => ownSheet(snapshot, own, role);

  // The foundation every generated sheet relies on: the method, the lists behind dropdowns and
  // formulas, the register's formula columns, and the remembered mapping.
  const method = methodologySheetPlan(a.methodology, stamp, existing('methodology'), a.methodologyInferred ? inferredNote(options.now) : undefined);
  const lists = listsSheetPlan(a.methodology);
  const register = first.pass.registerPlan;
  sheets.push(
    placed(own, 'methodology', method.sheet),
    placed(own, 'lists', lists.sheet),
    register.plan,
    placed(own, 'settings', settingsSheetPlan(register.location, register.headers, existing('settings'))),
  );
  appendAll(names, [...placedNames(own, 'methodology', method.names), ...placedNames(own, 'lists', lists.names)]);

  // The trail: what each approval approved when first seen, and this run's fingerprints.
  const trail = trailRun({ snapshot, trailSheet: own.names.trail, risks: a.risks, soa: a.soa, catalogue: a.catalogue, methodology: a.methodology, now: nowSerial(options) }, stamp.methodologyHash, options.now);

  const changes: string[] = [...(note?.changes ?? [])];
  const wants = (what: GenerateAction): boolean => action === 'recalc' || action === what;
  if (action === 'recalc') sheets.push(placed(own, 'controls', controlsSheetPlan(a.catalogue, stamp, existing('controls'))));
  if (wants('rtp') && a.plan) {
    changes.push(`Risk Treatment Plan: the team's plan on "${a.plan.sheet}" is read; Riskbook keeps none beside it`);
  } else if (wants('rtp')) {
    const rtp = rtpSheetPlan({ workbook: snapshot, sheetName: own.names.rtp, risks: a.risks, methodology: a.methodology, catalogue: a.catalogue, stamp });
    sheets.push(placed(own, 'rtp', rtp.sheet));
    if (rtp.added.length) changes.push(`Risk Treatment Plan: ${rows(rtp.added.length)} added`);
    if (rtp.orphaned.length) changes.push(`Risk Treatment Plan: ${rows(rtp.orphaned.length)} kept as orphaned`);
  }
  const teamSoa = a.soa.kind === 'team' && !seeded ? a.soa.team : null;
  if (wants('soa') && teamSoa && teamSoa.location.edition === '2013') {
    changes.push(`Statement of Applicability: "${teamSoa.location.sheet}" uses the 2013 numbering; migrate it to 2022 first`);
  } else if (wants('soa') && teamSoa) {
    const teamSheet = findSheet(snapshot, teamSoa.location.sheet)!;
    const written = teamSoaSheetPlan({ sheet: teamSheet, soa: teamSoa, risks: a.risks, catalogue: a.catalogue });
    sheets.push(written.plan);
    const what = [
      ...(written.addedColumns > 0 ? [`${written.addedColumns} Riskbook column(s) added beside the team's`] : []),
      ...(written.addedRows > 0 ? [`${rows(written.addedRows)} added below the table for controls it did not list`] : []),
    ];
    changes.push(`Statement of Applicability: the team's SoA on "${teamSoa.location.sheet}" is read${what.length ? `; ${what.join('; ')}` : ''}`);
  } else if (wants('soa')) {
    const soa = soaSheetPlan({
      workbook: snapshot, sheetName: own.names.soa, risks: a.risks, catalogue: a.catalogue, stamp,
      ...(seeded ? { seed: seeded.seed, ...(seeded.seedColumn ? { seedColumn: seeded.seedColumn } : {}) } : {}),
      ...(trail.soaView ? { approval: trail.soaView } : {}),
    });
    if (seeded) appendAll(changes, seeded.changes);
    sheets.push(placed(own, 'soa', soa.sheet));
    if (soa.orphaned.length) changes.push(`Statement of Applicability: ${rows(soa.orphaned.length)} kept as orphaned`);
  }
  // The Heatmap and the Dashboard count over Riskbook's level and rating columns.
  const levelColumns = registerColumns(register.location, a.risks);
  if (wants('heatmap') && levelColumns) {
    sheets.push(placed(own, 'heatmap', heatmapSheetPlan({ risks: a.risks, methodology: a.methodology, register: levelColumns, stamp }, existing('heatmap')).sheet));
  }
  // The Dashboard counts the Checks sheet too, so it comes with a full recalculation only.
  const withDashboard = action === 'recalc' && levelColumns !== null;
  if (action === 'recalc') {
    sheets.push(placed(own, 'opportunities', opportunitiesSheetPlan({ workbook: snapshot, sheetName: own.names.opportunities, stamp }).sheet));
  }

  // Which sheets a person will see appear, and which were brought up to date (hidden ones aside).
  const visible = [
    // Riskbook's own sheets only: the register and a team's SoA are the team's, written beside.
    ...sheets.filter((sp) => !sp.hidden && sp.role !== undefined).map((sp) => sp.name),
    ...(withDashboard ? [own.names.dashboard] : []),
    // The Control view and Maturity come with a full recalculation, from the workbook it leaves.
    ...(action === 'recalc' ? [own.names.controlView, own.names.maturity, own.names.checks] : []),
    own.names.changeLog,
  ];
  const isOwnNow = new Set([...ownSheetNames(own), location.sheet.toLowerCase()]);
  const created = visible.filter((name) => !isOwnNow.has(name.toLowerCase()));
  const refreshed = visible.filter((name) => isOwnNow.has(name.toLowerCase()));
  changes.unshift(
    ...addedColumnsLine(register.location, register.headers, readSettings(snapshot, own.names.settings)),
    ...(created.length ? [`Created ${created.join(', ')}`] : []),
    ...(refreshed.length ? [`Refreshed ${refreshed.join(', ')}`] : []),
  );

  // Look at the workbook as it will be: the findings describe the result, not the input. All but
  // the register's formula columns, which the second look does not read: it takes the register's
  // risks and plan from the first look, and the mapping it finds is the one the plan saves, whose
  // derived columns are Riskbook's by record, not by their formulas. Those formulas would be a
  // string per risk and column: 150 MB of the heap at 50,000 risks.
  const afterSnapshot = contentAfter(snapshot, { sheets: sheets.map((sp) => (sp === register.plan ? { ...sp, fills: [] } : sp)), names });
  const finalLook = analyze(afterSnapshot, options, first.pass);
  const final = finalLook.analysis;
  const reported = result(final);
  // The trail records the SoA as the run leaves it. The final look read the trail as it was: it
  // judges the same approvals stale as the new one would, since a new record is never stale.
  sheets.push(placed(own, 'trail', trail.sheet({
    soa: final.soa,
    plan: planApprovals(final.plan, final.own.names.rtp === own.names.rtp ? finalLook.rtp : undefined, own),
    method: final.methodologyLook ?? { methodology: final.methodology, awaitingReview: false },
  })));
  if (action === 'recalc') {
    const checks = checksSheetPlan(reported.findings, stamp, existing('checks'));
    sheets.push(placed(own, 'checks', checks.sheet));
    const input = withDashboard ? dashboardInput(final, own, final.own.names.rtp === own.names.rtp ? finalLook.rtp : undefined, reported.summary, nowSerial(options), afterSnapshot) : null;
    if (input) {
      const dashboard = dashboardSheetPlan({ input, workbook: afterSnapshot, checks: { sheet: own.names.checks, rows: checks.findingRows }, stamp }, existing('dashboard'));
      sheets.push(placed(own, 'dashboard', dashboard.sheet));
      appendAll(names, dashboard.names);
    }
    const maturity = assessMaturity(maturityFacts(final, own, finalLook.rtp, reported.findings, snapshot, nowSerial(options)));
    sheets.push(placed(own, 'maturity', maturitySheetPlan(maturity, stamp, existing('maturity'))));
  }

  // Another action that rebuilds the RTP or the SoA sets the Dashboard's names over them again:
  // a name over the old sheet would be lost with it in Google Sheets.
  if (action !== 'recalc' && own.existing.has('dashboard')) {
    const input = dashboardInput(final, own, final.own.names.rtp === own.names.rtp ? finalLook.rtp : undefined, reported.summary, nowSerial(options), afterSnapshot);
    const rebuilt = new Set(sheets.filter((sp) => sp.mode === 'replace').map((sp) => sp.name.toLowerCase()));
    if (input) appendAll(names, dashboardNames({ input, workbook: afterSnapshot, checks: { sheet: own.names.checks, rows: [] } }).filter((n) => rebuilt.has(n.sheet.toLowerCase())));
  }
  // The Control view, likewise: on a full recalculation it comes with the Checks; another action
  // that rebuilds the RTP or the SoA sets the names it reads them through again.
  const viewInput = controlViewInput(final, own, final.own.names.rtp === own.names.rtp ? finalLook.rtp : undefined, afterSnapshot, stamp);
  if (action === 'recalc' && viewInput) {
    const view = controlViewSheetPlan(viewInput, existing('controlView'));
    sheets.push(placed(own, 'controlView', view.sheet));
    appendAll(names, view.names);
  } else if (viewInput && own.existing.has('controlView')) {
    const rebuilt = new Set(sheets.filter((sp) => sp.mode === 'replace').map((sp) => sp.name.toLowerCase()));
    appendAll(names, controlViewNames(viewInput).filter((n) => rebuilt.has(n.sheet.toLowerCase())));
  }

  // The RTP the rules just read is the one the change log compares with the old.
  const rtpAfter = final.own.names.rtp === own.names.rtp ? finalLook.rtp : undefined;
  const diff = diffForChangeLog(snapshot, changeLogState(afterSnapshot, own.names, rtpAfter), own.names);
  const beforeHash = recordedMethodologyHash(snapshot, own.names);
  sheets.push(placed(own, 'changeLog',
    changeLogSheetPlan(
      snapshot,
      {
        time: options.now,
        action: note?.title ?? seeded?.title ?? ACTION_TITLES[action],
        summary: [
          `${final.risks.length} risk(s) checked: ${countLine(reported.summary)}`,
          ...changes,
        ].join('; '),
        ...diff,
        methodologyHashBefore: beforeHash,
        methodologyHashAfter: stamp.methodologyHash,
      },
      stamp,
      own.names,
      trail.edits,
    ).sheet,
  ));

  // Every sheet Riskbook lays out prints legibly on the team's paper, with its header and footer.
  const registerSheet = findSheet(snapshot, location.sheet);
  const print: PrintContext = {
    paper: options.paper ?? paperFor(registerSheet, options.locale),
    document: registerSheet ? readDocumentFields(registerSheet, location.headerRow) : {},
    stamp,
  };
  const printed = sheets.map((sp) => (sp.role !== undefined && sp !== register.plan ? laidOutForPrint(sp, print) : sp));

  // The Checks and Change log sheets describe the result rather than feed it: they are added
  // after the analysis, and only the panel's list of Riskbook's sheets needs to know of them.
  const written = new Set(sheets.flatMap((sp) => (sp.role ? [sp.role] : [])));
  const finalOwn: OwnSheets = { ...final.own, names: own.names, existing: new Set([...final.own.existing, ...written]) };
  return {
    plan: { sheets: printed, names, sheetOrder: SHEET_ROLES.map((role) => own.names[role]) },
    changes,
    after: afterSnapshot,
    final: { ...final, own: finalOwn, ...reported },
    print,
  };
}

/**
 * "Added 3 columns to the register …": the columns Riskbook holds as its own that no run recorded
 * before, the ones this run appends and any a run that stopped early appended without recording,
 * so a run that finishes a stopped one says what an unbroken run says.
 */
function addedColumnsLine(location: RegisterLocation, headers: readonly string[], recorded: SavedMapping | null): string[] {
  const cols: number[] = [];
  for (const [field, who] of Object.entries(location.setBy ?? {}) as [RegisterField, ColumnSetBy][]) {
    const col = location.mapping[field];
    if (who === 'riskbook' && col !== undefined && recorded?.fields[field] === undefined) cols.push(col);
  }
  if (cols.length === 0) return [];
  const names = cols.sort((a, b) => a - b).map((col) => headers[col] ?? '');
  return [`Added ${names.length === 1 ? 'a column' : `${names.length} columns`} to the register "${location.sheet}": ${names.join(', ')}`];
}

export const NEW_REGISTER_SHEET = 'Risk register';

/** The last row (0-based) of an A1 range. */
function lastRowOf(range: string): number {
  const at = parseRange(range);
  return at ? at.row + at.rows - 1 : 0;
}

/**
 * The plan for a new register: a methodology, lists and an empty register ready to fill in, on a
 * sheet called `sheetName` (which must not exist yet). `around` is the workbook it joins: its own
 * sheets stay the team's, and a Methodology or generated sheets Riskbook already has are kept.
 * The register is Riskbook's own layout until the team takes it over, so it prints as Riskbook's
 * sheets do: one page wide when that is legible, with the header row and the id repeated.
 */
export function initRegister(options: EngineOptions, sheetName = NEW_REGISTER_SHEET, around: WorkbookSnapshot = { sheets: [] }): PlanResult {
  const engineOptions: EngineOptions = { ...options, preset: options.preset ?? '5x5', registerSheet: sheetName };
  const empty: WorkbookSnapshot = { ...around, sheets: [...around.sheets, { name: sheetName, values: newRegisterCells() }] };
  const result = planned(empty, 'recalc', engineOptions);
  // The columns Riskbook appends to the register, and the rows its formulas cover.
  const appended = result.plan.sheets.filter((sp) => sp.name === sheetName);
  const columns = appended.flatMap((sp) => sp.columnWidths ?? []);
  const lastColumn = maxOf([NEW_REGISTER_HEADERS.length - 1, ...columns.map((c) => c.col)]);
  const lastRow = maxOf(appended.flatMap((sp) => (sp.fills ?? []).flatMap((f) => f.ranges.map(lastRowOf))));
  const dataRows = Number.isFinite(lastRow) && lastRow > NEW_REGISTER_HEADER_ROW ? lastRow - NEW_REGISTER_HEADER_ROW : ROW_HEADROOM;
  const mapping = result.final.location?.mapping;
  const own = newRegisterSheetPlan(sheetName, lastColumn, dataRows, mapping ? printedColumnsOf(mapping, lastColumn) : lastColumn + 1);
  const print: PrintContext = { paper: paperFor(undefined, options.locale), document: {}, stamp: stampFor(result.final, engineOptions) };
  const laidOut = laidOutForPrint({ ...own, columnWidths: [...(own.columnWidths ?? []), ...columns] }, print);
  // Once the team fills it in the register is theirs: its pages carry no generation stamp to go stale.
  const pageSetup = { ...laidOut.pageSetup!, header: { center: [{ field: 'sheet' as const }] }, footer: { center: ['Page ', { field: 'page' as const }, ' of ', { field: 'pages' as const }] } };
  const register: SheetPlan = { ...own, pageSetup };
  const { findings, summary, usable, registerSheet, riskCount, soaSheet } = result.final;
  return {
    findings, summary, usable: usable && result.final.location !== null, registerSheet, riskCount, soaSheet,
    changes: result.changes,
    plan: { ...result.plan, sheets: [register, ...result.plan.sheets] },
  };
}

export function mappingReport(snapshot: WorkbookSnapshot, options: EngineOptions): MappingReport {
  const own = resolveOwnSheets(snapshot);
  const located = locate(snapshot, own, options.registerSheet);
  const location = located.location;
  const sheet = location ? findSheet(snapshot, location.sheet) : undefined;
  const soa = teamSoaMapping(snapshot, own, location?.sheet);
  if (!location || !sheet) {
    // Say what came closest, on the sheet the person pointed at or else on every team sheet.
    const chosen = options.registerSheet !== undefined ? findSheet(snapshot, options.registerSheet) : undefined;
    const ownNames = ownSheetNames(own);
    const sheets = chosen ? [chosen] : snapshot.sheets.filter((s) => !ownNames.has(s.name.toLowerCase()));
    const like = looksLike(snapshot, sheets);
    return {
      sheet: null, headerRow: null, fields: [], userColumns: [], teamColumns: [], missing: [], skipped: [], findings: located.findings,
      candidates: registerCandidates(sheets),
      ...(like ? { looksLike: like.kind, looksLikeSheet: like.sheet } : {}),
      ...(soa ? { soa } : {}),
    };
  }
  const { fields, userColumns, teamColumns, passedOver, ambiguous, missing } = registerMapping(sheet, location);
  const skipped = registerRows(sheet, location).skipped.map((s) => ({ row: s.row + 1, reason: s.reason, text: s.text }));
  return {
    sheet: location.sheet,
    headerRow: location.headerRow + 1,
    ...(location.reading?.bannerRow !== undefined ? { bannerRow: location.reading.bannerRow + 1 } : {}),
    fields,
    userColumns,
    teamColumns,
    ...(passedOver.length > 0 ? { passedOver } : {}),
    ...(ambiguous.length > 0 ? { ambiguous } : {}),
    missing,
    skipped,
    findings: located.findings,
    ...(soa ? { soa } : {}),
  };
}

/** The team's SoA as `map` shows it, when the workbook has one. */
function teamSoaMapping(snapshot: WorkbookSnapshot, own: OwnSheets, registerSheet: string | undefined): SoaMapping | undefined {
  const skip = new Set([...ownSheetNames(own), ...(registerSheet ? [registerSheet.toLowerCase()] : [])]);
  const soa = soaInUse(snapshot, own, skip);
  const team = soa.team;
  const sheet = team ? findSheet(snapshot, team.location.sheet) : undefined;
  if (!team || !sheet) return undefined;
  return soaMapping(team, sheet, readCatalogue(snapshot, own.names.controls).catalogue, soa.kind === 'team');
}

/** How the register's header row was read: the columns of each field, the team's own, and what is missing. */
export interface RegisterMapping {
  readonly fields: MappedColumn[];
  readonly userColumns: { column: string; header: string }[];
  readonly teamColumns: MappedColumn[];
  readonly passedOver: NonNullable<MappingReport['passedOver']>;
  readonly ambiguous: NonNullable<MappingReport['ambiguous']>;
  readonly missing: { field: RegisterField; label: string }[];
}

/** Read from the header row and the location alone: no row below the header is read. */
export function registerMapping(sheet: SheetSnapshot, location: RegisterLocation): RegisterMapping {
  const headers = headerTexts(sheet, location.headerRow);
  const reading = location.reading;
  const mapped = (mapping: ColumnMapping): MappedColumn[] =>
    (Object.entries(mapping) as [RegisterField, number][])
      .sort((x, y) => x[1] - y[1])
      .map(([field, col]) => {
        const read = reading?.columns.find((r) => r.field === field && r.col === col);
        const basis = typeof read?.detail === 'number' ? columnLetter(read.detail) : read?.detail;
        return {
          field,
          label: FIELD_LABELS[field],
          column: columnLetter(col),
          header: headers[col] ?? '',
          ...(read ? { how: read.how } : {}),
          ...(basis !== undefined ? { basis } : {}),
        };
      });
  const fields = mapped(location.mapping);
  const userColumns = location.userColumns.map((col) => ({ column: columnLetter(col), header: headers[col] ?? '' }));
  const teamColumns = mapped(location.teamColumns ?? {});
  const beside = (field: RegisterField, col: number, used: number) => ({
    label: FIELD_LABELS[field],
    column: columnLetter(col),
    header: headers[col] ?? '',
    usedColumn: columnLetter(used),
    usedHeader: headers[used] ?? '',
  });
  // A person may have mapped a passed-over column since: then it is read, and no longer beside another.
  const unread = (col: number): boolean => !Object.values(location.mapping).includes(col);
  const passedOver = (reading?.passedOver ?? []).filter((p) => unread(p.col)).map((p) => beside(p.field, p.col, p.by));
  const ambiguous = (reading?.ambiguous ?? []).filter((a) => unread(a.second)).map((a) => beside(a.field, a.second, a.first));
  const required: RegisterField[] = ['id', 'owner', 'likelihood', 'impact', 'threat', 'description', 'treatment', 'controls', 'residualLikelihood', 'residualImpact', 'approvedBy', 'approvalDate', 'lastReview'];
  const missing = required
    .filter((f) => location.mapping[f] === undefined && !(f === 'impact' && location.mapping.impactC !== undefined))
    .map((field) => ({ field, label: FIELD_LABELS[field] }));
  return { fields, userColumns, teamColumns, passedOver, ambiguous, missing };
}
