/**
 * The Methodology's governance (Clauses 6.1.2, 5.3, 7.5.2 c): who owns the method, who approved it
 * and when, from when it applies, who does what, and the organisation's risk appetite. Each is a
 * label with its value in the cell to its right; the values are people's and Riskbook never writes
 * one. Riskbook writes the labels under a Governance heading where the sheet has none of its own:
 * a team that states them elsewhere above its tables ("Approved by | CISO" in its document
 * control block, in any of seven languages) keeps them there, and is read there.
 */
import { DATE_FORMAT } from '../dates';
import { serialOf } from '../outputs/cells';
import { cellAddress, rangeAddress } from '../workbook/a1';
import type { FormatSpec, PlanCell } from '../workbook/plan';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt, usedRowCount } from '../workbook/snapshot';
import { cellText } from './cells';
import type { MethodologySections } from './locate-sections';
import { headingCells, headingFormats } from './methodology-blocks';
import type { GovernanceField } from './methodology-text';
import { GOVERNANCE_LABELS, GOVERNANCE_ORDER } from './methodology-text';
import type { Methodology } from './types';

export type { GovernanceField };
export { GOVERNANCE_LABELS, GOVERNANCE_ORDER };

/** Labels teams give the same fields, lower case, in the languages the header vocabulary knows. */
const OTHER_LABELS: Readonly<Record<GovernanceField, readonly string[]>> = {
  owner: [
    'methodology owner', 'document owner', 'process owner', 'method owner',
    'eigentümer', 'verantwortlich', 'dokumenteneigentümer', 'propriétaire', 'propriétaire du document', 'responsable',
    'propietario', 'proprietário', 'dono', 'responsabile', 'proprietario', 'eigenaar',
  ],
  approvedBy: ['approver', 'genehmigt von', 'freigegeben von', 'approuvé par', 'aprobado por', 'aprovado por', 'approvato da', 'goedgekeurd door'],
  approvedOn: [
    'approval date', 'date approved', 'date of approval', 'genehmigt am', 'freigegeben am', 'freigabedatum', 'approuvé le', "date d'approbation",
    'aprobado el', 'fecha de aprobación', 'aprovado em', 'data de aprovação', 'approvato il', 'data di approvazione', 'goedgekeurd op', 'goedkeuringsdatum',
  ],
  effectiveDate: [
    'effective from', 'valid from', 'in force from', 'gültig ab', 'in kraft ab', "date d'effet", "date d'entrée en vigueur", 'en vigueur le',
    'fecha de entrada en vigor', 'vigente desde', 'em vigor desde', 'data de entrada em vigor', 'data di entrata in vigore', 'in vigore dal',
    'ingangsdatum', 'geldig vanaf',
  ],
  roles: [
    'roles', 'responsibilities', 'roles & responsibilities', 'roles and responsibilities', 'rollen und verantwortlichkeiten', 'rôles et responsabilités',
    'roles y responsabilidades', 'papéis e responsabilidades', 'funções e responsabilidades', 'ruoli e responsabilità', 'rollen en verantwoordelijkheden',
  ],
  appetite: [
    'risk appetite', 'risk appetite statement', 'appetite', 'risikoappetit', 'risikobereitschaft', 'appétence au risque', 'apetito de riesgo',
    'apetite de risco', 'apetite ao risco', 'propensione al rischio', 'risicobereidheid', 'risicoaversie',
  ],
};

const FIELD_BY_LABEL: ReadonlyMap<string, GovernanceField> = new Map(
  GOVERNANCE_ORDER.flatMap((f) => [GOVERNANCE_LABELS[f].toLowerCase(), ...OTHER_LABELS[f]].map((label) => [label, f] as const)),
);

function labelKey(text: string): string {
  return text.trim().replace(/\s*[:：]$/u, '').replace(/\s+/gu, ' ').toLowerCase();
}

/** A governance value as typed: its text, its date (the dates' fields), and the cell it is in. */
export interface GovernanceValue {
  readonly text: string;
  /** A date serial, for a date cell or text written as YYYY-MM-DD; null otherwise. */
  readonly serial: number | null;
  /** A1 of the value cell (right of the label). */
  readonly cell: string;
}

export interface Governance {
  /** Each field whose label the sheet carries, with its value ('' when blank). */
  readonly fields: Partial<Readonly<Record<GovernanceField, GovernanceValue>>>;
  /** The Governance heading's row (0-based), when the sheet has one. */
  readonly headingRow: number | null;
}

/** The most columns a label is looked for in: a document control block is at the left of the sheet. */
const LABEL_COLUMNS = 8;

/**
 * The rows a label is read from: the Governance section, then everything above the first table
 * (the title block and the settings), where teams keep their document control. Tables and notes
 * are not read: a band or a note may well say "Owner".
 */
function searchedRows(sheet: SheetSnapshot, sections: MethodologySections): number[] {
  const rows: number[] = [];
  const span = sections.spans.governance;
  if (span) for (let r = span.start; r < span.end; r++) rows.push(r);
  const top = Math.min(sections.settingsEnd, usedRowCount(sheet));
  for (let r = 0; r < top; r++) if (!span || r < span.start || r >= span.end) rows.push(r);
  return rows;
}

export function readGovernance(sheet: SheetSnapshot, sections: MethodologySections): Governance {
  const fields: Partial<Record<GovernanceField, GovernanceValue>> = {};
  for (const r of searchedRows(sheet, sections)) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, LABEL_COLUMNS); c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const field = FIELD_BY_LABEL.get(labelKey(v));
      if (field === undefined || fields[field] !== undefined) continue;
      const value = cellAt(sheet, r, c + 1);
      fields[field] = { text: cellText(value), serial: serialOf(value), cell: cellAddress(r, c + 1) };
    }
  }
  return { fields, headingRow: sections.spans.governance?.heading ?? null };
}

/** The fields whose label the sheet lacks: Riskbook adds them under a Governance heading when it has none. */
export function missingGovernance(governance: Governance): GovernanceField[] {
  if (governance.headingRow !== null) return [];
  return GOVERNANCE_ORDER.filter((f) => governance.fields[f] === undefined);
}

/** The Governance section as Riskbook writes it at `row`: its heading, then a label a row, values left to people. */
export function governanceBlock(m: Methodology, row: number, fields: readonly GovernanceField[] = GOVERNANCE_ORDER): { cells: PlanCell[][]; formats: FormatSpec[] } {
  const cells: PlanCell[][] = [headingCells('governance', m), ...fields.map((f) => [GOVERNANCE_LABELS[f]])];
  const formats: FormatSpec[] = [...headingFormats(row)];
  if (fields.length > 0) formats.push({ range: rangeAddress(row + 1, 0, fields.length, 1), bold: true, verticalAlignment: 'top' });
  fields.forEach((f, i) => {
    const at = cellAddress(row + 1 + i, 1);
    if (f === 'approvedOn' || f === 'effectiveDate') formats.push({ range: at, numberFormat: DATE_FORMAT, horizontalAlignment: 'left' });
    else formats.push({ range: at, numberFormat: '@', wrap: true, verticalAlignment: 'top', horizontalAlignment: 'left' });
  });
  return { cells, formats };
}
