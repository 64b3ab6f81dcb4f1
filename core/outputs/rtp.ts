/**
 * The Risk Treatment Plan (Clause 6.1.3 e): one row per (treated risk, control). Riskbook fills
 * in what the register says; the plan itself (action, owner, dates, approval, effectiveness)
 * belongs to people and is carried over by risk id + control id.
 */
import type { ControlCatalogue } from '../annex-a/types';
import { DATE_FORMAT, isoFromSerial } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { finding, findingsOnCells } from '../findings/report';
import { assertPortable, formulaString } from '../formula/allow-list';
import { levelIsFormula } from '../formula/register-formulas';
import { TREATMENT_LABELS } from '../methodology/options';
import { bandFor, scoreFor } from '../methodology/scoring';
import type { Methodology } from '../methodology/types';
import type { LevelRef, Risk } from '../register/types';
import { cellAddress, rangeAddress } from '../workbook/a1';
import { NAMES, SHEETS } from '../workbook/names';
import type { ConditionalFormatSpec } from '../workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet } from '../workbook/snapshot';
import type { Stamp } from '../workbook/stamp';
import { stampLine } from '../workbook/stamp';
import { sameText, serialOf, textKey, textOf } from './cells';
import type { GeneratedSheet } from './layout';
import { HEADER_ROW, STAMP_ROW, TITLE_ROW, renderTableSheet } from './layout';
import type { TreatedPair } from './links';
import { plannedRiskCount, treatedPairs } from './links';
import { CANCELLED_STATUS, CLOSED_ACTION_STATUSES } from './options';
import type { ColumnDef, FreshRow, KeyedTableSpec, TableLocation } from './preserve';
import { columnOf, locateTable, mergeKeyedTable, normalizeKey, tableRows } from './preserve';
import { planHeaderSense } from '../team-plan/plan-header-sense';
import type { RuleContext } from './rule-context';
import { appendAll } from '../arrays';
import { oncePer } from '../memo';

export const RTP_TITLE = 'Risk Treatment Plan (ISO/IEC 27001:2022 clause 6.1.3 e)';
export const RTP_ORPHANED = 'Orphaned: no longer in the register';
export const RTP_UNKEYED = 'Kept as typed: no risk id';
/** Overdue actions: the same light red as the register's unacceptable band by default. */
export const OVERDUE_FILL = '#FFC7CE';

export const RTP_HEADERS = {
  riskId: 'Risk ID',
  summary: 'Risk summary',
  inherentLevel: 'Inherent level',
  treatment: 'Treatment',
  controlId: 'Control ID',
  controlTitle: 'Control title',
  action: 'Action',
  owner: 'Action owner',
  dueDate: 'Due date',
  resources: 'Resources',
  status: 'Status',
  expectedResidualLevel: 'Expected residual level',
  approvedBy: 'Approved by',
  approvalDate: 'Approval date',
  effectivenessReviewDate: 'Effectiveness review date',
  effectivenessResult: 'Effectiveness result',
  evidence: 'Evidence',
  rowStatus: 'Row status',
} as const;

export type RtpField = keyof typeof RTP_HEADERS;
const H = RTP_HEADERS;

export const RTP_COLUMNS: readonly ColumnDef[] = [
  { header: H.riskId, kind: 'derived', width: 10 },
  { header: H.summary, kind: 'derived', width: 36, wrap: true },
  { header: H.inherentLevel, kind: 'derived', width: 11 },
  { header: H.treatment, kind: 'derived', width: 11 },
  // Wraps: a team's controls may be named in words, not numbered.
  { header: H.controlId, kind: 'derived', width: 10, wrap: true },
  { header: H.controlTitle, kind: 'derived', width: 30, wrap: true },
  { header: H.action, kind: 'user', width: 40, wrap: true },
  { header: H.owner, kind: 'user', width: 18, wrap: true },
  { header: H.dueDate, kind: 'user', width: 12, numberFormat: DATE_FORMAT, validation: { kind: 'date' } },
  { header: H.resources, kind: 'user', width: 20, wrap: true },
  { header: H.status, kind: 'user', width: 14, validation: { kind: 'list', namedRange: NAMES.actionStatus } },
  { header: H.expectedResidualLevel, kind: 'user', width: 12 },
  { header: H.approvedBy, kind: 'user', width: 18, wrap: true },
  { header: H.approvalDate, kind: 'user', width: 12, numberFormat: DATE_FORMAT, validation: { kind: 'date' } },
  { header: H.effectivenessReviewDate, kind: 'user', width: 14, numberFormat: DATE_FORMAT, validation: { kind: 'date' } },
  {
    header: H.effectivenessResult,
    kind: 'user',
    width: 16,
    validation: { kind: 'list', namedRange: NAMES.effectivenessResult },
    validationPrompt: 'Was the expected residual level reached?',
  },
  // Last but for Row status: an RTP written before it had the column keeps its columns where they were.
  { header: H.evidence, kind: 'user', width: 24, wrap: true },
  { header: H.rowStatus, kind: 'derived', width: 22, wrap: true },
];

/** The key of an RTP row: `R-14 · 5.17`, or the risk id alone for a risk that cites no control. */
export function rtpKey(riskId: string, controlId: string): string {
  const r = riskId.trim();
  const c = controlId.trim();
  return c === '' ? r : `${r} · ${c}`;
}

/** Each treated pair's RTP key as rows are matched by it (normalised), in `treatedPairs` order; once per risk list. */
const treatedPairKeys = oncePer((risks: readonly Risk[]): readonly string[] => treatedPairs(risks).map((p) => normalizeKey(rtpKey(p.risk.id, p.controlId))));

/** Each row's key as rows are matched by it (normalised; '' for a row without one), once per list of rows. */
const matchedRowKeys = oncePer((rows: readonly RtpRow[]): readonly string[] => rows.map((r) => (r.key === '' ? '' : normalizeKey(r.key))));

/** Which rows are a treated pair's, and which pairs have a row. */
interface RowMatch {
  /** By row: its key is a treated pair's. */
  readonly wanted: readonly boolean[];
  /** By pair, in `treatedPairs` order: a row has its key. */
  readonly present: readonly boolean[];
}

const rowMatches = new WeakMap<readonly RtpRow[], WeakMap<readonly Risk[], RowMatch>>();

/** The rows matched to the pairs, once per list of rows and list of risks: the rules and the rows they check ask for it. */
function rowMatch(risks: readonly Risk[], rows: readonly RtpRow[]): RowMatch {
  let byRisks = rowMatches.get(rows);
  if (!byRisks) rowMatches.set(rows, (byRisks = new WeakMap()));
  let match = byRisks.get(risks);
  if (!match) byRisks.set(risks, (match = matchRows(treatedPairKeys(risks), matchedRowKeys(rows))));
  return match;
}

/**
 * Rows follow the pairs in order where the plan wrote them (a person's own rows and orphaned ones
 * between): a walk down both matches those, and the keys are put into sets only for a row or pair
 * the walk leaves, so that a plan just written is matched without two sets of 70,000 keys.
 */
export function matchRows(pairKeys: readonly string[], rowKeys: readonly string[]): RowMatch {
  const wanted: boolean[] = new Array<boolean>(rowKeys.length).fill(false);
  const present: boolean[] = new Array<boolean>(pairKeys.length).fill(false);
  let next = 0;
  let pairSet: ReadonlySet<string> | undefined;
  for (let r = 0; r < rowKeys.length; r++) {
    const key = rowKeys[r]!;
    if (key === '') continue;
    if (next < pairKeys.length && pairKeys[next] === key) {
      wanted[r] = true;
      present[next++] = true;
      continue;
    }
    pairSet ??= new Set(pairKeys);
    wanted[r] = pairSet.has(key);
  }
  let rowSet: ReadonlySet<string> | undefined;
  for (let p = 0; p < pairKeys.length; p++) {
    if (present[p]) continue;
    rowSet ??= new Set(rowKeys);
    present[p] = rowSet.has(pairKeys[p]!);
  }
  return { wanted, present };
}

/** The risks the pairs are of, each once: a risk's pairs come one after the other. */
function treatedRisks(pairs: readonly TreatedPair[]): Risk[] {
  const out: Risk[] = [];
  for (const p of pairs) if (out[out.length - 1] !== p.risk) out.push(p.risk);
  return out;
}

/**
 * The header of a column a person added to Riskbook's RTP for the evidence before Riskbook had one
 * ("Proof", "Nachweis": a plan's words for it, `plan-header-words.ts`); null when the RTP has
 * Riskbook's own Evidence column, or no column for it. Riskbook then reads theirs and adds none.
 */
export function adoptedEvidenceHeader(sheet: SheetSnapshot | undefined, location: TableLocation | null): string | null {
  if (!sheet || !location || columnOf(location, H.evidence) !== undefined) return null;
  const own = new Set(Object.values(H).map((h) => h.toLowerCase()));
  for (const [header, col] of location.columns) {
    if (own.has(header)) continue;
    const text = textOf(cellAt(sheet, location.headerRow, col));
    if (planHeaderSense(text)?.field === 'evidence') return text;
  }
  return null;
}

/** Riskbook's RTP columns, but for the evidence where a person keeps it in a column of their own. */
function rtpColumns(evidenceAdopted: boolean): readonly ColumnDef[] {
  return evidenceAdopted ? RTP_COLUMNS.filter((c) => c.header !== H.evidence) : RTP_COLUMNS;
}

const rtpSpec = (columns: readonly ColumnDef[]): KeyedTableSpec => ({
  columns,
  headerRow: HEADER_ROW,
  keyHeader: H.riskId,
  key: (cell) => {
    const riskId = textOf(cell(H.riskId));
    return riskId === '' ? null : rtpKey(riskId, textOf(cell(H.controlId)));
  },
  rows: 'derived',
  status: { header: H.rowStatus, orphaned: RTP_ORPHANED, unkeyed: RTP_UNKEYED },
});

function levelName(m: Methodology, l: LevelRef | null, i: LevelRef | null): string {
  if (!l || !i) return '';
  return bandFor(m, scoreFor(m, l.index, i.index))?.name ?? '';
}

/** Excel's limit on the characters of one cell; a longer write fails (Google Sheets allows 50,000). */
export const CELL_TEXT_MAX = 32767;

export function riskSummary(risk: Risk): string {
  // The risk's own short name when it has one, else what threatens, else its description.
  const title = risk.title.trim();
  const threat = title === '' ? risk.threat.trim() : '';
  const text = title !== '' ? title : threat !== '' ? threat : risk.description.trim();
  return text.length > CELL_TEXT_MAX ? `${text.slice(0, CELL_TEXT_MAX - 1)}…` : text;
}

export interface RtpInput {
  /** The workbook as read; its RTP sheet (if any) holds what people typed. */
  readonly workbook?: WorkbookSnapshot;
  /** The sheet Riskbook keeps the RTP on (core/ownership); its usual name by default. */
  readonly sheetName?: string;
  readonly risks: readonly Risk[];
  readonly methodology: Methodology;
  readonly catalogue: ControlCatalogue;
  readonly stamp: Stamp;
}

export function rtpSheetPlan(input: RtpInput): GeneratedSheet {
  const m = input.methodology;
  const fresh: FreshRow[] = treatedPairs(input.risks).map(({ risk, controlId }) => ({
    key: rtpKey(risk.id, controlId),
    cells: {
      [H.riskId]: risk.id.trim(),
      [H.summary]: riskSummary(risk),
      [H.inherentLevel]: levelName(m, risk.likelihood, risk.impact),
      [H.treatment]: risk.treatment ? TREATMENT_LABELS[risk.treatment] : '',
      [H.controlId]: controlId,
      [H.controlTitle]: controlId === '' ? '' : (input.catalogue.get(controlId)?.title ?? ''),
      [H.rowStatus]: '',
      // Suggestions for a new row only; from then on the cells are people's.
      [H.owner]: risk.owner.trim() === '' ? null : risk.owner.trim(),
      [H.expectedResidualLevel]: levelName(m, risk.residualLikelihood, risk.residualImpact) || null,
    },
  }));
  const existing = input.workbook ? findSheet(input.workbook, input.sheetName ?? SHEETS.rtp) : undefined;
  const columns = rtpColumns(adoptedEvidenceHeader(existing, existing ? locateTable(existing, H.riskId, Object.values(H)) : null) !== null);
  const table = mergeKeyedTable(existing, rtpSpec(columns), fresh);
  const { sheet } = renderTableSheet({
    printKeyColumns: 2,
    name: SHEETS.rtp,
    table,
    columns,
    frame: [
      { kind: 'title', text: RTP_TITLE, row: TITLE_ROW },
      { kind: 'stamp', text: stampLine(input.stamp), row: STAMP_ROW },
    ],
    decorate: (layout) => {
      const rows = layout.editLastRow - layout.firstDataRow + 1;
      const due = layout.firstCellRef(H.dueDate);
      const status = layout.firstCellRef(H.status);
      const open = CLOSED_ACTION_STATUSES.map((s) => `${status}<>${formulaString(s)}`).join(',');
      const conditionalFormats: ConditionalFormatSpec[] = [
        {
          range: rangeAddress(layout.firstDataRow, 0, rows, layout.width),
          formula: assertPortable(`=AND(ISNUMBER(${due}),${due}<TODAY(),${open})`),
          fill: OVERDUE_FILL,
        },
      ];
      for (const header of [H.inherentLevel, H.expectedResidualLevel]) {
        const c = layout.col(header);
        for (const band of m.bands) {
          conditionalFormats.push({
            range: rangeAddress(layout.firstDataRow, c, rows, 1),
            formula: levelIsFormula(cellAddress(layout.firstDataRow, c), band.name),
            fill: band.colour,
          });
        }
      }
      return { conditionalFormats };
    },
  });
  return { sheet, orphaned: table.orphaned, added: table.added };
}

export interface RtpRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly riskId: string;
  readonly controlId: string;
  readonly key: string;
  readonly action: string;
  readonly owner: string;
  readonly dueDate: number | null;
  /** The due date cell as typed, to tell an empty cell from text that is not a date. */
  readonly dueText: string;
  readonly status: string;
  readonly expectedResidualLevel: string;
  readonly approvedBy: string;
  readonly approvalDate: number | null;
  readonly effectivenessReviewDate: number | null;
  readonly effectivenessResult: string;
  /** Where the evidence that the action was carried out lives ('' when blank, or when the plan has no such column). */
  readonly evidence: string;
  /** The Row status cell says the row was orphaned at the last regeneration. */
  readonly orphaned: boolean;
  /** A1 address of each field's cell on this row, '' when the sheet has no such column. */
  readonly cells: Readonly<Record<RtpField, string>>;
}

/** The RTP as people left it; null when the workbook has no RTP sheet. */
export function readRtp(snapshot: WorkbookSnapshot, name: string = SHEETS.rtp): RtpRow[] | null {
  const sheet = findSheet(snapshot, name);
  if (!sheet) return null;
  const location = locateTable(sheet, H.riskId, Object.values(H));
  if (!location) return [];
  const evidence = adoptedEvidenceHeader(sheet, location);
  return tableRows(sheet, location, evidence === null ? H : { ...H, evidence }).map((t) => {
    const riskId = textOf(t.get('riskId'));
    const controlId = textOf(t.get('controlId'));
    return {
      row: t.row,
      riskId,
      controlId,
      key: riskId === '' ? '' : rtpKey(riskId, controlId),
      action: textOf(t.get('action')),
      owner: textOf(t.get('owner')),
      dueDate: serialOf(t.get('dueDate')),
      dueText: textOf(t.get('dueDate')),
      status: textOf(t.get('status')),
      expectedResidualLevel: textOf(t.get('expectedResidualLevel')),
      approvedBy: textOf(t.get('approvedBy')),
      approvalDate: serialOf(t.get('approvalDate')),
      effectivenessReviewDate: serialOf(t.get('effectivenessReviewDate')),
      effectivenessResult: textOf(t.get('effectivenessResult')),
      evidence: textOf(t.get('evidence')),
      orphaned: textOf(t.get('rowStatus')).toLowerCase().startsWith('orphaned'),
      cells: t.cells,
    };
  });
}

/** What the finding says for a risk that cites no control. */
export const NO_CONTROL = '(none)';

const CLOSED_KEYS: ReadonlySet<string> = new Set(CLOSED_ACTION_STATUSES.map(textKey));
const CANCELLED_KEY = textKey(CANCELLED_STATUS);

function isClosed(status: string): boolean {
  return status !== '' && CLOSED_KEYS.has(textKey(status));
}

/** What a row's findings name it by. Built only for a row that has one. */
function rowParams(row: RtpRow): { id: string; control: string } {
  return { id: row.riskId, control: row.controlId || NO_CONTROL };
}

/** The method's bands by name as `sameText` compares names, worked out once per method. */
const bandsByName = oncePer((m: Methodology): ReadonlyMap<string, string> => {
  const byName = new Map<string, string>();
  for (const b of m.bands) {
    const key = textKey(b.name);
    if (!byName.has(key)) byName.set(key, b.name);
  }
  return byName;
});

/**
 * The checks on one plan row, wherever the plan is kept (Riskbook's RTP or the team's own): an
 * owner, an expected residual level the method knows and the register agrees with, and a due date
 * that has not passed while the action is open. `registerLevel` is the level the register's
 * residual rating gives the row's risk ('' without one). A missing owner or due date is not
 * among them: each is one task however many rows share it (`unfilledFindings`).
 */
export function rtpRowRules(sheet: string, row: RtpRow, methodology: Methodology, registerLevel: string, now: number): Finding[] {
  const findings: Finding[] = [];
  // Rows of a long plan mostly pass: nothing here allocates until a finding is raised.
  const status = row.status === '' ? '' : textKey(row.status);
  const cancelled = status === CANCELLED_KEY;
  const level = cancelled ? null : expectedLevelFinding(sheet, row, methodology, registerLevel);
  if (level) findings.push(level);
  if (CLOSED_KEYS.has(status)) return findings;
  if (row.dueDate !== null && row.dueDate < Math.floor(now)) {
    findings.push(finding('rtp-overdue', sheet, row.cells.dueDate, { ...rowParams(row), date: isoFromSerial(row.dueDate), status: row.status || 'open' }));
  }
  return findings;
}

/**
 * Where an action lacks what each one needs, at the cell to fill (its risk id's without that
 * column): an owner unless it was cancelled, a due date while it is open. Text that is not a date
 * ("Q3") is a plan, just not a checkable one.
 */
const UNFILLED = [
  {
    code: 'rtp-owner-missing',
    at: (row: RtpRow): string | null => (row.owner === '' && textKey(row.status) !== CANCELLED_KEY ? row.cells.owner || row.cells.riskId : null),
  },
  {
    code: 'rtp-due-missing',
    at: (row: RtpRow): string | null => (row.dueDate === null && row.dueText === '' && !isClosed(row.status) ? row.cells.dueDate || row.cells.riskId : null),
  },
] as const;

/**
 * Actions without an owner, and without a due date, are one finding each, not one a row: a plan
 * just written has neither yet (a risk without an owner suggests none), and the fix is one task
 * for the plan's owner (`rtp-owner-missing`, `rtp-due-missing`, grouped).
 */
export function unfilledFindings(sheet: string, rows: readonly RtpRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const { code, at } of UNFILLED) {
    // Rows come top to bottom, so the cells do too.
    const found: CellFound[] = [];
    for (const row of rows) {
      const cell = at(row);
      // A team's row naming several risks is read as one row per risk, one after the other, all
      // sharing its cells: one cell, counted once.
      if (cell === null || cell === found[found.length - 1]?.cell) continue;
      found.push({ cell, params: rowParams(row) });
    }
    appendAll(findings, findingsOnCells(code, sheet, found));
  }
  return findings;
}

/** The level the register's residual rating gives each treated risk, by normalised risk id ('' without one). */
export function residualLevels(risks: readonly Risk[], methodology: Methodology): Map<string, string> {
  const levels = new Map<string, string>();
  for (const risk of risks) {
    const id = normalizeKey(risk.id);
    if (!levels.has(id)) levels.set(id, levelName(methodology, risk.residualLikelihood, risk.residualImpact));
  }
  return levels;
}

/**
 * A row's expected residual level against the method and the register: a level that is no band
 * of the current method (bands renamed or replaced since it was typed), or a band other than the
 * one the register's residual rating gives (`registerLevel`, '' when the register has none). One
 * finding per cell like every RTP rule: a renaming that strands many rows is one code, which the
 * Checks sheet, the panel and the CLI group with its count.
 */
function expectedLevelFinding(sheet: string, row: RtpRow, m: Methodology, registerLevel: string): Finding | null {
  const expected = row.expectedResidualLevel;
  if (expected === '') return null;
  const band = bandsByName(m).get(textKey(expected));
  if (band === undefined) {
    const levels = m.bands.map((b) => b.name).join(', ');
    return finding('rtp-expected-level-unknown', sheet, row.cells.expectedResidualLevel, { ...rowParams(row), value: expected, levels });
  }
  if (registerLevel === '' || band === registerLevel || sameText(band, registerLevel)) return null;
  return finding('rtp-expected-level-mismatch', sheet, row.cells.expectedResidualLevel, { ...rowParams(row), value: expected, level: registerLevel });
}

/** The RTP's rows that stand for a current (treated risk, control) pair: the rows its rules check. */
export function currentRtpRows(risks: readonly Risk[], rtpRows: readonly RtpRow[]): RtpRow[] {
  const { wanted } = rowMatch(risks, rtpRows);
  return rtpRows.filter((_, i) => wanted[i]);
}

/**
 * RTP findings. `now` is today's serial date. Without an RTP sheet (`rtpRows` null) each treated
 * risk gets one rtp-row-missing listing its controls; with one, each missing pair does.
 * `methodology` is the current method, which expected residual levels are checked against.
 */
export function rtpRules(
  risks: readonly Risk[],
  rtpRows: readonly RtpRow[] | null,
  methodology: Methodology,
  now: number,
  ctx: RuleContext,
  /** The sheet the rows were read from: Riskbook's RTP, whatever name it goes by. */
  sheet: string = SHEETS.rtp,
): Finding[] {
  if (rtpRows === null) {
    // One finding for the missing sheet, not one per risk: the fix is the same single action.
    const treated = plannedRiskCount(risks);
    // Anchored on the register: the sheet it is about does not exist, so nothing there to select.
    return treated > 0 ? [finding('rtp-not-found', ctx.registerSheet, ctx.headerCell, { count: treated })] : [];
  }
  const pairs = treatedPairs(risks);
  const findings: Finding[] = [];

  const { wanted, present } = rowMatch(risks, rtpRows);
  const residualLevel = residualLevels(treatedRisks(pairs), methodology);
  const rowKeys = matchedRowKeys(rtpRows);
  pairs.forEach((p, i) => {
    if (!present[i]) {
      findings.push(finding('rtp-row-missing', ctx.registerSheet, ctx.riskCell(p.risk), { id: p.risk.id.trim(), control: p.controlId || NO_CONTROL }));
    }
  });
  const checked: RtpRow[] = [];
  rtpRows.forEach((row, i) => {
    const key = rowKeys[i]!;
    if (key === '') return;
    if (!wanted[i]) {
      findings.push(finding('rtp-orphaned-row', sheet, row.cells.riskId, rowParams(row)));
      return;
    }
    checked.push(row);
    appendAll(findings, rtpRowRules(sheet, row, methodology, residualLevel.get(normalizeKey(row.riskId)) ?? '', now));
  });
  appendAll(findings, unfilledFindings(sheet, checked));
  return findings;
}
