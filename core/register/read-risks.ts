/**
 * Reading the risks of a located register, row by row, reporting each problem at its cell.
 * Nothing is guessed: a level off the scale, a treatment that is not an ISO 27005 option or a
 * date that could mean two days is reported and read as missing. Where the layout itself says a
 * value applies to several rows (a merge down the rows, a group value written once) it is read
 * for each of them, reported where it was typed, and said once (`register-rows.ts`).
 */
import type { ControlCatalogue, ControlCitation } from '../annex-a/types';
import { parseControlCell } from '../annex-a/control-cell';
import type { Finding } from '../findings/finding';
import type { FindingParams } from '../findings/report';
import { finding, joinedWithAnd } from '../findings/report';
import { combineImpacts, levelOption, parseLevel } from '../methodology/levels';
import type { Methodology, ScaleLevel } from '../methodology/types';
import { cellAddress } from '../workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, isCellError } from '../workbook/snapshot';
import { cellText, isBlankCell } from './cell-text';
import { parseDateCell } from './date-cells';
import { FIELD_LABELS, impactColumnsOf } from './fields';
import { headerTexts } from './header-row';
import type { RegisterRows, SkippedRow } from './register-rows';
import { registerRows } from './register-rows';
import { parseTreatment } from './treatment-words';
import { parseRiskType } from './risk-type-words';
import type { LevelRef, RegisterField, RegisterLocation, Risk } from './types';
import { appendAll } from '../arrays';

export interface RisksRead {
  readonly risks: Risk[];
  readonly findings: Finding[];
  /** Rows below the header holding text that are not risks (legends, headings, totals), for `map`. */
  readonly skipped: SkippedRow[];
}

function scaleOptions(scale: readonly ScaleLevel[]): string {
  return scale.map(levelOption).join(', ');
}

/**
 * Reads one row at a time: one reader goes down the register (`at`), so a long register does not
 * make an object per row.
 */
class RowReader {
  /** Where this row's findings go, in the order they are raised. */
  findings: Finding[] = [];
  label = '';
  row = -1;

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly location: RegisterLocation,
    private readonly rows: RegisterRows,
    /** Cells already reported, by code: a value several rows share (a merge, a group value) is reported once. */
    private readonly reportedShared: Set<string>,
  ) {}

  at(row: number, findings: Finding[]): this {
    this.row = row;
    this.findings = findings;
    return this;
  }

  col(field: RegisterField): number | undefined {
    return this.location.mapping[field];
  }

  /** The value a cell of this row stands for: its own, a merge's, or its group's. */
  value(col: number): CellValue {
    return this.rows.valueAt(this.row, col);
  }

  cell(field: RegisterField): CellValue {
    const col = this.col(field);
    return col === undefined ? null : this.value(col);
  }

  /**
   * Reported where the value was typed. A value several rows share is one cause, so it is
   * reported once, for the first risk that reads it.
   */
  report(code: string, col: number, params: FindingParams): void {
    const from = this.rows.sourceOf(this.row, col);
    const at = cellAddress(from.row, from.col);
    const key = `${code}\u0000${at}`;
    if ((from.row !== this.row || from.col !== col) && this.reportedShared.has(key)) return;
    this.reportedShared.add(key);
    this.findings.push(finding(code, this.sheet.name, at, params));
  }

  /** Text of a field; error values are reported and read as blank. */
  text(field: RegisterField): string {
    const col = this.col(field);
    if (col === undefined) return '';
    const v = this.value(col);
    if (isCellError(v)) {
      this.report('risk-cell-error', col, { id: this.label, field: FIELD_LABELS[field], value: v.error });
      return '';
    }
    return cellText(v).trim();
  }

  level(field: RegisterField, col: number, scale: readonly ScaleLevel[], scaleName: string, required: boolean): LevelRef | null {
    const v = this.value(col);
    const label = FIELD_LABELS[field];
    if (isCellError(v)) {
      this.report('risk-cell-error', col, { id: this.label, field: label, value: v.error });
      return null;
    }
    if (isBlankCell(v)) {
      if (required) this.report('risk-unscored', col, { id: this.label, field: label.toLowerCase() });
      return null;
    }
    const parsed = parseLevel(scale, v);
    if (parsed.kind === 'level') return parsed.level;
    this.report('risk-level-off-scale', col, {
      id: this.label,
      field: label,
      value: parsed.kind === 'invalid' ? parsed.text : '',
      scale: scaleName,
      options: scaleOptions(scale),
    });
    return null;
  }

  optionalLevel(field: RegisterField, scale: readonly ScaleLevel[], scaleName: string): LevelRef | null {
    const col = this.col(field);
    return col === undefined ? null : this.level(field, col, scale, scaleName, false);
  }

  date(field: RegisterField): number | null {
    const col = this.col(field);
    if (col === undefined) return null;
    const v = this.value(col);
    if (isCellError(v)) {
      this.report('risk-cell-error', col, { id: this.label, field: FIELD_LABELS[field], value: v.error });
      return null;
    }
    const parsed = parseDateCell(v);
    if (parsed.kind === 'date') return parsed.serial;
    if (parsed.kind === 'invalid') this.report('risk-date-invalid', col, { id: this.label, field: FIELD_LABELS[field], value: parsed.text });
    return null;
  }
}

/** The key of a risk in a register without ids, used wherever an id would be. */
export function rowKey(row: number): string {
  return `Row ${row + 1}`;
}

/** `5-9`, `12` */
function rowRange(first: number, last: number): string {
  return first === last ? `${first + 1}` : `${first + 1}-${last + 1}`;
}

const SHOWN_GROUPS = 4;
const MIN_RISKS_FOR_UNUSED_ID_COLUMN = 3;

/** What the reader did with the register's layout that a person should be able to see: said once. */
function layoutFindings(sheet: SheetSnapshot, location: RegisterLocation, rows: RegisterRows, risks: readonly Pick<Risk, 'id'>[], keyByRow: boolean): Finding[] {
  const out: Finding[] = [];
  const headers = headerTexts(sheet, location.headerRow);
  const firstCol = Math.max(0, headers.findIndex((h) => h !== ''));
  if (keyByRow && risks.length > 0) {
    out.push(finding('register-keyed-by-row', sheet.name, cellAddress(location.headerRow, firstCol), { example: risks[0]!.id }));
  }
  const carried = rows.carried;
  if (carried.length > 0) {
    const fields = carried.map((c) => FIELD_LABELS[c.field as RegisterField] ?? c.field);
    const ranges = [...new Map(carried.flatMap((c) => c.groups).sort((a, b) => a.first - b.first).map((g) => [g.first, g])).values()];
    const shown = ranges.slice(0, SHOWN_GROUPS).map((g) => rowRange(g.first, g.last));
    const more = ranges.length - shown.length;
    const first = carried[0]!;
    out.push(
      finding('register-group-values-carried', sheet.name, cellAddress(first.groups[0]!.first, first.col), {
        fields: joinedWithAnd(fields),
        groups: `rows ${shown.join(', ')}${more > 0 ? ` and ${more} more group${more === 1 ? '' : 's'}` : ''}`,
      }),
    );
  }
  return out;
}

/** What a risk is without its levels: everything a reading by any method has in common. */
type RiskFacts = Omit<Risk, LevelField>;
type LevelField = 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact';

/** A row's own findings and where its level findings go among them; `NO_FINDINGS` for most rows. */
interface RowFindings {
  readonly findings: readonly Finding[];
  readonly levelsAt: number;
}
const NO_FINDINGS: RowFindings = { findings: [], levelsAt: 0 };

/** The register read without a method: the risks' texts, treatments, controls and dates. */
interface RiskRows {
  readonly sheet: SheetSnapshot;
  readonly rows: RegisterRows;
  readonly facts: readonly RiskFacts[];
  /** How each risk is named in messages: its id, or its row. */
  readonly labels: readonly string[];
  /**
   * Each risk's findings, and where in them its level findings go (after its id, owner and
   * story, before its treatment and controls), where a person reads them.
   */
  readonly rowFindings: readonly RowFindings[];
  /** What the layout itself calls for, said once after the rows. */
  readonly layout: readonly Finding[];
}

function readRiskRows(sheet: SheetSnapshot, location: RegisterLocation, catalogue: ControlCatalogue, rows: RegisterRows): RiskRows {
  const firstRowOfId = new Map<string, number>();
  const reportedShared = new Set<string>();
  const facts: RiskFacts[] = [];
  const labels: string[] = [];
  const rowFindings: RowFindings[] = [];
  const r = new RowReader(sheet, location, rows, reportedShared);
  // Each row's findings are gathered here and copied out only for a row that has any.
  const scratch: Finding[] = [];

  // An id column left empty on every risk (a template's column nobody filled) gives no ids: the
  // risks are keyed by row and that is said once, not as a missing id on every row.
  const idColumn = location.mapping.id;
  // One or two risks without an id are risks whose id is missing; the column counts as unused
  // only when a register of several risks has none at all.
  const keyByRow =
    idColumn === undefined ||
    (rows.riskRows.length >= MIN_RISKS_FOR_UNUSED_ID_COLUMN && rows.riskRows.every((row) => isBlankCell(cellAt(sheet, row, idColumn))));

  for (const row of rows.riskRows) {
    scratch.length = 0;
    r.at(row, scratch);
    const idCol = keyByRow ? undefined : r.col('id');
    r.label = `on row ${row + 1}`;
    // Without an id column a risk is known by its row: a key that holds until rows move.
    const id = idCol === undefined ? rowKey(row) : r.text('id');
    if (idCol !== undefined && id !== '') r.label = id;

    if (idCol !== undefined) {
      // An error value is reported once, as the error: it stands for the missing value.
      if (id === '') {
        if (!isCellError(r.cell('id'))) r.report('risk-id-missing', idCol, { row: row + 1 });
      } else {
        const key = id.toLowerCase();
        const other = firstRowOfId.get(key);
        if (other !== undefined) r.report('risk-id-duplicate', idCol, { id, otherRow: other + 1 });
        else firstRowOfId.set(key, row);
      }
    }

    const asset = r.text('asset');
    const threat = r.text('threat');
    const vulnerability = r.text('vulnerability');
    const description = r.text('description');
    const owner = r.text('owner');
    const ownerCol = r.col('owner');
    if (ownerCol !== undefined && owner === '' && !isCellError(r.cell('owner'))) r.report('risk-owner-missing', ownerCol, { id: r.label });
    // A risk is told by its threat, its description or its title: any one of them will do.
    const title = r.text('title');
    const storyCol = r.col('threat') ?? r.col('description') ?? r.col('title');
    const storyError = isCellError(r.cell('threat')) || isCellError(r.cell('description')) || isCellError(r.cell('title'));
    if (storyCol !== undefined && threat === '' && description === '' && title === '' && !storyError) r.report('risk-description-missing', storyCol, { id: r.label });
    const beforeLevels = r.findings.length;

    const treatmentText = r.text('treatment');
    const treatment = treatmentText === '' ? null : parseTreatment(treatmentText);
    const treatmentCol = r.col('treatment');
    if (treatmentText !== '' && treatment === null && treatmentCol !== undefined) {
      r.report('treatment-unknown', treatmentCol, { id: r.label, value: treatmentText });
    }

    const controlsText = r.text('controls');
    const controls: readonly ControlCitation[] = controlsText === '' ? [] : parseControlCell(r.cell('controls'), catalogue, sheet.values[row]);

    const approvedBy = r.text('approvedBy');
    const approvalDate = r.date('approvalDate');
    const acceptanceRationale = r.text('acceptanceRationale');
    const lastReview = r.date('lastReview');
    const status = r.text('status');
    const typeText = r.col('riskType') === undefined ? '' : r.text('riskType');
    const riskType = typeText === '' ? null : parseRiskType(typeText);

    facts.push({ row, id, title, asset, threat, vulnerability, description, owner, treatment, treatmentText, controls, approvedBy, approvalDate, acceptanceRationale, lastReview, status, riskType });
    labels.push(r.label);
    rowFindings.push(scratch.length === 0 ? NO_FINDINGS : { findings: scratch.slice(), levelsAt: beforeLevels });
  }
  return { sheet, rows, facts, labels, rowFindings, layout: layoutFindings(sheet, location, rows, facts, keyByRow) };
}

/**
 * A risk from its facts and levels. Written out rather than spread: spreading a 15-field object
 * into a new one cost as much as the rest of the levels' reading (about 3 KB a risk in V8).
 * The fields keep the spread's order (the facts', then the levels).
 */
function riskOf(
  fact: RiskFacts,
  likelihood: LevelRef | null,
  impact: LevelRef | null,
  residualLikelihood: LevelRef | null,
  residualImpact: LevelRef | null,
): Risk {
  return {
    row: fact.row,
    id: fact.id,
    title: fact.title,
    asset: fact.asset,
    threat: fact.threat,
    vulnerability: fact.vulnerability,
    description: fact.description,
    owner: fact.owner,
    treatment: fact.treatment,
    treatmentText: fact.treatmentText,
    controls: fact.controls,
    approvedBy: fact.approvedBy,
    approvalDate: fact.approvalDate,
    acceptanceRationale: fact.acceptanceRationale,
    lastReview: fact.lastReview,
    status: fact.status,
    riskType: fact.riskType,
    likelihood,
    impact,
    residualLikelihood,
    residualImpact,
  };
}

/** The risks' levels by one method, and what that method cannot read. */
function withLevels(read: RiskRows, location: RegisterLocation, m: Methodology): RisksRead {
  const { sheet, rows, facts, labels } = read;
  const impactCols = impactColumnsOf(location.mapping);
  const reportedShared = new Set<string>();
  const risks: Risk[] = [];
  const findings: Finding[] = [];
  // The levels' findings go straight into the list, between the row's others.
  const r = new RowReader(sheet, location, rows, reportedShared);
  facts.forEach((fact, i) => {
    const own = read.rowFindings[i]!;
    for (let k = 0; k < own.levelsAt; k++) findings.push(own.findings[k]!);
    r.at(fact.row, findings);
    r.label = labels[i]!;
    const likelihoodCol = r.col('likelihood');
    const likelihood = likelihoodCol === undefined ? null : r.level('likelihood', likelihoodCol, m.likelihood, 'likelihood', true);
    let impact: LevelRef | null = null;
    if (impactCols && impactCols.length === 1) {
      impact = r.level('impact', impactCols[0]!, m.impact, 'impact', true);
    } else if (impactCols) {
      const dims: RegisterField[] = ['impactC', 'impactI', 'impactA'];
      const levels = dims.map((f, k) => r.level(f, impactCols[k]!, m.impact, 'impact', false));
      impact = combineImpacts(levels);
      const allBlank = impactCols.every((col) => isBlankCell(r.value(col)));
      if (allBlank) r.report('risk-unscored', impactCols[0]!, { id: r.label, field: FIELD_LABELS.impact.toLowerCase() });
    }
    const residualLikelihood = r.optionalLevel('residualLikelihood', m.likelihood, 'likelihood');
    const residualImpact = r.optionalLevel('residualImpact', m.impact, 'impact');
    risks.push(riskOf(fact, likelihood, impact, residualLikelihood, residualImpact));
    for (let k = own.levelsAt; k < own.findings.length; k++) findings.push(own.findings[k]!);
  });
  appendAll(findings, read.layout);
  return { risks, findings, skipped: [...rows.skipped] };
}

/**
 * The risks of one register read by one method or another, each reading done once: inference
 * reads the register by the default method and then by the one it found, and the engine by the
 * method it settles on, which is often that same one. All but the levels does not depend on the
 * method, so it is read once for all of them.
 */
export interface RiskReader {
  /** The risks as read by a method. */
  read(m: Methodology): RisksRead;
  /** Which rows hold risks and the ids they go by, for a caller that needs no levels. */
  rows(): readonly Pick<Risk, 'row' | 'id'>[];
}

export function riskReader(snapshot: WorkbookSnapshot, location: RegisterLocation, catalogue: ControlCatalogue): RiskReader {
  let rows: RiskRows | undefined;
  const facts = (): RiskRows => {
    const sheet = sheetOf(snapshot, location);
    rows ??= readRiskRows(sheet, location, catalogue, registerRows(sheet, location));
    return rows;
  };
  const byMethod = new Map<Methodology, RisksRead>();
  return {
    read: (m) => {
      const known = byMethod.get(m);
      if (known) return known;
      const fresh = withLevels(facts(), location, m);
      byMethod.set(m, fresh);
      return fresh;
    },
    rows: () => facts().facts,
  };
}

function sheetOf(snapshot: WorkbookSnapshot, location: RegisterLocation): SheetSnapshot {
  const sheet = findSheet(snapshot, location.sheet);
  // The location comes from locateRegister on this snapshot; anything else is a caller's bug.
  if (!sheet) throw new Error(`readRisks: no sheet "${location.sheet}"`);
  return sheet;
}

export function readRisks(snapshot: WorkbookSnapshot, location: RegisterLocation, m: Methodology, catalogue: ControlCatalogue): RisksRead {
  return riskReader(snapshot, location, catalogue).read(m);
}
