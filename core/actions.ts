/**
 * What a person can ask of Riskbook from a task pane or a menu, as host-neutral use cases.
 *
 * Every host does the same three steps: read a snapshot, call `respond(snapshot, request)`, apply
 * the returned plan (if any) and hand the outcome to its panel. Requests and outcomes are plain
 * JSON (no Dates, no class instances), so they cross `google.script.run` and `postMessage` as they
 * are. The outcome's status already describes the workbook after the plan, so a host does not
 * read the workbook a second time to refresh its panel.
 */
import type { Analysis, CheckResult, EngineOptions, GenerateAction } from './engine';
import type { Planned } from './engine';
import { NEW_REGISTER_SHEET, generate, initRegister, inspect, locate, planned, registerMapping } from './engine';
import { ruleDefinition } from './findings/catalogue';
import type { Finding, FindingSummary } from './findings/finding';
import { ratingKey } from './formula/register-formulas';
import { levelOption } from './methodology/levels';
import { methodologyHash } from './methodology/methodology-hash';
import { methodologyEditPlan, withMethodologyEdit } from './methodology/methodology-sheet';
import { computeMatrix, bandFor, scoreFor } from './methodology/scoring';
import type { Band, Methodology, PresetName, ScaleLevel } from './methodology/types';
import { validateMethodology } from './methodology/validate-methodology';
import { headerTexts } from './register/header-row';
import { REQUIRED_FIELDS } from './register/locate-register';
import type { MappingOverride } from './register/settings-sheet';
import { applyMappingOverride, settingsSheetPlan } from './register/settings-sheet';
import type { OwnSheets } from './ownership/own-sheets';
import { ownSheet, ownSheetNames, resolveOwnSheets } from './ownership/own-sheets';
import type { RegisterField, RegisterLocation, Risk } from './register/types';
import { columnLetter } from './workbook/a1';
import { contentAfter } from './workbook/memory-workbook';
import type { SheetRole } from './workbook/names';
import type { SheetPlan, WorkbookPlan } from './workbook/plan';
import type { WorkbookSnapshot } from './workbook/snapshot';
import { findSheet } from './workbook/snapshot';
import { seedSoa } from './team-soa/seed-soa';
import { registerIdsTo2022 } from './move-register-ids';
import { START_CYCLE_TITLE, plannedNewCycle, startCycle } from './cycle/start-cycle';
import { currentStart } from './cycle/cycle-sheet';
import { isoFromSerial } from './dates';
import { parseMethodology } from './methodology/methodology-schema';
import type { PanelRequest } from './requests';

// The front door for panels and menus: the panel builds requests from requests.ts (which loads
// no engine), a host checks what its page sent with `parseRequest` (request-schema.ts) and answers
// it with `respond`, and needs nothing else of the core's but the workbook contract.
export type { PanelRequest } from './requests';
// The command line runs these as commands of their own (migrate-soa, move-register-ids, new-cycle).
export { registerIdsTo2022, seedSoa, startCycle };
export type { StartCycleResult } from './cycle/start-cycle';
export type { SeedSoaOptions, SeedSoaResult } from './team-soa/seed-soa';
export type { RegisterIdsResult } from './move-register-ids';

/** How many findings a panel receives; the rest are counted (the Checks sheet lists them all). */
export const PANEL_FINDINGS_LIMIT = 500;

/**
 * A finding as a panel shows it, with its rule's title and clause for group headings; a grouped
 * finding's cells, to go to them, and a to-do finding's line, to lead with it.
 */
export type PanelFinding = Pick<Finding, 'severity' | 'code' | 'sheet' | 'cell' | 'cells' | 'message' | 'fix' | 'todo'> & {
  readonly title: string;
  readonly clause: string;
};

export interface MappingView {
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  readonly fields: readonly { field: RegisterField; label: string; column: string; header: string }[];
  readonly userColumns: readonly { column: string; header: string }[];
  /** Fields with no column; `required` ones make the register unusable until mapped. */
  readonly missing: readonly { field: RegisterField; label: string; required: boolean }[];
  /** Every header of the row, by column letter, for a "which column is this field?" picker. */
  readonly headers: readonly { column: string; header: string }[];
}

export interface MethodologyView {
  /** False while the workbook has no Methodology sheet and the default applies. */
  readonly found: boolean;
  /** True when, for want of a Methodology sheet, the method was inferred from the register. */
  readonly inferred?: boolean;
  readonly version: string;
  readonly scoring: Methodology['scoring'];
  readonly likelihood: readonly ScaleLevel[];
  readonly impact: readonly ScaleLevel[];
  readonly impactDimensions: readonly string[];
  readonly impactRule: Methodology['impactRule'];
  /** Score per (likelihood, impact) index pair, as the Methodology sheet shows it. */
  readonly matrix: readonly (readonly number[])[];
  readonly bands: readonly Band[];
  readonly reviewIntervalDays: number;
  readonly hash: string;
}

export interface HeatmapView {
  /** `n - Label`, highest likelihood first, as the grid is drawn. */
  readonly likelihood: readonly string[];
  readonly impact: readonly string[];
  /** Counts [row][column], rows in `likelihood` order. */
  readonly inherent: readonly (readonly number[])[];
  readonly residual: readonly (readonly number[])[];
  /** Band colour of each cell, same shape. */
  readonly colours: readonly (readonly string[])[];
}

export interface PanelStatus {
  readonly register: (MappingView & { readonly risks: number }) | null;
  readonly methodology: MethodologyView;
  readonly findings: readonly PanelFinding[];
  /** Findings beyond PANEL_FINDINGS_LIMIT, not sent. */
  readonly findingsNotShown: number;
  readonly summary: FindingSummary;
  readonly heatmap: HeatmapView | null;
  /** Which generated sheets the workbook has. */
  /** The name of each of Riskbook's sheets the workbook has, null where it has none yet. */
  readonly sheets: { readonly soa: string | null; readonly rtp: string | null; readonly heatmap: string | null; readonly checks: string | null; readonly methodology: string | null };
  /** The sheets a person could adopt as the register (visible, not Riskbook's own). */
  readonly candidateSheets: readonly string[];
  /** The sheet the person has open, when the host said. */
  readonly activeSheet: string | null;
  /** The team's own SoA, when the workbook has one; `inUse` false when Riskbook's SoA is the one in use. */
  readonly teamSoa: { readonly sheet: string; readonly edition: '2022' | '2013'; readonly inUse: boolean } | null;
  /** Risks whose Controls cell cites 2013 ids: the request `registerIdsTo2022` moves them. */
  readonly controls2013: number;
  /** The current assessment cycle and the risks against it; null while none has begun (the request `newCycle` begins one). */
  readonly cycle: CycleView | null;
}

/** The current assessment cycle as a panel shows it. */
export interface CycleView {
  /** When it began, an ISO date. */
  readonly began: string;
  readonly new: number;
  readonly modified: number;
  readonly unchanged: number;
  readonly closed: number;
}

export type ActionOutcome =
  | {
      readonly ok: true;
      /** One line for a toast: what was done. */
      readonly title: string;
      readonly changes: readonly string[];
      readonly status: PanelStatus;
      readonly preview?: MappingView;
    }
  | { readonly ok: false; readonly message: string; readonly problems?: readonly string[] };

export interface PanelResponse {
  /** Null when the request changes nothing in the workbook. */
  readonly plan: WorkbookPlan | null;
  readonly outcome: ActionOutcome;
}

const ACTION_DONE: Readonly<Record<GenerateAction, string>> = {
  recalc: 'Recalculated and checked traceability',
  soa: 'Statement of Applicability generated',
  rtp: 'Risk Treatment Plan generated',
  heatmap: 'Heatmap built',
};

function methodologyView(a: Analysis): MethodologyView {
  const m = a.methodology;
  return {
    found: a.methodologyFound,
    ...(a.methodologyInferred ? { inferred: true } : {}),
    version: m.version,
    scoring: m.scoring,
    likelihood: m.likelihood,
    impact: m.impact,
    impactDimensions: m.impactDimensions,
    impactRule: m.impactRule,
    matrix: m.matrix,
    bands: m.bands,
    reviewIntervalDays: m.reviewIntervalDays,
    hash: methodologyHash(m),
  };
}

function heatmapView(m: Methodology, risks: readonly Risk[]): HeatmapView {
  const rows = m.likelihood.map((_, i) => m.likelihood.length - 1 - i);
  const count = (pick: (r: Risk) => string | null): number[][] => {
    const counts = new Map<string, number>();
    for (const r of risks) {
      const key = pick(r);
      if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return rows.map((li) => m.impact.map((_, ii) => counts.get(ratingKey(li, ii)) ?? 0));
  };
  return {
    likelihood: rows.map((li) => levelOption(m.likelihood[li]!)),
    impact: m.impact.map(levelOption),
    inherent: count((r) => (r.likelihood && r.impact ? ratingKey(r.likelihood.index, r.impact.index) : null)),
    residual: count((r) => (r.residualLikelihood && r.residualImpact ? ratingKey(r.residualLikelihood.index, r.residualImpact.index) : null)),
    colours: rows.map((li) => m.impact.map((_, ii) => bandFor(m, scoreFor(m, li, ii))?.colour ?? '#FFFFFF')),
  };
}

/** The register's columns as read from its header row: no row below it is read again. */
function mappingView(snapshot: WorkbookSnapshot, location: RegisterLocation | null): MappingView | null {
  const sheet = location ? findSheet(snapshot, location.sheet) : undefined;
  if (!location || !sheet) return null;
  const mapping = registerMapping(sheet, location);
  return {
    sheet: location.sheet,
    headerRow: location.headerRow + 1,
    fields: mapping.fields,
    userColumns: mapping.userColumns,
    missing: mapping.missing.map((m) => ({ ...m, required: REQUIRED_FIELDS.includes(m.field) })),
    headers: headerTexts(sheet, location.headerRow)
      .map((header, col) => ({ column: columnLetter(col), header }))
      .filter((h) => h.header.trim() !== ''),
  };
}

/** How a sheet the person points at reads as a register, without adopting it. */
function sheetMappingView(snapshot: WorkbookSnapshot, sheet: string): MappingView | null {
  return mappingView(snapshot, locate(snapshot, resolveOwnSheets(snapshot), sheet).location);
}

/** Sheets a person may pick as the register: theirs, visible. */
function candidateSheets(snapshot: WorkbookSnapshot, own: OwnSheets): string[] {
  const ours = ownSheetNames(own);
  return snapshot.sheets.filter((s) => !s.hidden && !ours.has(s.name.toLowerCase())).map((s) => s.name);
}

export function panelStatus(snapshot: WorkbookSnapshot, options: EngineOptions): PanelStatus {
  return statusFrom(snapshot, inspect(snapshot, options));
}

function statusFrom(snapshot: WorkbookSnapshot, a: Analysis & CheckResult): PanelStatus {
  const has = (role: SheetRole): string | null => (a.own.existing.has(role) ? a.own.names[role] : null);
  const mapping = mappingView(snapshot, a.location);
  return {
    register: mapping ? { ...mapping, risks: a.risks.length } : null,
    methodology: methodologyView(a),
    findings: a.findings.slice(0, PANEL_FINDINGS_LIMIT).map(panelFinding),
    findingsNotShown: Math.max(0, a.findings.length - PANEL_FINDINGS_LIMIT),
    summary: a.summary,
    heatmap: a.location ? heatmapView(a.methodology, a.risks) : null,
    sheets: { soa: has('soa'), rtp: has('rtp'), heatmap: has('heatmap'), checks: has('checks'), methodology: has('methodology') },
    candidateSheets: candidateSheets(snapshot, a.own),
    activeSheet: snapshot.activeSheet ?? null,
    controls2013: a.findings.filter((f) => f.code === 'control-2013-id').length,
    teamSoa: a.soa.team ? { sheet: a.soa.team.location.sheet, edition: a.soa.team.location.edition, inUse: a.soa.kind === 'team' } : null,
    cycle: a.cycle ? { began: isoFromSerial(currentStart(a.cycle.cycle).started), ...a.cycle.comparison.tally } : null,
  };
}

function panelFinding({ severity, code, sheet, cell, cells, message, fix, todo }: Finding): PanelFinding {
  const rule = ruleDefinition(code);
  return { severity, code, sheet, cell, ...(cells ? { cells } : {}), message, fix, ...(todo !== undefined ? { todo } : {}), title: rule.title, clause: rule.clause };
}


function done(snapshot: WorkbookSnapshot, plan: WorkbookPlan, title: string, changes: readonly string[], options: EngineOptions): PanelResponse {
  const after = contentAfter(snapshot, plan);
  return { plan, outcome: { ok: true, title, changes, status: panelStatus(after, options) } };
}

/** A generated plan's outcome: the engine already analysed the workbook as the plan leaves it. */
function donePlanned(p: Planned, title: string): PanelResponse {
  return { plan: p.plan, outcome: { ok: true, title, changes: p.changes, status: statusFrom(p.after, p.final) } };
}

function failed(message: string, problems?: readonly string[]): PanelResponse {
  return { plan: null, outcome: { ok: false, message, ...(problems ? { problems } : {}) } };
}

const NO_REGISTER = 'No risk register found. Use "Set up register" to adopt a sheet or start a new one.';

function generateResponse(snapshot: WorkbookSnapshot, action: GenerateAction, options: EngineOptions): PanelResponse {
  const p = planned(snapshot, action, options);
  if (!p.final.location) return failed(NO_REGISTER);
  return donePlanned(p, ACTION_DONE[action]);
}

/** `Risk register`, or `Risk register 2`… when that name is taken. */
function freeSheetName(snapshot: WorkbookSnapshot): string {
  let name = NEW_REGISTER_SHEET;
  for (let n = 2; findSheet(snapshot, name); n++) name = `${NEW_REGISTER_SHEET} ${n}`;
  return name;
}

function newRegister(snapshot: WorkbookSnapshot, preset: PresetName, options: EngineOptions): PanelResponse {
  const sheet = freeSheetName(snapshot);
  // The workbook's own sheets stay as they are, and a Methodology it already has is kept.
  const plan = initRegister({ ...options, preset }, sheet, snapshot).plan;
  return done(snapshot, plan, `New register created on "${sheet}"`, [`Sheet "${sheet}" added with the ${preset} method`], { ...options, registerSheet: sheet });
}

/** Why a sheet cannot be read as a register, or null when it can. */
/** How a sheet reads as a register, or why it cannot be read as one. */
function sheetAsRegister(snapshot: WorkbookSnapshot, sheet: string): { readonly preview: MappingView } | { readonly problem: string } {
  if (!findSheet(snapshot, sheet)) return { problem: `There is no sheet named "${sheet}".` };
  const preview = sheetMappingView(snapshot, sheet);
  if (!preview) return { problem: `"${sheet}" has no header row Riskbook recognises in its first 20 rows (it looks for headers such as Risk ID, Threat, Likelihood, Impact, Risk owner).` };
  return { preview };
}

function previewSheet(snapshot: WorkbookSnapshot, sheet: string, options: EngineOptions): PanelResponse {
  const read = sheetAsRegister(snapshot, sheet);
  if ('problem' in read) return failed(read.problem);
  return { plan: null, outcome: { ok: true, title: `Preview of "${sheet}"`, changes: [], status: panelStatus(snapshot, options), preview: read.preview } };
}

function adoptSheet(snapshot: WorkbookSnapshot, sheet: string, options: EngineOptions): PanelResponse {
  const read = sheetAsRegister(snapshot, sheet);
  if ('problem' in read) return failed(read.problem);
  const p = planned(snapshot, 'recalc', { ...options, registerSheet: sheet });
  if (!p.final.location) return failed(`"${sheet}" cannot be read as a register.`);
  return donePlanned(p, `"${sheet}" adopted as the risk register`);
}

function saveMapping(snapshot: WorkbookSnapshot, override: MappingOverride, options: EngineOptions): PanelResponse {
  const own = resolveOwnSheets(snapshot);
  const located = locate(snapshot, own, options.registerSheet);
  const location = located.location;
  const sheet = location ? findSheet(snapshot, location.sheet) : undefined;
  if (!location || !sheet) return failed(NO_REGISTER);
  const headers = headerTexts(sheet, location.headerRow);
  const applied = applyMappingOverride(location, override, headers);
  if (applied.unresolved.length > 0) {
    return failed('Some columns were not found in the header row.', applied.unresolved.map((u) => `${u.field}: "${u.value}"`));
  }
  const settings: SheetPlan = { ...settingsSheetPlan(applied.location, headers, ownSheet(snapshot, own, 'settings')), name: own.names.settings, role: 'settings' };
  const withMapping = contentAfter(snapshot, { sheets: [settings], names: [] });
  const result = generate(withMapping, 'recalc', options);
  if (!result.usable) return failed(NO_REGISTER);
  return done(snapshot, { ...result.plan, sheets: [settings, ...result.plan.sheets.filter((s) => s.role !== 'settings')] }, 'Column mapping saved', result.changes, options);
}

function saveMethodology(snapshot: WorkbookSnapshot, input: unknown, options: EngineOptions): PanelResponse {
  const parsed = parseMethodology(input);
  if (!parsed.ok) return failed('The methodology is not complete.', parsed.problems);
  const raw = parsed.methodology;
  // For `L x I` and `L + I` the matrix follows from the scales; only `matrix` takes it as typed.
  const m: Methodology = raw.scoring === 'matrix' ? raw : { ...raw, matrix: computeMatrix(raw.scoring, raw.likelihood, raw.impact) };
  const problems = validateMethodology(m).filter((f) => f.severity === 'error');
  if (problems.length > 0) return failed('The methodology has problems; nothing was written.', problems.map((f) => f.message));
  const stamp = { generator: options.generator ?? 'Riskbook', generatedAt: options.now, methodologyVersion: m.version, methodologyHash: methodologyHash(m), registerHash: '' };
  const own = resolveOwnSheets(snapshot);
  const planned = methodologyEditPlan(m, stamp, ownSheet(snapshot, own, 'methodology'));
  const method = { sheet: { ...planned.sheet, name: own.names.methodology, role: 'methodology' as const }, names: planned.names.map((n) => ({ ...n, sheet: own.names.methodology })) };
  const withMethod = contentAfter(snapshot, { sheets: [method.sheet], names: method.names });
  const result = generate(withMethod, 'recalc', options);
  // With no register yet, the methodology sheet alone is the change.
  const plan: WorkbookPlan = result.usable ? withMethodologyEdit(result.plan, method.sheet) : { sheets: [method.sheet], names: method.names };
  return done(snapshot, plan, `Methodology ${m.version} saved`, ['Methodology sheet rewritten', ...result.changes], options);
}

const NO_TEAM_SOA =
  'No Statement of Applicability of your own was found: Riskbook looks for a sheet with a control id column (Annex A 2022 or 2013 ids) and an applicability, justification or status column.';

function seedSoaResponse(snapshot: WorkbookSnapshot, options: EngineOptions): PanelResponse {
  const result = seedSoa(snapshot, options);
  if (!result.usable) return failed(NO_TEAM_SOA);
  const response = done(snapshot, result.plan, result.title, result.changes, options);
  if (!response.outcome.ok) return response;
  // The carry's own findings (a control left open, a control new in 2022, a decision that landed
  // nowhere) are said now, with the result: later checks see only a blank decision.
  const status: PanelStatus = {
    ...response.outcome.status,
    findings: result.findings.slice(0, PANEL_FINDINGS_LIMIT).map(panelFinding),
    findingsNotShown: Math.max(0, result.findings.length - PANEL_FINDINGS_LIMIT),
    summary: result.summary,
  };
  return { plan: response.plan, outcome: { ...response.outcome, status } };
}

function registerIdsResponse(snapshot: WorkbookSnapshot, options: EngineOptions): PanelResponse {
  const result = registerIdsTo2022(snapshot, options);
  if (!result.usable) return failed(NO_REGISTER);
  if (result.moved === 0) return { plan: null, outcome: { ok: true, title: result.title, changes: result.changes, status: panelStatus(snapshot, options) } };
  return done(snapshot, result.plan, result.title, result.changes, options);
}

function newCycleResponse(snapshot: WorkbookSnapshot, options: EngineOptions): PanelResponse {
  const run = plannedNewCycle(snapshot, options);
  if (!run) return failed(NO_REGISTER);
  return donePlanned(run, START_CYCLE_TITLE);
}

/** The one entry point hosts call. Never throws for bad input: that is an outcome with ok false. */
export function respond(snapshot: WorkbookSnapshot, request: PanelRequest, options: EngineOptions): PanelResponse {
  switch (request.kind) {
    case 'status':
      return { plan: null, outcome: { ok: true, title: 'Status', changes: [], status: panelStatus(snapshot, options) } };
    case 'generate':
      return generateResponse(snapshot, request.action, options);
    case 'newRegister':
      return newRegister(snapshot, request.preset, options);
    case 'previewSheet':
      return previewSheet(snapshot, request.sheet, options);
    case 'adoptSheet':
      return adoptSheet(snapshot, request.sheet, options);
    case 'saveMapping':
      return saveMapping(snapshot, request.override, options);
    case 'saveMethodology':
      return saveMethodology(snapshot, request.methodology, options);
    case 'seedSoa':
      return seedSoaResponse(snapshot, options);
    case 'registerIdsTo2022':
      return registerIdsResponse(snapshot, options);
    case 'newCycle':
      return newCycleResponse(snapshot, options);
  }
}
