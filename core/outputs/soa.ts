/**
 * The Statement of Applicability (Clause 6.1.3 d): every Annex A control in numeric order, then
 * the team's own. Riskbook fills in the control, the risks that cite it and a composed
 * justification; the decision (applicable or not, why, how implemented, evidence) is people's
 * and is carried over by control id.
 */
import type { ControlCatalogue } from '../annex-a/types';
import { DATE_FORMAT } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import type { Risk } from '../register/types';
import { cellAddress } from '../workbook/a1';
import { NAMES, SHEETS } from '../workbook/names';
import type { PlanCell } from '../workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, isCellError } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { parseStampLine, stampLine } from '../workbook/stamp';
import { isEmptyPlanCell, sameText, serialOf, textOf, yesNoOf } from './cells';
import type { FrameItem, GeneratedSheet } from './layout';
import { STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import { listedIds } from './id-list';
import { brokenBetween } from '../workbook/text-fit';
import { controlLinks } from './links';
import { IMPLEMENTED_STATUS, YES } from './options';
import type { ColumnDef, FreshRow, KeyedTableSpec } from './preserve';
import { columnOf, locateTable, mergeKeyedTable, tableRows } from './preserve';
import { appendAll } from '../arrays';

export const SOA_TITLE = 'Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d)';
export const SOA_VERSION_LABEL = 'SoA version';
/** The SoA's approval, each a label with its value in the cell to its right; the values are people's. */
export const SOA_APPROVED_BY_LABEL = 'Approved by';
export const SOA_APPROVED_ON_LABEL = 'Approved on';
/** The heading of the changes since the approved version, listed above the table once there is one. */
export const SOA_CHANGES_HEADING = 'Changes since the approved version';
export const SOA_CHANGES_COLUMNS = ['Control', 'Field', 'Was', 'Now'] as const;
export const SOA_ORPHANED = 'Orphaned: no longer in the control catalogue';
/** What earlier versions wrote on rows with no control id; cleared from them now. */
export const SOA_UNKEYED = 'Kept as typed: no control id';
/** Title, stamp, SoA version, a blank row, then the header. */
export const SOA_HEADER_ROW = 4;
const VERSION_ROW = 2;
/** The version a new SoA starts at; from then on the cell is people's. */
const FIRST_VERSION = '1.0';

export const SOA_HEADERS = {
  controlId: 'Control ID',
  title: 'Title',
  theme: 'Theme',
  applicable: 'Applicable',
  reasonRisk: 'Reason: risk assessment',
  reasonLegal: 'Reason: legal',
  reasonContractual: 'Reason: contractual',
  reasonBusiness: 'Reason: business requirement',
  reasonBestPractice: 'Reason: best practice',
  linkedRisks: 'Linked risks',
  composedJustification: 'Composed justification',
  justification: 'Justification',
  exclusionJustification: 'Exclusion justification',
  implementationStatus: 'Implementation status',
  implementationNotes: 'Implementation notes',
  evidence: 'Evidence reference',
  owner: 'Control owner',
  lastReviewed: 'Last reviewed',
  rowStatus: 'Row status',
} as const;

export type SoaField = keyof typeof SOA_HEADERS;
const H = SOA_HEADERS;
const yesNo = { kind: 'list', namedRange: NAMES.yesNo } as const;

/** The width of Linked risks, whose lines Riskbook breaks itself between ids (text-fit.ts `brokenBetween`). */
const LINKED_RISKS_WIDTH = 18;

export const SOA_COLUMNS: readonly ColumnDef[] = [
  { header: H.controlId, kind: 'derived', width: 12 },
  { header: H.title, kind: 'derived', width: 36, wrap: true },
  { header: H.theme, kind: 'derived', width: 14 },
  { header: H.applicable, kind: 'user', width: 11, validation: yesNo },
  { header: H.reasonRisk, kind: 'derived', width: 11 },
  { header: H.reasonLegal, kind: 'user', width: 10, validation: yesNo },
  { header: H.reasonContractual, kind: 'user', width: 11, validation: yesNo },
  { header: H.reasonBusiness, kind: 'user', width: 11, validation: yesNo },
  { header: H.reasonBestPractice, kind: 'user', width: 11, validation: yesNo },
  { header: H.linkedRisks, kind: 'derived', width: LINKED_RISKS_WIDTH, wrap: true },
  { header: H.composedJustification, kind: 'derived', width: 34, wrap: true },
  { header: H.justification, kind: 'user', width: 34, wrap: true },
  { header: H.exclusionJustification, kind: 'user', width: 34, wrap: true },
  { header: H.implementationStatus, kind: 'user', width: 16, validation: { kind: 'list', namedRange: NAMES.implementationStatus } },
  { header: H.implementationNotes, kind: 'user', width: 30, wrap: true },
  { header: H.evidence, kind: 'user', width: 24, wrap: true },
  { header: H.owner, kind: 'user', width: 18, wrap: true },
  { header: H.lastReviewed, kind: 'user', width: 12, numberFormat: DATE_FORMAT, validation: { kind: 'date' } },
  { header: H.rowStatus, kind: 'derived', width: 22, wrap: true },
];

/** A control id as the SoA keys it: trimmed, without an `A.` prefix people often add. */
export function soaControlKey(text: string): string {
  return text.trim().replace(/^A\.\s*/i, '');
}

/**
 * A section heading a person typed in the Control ID column ("PEOPLE CONTROLS (clause 6)"): words
 * with spaces that name no control of the catalogue. Control ids are single tokens (`5.17`,
 * `ACME-01`); a catalogue id with a space still counts as an id.
 */
export function isSoaHeading(controlId: string, catalogue: ControlCatalogue): boolean {
  return /\s/.test(controlId) && !catalogue.get(controlId);
}

function soaSpec(catalogue: ControlCatalogue, columns: readonly ColumnDef[]): KeyedTableSpec {
  return {
    columns,
    headerRow: SOA_HEADER_ROW,
    keyHeader: H.controlId,
    key: (cell) => {
      const id = soaControlKey(textOf(cell(H.controlId)));
      // A heading row has no key: it stays where the person put it, unmarked.
      return id === '' || isSoaHeading(id, catalogue) ? null : id;
    },
    rows: 'derived',
    status: { header: H.rowStatus, orphaned: SOA_ORPHANED, unkeyed: SOA_UNKEYED },
  };
}

const REASONS: readonly { readonly field: SoaField; readonly words: string }[] = [
  { field: 'reasonLegal', words: 'legal requirement' },
  { field: 'reasonContractual', words: 'contractual requirement' },
  { field: 'reasonBusiness', words: 'business requirement' },
  { field: 'reasonBestPractice', words: 'best practice' },
];

/** The justification the links and the marked reasons give, e.g. "Treats risks R-14, R-22 (risk assessment)". */
export function composeJustification(linkedRisks: readonly string[], reasons: readonly string[]): string {
  const parts: string[] = [];
  if (linkedRisks.length > 0) parts.push(`Treats risk${linkedRisks.length > 1 ? 's' : ''} ${listedIds(linkedRisks, 'all in Linked risks')} (risk assessment)`);
  appendAll(parts, reasons);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a new row of one control starts with, by field (user columns only; the rest is derived). */
export type SoaSeedRow = Readonly<Partial<Record<SoaField, CellValue>>>;

/**
 * A column written once beside Riskbook's, for the rows the seed adds ("Carried from (2013)"). It
 * is a user column: on later runs it is a column people have, kept by row key like any other.
 */
export interface SoaSeedColumn {
  readonly header: string;
  readonly width: number;
  /** By control id. */
  readonly values: ReadonlyMap<string, string>;
}

/** Where every risk that cites a control is, when a cell lists only the first of them. */
export function citedBy(controlId: string): string {
  return `filter the register's Controls column for ${controlId}`;
}

export interface SoaInput {
  readonly workbook?: WorkbookSnapshot;
  /** The sheet Riskbook keeps the SoA on (core/ownership); its usual name by default. */
  readonly sheetName?: string;
  readonly risks: readonly Risk[];
  readonly catalogue: ControlCatalogue;
  readonly stamp: Stamp;
  /**
   * Decisions taken over from a team's SoA (core/team-soa/seed-soa.ts), by control id: on rows
   * this run adds, and on rows already on Riskbook's SoA where nobody decided anything yet; a row
   * with any decision typed keeps it.
   */
  readonly seed?: ReadonlyMap<string, SoaSeedRow>;
  readonly seedColumn?: SoaSeedColumn;
  /** The SoA's approval as the trail sees it (core/trail): the version it raises, the changes since. */
  readonly approval?: SoaApprovalView;
}

/** What the SoA shows of its approval, decided from the trail (core/trail/update-trail.ts). */
export interface SoaApprovalView {
  /** The version to write beside its label, when an approval of a changed SoA raises it. */
  readonly version?: string;
  /**
   * The changes since the approved version, listed above the table with `summary` on the heading
   * row; absent when there is no approved version and no list to clear.
   */
  readonly changes?: { readonly summary: string; readonly rows: readonly { readonly control: string; readonly field: string; readonly was: string; readonly now: string }[] };
}

const USER_FIELDS: readonly SoaField[] = (Object.keys(SOA_HEADERS) as SoaField[]).filter(
  (f) => SOA_COLUMNS.find((d) => d.header === SOA_HEADERS[f])?.kind === 'user',
);

/** The seed's cells of one row, by header; a field seeded as null or '' starts blank whatever its default. */
function seededCells(seed: SoaSeedRow | undefined): Record<string, PlanCell> {
  const cells: Record<string, PlanCell> = {};
  if (!seed) return cells;
  for (const f of USER_FIELDS) {
    if (!(f in seed)) continue;
    const v = seed[f];
    cells[H[f]] = v === undefined || v === null ? '' : isCellError(v) ? v.error : v;
  }
  return cells;
}

export function soaSheetPlan(input: SoaInput): GeneratedSheet {
  const links = controlLinks(input.risks);
  const seed = new Map([...(input.seed ?? new Map<string, SoaSeedRow>())].map(([k, v]) => [k.trim().toUpperCase(), v]));
  const extra = input.seedColumn;
  const extraValues = new Map([...(extra?.values ?? new Map<string, string>())].map(([k, v]) => [k.trim().toUpperCase(), v]));
  const columns: readonly ColumnDef[] = extra ? [...SOA_COLUMNS, { header: extra.header, kind: 'user', width: extra.width, wrap: true }] : SOA_COLUMNS;
  const fresh: FreshRow[] = input.catalogue.controls.map((control) => {
    const linked = links.get(control.id.toUpperCase()) ?? [];
    const key = control.id.toUpperCase();
    return {
      key: control.id,
      cells: {
        [H.controlId]: control.id,
        [H.title]: control.title,
        [H.theme]: control.theme,
        [H.reasonRisk]: linked.length > 0 ? YES : '',
        // Broken between ids: left to wrap, a program breaks "R-38" at its hyphen.
        [H.linkedRisks]: brokenBetween(listedIds(linked, citedBy(control.id)), ', ', LINKED_RISKS_WIDTH),
        [H.composedJustification]: '',
        [H.rowStatus]: '',
        // A control a risk relies on starts out applicable; the decision is people's from then on.
        [H.applicable]: linked.length > 0 ? YES : null,
        // A team's decision taken over wins over that default.
        ...seededCells(seed.get(key)),
        ...(extra ? { [extra.header]: extraValues.get(key) ?? '' } : {}),
      },
    };
  });
  const existing = input.workbook ? findSheet(input.workbook, input.sheetName ?? SHEETS.soa) : undefined;
  const merged = mergeKeyedTable(existing, soaSpec(input.catalogue, columns), fresh);
  const location = existing && extra ? locateTable(existing, H.controlId, Object.values(H)) : null;
  const extraExisted = location !== null && extra !== undefined && columnOf(location, extra.header) !== undefined;

  // The composed justification reads the reasons people marked, so it is filled after the merge.
  const at = (header: string): number => SOA_COLUMNS.findIndex((d) => d.header === header);
  const rows = merged.rows.map((row, i) => {
    const state = merged.rowStates[i];
    if (state === 'orphaned' || state === 'unkeyed') return row;
    const key = merged.rowKeys[i] ?? '';
    const out = [...row];
    // A row already there takes the seed only while nobody decided anything on it: every user
    // cell blank but Applicable, which may hold the Yes Riskbook itself suggests for a cited
    // control. A row with any decision typed keeps it whole: decisions are never mixed.
    let carried = false;
    const seeded = state === 'current' ? seededCells(seed.get(key.toUpperCase())) : {};
    if (Object.keys(seeded).length > 0 && undecided(out, at, (links.get(key.toUpperCase()) ?? []).length > 0)) {
      for (const [header, value] of Object.entries(seeded)) {
        const c = at(header);
        if (c < 0) continue;
        out[c] = value;
        carried = true;
      }
    }
    const marked = REASONS.filter((r) => yesNoOf(planValue(out[at(H[r.field])])) === 'yes').map((r) => r.words);
    out[at(H.composedJustification)] = composeJustification(links.get(key.toUpperCase()) ?? [], marked);
    // The source ids show on the rows something was carried to, and only there.
    if (extra && !extraExisted && state === 'current') out[SOA_COLUMNS.length] = carried ? (extraValues.get(key.toUpperCase()) ?? '') : null;
    return out;
  });

  const { sheet } = renderTableSheet({
    printKeyColumns: 2,
    name: SHEETS.soa,
    table: { ...merged, rows },
    columns,
    frame: [
      { kind: 'title', text: SOA_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(input.stamp), row: STAMP_ROW },
      { kind: 'field', label: SOA_VERSION_LABEL, initialValue: FIRST_VERSION, row: VERSION_ROW, ...(input.approval?.version !== undefined ? { value: input.approval.version } : {}) },
      { kind: 'field', label: SOA_APPROVED_BY_LABEL, initialValue: null, row: VERSION_ROW, col: APPROVED_BY_COL },
      { kind: 'field', label: SOA_APPROVED_ON_LABEL, initialValue: null, row: VERSION_ROW, col: APPROVED_ON_COL, numberFormat: DATE_FORMAT },
      ...(input.approval?.changes ? [changesSection(input.approval.changes)] : []),
    ],
  });
  return { sheet, orphaned: merged.orphaned, added: merged.added };
}

/** Where the approval's labels go on a new SoA: on the version's row, over Theme and Reason: business. */
const APPROVED_BY_COL = 2;
const APPROVED_ON_COL = 6;

const CHANGE_FIELDS = new Set<string>(Object.values(SOA_HEADERS));

/** The changes since the approved version: a section above the table, rewritten on every run. */
function changesSection(changes: NonNullable<SoaApprovalView['changes']>): FrameItem {
  return {
    kind: 'section',
    id: SOA_CHANGES_HEADING,
    heading: [SOA_CHANGES_HEADING, changes.summary],
    width: SOA_CHANGES_COLUMNS.length,
    rows: changes.rows.length > 0 ? [[...SOA_CHANGES_COLUMNS], ...changes.rows.map((r) => [r.control, r.field, r.was, r.now])] : [],
    isRow: (cells) => (cells[0] === SOA_CHANGES_COLUMNS[0] && cells[1] === SOA_CHANGES_COLUMNS[1]) || (typeof cells[1] === 'string' && CHANGE_FIELDS.has(cells[1])),
  };
}

/** No decision typed on a row: its user cells blank, Applicable blank or Riskbook's own Yes for a cited control. */
function undecided(row: readonly PlanCell[], at: (header: string) => number, cited: boolean): boolean {
  for (const f of USER_FIELDS) {
    const cell = row[at(H[f])];
    if (f === 'applicable') {
      if (!isEmptyPlanCell(cell) && !(cited && yesNoOf(planValue(cell)) === 'yes')) return false;
    } else if (!isEmptyPlanCell(cell)) return false;
  }
  return true;
}

function planValue(cell: PlanCell | undefined): CellValue {
  return cell === undefined || (typeof cell === 'object' && cell !== null) ? null : cell;
}

export interface SoaRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** Bare control id (`5.17`, `ACME-01`); '' when the row has none. */
  readonly controlId: string;
  readonly applicable: 'yes' | 'no' | null;
  readonly reasons: { readonly legal: boolean; readonly contractual: boolean; readonly business: boolean; readonly bestPractice: boolean };
  readonly linkedRisks: string;
  readonly justification: string;
  readonly exclusionJustification: string;
  readonly implementationStatus: string;
  readonly implementationNotes: string;
  readonly evidence: string;
  readonly owner: string;
  readonly lastReviewed: number | null;
  /** The Row status cell says the row was orphaned at the last regeneration. */
  readonly orphaned: boolean;
  /** The team marked "risk assessment" as a reason on its own SoA (Riskbook's derives it from the links). */
  readonly riskMarked?: boolean;
  /** A1 address of each field's cell on this row, '' when the sheet has no such column. */
  readonly cells: Readonly<Record<SoaField, string>>;
}

export interface SoaSheet {
  readonly name: string;
  readonly headerRow: number;
  /** A1 of the Control ID header: where findings about the whole SoA point. */
  readonly headerCell: string;
  /** The SoA version people keep beside its label; '' when absent. */
  readonly version: string;
  /** The approval people record beside its labels, and the cells of the three values ('' when absent). */
  readonly approval?: {
    readonly approvedBy: string;
    readonly approvedOn: number | null;
    readonly cells: { readonly version: string; readonly approvedBy: string; readonly approvedOn: string };
  };
  /** The stamp line read back, with its cell; null when the SoA has none. */
  readonly stamp: { readonly registerHash: string; readonly methodologyHash: string; readonly generatedAt: string; readonly cell: string } | null;
  readonly rows: readonly SoaRow[];
}

/** The SoA as people left it; null when the workbook has none or its table cannot be found. */
export function readSoa(snapshot: WorkbookSnapshot, name: string = SHEETS.soa): SoaSheet | null {
  const sheet = findSheet(snapshot, name);
  if (!sheet) return null;
  const location = locateTable(sheet, H.controlId, Object.values(H));
  if (!location) return null;

  let version = '';
  let stamp: SoaSheet['stamp'] = null;
  const cells = { version: '', approvedBy: '', approvedOn: '' };
  let approvedBy = '';
  let approvedOn: number | null = null;
  for (let r = 0; r < location.headerRow; r++) {
    const row = sheet.values[r] ?? [];
    row.forEach((v, c) => {
      if (typeof v !== 'string') return;
      if (sameText(v, SOA_VERSION_LABEL)) {
        version = textOf(cellAt(sheet, r, c + 1));
        cells.version = cellAddress(r, c + 1);
      } else if (sameText(v, SOA_APPROVED_BY_LABEL) && cells.approvedBy === '') {
        approvedBy = textOf(cellAt(sheet, r, c + 1));
        cells.approvedBy = cellAddress(r, c + 1);
      } else if (sameText(v, SOA_APPROVED_ON_LABEL) && cells.approvedOn === '') {
        approvedOn = serialOf(cellAt(sheet, r, c + 1));
        cells.approvedOn = cellAddress(r, c + 1);
      }
      const parsed = stamp === null ? parseStampLine(v) : null;
      if (parsed) stamp = { ...parsed, cell: cellAddress(r, c) };
    });
  }

  const rows: SoaRow[] = tableRows(sheet, location, H).map((t) => ({
    row: t.row,
    controlId: soaControlKey(textOf(t.get('controlId'))),
    applicable: yesNoOf(t.get('applicable')),
    reasons: {
      legal: yesNoOf(t.get('reasonLegal')) === 'yes',
      contractual: yesNoOf(t.get('reasonContractual')) === 'yes',
      business: yesNoOf(t.get('reasonBusiness')) === 'yes',
      bestPractice: yesNoOf(t.get('reasonBestPractice')) === 'yes',
    },
    linkedRisks: textOf(t.get('linkedRisks')),
    justification: textOf(t.get('justification')),
    exclusionJustification: textOf(t.get('exclusionJustification')),
    implementationStatus: textOf(t.get('implementationStatus')),
    implementationNotes: textOf(t.get('implementationNotes')),
    evidence: textOf(t.get('evidence')),
    owner: textOf(t.get('owner')),
    lastReviewed: serialOf(t.get('lastReviewed')),
    orphaned: textOf(t.get('rowStatus')).toLowerCase().startsWith('orphaned'),
    cells: t.cells,
  }));
  const approval = cells.approvedBy !== '' || cells.approvedOn !== '' ? { approvedBy, approvedOn, cells } : undefined;
  return {
    name: sheet.name, headerRow: location.headerRow, headerCell: cellAddress(location.headerRow, location.columns.get(H.controlId.toLowerCase()) ?? 0), version, stamp, rows,
    ...(approval ? { approval } : {}),
  };
}

/** How many missing Annex A ids soa-missing-controls names. */
const MISSING_SAMPLE = 5;

/**
 * SoA findings against the current register and catalogue. Links are recomputed from the risks,
 * not read from the sheet's Linked risks column, which may be stale. A workbook with risks and no
 * SoA gets one finding, at `missingAnchor` (the register: the SoA sheet does not exist, so there
 * is nothing there to select).
 */
export function soaRules(
  soa: SoaSheet | null,
  risks: readonly Risk[],
  catalogue: ControlCatalogue,
  registerHash: string,
  missingAnchor: { readonly sheet: string; readonly cell: string } = { sheet: SHEETS.soa, cell: 'A1' },
  /** No register in the workbook: the SoA is checked on its own, and nothing is compared with a register. */
  registerless = false,
): Finding[] {
  // Only once there is a register worth an SoA: an empty new register is not yet a gap.
  if (!soa) return risks.length > 0 ? [finding('soa-not-found', missingAnchor.sheet, missingAnchor.cell, {})] : [];
  const findings: Finding[] = [];
  const sheet = soa.name;
  const links = controlLinks(risks);
  const listed = new Set(soa.rows.map((r) => r.controlId.toUpperCase()).filter((id) => id !== ''));

  const missing = catalogue.controls.filter((c) => c.annexA && !listed.has(c.id.toUpperCase())).map((c) => c.id);
  if (missing.length > 0) {
    findings.push(finding('soa-missing-controls', sheet, soa.headerCell, { count: missing.length, sample: missing.slice(0, MISSING_SAMPLE).join(', ') }));
  }
  if (!registerless && soa.stamp && soa.stamp.registerHash !== registerHash) {
    findings.push(finding('soa-stale', sheet, soa.stamp.cell, { then: soa.stamp.registerHash, now: registerHash }));
  }

  // Controls not yet decided are one task however many there are (a new SoA has all of them).
  const undecided: CellFound[] = [];
  const withoutEvidence: CellFound[] = [];
  for (const row of soa.rows) {
    // Rows with no control id, and headings typed where the id goes, are people's: nothing to check.
    if (row.controlId === '' || isSoaHeading(row.controlId, catalogue)) continue;
    const control = catalogue.get(row.controlId);
    if (!control) {
      findings.push(finding('soa-orphaned-row', sheet, row.cells.controlId, { control: row.controlId }));
      continue;
    }
    const params = { control: control.id };
    const linked = links.get(control.id.toUpperCase()) ?? [];
    const applicableCell = row.cells.applicable || row.cells.controlId;
    if (row.applicable === null) {
      undecided.push({ cell: applicableCell, params });
    } else if (row.applicable === 'no') {
      if (linked.length > 0) findings.push(finding('soa-cited-control-excluded', sheet, applicableCell, { ...params, id: listedIds(linked, citedBy(control.id)) }));
      if (row.exclusionJustification === '' && row.justification === '') {
        findings.push(finding('soa-exclusion-unjustified', sheet, row.cells.exclusionJustification || applicableCell, params));
      }
    } else {
      // A reason marked, or one written out, justifies the inclusion as well as a risk does.
      const anyReason = row.reasons.legal || row.reasons.contractual || row.reasons.business || row.reasons.bestPractice || row.riskMarked === true || row.justification !== '';
      if (linked.length === 0 && !anyReason) findings.push(finding('soa-inclusion-unjustified', sheet, applicableCell, params));
    }
    if (sameText(row.implementationStatus, IMPLEMENTED_STATUS) && row.evidence === '') {
      withoutEvidence.push({ cell: row.cells.evidence || row.cells.controlId, params });
    }
  }
  appendAll(findings, findingsOnCells('soa-applicability-missing', sheet, undecided));
  appendAll(findings, findingsOnCells('soa-evidence-missing', sheet, withoutEvidence));
  return findings;
}
