/**
 * A register whose controls column holds what people really type: ids with words around them
 * ("Control 5.15, 5.17 and 5.18", "Annex A 8.16", "ISO 27001:2022 A.8.32"), ranges ("A.8.1–A.8.3",
 * "5.24 to 5.28", "5.19-5.21"), a clause of the standard ("Clause 9.2", not a control), a control
 * title instead of its id ("Secure authentication"), a 2013 id, an id Excel stored as a number,
 * and a free-text measure ("Quarterly access review").
 */
import { newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'controls typed with words, ranges, clauses, titles, a 2013 id, a number and free text';

// id, risk, owner, L, I, treatment, controls as typed, notes
type Row = [string, string, string, number, number, string, string | number | null, string | null];
const RISKS: Row[] = [
  ['CR-01', 'Unauthorised access to the HR system', 'HR Director', 3, 4, 'Mitigate', 'Control 5.15, 5.17 and 5.18', null],
  ['CR-02', 'Lost or stolen laptops expose project files', 'IT Manager', 3, 3, 'Mitigate', 'A.8.1–A.8.3', null],
  ['CR-03', 'Security incidents not handled in time', 'Security Manager', 3, 4, 'Mitigate', '5.24 to 5.28', 'Incident procedure rewritten in 2026'],
  ['CR-04', 'Attack on the web shop goes unnoticed', 'Security Manager', 3, 4, 'Mitigate', 'Annex A 8.16', null],
  ['CR-05', 'Internal audit programme not carried out', 'ISMS Manager', 2, 3, 'Mitigate', 'Clause 9.2', 'Audit plan to be approved by management'],
  ['CR-06', 'Weak login to the customer portal', 'Head of Digital', 4, 3, 'Mitigate', 'Secure authentication', null],
  ['CR-07', 'Staff keep access after changing role', 'IT Manager', 3, 3, 'Mitigate', 'Quarterly access review', 'Review owner: IT Manager'],
  ['CR-08', 'Supplier contracts lack security terms', 'Procurement Lead', 3, 3, 'Mitigate', '5.19-5.21', null],
  ['CR-09', 'Sensitive data e-mailed to the wrong person', 'Data Protection Officer', 3, 3, 'Mitigate', 8.12, null],
  ['CR-10', 'Malware on office PCs', 'IT Manager', 3, 4, 'Mitigate', 'A.8.7 / A.8.23', null],
  ['CR-11', 'Backups fail silently', 'IT Manager', 2, 4, 'Mitigate', '8.13 (Information backup)', null],
  ['CR-12', 'Burglary at the office', 'Facilities Manager', 1, 2, 'Accept', null, 'Alarm and insurance in place'],
  ['CR-13', 'A change breaks production', 'Head of Digital', 3, 3, 'Mitigate', 'ISO 27001:2022 A.8.32', null],
  ['CR-14', 'Known vulnerabilities left unpatched', 'IT Manager', 4, 3, 'Mitigate', 'A.12.6.1', 'Reference from the 2013 register, not yet updated'],
  ['CR-15', 'Developers commit secrets to Git', 'Head of Digital', 3, 4, 'Mitigate', '8.4,8.28', null],
];

const HEADER = 3;
const HEADERS = ['Risk ID', 'Risk', 'Owner', 'Likelihood', 'Impact', 'Rating', 'Treatment', 'Annex A controls', 'Notes'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk log');
  writeTitle(ws, 1, 1, 'Alder & Finch Architects – information security risk log');
  writeRows(ws, HEADER, 1, [HEADERS]);
  RISKS.forEach(([id, risk, owner, l, i, treatment, controls, notes], k) => {
    writeRows(ws, HEADER + 1 + k, 1, [[id, risk, owner, l, i, l * i, treatment, controls, notes]]);
  });
  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, HEADER + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [8, 42, 22, 10, 8, 7, 10, 26, 36]);
  return saveWorkbook(wb);
}
