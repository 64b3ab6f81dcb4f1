/**
 * A UK logistics company's register under a title block, with a two-row header: "Inherent risk"
 * and "Residual risk" banners over Likelihood | Impact | Score | Level, the other headers merged
 * down over both rows. 5 x 5 numeric scales, score = L x I as a formula, levels by bands, and
 * the "four Ts" (Treat, Tolerate, Transfer, Terminate) as treatment words.
 */
import type { Typed } from './support';
import { band, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'title block, then a two-row header with "Inherent risk" / "Residual risk" banners over L | I | Score | Level';

const BANDS = [
  [1, 'Low'],
  [5, 'Medium'],
  [10, 'High'],
  [16, 'Critical'],
] as const;

// id, asset, threat, L, I, treatment, controls, residual L, residual I, owner
type Row = [string, string, string, number, number, string, string | null, number, number, string];
const RISKS: Row[] = [
  ['NL-R01', 'Warehouse management system (WMS)', 'Ransomware encrypts the WMS database and its backups', 4, 5, 'Treat', '8.7, 8.13, 5.30', 2, 4, 'Head of IT Operations'],
  ['NL-R02', 'Microsoft 365 tenant', 'Credential phishing leads to mailbox takeover', 4, 4, 'Treat', '5.17, 8.5, 6.3', 2, 3, 'IT Security Manager'],
  ['NL-R03', 'Telematics platform (vehicle tracking)', 'Supplier outage stops live tracking of the fleet', 3, 4, 'Transfer', '5.19, 5.20, 5.22', 2, 4, 'Fleet Operations Manager'],
  ['NL-R04', 'Customer order portal', 'SQL injection exposes customer order data', 2, 5, 'Treat', '8.25, 8.28, 8.29', 1, 5, 'Head of Digital'],
  ['NL-R05', 'Payroll data (HR shared drive)', 'Payroll spreadsheet e-mailed to the wrong recipient', 3, 3, 'Treat', '5.12, 5.14, 8.12', 2, 3, 'HR Director'],
  ['NL-R06', 'Depot CCTV recorders', 'Unpatched firmware exploited from the internet', 3, 2, 'Treat', '8.8, 8.20', 1, 2, 'Facilities Manager'],
  ['NL-R07', 'Laptops of field sales staff', 'Theft of an unencrypted laptop from a vehicle', 3, 3, 'Treat', '8.1, 7.9, 8.24', 3, 1, 'IT Service Desk Lead'],
  ['NL-R08', 'Legacy EDI gateway', 'End-of-life server with no vendor security patches', 3, 4, 'Terminate', null, 1, 2, 'Head of IT Operations'],
  ['NL-R09', 'Office Wi-Fi', 'Guest network bridged to the corporate LAN', 2, 3, 'Treat', '8.20, 8.22', 1, 3, 'IT Security Manager'],
  ['NL-R10', 'Route planning SaaS', 'Vendor breach discloses customer delivery addresses', 2, 4, 'Transfer', '5.19, 5.21, 5.23', 2, 3, 'Fleet Operations Manager'],
  ['NL-R11', 'Finance ERP (Sage 200)', 'Invoice fraud through changed supplier bank details', 3, 4, 'Treat', '5.3, 5.15', 2, 3, 'Financial Controller'],
  ['NL-R12', 'Network team', 'Loss of the only engineer who knows the core network', 2, 3, 'Treat', '5.37, 6.3', 1, 3, 'Head of IT Operations'],
  ['NL-R13', 'Printed delivery notes', 'Customer names left visible in unlocked vans', 2, 1, 'Tolerate', null, 2, 1, 'Transport Manager'],
  ['NL-R14', 'Public website', 'DDoS takes the marketing website offline', 2, 2, 'Tolerate', null, 2, 2, 'Head of Digital'],
  ['NL-R15', 'Backup NAS', 'Backups cannot be restored when they are needed', 2, 5, 'Treat', '8.13, 5.30', 1, 4, 'Head of IT Operations'],
  ['NL-R16', 'Source code (GitHub)', 'Developer pushes API keys to a public repository', 3, 4, 'Treat', '8.4, 8.12, 8.28', 1, 4, 'Head of Digital'],
];

const HEADER_TOP = 5;
const FIRST = HEADER_TOP + 2;

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk Register');
  writeTitle(ws, 1, 1, 'Northwind Logistics Ltd', 16);
  writeTitle(ws, 2, 1, 'Information Security Risk Register', 13);
  writeRows(ws, 3, 1, [['Version 2.3 · approved by the ISMS Steering Group on 14 September 2026 · classification: internal']]);

  // Headers merged down over both header rows; the banners sit over their four sub-headers.
  const single: [number, string][] = [
    [1, 'Risk ID'],
    [2, 'Asset'],
    [3, 'Threat'],
    [8, 'Treatment'],
    [9, 'Controls'],
    [14, 'Owner'],
  ];
  for (const [col, text] of single) {
    writeRows(ws, HEADER_TOP, col, [[text]]);
    merge(ws, HEADER_TOP, col, HEADER_TOP + 1, col);
  }
  writeRows(ws, HEADER_TOP, 4, [['Inherent risk']]);
  merge(ws, HEADER_TOP, 4, HEADER_TOP, 7);
  writeRows(ws, HEADER_TOP, 10, [['Residual risk']]);
  merge(ws, HEADER_TOP, 10, HEADER_TOP, 13);
  const sub = ['Likelihood', 'Impact', 'Score', 'Level'];
  writeRows(ws, HEADER_TOP + 1, 4, [sub]);
  writeRows(ws, HEADER_TOP + 1, 10, [sub]);

  RISKS.forEach(([id, asset, threat, l, i, treatment, controls, rl, ri, owner], k) => {
    const row = FIRST + k;
    const cells: Typed[] = [
      id,
      asset,
      threat,
      l,
      i,
      { formula: `D${row}*E${row}`, result: l * i },
      band(l * i, BANDS),
      treatment,
      controls,
      rl,
      ri,
      { formula: `J${row}*K${row}`, result: rl * ri },
      band(rl * ri, BANDS),
      owner,
    ];
    writeRows(ws, row, 1, [cells]);
  });

  styleHeader(ws, HEADER_TOP, HEADER_TOP + 1, 1, 14);
  styleBody(ws, FIRST, FIRST + RISKS.length - 1, 1, 14);
  setWidths(ws, [9, 28, 40, 10, 8, 7, 9, 11, 18, 10, 8, 7, 9, 24]);
  ws.views = [{ state: 'frozen', ySplit: HEADER_TOP + 1 }];
  return saveWorkbook(wb);
}
