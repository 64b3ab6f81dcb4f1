/**
 * Riskbook's trail: a hidden sheet of its own ("Riskbook trail", recognised by its title in A1,
 * like the settings sheet) where it records what each approval approved when it first saw it,
 * and a fingerprint of the register and the SoA at its last run. Nothing in it is a person's:
 * it is rewritten whole on every run, from what it held and what the workbook holds now, and
 * nothing else in the workbook is written from it but the SoA version an approval raises.
 *
 * One row per record, `Kind` saying which:
 * - `risk approvals`: risks' approvals, packed many to a row (a register of 50,000 risks would
 *   otherwise make as many rows), each with the risk id, who and when, when Riskbook recorded it,
 *   the methodology hash it was approved under and what it approved (likelihood, impact,
 *   treatment, controls, residual);
 * - `RTP approvals`: the plan's actions' approvals, packed like the risks', each with its row's key
 *   (`R-14 · 8.16`, `#2` for a second row of one key) and what it approved (action, owner, due
 *   date, expected residual level);
 * - `SoA approval`: the SoA's approval (key: its version), and one `SoA approved` row per
 *   control with the decisions of that approved version;
 * - `methodology approval`: the Methodology's approval (key: its version), with a hash of each
 *   part of the method and of its statements as approved (methodology-parts.ts);
 * - `run`: the last run (under which methodology), with `run risks` rows packing a
 *   fingerprint per risk and one `run SoA` row per control: what the next run compares with to
 *   tell the team's own edits in between.
 * Other kinds can take rows of their own: a reader keeps only the kinds it knows, and `otherRows`
 * carries the rest across a rewrite.
 */
import type { PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';
import { SHEETS } from '../workbook/names';
import {
  RECORD_HEADER_ROW, hasRecordTitle, packedRecords, parsedJson, recordCell, recordSerial, recordSheetPlan, recordText, unpackedRecords,
} from '../workbook/record-sheet';

/** The title in A1: the mark that says the sheet is Riskbook's trail. */
export const TRAIL_TITLE = 'Riskbook trail';
export const TRAIL_HEADERS = ['Kind', 'Key', 'Approved by', 'Approved on', 'Recorded', 'Methodology hash', 'Fingerprint'] as const;

export const KINDS = {
  riskApprovals: 'risk approvals',
  rtpApprovals: 'RTP approvals',
  soaApproval: 'SoA approval',
  methodologyApproval: 'methodology approval',
  soaApproved: 'SoA approved',
  run: 'run',
  runRisks: 'run risks',
  runSoa: 'run SoA',
} as const;

/** Values by field name, as recorded: what an approval covered, or a control's decisions. */
export type Fields = Readonly<Record<string, string>>;

export interface Approval {
  readonly approvedBy: string;
  /** Spreadsheet serial date, or null when the approval names no date. */
  readonly approvedOn: number | null;
  /** When Riskbook first saw the approval (serial date-time). */
  readonly recorded: number;
  readonly methodologyHash: string;
}

export interface RiskApproval extends Approval {
  readonly id: string;
  readonly approved: Fields;
}

export interface SoaApproval extends Approval {
  readonly version: string;
  /** The approved version's decisions, by control id (upper case). */
  readonly decisions: ReadonlyMap<string, Fields>;
}

export interface RtpApproval extends Approval {
  /** The row's key as the trail keeps it (`rtpApprovalKey`). */
  readonly key: string;
  readonly approved: Fields;
}

export interface MethodologyApproval extends Approval {
  /** The methodology's version when approved. */
  readonly version: string;
  /** A hash of each part of the method and of its statements, as approved. */
  readonly parts: Fields;
}

/** The last run, without its time (the Change log has it): a run that changes nothing leaves the trail as it was. */
export interface LastRun {
  readonly methodologyHash: string;
  /** A fingerprint of each risk, by id (lower case). */
  readonly risks: ReadonlyMap<string, { readonly id: string; readonly fingerprint: string }>;
  /** Each control's decisions, by control id (upper case). */
  readonly soa: ReadonlyMap<string, Fields>;
}

export interface Trail {
  /** By risk id, lower case. */
  readonly risks: ReadonlyMap<string, RiskApproval>;
  /** By the RTP row's key (`rtpApprovalKey`). */
  readonly rtp: ReadonlyMap<string, RtpApproval>;
  readonly soa: SoaApproval | null;
  readonly methodology: MethodologyApproval | null;
  readonly run: LastRun | null;
  /** Rows of kinds this version does not read, carried across a rewrite as they are. */
  readonly otherRows: readonly (readonly PlanCell[])[];
}

export const EMPTY_TRAIL: Trail = { risks: new Map(), rtp: new Map(), soa: null, methodology: null, run: null, otherRows: [] };

/** A packed risk approval: id, approved by, approved on, recorded, methodology hash, then the approved fields. */
function riskApprovalOf(r: unknown, fields: readonly string[]): RiskApproval | null {
  if (!Array.isArray(r) || typeof r[0] !== 'string' || typeof r[1] !== 'string') return null;
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const approved: Record<string, string> = {};
  fields.forEach((f, k) => {
    const v: unknown = r[5 + k];
    approved[f] = typeof v === 'string' ? v : '';
  });
  return { id: r[0], approvedBy: r[1], approvedOn: num(r[2]), recorded: num(r[3]) ?? 0, methodologyHash: typeof r[4] === 'string' ? r[4] : '', approved };
}

/** The fields a packed risk approval holds, in order (RISK_APPROVAL_FIELDS, kept here so the sheet reads alone). */
const APPROVED_FIELDS = ['likelihood', 'impact', 'treatment', 'controls', 'residualLikelihood', 'residualImpact'] as const;
/** The fields a packed RTP approval holds, in order (RTP_APPROVAL_FIELDS). */
const RTP_APPROVED_FIELDS = ['action', 'owner', 'dueDate', 'expectedResidualLevel'] as const;

function fieldsOf(json: string): Fields | null {
  const parsed = parsedJson(json);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

function pairsOf(json: string): [string, string][] {
  return unpackedRecords(json).filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');
}

/** Whether a sheet carries the trail's mark. */
export function isTrailSheet(sheet: SheetSnapshot): boolean {
  return hasRecordTitle(sheet, TRAIL_TITLE);
}

/**
 * The trail as the workbook holds it; the empty trail when there is none. A row that cannot be
 * read (a person edited the hidden sheet) is left out: its approval counts as first seen again.
 * `withRun` false leaves the last run's fingerprints unread (`run` null): the approval rules do
 * not need them, and at 50,000 risks they are the bulk of the sheet.
 */
export function readTrail(snapshot: WorkbookSnapshot, name: string = SHEETS.trail, withRun = true): Trail {
  const sheet = findSheet(snapshot, name);
  if (!sheet || !isTrailSheet(sheet)) return EMPTY_TRAIL;
  const risks = new Map<string, RiskApproval>();
  const rtp = new Map<string, RtpApproval>();
  let methodology: MethodologyApproval | null = null;
  let soa: { version: string; approval: Approval } | null = null;
  const approvedSoa = new Map<string, Fields>();
  let run: { methodologyHash: string } | null = null;
  const runRisks = new Map<string, { id: string; fingerprint: string }>();
  const runSoa = new Map<string, Fields>();
  const otherRows: PlanCell[][] = [];
  for (let row = RECORD_HEADER_ROW + 1; row < usedRowCount(sheet); row++) {
    const cell = (col: number): CellValue => cellAt(sheet, row, col);
    const kind = recordText(cell(0));
    if (kind === '') continue;
    const key = recordText(cell(1));
    const approval: Approval = { approvedBy: recordText(cell(2)), approvedOn: recordSerial(cell(3)), recorded: recordSerial(cell(4)) ?? 0, methodologyHash: recordText(cell(5)) };
    const fingerprint = recordText(cell(6));
    switch (kind) {
      case KINDS.riskApprovals:
        for (const packedRecord of unpackedRecords(fingerprint)) {
          const r = riskApprovalOf(packedRecord, APPROVED_FIELDS);
          if (r && r.id !== '') risks.set(r.id.toLowerCase(), r);
        }
        break;
      case KINDS.rtpApprovals:
        for (const packedRecord of unpackedRecords(fingerprint)) {
          const r = riskApprovalOf(packedRecord, RTP_APPROVED_FIELDS);
          if (r && r.id !== '') rtp.set(r.id, { key: r.id, approvedBy: r.approvedBy, approvedOn: r.approvedOn, recorded: r.recorded, methodologyHash: r.methodologyHash, approved: r.approved });
        }
        break;
      case KINDS.soaApproval:
        soa = { version: key, approval };
        break;
      case KINDS.methodologyApproval:
        methodology = { ...approval, version: key, parts: fieldsOf(fingerprint) ?? {} };
        break;
      case KINDS.soaApproved:
      case KINDS.runSoa: {
        if (kind === KINDS.runSoa && !withRun) break;
        const decisions = fieldsOf(fingerprint);
        if (key !== '' && decisions) (kind === KINDS.soaApproved ? approvedSoa : runSoa).set(key.toUpperCase(), decisions);
        break;
      }
      case KINDS.run:
        if (withRun) run = { methodologyHash: approval.methodologyHash };
        break;
      case KINDS.runRisks:
        if (withRun) for (const [id, print] of pairsOf(fingerprint)) runRisks.set(id.toLowerCase(), { id, fingerprint: print });
        break;
      default:
        otherRows.push(TRAIL_HEADERS.map((_, c) => recordCell(cell(c))));
    }
  }
  return {
    risks,
    rtp,
    soa: soa ? { ...soa.approval, version: soa.version, decisions: approvedSoa } : null,
    methodology,
    run: run ? { ...run, risks: runRisks, soa: runSoa } : null,
    otherRows,
  };
}

function approvalCells(a: Approval): PlanCell[] {
  return [a.approvedBy, a.approvedOn ?? '', a.recorded, a.methodologyHash];
}

/** The trail's rows, in a stable order: approvals, then the last run. */
function trailRows(trail: Trail): PlanCell[][] {
  const rows: PlanCell[][] = [];
  const approvals = [...trail.risks.values()].map((r) => [r.id, r.approvedBy, r.approvedOn, r.recorded, r.methodologyHash, ...APPROVED_FIELDS.map((f) => r.approved[f] ?? '')]);
  for (const cell of packedRecords(approvals)) rows.push([KINDS.riskApprovals, '', '', '', '', '', cell]);
  const actions = [...trail.rtp.values()].map((r) => [r.key, r.approvedBy, r.approvedOn, r.recorded, r.methodologyHash, ...RTP_APPROVED_FIELDS.map((f) => r.approved[f] ?? '')]);
  for (const cell of packedRecords(actions)) rows.push([KINDS.rtpApprovals, '', '', '', '', '', cell]);
  if (trail.soa) {
    rows.push([KINDS.soaApproval, trail.soa.version, ...approvalCells(trail.soa), '']);
    for (const [control, fields] of trail.soa.decisions) rows.push([KINDS.soaApproved, control, '', '', '', '', JSON.stringify(fields)]);
  }
  if (trail.methodology) rows.push([KINDS.methodologyApproval, trail.methodology.version, ...approvalCells(trail.methodology), JSON.stringify(trail.methodology.parts)]);
  for (const other of trail.otherRows) rows.push([...other]);
  const run = trail.run;
  if (run) {
    rows.push([KINDS.run, '', '', '', '', run.methodologyHash, '']);
    for (const cell of packedRecords([...run.risks.values()].map((p) => [p.id, p.fingerprint]))) rows.push([KINDS.runRisks, '', '', '', '', '', cell]);
    for (const [control, fields] of run.soa) rows.push([KINDS.runSoa, control, '', '', '', '', JSON.stringify(fields)]);
  }
  return rows;
}

export function trailSheetPlan(trail: Trail): SheetPlan {
  return recordSheetPlan({
    name: SHEETS.trail,
    title: TRAIL_TITLE,
    description: 'What Riskbook recorded of each approval when it first saw it, and of its last run: how it tells an approval gone stale and the edits made between runs. Riskbook rewrites this sheet on every run.',
    headers: TRAIL_HEADERS,
    rows: trailRows(trail),
  });
}
