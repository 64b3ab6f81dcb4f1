/**
 * Reading the risks of a located register, row by row, reporting each problem at its cell.
 * Nothing is guessed: a level off the scale, a treatment that is not an ISO 27005 option or a
 * date that could mean two days is reported and read as missing.
 */
import type { ControlCatalogue, ControlCitation } from '../annex-a/types';
import { parseControlList } from '../annex-a/control-list';
import type { Finding } from '../findings/finding';
import type { FindingParams } from '../findings/report';
import { finding } from '../findings/report';
import { combineImpacts, levelOption, parseLevel } from '../methodology/levels';
import type { Methodology, ScaleLevel } from '../methodology/types';
import { cellAddress, parseRange } from '../workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet, isCellError, usedRowCount } from '../workbook/snapshot';
import { cellText, isBlankCell } from './cell-text';
import { parseDateCell } from './date-cells';
import { FIELD_LABELS, impactColumnsOf, isDerivedField } from './fields';
import { parseTreatment } from './treatment-words';
import type { LevelRef, RegisterField, RegisterLocation, Risk } from './types';

export interface RisksRead {
  readonly risks: Risk[];
  readonly findings: Finding[];
}

/** Top-left cells (`row,col`) of merges spanning several columns: section headings, not risks. */
function bannerCells(sheet: SheetSnapshot): Set<string> {
  const out = new Set<string>();
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    if (r && r.cols > 1) out.add(`${r.row},${r.col}`);
  }
  return out;
}

function scaleOptions(scale: readonly ScaleLevel[]): string {
  return scale.map(levelOption).join(', ');
}

class RowReader {
  readonly findings: Finding[] = [];
  label = '';

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly location: RegisterLocation,
    readonly row: number,
  ) {}

  col(field: RegisterField): number | undefined {
    return this.location.mapping[field];
  }

  cell(field: RegisterField): CellValue {
    const col = this.col(field);
    return col === undefined ? null : cellAt(this.sheet, this.row, col);
  }

  at(col: number): string {
    return cellAddress(this.row, col);
  }

  report(code: string, col: number, params: FindingParams): void {
    this.findings.push(finding(code, this.sheet.name, this.at(col), params));
  }

  /** Text of a field; error values are reported and read as blank. */
  text(field: RegisterField): string {
    const col = this.col(field);
    if (col === undefined) return '';
    const v = cellAt(this.sheet, this.row, col);
    if (isCellError(v)) {
      this.report('risk-cell-error', col, { id: this.label, field: FIELD_LABELS[field], value: v.error });
      return '';
    }
    return cellText(v).trim();
  }

  level(field: RegisterField, col: number, scale: readonly ScaleLevel[], scaleName: string, required: boolean): LevelRef | null {
    const v = cellAt(this.sheet, this.row, col);
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
    const v = cellAt(this.sheet, this.row, col);
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

/** Input columns: the ones a person types into, which decide whether a row is a risk. */
function inputColumns(location: RegisterLocation): [RegisterField, number][] {
  return (Object.entries(location.mapping) as [RegisterField, number][]).filter(([f]) => !isDerivedField(f));
}

/**
 * Whether a row holds a risk. Blank rows, rows holding only an id (templates often number rows in
 * advance) and section headings (one merged banner cell) are skipped.
 */
function isRiskRow(sheet: SheetSnapshot, row: number, inputs: readonly [RegisterField, number][], banners: Set<string>): boolean {
  const filled = inputs.filter(([, col]) => !isBlankCell(cellAt(sheet, row, col)));
  if (filled.length === 0) return false;
  if (filled.every(([f]) => f === 'id')) return false;
  if (filled.length === 1 && banners.has(`${row},${filled[0]![1]}`)) return false;
  return true;
}

export function readRisks(snapshot: WorkbookSnapshot, location: RegisterLocation, m: Methodology, catalogue: ControlCatalogue): RisksRead {
  const sheet = findSheet(snapshot, location.sheet);
  // The location comes from locateRegister on this snapshot; anything else is a caller's bug.
  if (!sheet) throw new Error(`readRisks: no sheet "${location.sheet}"`);
  const inputs = inputColumns(location);
  const banners = bannerCells(sheet);
  const impactCols = impactColumnsOf(location.mapping);
  const firstRowOfId = new Map<string, number>();
  const risks: Risk[] = [];
  const findings: Finding[] = [];

  const last = usedRowCount(sheet);
  for (let row = location.headerRow + 1; row < last; row++) {
    if (!isRiskRow(sheet, row, inputs, banners)) continue;
    const r = new RowReader(sheet, location, row);
    const idCol = r.col('id');
    r.label = `on row ${row + 1}`;
    const id = r.text('id');
    if (id !== '') r.label = id;

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
    const storyCol = r.col('threat') ?? r.col('description');
    const storyError = isCellError(r.cell('threat')) || isCellError(r.cell('description'));
    if (storyCol !== undefined && threat === '' && description === '' && !storyError) r.report('risk-description-missing', storyCol, { id: r.label });

    const likelihoodCol = r.col('likelihood');
    const likelihood = likelihoodCol === undefined ? null : r.level('likelihood', likelihoodCol, m.likelihood, 'likelihood', true);
    let impact: LevelRef | null = null;
    if (impactCols && impactCols.length === 1) {
      impact = r.level('impact', impactCols[0]!, m.impact, 'impact', true);
    } else if (impactCols) {
      const dims: RegisterField[] = ['impactC', 'impactI', 'impactA'];
      const levels = dims.map((f, i) => r.level(f, impactCols[i]!, m.impact, 'impact', false));
      impact = combineImpacts(levels);
      const allBlank = impactCols.every((col) => isBlankCell(cellAt(sheet, row, col)));
      if (allBlank) r.report('risk-unscored', impactCols[0]!, { id: r.label, field: FIELD_LABELS.impact.toLowerCase() });
    }
    const residualLikelihood = r.optionalLevel('residualLikelihood', m.likelihood, 'likelihood');
    const residualImpact = r.optionalLevel('residualImpact', m.impact, 'impact');

    const treatmentText = r.text('treatment');
    const treatment = treatmentText === '' ? null : parseTreatment(treatmentText);
    const treatmentCol = r.col('treatment');
    if (treatmentText !== '' && treatment === null && treatmentCol !== undefined) {
      r.report('treatment-unknown', treatmentCol, { id: r.label, value: treatmentText });
    }

    const controlsText = r.text('controls');
    const controls: ControlCitation[] = controlsText === '' ? [] : parseControlList(controlsText, catalogue);

    const approvedBy = r.text('approvedBy');
    const approvalDate = r.date('approvalDate');
    const lastReview = r.date('lastReview');
    const status = r.text('status');

    risks.push({
      row,
      id,
      asset,
      threat,
      vulnerability,
      description,
      owner,
      likelihood,
      impact,
      residualLikelihood,
      residualImpact,
      treatment,
      treatmentText,
      controls,
      approvedBy,
      approvalDate,
      lastReview,
      status,
      cells: Array.from(sheet.values[row] ?? [], (v) => v ?? null),
    });
    findings.push(...r.findings);
  }
  return { risks, findings };
}
