/**
 * The decisions of a team's SoA carried to the controls of Riskbook's SoA. A 2022 SoA is carried
 * as it is, control by control. A 2013 SoA goes through the published mapping, which is
 * many-to-many: several 2013 controls became one 2022 control (A.12.4.1 to A.12.4.3 became 8.15)
 * and one 2013 control went to two (A.18.2.3 to 5.36 and 8.8). Where several predecessors carry
 * into one control, nothing is chosen silently: texts keep their source ids in front of them, the
 * least advanced status is kept and the notes say so, and predecessors that disagree on
 * applicability leave it open for a person to decide.
 *
 * Pure: the team's sheet is only read here; `seed-soa.ts` turns the result into the seed of
 * Riskbook's SoA and into findings.
 */
import { ANNEX_A_2013_TO_2022 } from '../annex-a/catalogue-data';
import type { ControlCatalogue } from '../annex-a/types';
import { soaControlKey } from '../outputs/soa';
import type { Progress } from './status-progress';
import { progressOf } from './status-progress';
import type { SoaEdition, TeamSoa, TeamSoaRow } from './types';
import { minOf } from '../arrays';

export interface CarriedReasons {
  readonly risk: boolean;
  readonly legal: boolean;
  readonly contractual: boolean;
  readonly business: boolean;
  readonly bestPractice: boolean;
}

/** A row of the team's SoA a decision was carried from. */
export interface CarrySource {
  /** Its control id in the sheet's edition ('A.12.4.1', '5.30'). */
  readonly id: string;
  readonly row: TeamSoaRow;
}

export interface CarriedDecision {
  /** The 2022 control (or the team's own control) it is carried to. */
  readonly controlId: string;
  /** null: no source decided, or they disagree (`conflict`). */
  readonly applicable: 'yes' | 'no' | null;
  /** A source said applicable only in part; the notes say which. */
  readonly partial: boolean;
  readonly reasons: CarriedReasons;
  readonly justification: string;
  readonly exclusionJustification: string;
  readonly implementationStatus: string;
  /** The sources' notes, then what the carry itself has to say (statuses that differed, a partial or disputed applicability). */
  readonly implementationNotes: string;
  readonly evidence: string;
  readonly owner: string;
  /** The earliest of the sources' dates: the control is reviewed only as far as its least recently reviewed part. */
  readonly lastReviewed: number | null;
  /** The rows carried, in the mapping's order (2013) or the one row (2022); empty when the team's SoA lists none. */
  readonly sources: readonly CarrySource[];
  /** Sources that disagree on applicability: the ids on each side. */
  readonly conflict: { readonly yes: readonly string[]; readonly no: readonly string[] } | null;
}

export interface CarryResult {
  readonly edition: SoaEdition;
  /** One per control of the catalogue, in its order. */
  readonly decisions: readonly CarriedDecision[];
  /** Annex A 2022 controls no 2013 control maps to (a 2013 SoA only): nothing to carry, a decision to make. */
  readonly newControls: readonly string[];
  /** Rows that carry a decision under an id the edition does not have: nothing could take it over. */
  readonly unmapped: readonly TeamSoaRow[];
}

const NO_REASONS: CarriedReasons = { risk: false, legal: false, contractual: false, business: false, bestPractice: false };

/** Whether a row says anything a person decided; a row with only an id and a title is a listing, or a heading. */
export function carriesDecision(row: TeamSoaRow): boolean {
  const r = row.reasons;
  return (
    row.applicability.decision !== null || row.applicability.partial || r.risk || r.legal || r.contractual || r.business || r.bestPractice ||
    [row.justification, row.exclusionJustification, row.implementationStatus, row.implementationNotes, row.evidence, row.owner].some((t) => t.trim() !== '') ||
    row.lastReviewed !== null
  );
}

function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Sources grouped by what they say, in source order; blanks left out. */
function groups(sources: readonly CarrySource[], pick: (row: TeamSoaRow) => string): { text: string; ids: string[] }[] {
  const out: { text: string; key: string; ids: string[] }[] = [];
  for (const s of sources) {
    const text = squash(pick(s.row));
    if (text === '') continue;
    const key = text.toLowerCase();
    const group = out.find((g) => g.key === key);
    if (group) group.ids.push(s.id);
    else out.push({ text, key, ids: [s.id] });
  }
  return out;
}

function prefixed(gs: readonly { text: string; ids: readonly string[] }[]): string {
  return gs.map((g) => `${g.ids.join(', ')}: ${g.text}`).join('; ');
}

/**
 * One text from several sources. With one source it is that source's text. With several, every
 * distinct text keeps the ids it came from in front of it ("A.12.4.1, A.12.4.2: Log policy;
 * A.12.4.3: Admin logs reviewed weekly"), so each part of the cell traces back to its control.
 */
function joined(sources: readonly CarrySource[], pick: (row: TeamSoaRow) => string): string {
  if (sources.length === 1) return squash(pick(sources[0]!.row));
  return prefixed(groups(sources, pick));
}

/** The status of several sources: theirs when they agree, else the least advanced, or all of them when they name no stage. */
function status(sources: readonly CarrySource[]): { text: string; remark: string | null } {
  const gs = groups(sources, (r) => r.implementationStatus);
  if (gs.length === 0) return { text: '', remark: null };
  if (gs.length === 1) return { text: gs[0]!.text, remark: null };
  const listed = gs.map((g) => `${g.ids.join(', ')} ${g.text}`).join(', ');
  const stages = gs.map((g) => progressOf(g.text));
  if (stages.every((p): p is Progress => p !== null)) {
    const least = gs[stages.indexOf(minOf(stages) as Progress)]!;
    return { text: least.text, remark: `Implementation statuses differed (${listed}): the least advanced, ${least.text}, is kept.` };
  }
  return { text: prefixed(gs), remark: `Implementation statuses differed (${listed}) and cannot be ordered: choose one.` };
}

function applicability(sources: readonly CarrySource[]): Pick<CarriedDecision, 'applicable' | 'partial' | 'conflict'> & { remarks: string[] } {
  const yes = sources.filter((s) => s.row.applicability.decision === 'yes');
  const no = sources.filter((s) => s.row.applicability.decision === 'no');
  const partial = sources.filter((s) => s.row.applicability.partial && s.row.applicability.decision !== 'no');
  const remarks: string[] = [];
  if (partial.length > 0) {
    remarks.push(
      sources.length === 1
        ? `Applicable in part (the team's SoA says "${squash(partial[0]!.row.applicableText)}").`
        : `Applicable in part: ${partial.map((s) => `${s.id} ("${squash(s.row.applicableText)}")`).join(', ')}.`,
    );
  }
  if (yes.length > 0 && no.length > 0) {
    const ids = { yes: yes.map((s) => s.id), no: no.map((s) => s.id) };
    remarks.push(`Applicability left open: ${ids.yes.join(', ')} applicable, ${ids.no.join(', ')} excluded. Decide for the whole control.`);
    return { applicable: null, partial: partial.length > 0, conflict: ids, remarks };
  }
  const applicable = yes.length > 0 ? 'yes' : no.length > 0 ? 'no' : partial.length > 0 ? 'yes' : null;
  return { applicable, partial: partial.length > 0, conflict: null, remarks };
}

function anyReason(sources: readonly CarrySource[], pick: (r: CarriedReasons) => boolean): boolean {
  return sources.some((s) => pick(s.row.reasons));
}

export function carryFrom(controlId: string, sources: readonly CarrySource[]): CarriedDecision {
  if (sources.length === 0) {
    return {
      controlId, applicable: null, partial: false, reasons: NO_REASONS, justification: '', exclusionJustification: '', implementationStatus: '',
      implementationNotes: '', evidence: '', owner: '', lastReviewed: null, sources: [], conflict: null,
    };
  }
  const decided = applicability(sources);
  const st = status(sources);
  const notes = [joined(sources, (r) => r.implementationNotes), ...decided.remarks, ...(st.remark ? [st.remark] : [])].filter((t) => t !== '');
  const dates = sources.map((s) => s.row.lastReviewed).filter((d): d is number => d !== null);
  return {
    controlId,
    applicable: decided.applicable,
    partial: decided.partial,
    reasons: {
      risk: anyReason(sources, (r) => r.risk),
      legal: anyReason(sources, (r) => r.legal),
      contractual: anyReason(sources, (r) => r.contractual),
      business: anyReason(sources, (r) => r.business),
      bestPractice: anyReason(sources, (r) => r.bestPractice),
    },
    justification: joined(sources, (r) => r.justification),
    exclusionJustification: joined(sources, (r) => r.exclusionJustification),
    implementationStatus: st.text,
    implementationNotes: notes.join('\n'),
    evidence: joined(sources, (r) => r.evidence),
    owner: joined(sources, (r) => r.owner),
    lastReviewed: dates.length > 0 ? minOf(dates) : null,
    sources,
    conflict: decided.conflict,
  };
}

/**
 * The id a row is carried under: its Annex A id in the sheet's edition, or the id of one of the
 * team's own controls (the reader names Annex A controls only, and own controls keep their ids
 * from one edition to the next). '' for a row that names neither.
 */
function carriedId(row: TeamSoaRow, catalogue: ControlCatalogue): string {
  if (row.controlId.trim() !== '') return row.controlId.trim();
  const own = catalogue.get(row.typedId);
  return own && !own.annexA ? own.id : '';
}

/** The first row of each id: a control listed twice is reported by the reader, and its first row is the one carried. */
function firstRows(team: TeamSoa, catalogue: ControlCatalogue, key: (id: string) => string): Map<string, TeamSoaRow> {
  const rows = new Map<string, TeamSoaRow>();
  for (const row of team.rows) {
    const id = carriedId(row, catalogue);
    if (id === '') continue;
    const k = key(id);
    if (!rows.has(k)) rows.set(k, row);
  }
  return rows;
}

/**
 * Rows whose decision nothing takes over: an id the reader could not place in the edition (it
 * keeps what was typed, 'A.6.1.9'), or one it placed that the edition's controls do not include.
 * A row that decides nothing (a section heading such as 'A.9.4 System and application access
 * control') is left alone.
 */
function unmappedRows(team: TeamSoa, catalogue: ControlCatalogue, known: (id: string) => boolean): TeamSoaRow[] {
  return team.rows.filter((r) => {
    const id = carriedId(r, catalogue);
    const named = id !== '' || r.typedId.trim() !== '';
    return named && carriesDecision(r) && (id === '' || !known(id));
  });
}

/** 2022 id (lower case) → its 2013 predecessors, in the mapping's order. */
const PREDECESSORS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const e of ANNEX_A_2013_TO_2022) {
    const k = e.id2022.toLowerCase();
    const list = map.get(k);
    if (list) list.push(e.id2013);
    else map.set(k, [e.id2013]);
  }
  return map;
})();

const IDS_2013: ReadonlySet<string> = new Set(ANNEX_A_2013_TO_2022.map((e) => e.id2013.toLowerCase()));

/** The 2013 controls a 2022 control took over, in the mapping's order. */
export function predecessorsOf(id2022: string): readonly string[] {
  return PREDECESSORS.get(id2022.trim().toLowerCase()) ?? [];
}

function carry2022(team: TeamSoa, catalogue: ControlCatalogue): CarryResult {
  const key = (id: string): string => soaControlKey(id).toLowerCase();
  const rows = firstRows(team, catalogue, key);
  const decisions = catalogue.controls.map((c) => {
    const row = rows.get(c.id.toLowerCase());
    return carryFrom(c.id, row ? [{ id: carriedId(row, catalogue), row }] : []);
  });
  const unmapped = unmappedRows(team, catalogue, (id) => catalogue.get(soaControlKey(id)) !== undefined);
  return { edition: '2022', decisions, newControls: [], unmapped };
}

function carry2013(team: TeamSoa, catalogue: ControlCatalogue): CarryResult {
  const key = (id: string): string => id.trim().toLowerCase();
  const rows = firstRows(team, catalogue, key);
  const decisions = catalogue.controls.map((c) => {
    const ids = c.annexA ? predecessorsOf(c.id) : [c.id];
    const sources = ids.flatMap((id) => {
      const row = rows.get(key(id));
      return row ? [{ id, row }] : [];
    });
    return carryFrom(c.id, sources);
  });
  const newControls = catalogue.controls.filter((c) => c.annexA && predecessorsOf(c.id).length === 0).map((c) => c.id);
  const isOwn = (id: string): boolean => catalogue.get(id)?.annexA === false;
  const unmapped = unmappedRows(team, catalogue, (id) => IDS_2013.has(key(id)) || isOwn(id));
  return { edition: '2013', decisions, newControls, unmapped };
}

/** Every control of the catalogue with what the team's SoA decided for it. */
export function carryDecisions(team: TeamSoa, catalogue: ControlCatalogue): CarryResult {
  return team.location.edition === '2013' ? carry2013(team, catalogue) : carry2022(team, catalogue);
}
