/**
 * A register with what teams put around the table: a legend block above it (the scales and an
 * instruction line), section heading rows inside it ("Internal & IT risks", "Supplier risks")
 * merged across the table, and a blank template row at the end holding only the next id.
 */
import type { Typed } from './support';
import { day, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'legend and instruction rows above the table, section heading rows inside it, a template row with only an id at the end';

// id, risk, description, L, I, owner, treatment, controls, last review, status
type Row = [string, string, string, number, number, string, string, string | null, string, string];
const INTERNAL: Row[] = [
  ['R-001', 'Cloud data warehouse exposed', 'Misconfigured Snowflake share exposes client datasets', 3, 5, 'Head of Data Platform', 'Mitigate', '5.15, 8.3, 8.9', '2026-09-15', 'Open'],
  ['R-002', 'Analyst laptop theft', 'Laptop with local extracts of client data stolen while travelling', 3, 4, 'IT Lead', 'Mitigate', '8.1, 8.24, 7.9', '2026-08-02', 'Monitoring'],
  ['R-003', 'Invoice fraud', 'Finance staff tricked into paying a fake supplier invoice', 4, 3, 'CFO', 'Mitigate', '6.3, 5.14', '2026-10-20', 'Open'],
  ['R-004', 'Privileged account misuse', 'Database administrator copies client data for personal use', 2, 5, 'CISO', 'Mitigate', '5.18, 8.2, 8.15', '2026-06-30', 'Open'],
  ['R-005', 'Unpatched BI server', 'Known vulnerability in the self-hosted BI server exploited', 3, 4, 'IT Lead', 'Mitigate', '8.8', '2026-11-03', 'Open'],
  ['R-006', 'Backup failure', 'Nightly backups of the analytics database fail silently', 2, 4, 'Head of Data Platform', 'Mitigate', '8.13', '2026-07-14', 'Monitoring'],
  ['R-007', 'Secrets in ETL code', 'Database credentials hard-coded in ETL scripts', 3, 3, 'Engineering Manager', 'Mitigate', '8.4, 8.28', '2026-09-01', 'Open'],
  ['R-008', 'Office break-in', 'Break-in at the Boston office; no client data kept on paper', 1, 2, 'Office Manager', 'Accept', null, '2026-03-12', 'Accepted'],
  ['R-009', 'Key person dependency', 'Only one engineer understands the ingestion pipeline', 3, 3, 'Engineering Manager', 'Mitigate', '5.37', '2026-05-22', 'Open'],
  ['R-010', 'Client data kept too long', 'Client extracts kept after contract end, against the DPA', 3, 3, 'Data Protection Lead', 'Mitigate', '8.10, 5.34', '2026-10-01', 'Open'],
  ['R-011', 'Unapproved AI tools', 'Staff paste client data into unapproved AI assistants', 4, 4, 'CISO', 'Mitigate', '5.10, 5.23, 6.3', '2026-11-18', 'Open'],
  ['R-012', 'Legacy FTP server', 'Clients still deliver files over plain FTP', 3, 4, 'Head of Data Platform', 'Avoid', null, '2026-08-25', 'Open'],
];
const SUPPLIERS: Row[] = [
  ['R-013', 'Cloud region outage', 'AWS region outage takes client dashboards offline', 2, 4, 'Head of Data Platform', 'Mitigate', '5.30, 8.14', '2026-06-10', 'Monitoring'],
  ['R-014', 'Subprocessor breach', 'E-mail marketing subprocessor leaks the client contact list', 2, 3, 'Data Protection Lead', 'Transfer', '5.19, 5.20', '2026-09-30', 'Open'],
  ['R-015', 'Contractor access not removed', 'Freelance analysts keep VPN access after their contract ends', 3, 3, 'IT Lead', 'Mitigate', '5.18, 5.20', '2026-10-12', 'Open'],
  ['R-016', 'Payroll provider failure', 'Payroll provider misses a pay run', 1, 3, 'CFO', 'Accept', null, '2026-04-04', 'Accepted'],
  ['R-017', 'Abandoned open-source library', 'A core open-source library is no longer maintained', 2, 3, 'Engineering Manager', 'Mitigate', '5.21, 8.8', '2026-07-30', 'Open'],
];

const HEADER = 6;
const HEADERS = ['ID', 'Risk', 'Description', 'Likelihood', 'Impact', 'Score', 'Owner', 'Treatment', 'Controls', 'Last review', 'Status'];
const WIDTH = HEADERS.length;

function riskCells(row: number, [id, risk, description, l, i, owner, treatment, controls, reviewed, status]: Row): Typed[] {
  return [id, risk, description, l, i, { formula: `D${row}*E${row}`, result: l * i }, owner, treatment, controls, day(reviewed), status];
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Register');
  writeTitle(ws, 1, 1, 'Harbor Analytics – Information Security Risk Register');
  writeRows(ws, 2, 1, [
    ['Likelihood: 1 = Rare, 2 = Unlikely, 3 = Possible, 4 = Likely, 5 = Almost certain'],
    ['Impact: 1 = Negligible, 2 = Minor, 3 = Moderate, 4 = Major, 5 = Severe'],
    ['Instructions: one row per risk. Score = Likelihood × Impact. Every risk needs an owner and a treatment; review each risk at least once a year.'],
  ]);
  writeRows(ws, HEADER, 1, [HEADERS]);

  let row = HEADER + 1;
  const heading = (text: string): void => {
    writeRows(ws, row, 1, [[text]]);
    merge(ws, row, 1, row, WIDTH);
    ws.getCell(row, 1).font = { bold: true, italic: true };
    row++;
  };
  const risks = (rows: readonly Row[]): void => {
    for (const r of rows) {
      writeRows(ws, row, 1, [riskCells(row, r)]);
      ws.getCell(row, 10).numFmt = 'mmm d, yyyy';
      row++;
    }
  };
  heading('Internal & IT risks');
  risks(INTERNAL);
  heading('Supplier risks');
  risks(SUPPLIERS);
  // The next row is ready for the next risk: its id is typed, nothing else.
  writeRows(ws, row, 1, [['R-018']]);

  styleHeader(ws, HEADER, HEADER, 1, WIDTH);
  styleBody(ws, HEADER + 1, row, 1, WIDTH);
  setWidths(ws, [8, 28, 48, 10, 8, 7, 22, 11, 16, 13, 11]);
  return saveWorkbook(wb);
}
