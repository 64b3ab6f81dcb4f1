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
 * - `SoA approval`: the SoA's approval (key: its version), and one `SoA approved` row per
 *   control with the decisions of that approved version;
 * - `run`: the last run (under which methodology), with `run risks` rows packing a
 *   fingerprint per risk and one `run SoA` row per control: what the next run compares with to
 *   tell the team's own edits in between.
 * Other kinds (an RTP or a methodology approval) can take rows of their own: a reader keeps
 * only the kinds it knows, and `otherRows` carries the rest across a rewrite.
 */
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { PlanCell, SheetPlan } from '../workbook/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, usedRowCount } from '../workbook/snapshot';
import { SHEETS } from '../workbook/names';

/** The title in A1: the mark that says the sheet is Riskbook's trail. */
export const TRAIL_TITLE = 'Riskbook trail';
const HEADER_ROW = 3;
export const TRAIL_HEADERS = ['Kind', 'Key', 'Approved by', 'Approved on', 'Recorded', 'Methodology hash', 'Fingerprint'] as const;

export const KINDS = {
  riskApprovals: 'risk approvals',
  soaApproval: 'SoA approval',
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
  readonly soa: SoaApproval | null;
  readonly run: LastRun | null;
  /** Rows of kinds this version does not read, carried across a rewrite as they are. */
  readonly otherRows: readonly (readonly PlanCell[])[];
}

export const EMPTY_TRAIL: Trail = { risks: new Map(), soa: null, run: null, otherRows: [] };

/** How full a packed cell gets: well under the 32,767 characters a cell holds. */
const PACKED_CELL = 20_000;

/** Records packed as JSON arrays into as few cells as hold them. */
function packed(records: readonly unknown[]): string[] {
  const cells: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const r of records) {
    const json = JSON.stringify(r);
    if (size + json.length > PACKED_CELL && part.length > 0) {
      cells.push(`[${part.join(',')}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) cells.push(`[${part.join(',')}]`);
  return cells;
}

function arrayOf(json: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

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

function text(v: CellValue): string {
  return v === null ? '' : typeof v === 'object' ? v.error : String(v).trim();
}

function serial(v: CellValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function fieldsOf(json: string): Fields | null {
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return null;
  }
}

function pairsOf(json: string): [string, string][] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');
  } catch {
    return [];
  }
}

/** Whether a sheet carries the trail's mark. */
export function isTrailSheet(sheet: SheetSnapshot): boolean {
  return text(cellAt(sheet, 0, 0)) === TRAIL_TITLE;
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
  let soa: { version: string; approval: Approval } | null = null;
  const approvedSoa = new Map<string, Fields>();
  let run: { methodologyHash: string } | null = null;
  const runRisks = new Map<string, { id: string; fingerprint: string }>();
  const runSoa = new Map<string, Fields>();
  const otherRows: PlanCell[][] = [];
  for (let row = HEADER_ROW + 1; row < usedRowCount(sheet); row++) {
    const cell = (col: number): CellValue => cellAt(sheet, row, col);
    const kind = text(cell(0));
    if (kind === '') continue;
    const key = text(cell(1));
    const approval: Approval = { approvedBy: text(cell(2)), approvedOn: serial(cell(3)), recorded: serial(cell(4)) ?? 0, methodologyHash: text(cell(5)) };
    const fingerprint = text(cell(6));
    switch (kind) {
      case KINDS.riskApprovals:
        for (const packedRecord of arrayOf(fingerprint)) {
          const r = riskApprovalOf(packedRecord, APPROVED_FIELDS);
          if (r && r.id !== '') risks.set(r.id.toLowerCase(), r);
        }
        break;
      case KINDS.soaApproval:
        soa = { version: key, approval };
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
        otherRows.push(TRAIL_HEADERS.map((_, c) => { const v = cell(c); return v === null ? '' : typeof v === 'object' ? v.error : v; }));
    }
  }
  return {
    risks,
    soa: soa ? { ...soa.approval, version: soa.version, decisions: approvedSoa } : null,
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
  for (const cell of packed(approvals)) rows.push([KINDS.riskApprovals, '', '', '', '', '', cell]);
  if (trail.soa) {
    rows.push([KINDS.soaApproval, trail.soa.version, ...approvalCells(trail.soa), '']);
    for (const [control, fields] of trail.soa.decisions) rows.push([KINDS.soaApproved, control, '', '', '', '', JSON.stringify(fields)]);
  }
  for (const other of trail.otherRows) rows.push([...other]);
  const run = trail.run;
  if (run) {
    rows.push([KINDS.run, '', '', '', '', run.methodologyHash, '']);
    for (const cell of packed([...run.risks.values()].map((p) => [p.id, p.fingerprint]))) rows.push([KINDS.runRisks, '', '', '', '', '', cell]);
    for (const [control, fields] of run.soa) rows.push([KINDS.runSoa, control, '', '', '', '', JSON.stringify(fields)]);
  }
  return rows;
}

export function trailSheetPlan(trail: Trail): SheetPlan {
  const rows = trailRows(trail);
  return {
    name: SHEETS.trail,
    mode: 'replace',
    hidden: true,
    columnWidths: TRAIL_HEADERS.map((_, col) => ({ col, width: col === TRAIL_HEADERS.length - 1 ? 60 : 16 })),
    writes: [
      { at: 'A1', cells: [[TRAIL_TITLE]] },
      { at: 'A2', cells: [['What Riskbook recorded of each approval when it first saw it, and of its last run: how it tells an approval gone stale and the edits made between runs. Riskbook rewrites this sheet on every run.']] },
      { at: cellAddress(HEADER_ROW, 0), cells: [[...TRAIL_HEADERS], ...rows] },
    ],
    formats: [
      { range: 'A1', bold: true, fontSize: 14 },
      { range: 'A2', italic: true, fontColor: '#595959' },
      { range: rangeAddress(HEADER_ROW, 0, 1, TRAIL_HEADERS.length), bold: true, fill: '#D9D9D9' },
    ],
    validations: [],
    conditionalFormats: [],
  };
}
