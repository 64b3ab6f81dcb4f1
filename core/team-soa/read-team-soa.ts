/**
 * Reading the rows of a located team SoA: each row's control (ids a spreadsheet mangled read back
 * by `recover-ids.ts`), its decision, reasons, justifications, status, evidence, owner and review
 * date, and the rows that name no control (theme headings, notes) in their places. Values merged
 * down over several rows apply to each of them. A control listed twice is reported at its second
 * row; both rows are kept, as typed.
 *
 * Where the sheet has no applicability column, the team states its decision otherwise: a status
 * such as "Not applicable", or an exclusion justification alone, excludes the control; any other
 * status or a marked reason includes it.
 */
import { isoFromSerial } from '../dates';
import { PHRASES } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { fillTemplate, finding } from '../findings/report';
import { cellText, isBlankCell } from '../register/cell-text';
import { parseDateCell } from '../register/date-cells';
import { cellKey, verticalMergeSources } from '../register/merged-values';
import { cellAddress } from '../workbook/a1';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedColumnCount, usedRowCount } from '../workbook/snapshot';
import { readApplicability, readReasonMark } from './applicability-words';
import type { IdCell } from './recover-ids';
import { recoverIds } from './recover-ids';
import type { ReasonField } from './soa-header-words';
import { reasonsInText } from './soa-header-words';
import type { Applicability, RecoveredId, TeamSoa, TeamSoaField, TeamSoaLocation, TeamSoaRow } from './types';

const FIELDS: readonly TeamSoaField[] = [
  'controlId', 'title', 'theme', 'applicable', 'reasonRisk', 'reasonLegal', 'reasonContractual', 'reasonBusiness', 'reasonBestPractice',
  'justification', 'exclusionJustification', 'implementationStatus', 'implementationNotes', 'evidence', 'owner', 'lastReviewed',
];

const REASONS: readonly ReasonField[] = ['reasonRisk', 'reasonLegal', 'reasonContractual', 'reasonBusiness', 'reasonBestPractice'];

type Reasons = TeamSoaRow['reasons'];

function reasonsOf(marked: ReadonlySet<ReasonField>): Reasons {
  return {
    risk: marked.has('reasonRisk'),
    legal: marked.has('reasonLegal'),
    contractual: marked.has('reasonContractual'),
    business: marked.has('reasonBusiness'),
    bestPractice: marked.has('reasonBestPractice'),
  };
}

/** The decision of a row on a sheet with no applicability column (see the module comment). */
function inferredDecision(status: string, exclusion: string, justification: string, reasons: Reasons): Applicability {
  const undecided: Applicability = { decision: null, partial: false };
  if (status !== '') {
    const said = readApplicability(status);
    return said.decision === 'no' ? said : { decision: 'yes', partial: false };
  }
  if (Object.values(reasons).some(Boolean)) return { decision: 'yes', partial: false };
  if (exclusion !== '' && justification === '') return { decision: 'no', partial: false };
  return undecided;
}

function typedIdText(value: CellValue): string {
  // A date serial is shown as the date a person sees in the cell.
  return typeof value === 'number' && value >= 367 ? isoFromSerial(value) : cellText(value).trim();
}

function recoveredFinding(sheet: string, r: RecoveredId): Finding {
  const shown = typeof r.typed === 'number' ? (r.kind === 'date' ? isoFromSerial(r.typed) : String(r.typed)) : cellText(r.typed);
  const typed = fillTemplate(r.kind === 'date' ? PHRASES.typedDate : PHRASES.typedNumber, { value: shown });
  const basis = r.basis === '' ? '' : fillTemplate(PHRASES.basisNote, { basis: r.basis });
  return finding('soa-control-id-recovered', sheet, cellAddress(r.row, r.col), { typed, id: r.id, basis });
}

/** The rows of a team SoA located by `locateTeamSoa`. */
export function readTeamSoa(sheet: SheetSnapshot, location: TeamSoaLocation): TeamSoa {
  const { columns, headerRow } = location;
  const idCol = columns.controlId ?? 0;
  const lastRow = Math.max(headerRow, usedRowCount(sheet) - 1);
  const lastCol = Math.max(0, usedColumnCount(sheet) - 1);
  const merged = verticalMergeSources(sheet, headerRow);

  /** A field's value on a row, taken from the top of a merge that covers the cell. */
  const valueAt = (row: number, col: number | undefined): CellValue => {
    if (col === undefined) return null;
    const source = col === idCol ? undefined : merged.get(cellKey(row, col));
    return source ? cellAt(sheet, source.row, source.col) : cellAt(sheet, row, col);
  };
  const textAt = (row: number, col: number | undefined): string => cellText(valueAt(row, col)).trim();

  const idCells: IdCell[] = [];
  const filled: number[] = [];
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const values = sheet.values[row] ?? [];
    if (!values.some((v) => !isBlankCell(v))) continue;
    filled.push(row);
    idCells.push({ row, col: idCol, value: cellAt(sheet, row, idCol) });
  }
  const { ids, recovered } = recoverIds(idCells, location.edition);

  const findings: Finding[] = recovered.map((r) => recoveredFinding(sheet.name, r));
  const firstRow = new Map<string, number>();
  const rows: TeamSoaRow[] = filled.map((row) => {
    const controlId = ids.get(row) ?? '';
    if (controlId !== '') {
      const first = firstRow.get(controlId);
      if (first === undefined) firstRow.set(controlId, row);
      else findings.push(finding('soa-control-listed-twice', sheet.name, cellAddress(row, idCol), { control: controlId, row: row + 1, first: first + 1 }));
    }
    const marked = new Set<ReasonField>(REASONS.filter((f) => columns[f] !== undefined && readReasonMark(valueAt(row, columns[f]))));
    const justification = textAt(row, columns.justification);
    // Reasons named in words, in a reason column or as the whole justification ("Legal, Risk assessment").
    for (const text of [textAt(row, location.reasonText), textAt(row, columns.justification)]) reasonsInText(text)?.forEach((f) => marked.add(f));
    const reasons = reasonsOf(marked);
    const exclusionJustification = textAt(row, columns.exclusionJustification);
    const implementationStatus = textAt(row, columns.implementationStatus);
    const applicability =
      columns.applicable !== undefined
        ? readApplicability(valueAt(row, columns.applicable))
        : inferredDecision(implementationStatus, exclusionJustification, justification, reasons);
    const reviewed = parseDateCell(valueAt(row, columns.lastReviewed));
    const cells = Object.fromEntries(FIELDS.map((f) => [f, columns[f] !== undefined ? cellAddress(row, columns[f]!) : ''])) as Record<TeamSoaField, string>;
    return {
      row,
      controlId,
      typedId: typedIdText(cellAt(sheet, row, idCol)),
      applicability,
      applicableText: textAt(row, columns.applicable),
      reasons,
      justification,
      exclusionJustification,
      implementationStatus,
      implementationNotes: textAt(row, columns.implementationNotes),
      evidence: textAt(row, columns.evidence),
      owner: textAt(row, columns.owner),
      lastReviewed: reviewed.kind === 'date' ? reviewed.serial : null,
      cells,
    };
  });
  return { location, rows, recovered, findings, lastRow, lastCol };
}
