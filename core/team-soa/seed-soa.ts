/**
 * Riskbook's SoA built from the SoA a team already keeps: "Use Riskbook's SoA" on a 2022 SoA
 * copies every decision as it is; "Migrate SoA to 2022" on a 2013 SoA carries each decision to the
 * 2022 controls its 2013 control became (carry-decisions.ts) and shows the source ids in a column
 * "Carried from (2013)". The team's sheet is only read: the plan never names it.
 *
 * With a register, the plan is the one "Generate SoA" makes (methodology, lists, register formulas,
 * SoA, change log) with the SoA's new rows seeded. Without one (a workbook that holds only an SoA),
 * only what the SoA needs is written: the SoA, the hidden lists its dropdowns name, and the change log.
 */
import { readCatalogue } from '../annex-a/read-catalogue';
import type { ControlCatalogue } from '../annex-a/types';
import type { EngineOptions, PlanResult, SeededSoa } from '../engine';
import { VERSION, check, generate, locate } from '../engine';
import type { Finding } from '../findings/finding';
import { sortFindings, summarize } from '../findings/finding';
import { cellsOf, finding, findingsOnCells } from '../findings/report';
import { changeLogSheetPlan, diffForChangeLog, recordedMethodologyHash } from '../outputs/change-log';
import type { SoaSeedRow, SoaSheet } from '../outputs/soa';
import { readSoa, soaSheetPlan } from '../outputs/soa';
import { listsSheetPlan } from '../methodology/lists-sheet';
import { methodologyHash } from '../methodology/methodology-hash';
import { presetMethodology } from '../methodology/presets';
import { readMethodology } from '../methodology/read-methodology';
import type { OwnSheets } from '../ownership/own-sheets';
import { ownSheetNames, resolveOwnSheets } from '../ownership/own-sheets';
import { registerHash } from '../register/register-hash';
import type { RegisterLocation } from '../register/types';
import { contentAfter } from '../workbook/memory-workbook';
import { SHEET_ROLES } from '../workbook/names';
import type { SheetRole } from '../workbook/names';
import type { SheetPlan, WorkbookPlan } from '../workbook/plan';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { findSheet } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import type { CarriedDecision, CarryResult } from './carry-decisions';
import { carryDecisions, predecessorsOf } from './carry-decisions';
import { findTeamSoa, locateTeamSoa } from './locate-team-soa';
import type { SoaEdition, TeamSoa } from './types';
import { appendAll } from '../arrays';

/** The column that says which 2013 controls each 2022 row took its decisions from. */
export const CARRIED_FROM_HEADER = 'Carried from (2013)';
/** The team's "risk assessment" reason mark, carried as justification text. */
const RISK_MARK = "Risk assessment (marked on the team's SoA)";

const CARRIED_FROM_WIDTH = 18;
/** What the column says on a control no 2013 control maps to. */
export const NEW_IN_2022 = 'New in 2022';

export interface SeedSoaResult extends PlanResult {
  /** The team's SoA the decisions came from; null when the workbook has none (then `usable` is false). */
  readonly teamSoa: { readonly sheet: string; readonly edition: SoaEdition } | null;
  /** One line for a toast or the command's report. */
  readonly title: string;
}

export interface SeedSoaOptions extends EngineOptions {
  /** Take the decisions from this sheet rather than the team SoA found. */
  readonly teamSoaSheet?: string;
}

const YES = 'Yes';
const NO = 'No';

/** The cells a new row of Riskbook's SoA starts with, from what was carried to its control. */
function seedRow(d: CarriedDecision, newControl: boolean): SoaSeedRow | null {
  if (d.sources.length === 0) {
    // A control new in 2022 is a decision to make: no default stands in for it.
    return newControl ? { applicable: null } : null;
  }
  const row: Partial<Record<keyof SoaSeedRow, SoaSeedRow[keyof SoaSeedRow]>> = {};
  if (d.applicable !== null) row.applicable = d.applicable === 'yes' ? YES : NO;
  // Predecessors that disagree leave it blank, even where a risk's citation would suggest Yes.
  else if (d.conflict) row.applicable = null;
  if (d.reasons.legal) row.reasonLegal = YES;
  if (d.reasons.contractual) row.reasonContractual = YES;
  if (d.reasons.business) row.reasonBusiness = YES;
  if (d.reasons.bestPractice) row.reasonBestPractice = YES;
  const text = (field: 'justification' | 'exclusionJustification' | 'implementationStatus' | 'evidence' | 'owner'): void => {
    if (d[field] !== '') row[field] = d[field];
  };
  text('justification');
  text('exclusionJustification');
  text('implementationStatus');
  text('evidence');
  text('owner');
  // Riskbook derives its own "risk assessment" reason from the register's citations; the team's
  // mark is a justification it gave, so it is carried as one (and counts as a reason for inclusion).
  if (d.reasons.risk) row.justification = [d.justification, RISK_MARK].filter((t) => t !== '').join('; ');
  if (d.implementationNotes !== '') row.implementationNotes = d.implementationNotes;
  if (d.lastReviewed !== null) row.lastReviewed = d.lastReviewed;
  return row;
}

function carriedFrom(d: CarriedDecision, newControl: boolean): string {
  if (newControl) return NEW_IN_2022;
  if (d.sources.length > 0) return d.sources.map((s) => s.id).join(', ');
  const before = predecessorsOf(d.controlId);
  return before.length > 0 ? `Not in the 2013 SoA: ${before.join(', ')}` : '';
}

function seededSoa(team: TeamSoa, carried: CarryResult, ours: string): SeededSoa {
  const sheet = team.location.sheet;
  const isNew = new Set(carried.newControls.map((id) => id.toUpperCase()));
  const seed = new Map<string, SoaSeedRow>();
  for (const d of carried.decisions) {
    const row = seedRow(d, isNew.has(d.controlId.toUpperCase()));
    if (row) seed.set(d.controlId, row);
  }
  const decided = carried.decisions.filter((d) => d.sources.length > 0);
  const conflicts = decided.filter((d) => d.conflict !== null).length;
  if (carried.edition === '2022') {
    return {
      seed,
      title: `Decisions copied from "${sheet}" into "${ours}"`,
      changes: [`Statement of Applicability: the decisions on "${sheet}" copied for ${decided.length} control(s); "${sheet}" is kept as it is`],
    };
  }
  const values = new Map(carried.decisions.map((d) => [d.controlId, carriedFrom(d, isNew.has(d.controlId.toUpperCase()))]));
  const sources = new Set(decided.flatMap((d) => d.sources.map((s) => s.id)));
  return {
    seed,
    seedColumn: { header: CARRIED_FROM_HEADER, width: CARRIED_FROM_WIDTH, values },
    title: `SoA migrated to 2022 from "${sheet}"`,
    changes: [
      `Statement of Applicability: the decisions of ${sources.size} 2013 control(s) on "${sheet}" carried to ${decided.length} 2022 control(s)` +
        `${conflicts > 0 ? `; ${conflicts} left open where they disagree` : ''}` +
        `${carried.newControls.length > 0 ? `; ${carried.newControls.length} new in 2022 to decide` : ''}; "${sheet}" is kept as it is`,
    ],
  };
}

/**
 * What the carry itself calls for, on Riskbook's SoA as the plan leaves it: a disputed or new
 * control only while its Applicable cell is still blank (a row a person had already decided
 * keeps its decision), and a decision no control could take over, on the team's own row.
 */
function carryFindings(team: TeamSoa, carried: CarryResult, soa: SoaSheet | null, ours: string, catalogue: ControlCatalogue): Finding[] {
  const sheet = team.location.sheet;
  const blank = new Map((soa?.rows ?? []).filter((r) => r.controlId !== '' && r.applicable === null).map((r) => [r.controlId.toUpperCase(), r.cells.applicable || r.cells.controlId]));
  const out: Finding[] = [];
  for (const d of carried.decisions) {
    const cell = blank.get(d.controlId.toUpperCase());
    if (cell === undefined || !d.conflict) continue;
    out.push(finding('soa-migration-conflict', ours, cell, { control: d.controlId, yes: d.conflict.yes.join(', '), no: d.conflict.no.join(', '), sheet }));
  }
  for (const id of carried.newControls) {
    const cell = blank.get(id.toUpperCase());
    if (cell === undefined) continue;
    out.push(finding('soa-migration-new-control', ours, cell, { control: id, title: catalogue.get(id)?.title ?? '', sheet }));
  }
  for (const row of carried.unmapped) {
    out.push(finding('soa-migration-unmapped', sheet, row.cells.controlId, { id: row.typedId || row.controlId, edition: carried.edition, ours }));
  }
  return out;
}

/**
 * The migration's findings say more than "no applicability decision" at the same cell: one cause,
 * one finding. The undecided controls left are grouped again without those cells.
 */
function withCarryFindings(findings: readonly Finding[], carry: readonly Finding[], team: TeamSoa, soa: SoaSheet | null, ours: string): Finding[] {
  // The control on each undecided row of Riskbook's SoA, by sheet and cell, for the findings' messages.
  const controlAt = new Map((soa?.rows ?? []).map((r) => [`${ours}!${r.cells.applicable || r.cells.controlId}`, r.controlId]));
  const said = new Set(carry.map((f) => `${f.sheet}!${f.cell}`));
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.code !== 'soa-applicability-missing') {
      kept.push(f);
      continue;
    }
    const cells = cellsOf(f);
    const left = cells.filter((cell) => !said.has(`${f.sheet}!${cell}`));
    if (left.length === cells.length) kept.push(f);
    else appendAll(kept, findingsOnCells(f.code, f.sheet, left.map((cell) => ({ cell, params: { control: controlAt.get(`${f.sheet}!${cell}`) ?? '' } }))));
  }
  // How the team's ids were read (numbers and dates turned back into ids) decides what was carried where.
  return sortFindings([...kept, ...team.findings, ...carry]);
}


function placed(own: OwnSheets, role: SheetRole, sheet: SheetPlan): SheetPlan {
  return { ...sheet, name: own.names[role], role };
}

/**
 * For a workbook with no register: the SoA and the lists its dropdowns name (the change log is
 * added once the findings are known).
 */
function registerlessSheets(snapshot: WorkbookSnapshot, own: OwnSheets, catalogue: ControlCatalogue, seeded: SeededSoa, options: EngineOptions): { plan: WorkbookPlan; stamp: Stamp } {
  const read = readMethodology(snapshot, own.names.methodology);
  // The lists carry the method's levels too; with no Methodology the default fills them, unused by an SoA.
  const methodology = read.found ? read.methodology : presetMethodology(options.preset ?? '5x5');
  const stamp: Stamp = {
    generator: options.generator ?? `Riskbook ${VERSION}`,
    generatedAt: options.now,
    methodologyVersion: methodology.version,
    methodologyHash: methodologyHash(methodology),
    registerHash: registerHash([]),
  };
  const lists = listsSheetPlan(methodology);
  const soa = soaSheetPlan({
    workbook: snapshot, sheetName: own.names.soa, risks: [], catalogue, stamp, seed: seeded.seed, ...(seeded.seedColumn ? { seedColumn: seeded.seedColumn } : {}),
  });
  return {
    plan: { sheets: [placed(own, 'lists', lists.sheet), placed(own, 'soa', soa.sheet)], names: lists.names.map((n) => ({ ...n, sheet: own.names.lists })) },
    stamp,
  };
}

/**
 * The register found, unless it is the SoA itself: a sheet of Annex A controls with decisions can
 * pass for a register (a Ref. column for the id, Control, Owner), and the plan must never write
 * into it. A register scores risks, an SoA never does; a sheet the person named stays the register.
 */
function registerBeside(snapshot: WorkbookSnapshot, found: RegisterLocation | null, named: string | undefined): string | null {
  if (found === null || named !== undefined || found.mapping.likelihood !== undefined) return found?.sheet ?? null;
  const sheet = findSheet(snapshot, found.sheet);
  return sheet && locateTeamSoa(sheet) ? null : found.sheet;
}

/**
 * The plan that builds (or completes) Riskbook's SoA from the team's SoA, with the findings the
 * carry calls for. `usable` is false when the workbook holds no SoA of the team's.
 */
export function seedSoa(snapshot: WorkbookSnapshot, options: SeedSoaOptions): SeedSoaResult {
  const own = resolveOwnSheets(snapshot);
  const located = locate(snapshot, own, options.registerSheet);
  const register = registerBeside(snapshot, located.location, options.registerSheet);
  const skipSheets = new Set([...ownSheetNames(own), ...(register ? [register.toLowerCase()] : [])]);
  const team = findTeamSoa(snapshot, { skipSheets, ...(options.teamSoaSheet !== undefined ? { sheet: options.teamSoaSheet } : {}) });
  if (!team) {
    return {
      findings: [], summary: summarize([]), usable: false, registerSheet: register, riskCount: 0, soaSheet: null,
      plan: { sheets: [], names: [] }, changes: [], teamSoa: null, title: '',
    };
  }
  const catalogue = readCatalogue(snapshot, own.names.controls).catalogue;
  const carried = carryDecisions(team, catalogue);
  const ours = own.names.soa;
  const seeded = seededSoa(team, carried, ours);
  const teamSoa = { sheet: team.location.sheet, edition: team.location.edition };

  if (register) {
    const planned = generate(snapshot, 'soa', options, seeded);
    // Riskbook's SoA as the plan leaves it, read once for the carry's findings and the undecided ones.
    const soa = readSoa(contentAfter(snapshot, planned.plan), ours);
    const findings = withCarryFindings(planned.findings, carryFindings(team, carried, soa, ours, catalogue), team, soa, ours);
    return { ...planned, findings, summary: summarize(findings), soaSheet: ours, teamSoa, title: seeded.title };
  }

  const { plan, stamp } = registerlessSheets(snapshot, own, catalogue, seeded, options);
  const after = contentAfter(snapshot, plan);
  // The SoA checked on its own, as `check` does for a workbook with no register; the missing
  // register is said once by that check's own note, not as an error about this action.
  const checked = check(after, options).findings.filter((f) => f.code !== 'register-not-found');
  const soa = readSoa(after, ours);
  const findings = withCarryFindings(checked, carryFindings(team, carried, soa, ours, catalogue), team, soa, ours);
  const counts = summarize(findings);
  const changes = [own.existing.has('soa') ? `Refreshed ${ours}` : `Created ${ours}`, ...seeded.changes];
  const log = changeLogSheetPlan(
    snapshot,
    {
      time: options.now,
      action: seeded.title,
      summary: [`SoA checked on its own: ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.infos} note(s)`, ...changes].join('; '),
      ...diffForChangeLog(snapshot, after, own.names),
      methodologyHashBefore: recordedMethodologyHash(snapshot, own.names),
      methodologyHashAfter: stamp.methodologyHash,
    },
    stamp,
    own.names,
  ).sheet;
  return {
    findings, summary: counts, usable: true, registerSheet: null, riskCount: 0, soaSheet: ours,
    plan: { ...plan, sheets: [...plan.sheets, placed(own, 'changeLog', log)], sheetOrder: SHEET_ROLES.map((role) => own.names[role]) },
    changes, teamSoa, title: seeded.title,
  };
}
