/**
 * The document control a team keeps on its register: who the organisation is, the register's
 * owner, version and classification, and who approved it. Teams write it above the table, as
 * "Owner: CISO · Last updated 2 November 2026" in a title cell or as a label with its value in
 * the next cell ("Classification" | "Internal"). Riskbook reads it for the printed headers and
 * footers and the audit pack's cover; it never writes it on a team's register.
 */
import { isoFromSerial } from '../dates';
import type { CellValue, SheetSnapshot } from '../workbook/snapshot';

export type DocumentField = 'organisation' | 'scope' | 'owner' | 'version' | 'classification' | 'approvedBy' | 'approvedOn';

/** What a register says of itself; a field it does not state is absent. */
export type DocumentFields = Partial<Readonly<Record<DocumentField, string>>>;

/** Labels as teams write them, in the languages the header vocabulary knows, lower case. */
const LABELS: Readonly<Record<DocumentField, readonly string[]>> = {
  organisation: [
    'organisation', 'organization', 'organisation name', 'organization name', 'company', 'company name', 'entity',
    'unternehmen', 'firma', 'entreprise', 'société', 'societe', 'organización', 'organizacion', 'empresa', 'organizzazione', 'azienda', 'organisatie',
  ],
  scope: ['scope', 'isms scope', 'scope of the isms', 'geltungsbereich', 'anwendungsbereich', 'périmètre', 'perimetre', 'alcance', 'ambito', 'ambito di applicazione', 'toepassingsgebied'],
  owner: [
    'owner', 'document owner', 'register owner', 'risk register owner', 'eigentümer', 'verantwortlich', 'verantwortlicher',
    'propriétaire', 'proprietaire', 'responsable', 'propietario', 'responsabile', 'eigenaar',
  ],
  version: ['version', 'document version', 'doc version', 'register version', 'versión', 'versione', 'versie', 'fassung'],
  classification: [
    'classification', 'document classification', 'security classification', 'information classification', 'confidentiality',
    'sensitivity', 'tlp', 'klassifizierung', 'klassifikation', 'vertraulichkeit', 'clasificación', 'clasificacion', 'classificazione', 'classificatie',
  ],
  approvedBy: ['approved by', 'approver', 'genehmigt von', 'freigegeben von', 'approuvé par', 'approuve par', 'aprobado por', 'approvato da', 'goedgekeurd door'],
  approvedOn: [
    'approved on', 'approval date', 'date approved', 'date of approval', 'genehmigt am', 'freigegeben am', 'freigabedatum',
    'approuvé le', 'approuve le', "date d'approbation", 'aprobado el', 'fecha de aprobación', 'approvato il', 'data di approvazione', 'goedgekeurd op',
  ],
};

const FIELD_BY_LABEL: ReadonlyMap<string, DocumentField> = new Map(
  (Object.entries(LABELS) as [DocumentField, readonly string[]][]).flatMap(([field, labels]) => labels.map((label) => [label, field] as const)),
);

/** The most filled cells a row of "Label | value" pairs has: two pairs side by side. */
const MAX_PAIR_ROW_CELLS = 4;

/** Longest value kept: a header line, not a paragraph. */
const MAX_VALUE = 80;

/** Parts of one cell that each may be a "Label: value": teams join them with middle dots, bars or semicolons. */
const PART_SEPARATOR = /\s+[·|•]\s+|;\s*/u;

function labelField(text: string): DocumentField | undefined {
  return FIELD_BY_LABEL.get(text.trim().replace(/\s*[:：]$/u, '').replace(/\s+/gu, ' ').toLowerCase());
}

function clean(value: string): string | undefined {
  const v = value.trim().replace(/\s+/gu, ' ');
  if (v === '') return undefined;
  return v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v;
}

function valueText(value: CellValue | undefined, field: DocumentField): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return field === 'approvedOn' && value > 20_000 && value < 80_000 ? isoFromSerial(value) : String(value);
  return undefined;
}

/**
 * The document fields stated in the rows above `beforeRow` (0-based, exclusive): "Label: value"
 * inside a cell, or a label cell followed by its value in the next non-empty cell of the row.
 * The first statement of a field wins.
 */
export function readDocumentFields(sheet: SheetSnapshot, beforeRow: number): DocumentFields {
  const found: Partial<Record<DocumentField, string>> = {};
  const rows = Math.min(beforeRow, sheet.values.length);
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    // A row with many filled cells is a table's header (the first of two header rows), whose
    // "Owner" is a column, not the register's owner.
    let filled = 0;
    for (const cell of row) if (cell !== null && cell !== '') filled++;
    const pairs = filled <= MAX_PAIR_ROW_CELLS;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || cell.trim() === '') continue;
      const alone = labelField(cell);
      if (alone && pairs) {
        let next = c + 1;
        while (next < row.length && (row[next] === null || row[next] === '')) next++;
        const value = valueText(row[next], alone);
        if (value !== undefined && labelField(String(row[next])) === undefined) {
          found[alone] ??= value;
          c = next;
        }
        continue;
      }
      for (const part of cell.split(PART_SEPARATOR)) {
        const colon = part.search(/[:：]/u);
        if (colon <= 0) continue;
        const field = labelField(part.slice(0, colon));
        const value = field && clean(part.slice(colon + 1));
        if (field && value !== undefined) found[field] ??= value;
      }
    }
  }
  return found;
}
