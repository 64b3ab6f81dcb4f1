/**
 * A manufacturer's register grouped by system, the way many teams type it: the System and
 * System owner are written on the first row of each group and left blank below, with no merge.
 * 3 x 3 scales (likelihood x consequence gives the rating), no level column, and a target date.
 */
import type { Typed } from './support';
import { day, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'risks grouped by system, System and System owner written once on the first row of each group, blank below';

// id, risk description, L, C, response, control reference, target date
type Risk = [string, string, number, number, string, string | null, string | null];
interface Group {
  readonly system: string;
  readonly owner: string;
  readonly risks: readonly Risk[];
}

const GROUPS: Group[] = [
  {
    system: 'SCADA / PLC network',
    owner: 'OT Engineering Lead',
    risks: [
      ['KR-01', 'Ransomware spreads from the office network to the PLC network', 2, 3, 'Reduce', '8.22, 8.20, 8.7', '2027-03-31'],
      ['KR-02', "Machine vendor's remote access laptop is compromised", 2, 3, 'Reduce', '5.19, 8.5, 8.16', '2027-02-28'],
      ['KR-03', 'PLC firmware cannot be patched during the machine lifetime', 3, 2, 'Reduce', '8.8, 8.22', '2027-06-30'],
      ['KR-04', 'PLC program backups lost', 1, 3, 'Reduce', '8.13', null],
      ['KR-05', 'Unauthorised changes to machine parameters', 2, 2, 'Reduce', '8.32, 8.15', '2027-01-31'],
    ],
  },
  {
    system: 'ERP (SAP Business One)',
    owner: 'Finance Manager',
    risks: [
      ['KR-06', 'Fraudulent purchase orders raised and approved by one person', 2, 3, 'Reduce', '5.3, 5.15', null],
      ['KR-07', 'ERP database corrupted with no tested restore', 1, 3, 'Reduce', '8.13, 5.30', '2027-04-30'],
      ['KR-08', 'Key user leaves and nobody can run month-end', 2, 2, 'Reduce', '5.37', null],
      ['KR-09', 'Hosting partner becomes insolvent', 1, 3, 'Transfer', '5.20, 5.21', null],
    ],
  },
  {
    system: 'Design files (CAD vault)',
    owner: 'Engineering Manager',
    risks: [
      ['KR-10', 'Customer drawings leaked by a subcontractor', 2, 3, 'Reduce', '5.20, 6.6, 5.14', '2027-03-31'],
      ['KR-11', 'Drawings overwritten with the wrong revision', 2, 2, 'Reduce', '8.32', null],
      ['KR-12', 'CAD licence server outage', 2, 1, 'Accept', null, null],
      ['KR-13', 'Export-controlled drawings sent abroad', 1, 3, 'Reduce', '5.31, 5.14', null],
    ],
  },
  {
    system: 'E-mail and Microsoft 365',
    owner: 'IT Coordinator',
    risks: [
      ['KR-14', 'Invoice redirection fraud through a spoofed supplier e-mail', 3, 3, 'Reduce', '5.14, 6.3', '2027-01-31'],
      ['KR-15', 'Mailbox takeover after a phishing e-mail', 3, 3, 'Reduce', '8.5, 5.17, 6.3', '2026-12-31'],
      ['KR-16', 'Deleted mailbox data cannot be recovered', 1, 2, 'Accept', null, null],
    ],
  },
  {
    system: 'Site access control',
    owner: 'Facilities Manager',
    risks: [
      ['KR-17', 'Tailgating into the production hall', 2, 2, 'Reduce', '7.2, 7.3', null],
      ['KR-18', 'Badge system database runs on unsupported software', 2, 1, 'Avoid', null, '2027-05-31'],
      ['KR-19', 'Visitors walk into the server room unescorted', 1, 3, 'Reduce', '7.2, 7.6', null],
    ],
  },
];

const HEADER = 5;
const HEADERS = ['System', 'System owner', 'ID', 'Risk description', 'Likelihood (1-3)', 'Consequence (1-3)', 'Rating', 'Response', 'Control reference', 'Target date'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('ISMS Risk Register');
  writeTitle(ws, 1, 1, 'Kessler Precision Parts Pty Ltd');
  writeRows(ws, 2, 1, [['ISMS risk register – operational technology and business systems']]);
  writeRows(ws, 3, 1, [['Prepared by: ISMS Coordinator | Next review of this register: March 2027']]);
  writeRows(ws, HEADER, 1, [HEADERS]);

  let row = HEADER + 1;
  for (const group of GROUPS) {
    group.risks.forEach(([id, description, l, c, response, controls, due], k) => {
      const first = k === 0;
      const cells: Typed[] = [first ? group.system : null, first ? group.owner : null, id, description, l, c, l * c, response, controls, due ? day(due) : null];
      writeRows(ws, row, 1, [cells]);
      ws.getCell(row, 10).numFmt = 'dd/mm/yyyy';
      row++;
    });
  }

  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, row - 1, 1, HEADERS.length);
  setWidths(ws, [24, 20, 7, 50, 11, 12, 8, 10, 18, 12]);
  return saveWorkbook(wb);
}
