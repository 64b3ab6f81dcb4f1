/**
 * An SoA whose control numbers Excel took for numbers: typed (or pasted) as 5.1, 5.2 … 5.37 into
 * General cells, so 5.10, 5.20 and 5.30 are stored as the numbers 5.1, 5.2 and 5.3, and likewise
 * 7.10, 8.10, 8.20 and 8.30; only the order of the rows still tells 5.1 from 5.10. Two rows were
 * pasted from a colleague's workbook in a day-first locale, where "7.10" and "8.12" became the
 * dates 7 October and 8 December. Applicability Y / N, a rationale, a status and evidence.
 */
import { CONTROLS_2022 } from './annex-a-lists';
import { newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows } from './support';

export const scenario = 'SoA with ids stored as numbers (5.10 as 5.1, 8.30 as 8.3) and two ids turned into dates (7.10, 8.12), Y/N applicability';

/** The ids a day-first locale turned into dates: day.month of this year. */
const AS_DATES: Readonly<Record<string, Date>> = {
  '7.10': new Date(Date.UTC(2026, 9, 7)),
  '8.12': new Date(Date.UTC(2026, 11, 8)),
};

const EXCLUDED: Readonly<Record<string, string>> = {
  '7.4': 'Shared office building: the landlord runs the CCTV and guards',
  '8.30': 'No outsourced development',
};

const RATIONALE: Readonly<Record<string, string>> = {
  '5.1': 'Baseline for the ISMS',
  '5.10': 'Acceptable use applies to all staff',
  '5.20': 'Security clauses in every supplier contract',
  '5.30': 'Recovery objectives agreed with customers',
  '8.3': 'Role-based access in every application',
  '8.10': 'Retention schedule requires deletion',
  '8.20': 'Segmented office and server networks',
  '7.10': 'Encrypted USB sticks only',
  '8.12': 'Customer data must not leave the tenant',
};

const HEADERS = ['No.', 'Control', 'Applies (Y/N)', 'Rationale', 'Status', 'Evidence / reference'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('SoA');
  writeRows(ws, 1, 1, [HEADERS]);
  CONTROLS_2022.forEach((c, k) => {
    const r = 2 + k;
    const excluded = EXCLUDED[c.id];
    const date = AS_DATES[c.id];
    // What Excel stored: a date for the two pasted rows, else the number the id reads as.
    const typedId = date ?? Number(c.id);
    const status = excluded ? null : k % 9 === 5 ? 'In progress' : 'Implemented';
    const evidence = status === 'Implemented' ? `ISMS/Controls/${c.id}` : null;
    writeRows(ws, r, 1, [[typedId, c.title, excluded ? 'N' : 'Y', excluded ?? RATIONALE[c.id] ?? null, status, evidence]]);
    if (date) ws.getCell(r, 1).numFmt = 'dd.mm.yyyy';
  });
  styleHeader(ws, 1, 1, 1, HEADERS.length);
  styleBody(ws, 2, 1 + CONTROLS_2022.length, 1, HEADERS.length);
  setWidths(ws, [11, 50, 12, 44, 14, 26]);
  return saveWorkbook(wb);
}
