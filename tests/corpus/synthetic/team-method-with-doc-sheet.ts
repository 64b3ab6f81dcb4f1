/**
 * An engineering consultancy's risk assessment whose method is not Riskbook's: a "Doc Info"
 * sheet describes it in sentences (score = asset value x likelihood x consequence, bands
 * Extreme / Major / Medium / Minor), and the register's score and band columns follow it on
 * every row, for inherent and residual risk alike.
 */
import { band, day, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'team method described on a "Doc Info" sheet: asset value x likelihood x consequence, bands Extreme / Major / Medium / Minor';

const BANDS = [
  [1, 'Minor'],
  [10, 'Medium'],
  [24, 'Major'],
  [45, 'Extreme'],
] as const;

// asset, asset value, threat, vulnerability, L, C, owner, treatment, controls, residual L, residual C
type Row = [string, number, string, string, number, number, string, string, string | null, number, number];
const RISKS: Row[] = [
  ['Project file server', 3, 'Ransomware', 'Flat network, shared admin password', 3, 5, 'IT Manager', 'Treat', '8.7, 8.13, 8.22', 2, 3],
  ['Client drawings (BIM 360)', 3, 'Drawings shared with the wrong third party', 'Share links never expire', 3, 4, 'Project Director', 'Treat', '5.14, 5.15', 2, 3],
  ['E-mail', 2, 'Phishing', 'No phishing-resistant MFA', 4, 3, 'IT Manager', 'Treat', '8.5, 6.3', 2, 2],
  ['Laptops', 2, 'Theft during site visits', 'Drawings kept on local disks', 3, 3, 'IT Manager', 'Treat', '8.1, 8.24', 2, 2],
  ['Accounting system', 3, 'Invoice fraud', 'Bank details changed on request by e-mail', 2, 4, 'Finance Manager', 'Treat', '5.3, 5.14', 1, 4],
  ['HR records', 2, 'Disclosure of employee data', 'Paper files kept in the open-plan office', 2, 3, 'HR Manager', 'Treat', '7.7, 5.12', 1, 3],
  ['Company website', 1, 'Defacement', 'CMS not patched regularly', 3, 2, 'Marketing Lead', 'Accept', null, 3, 2],
  ['Backup NAS', 3, 'Hardware failure', 'Single NAS with no offsite copy', 2, 4, 'IT Manager', 'Treat', '8.13, 8.14', 1, 3],
  ['CAD licence server', 1, 'Licence server outage', 'Single licence server', 3, 2, 'IT Manager', 'Accept', null, 3, 2],
  ['Drone survey data', 2, 'Survey data lost in the field', 'SD cards not encrypted', 3, 2, 'Survey Lead', 'Treat', '7.10', 2, 2],
  ['Remote access VPN', 3, 'Exploit of the VPN appliance', 'Firmware not patched', 3, 5, 'IT Manager', 'Treat', '8.8, 8.20', 1, 4],
  ['Project portal (supplier hosted)', 2, 'Breach at the portal supplier', 'No security review of the supplier', 2, 4, 'Project Director', 'Transfer', '5.19, 5.20', 2, 3],
  ['Legacy timesheet application', 2, 'Exploit of unsupported software', 'Vendor support ended', 3, 3, 'Finance Manager', 'Avoid', null, 1, 1],
  ['Head office building', 2, 'Fire', 'Server cupboard without fire suppression', 1, 5, 'Office Manager', 'Treat', '7.5, 7.11', 1, 3],
];

function docInfo(wb: ReturnType<typeof newWorkbook>): void {
  const ws = wb.addWorksheet('Doc Info');
  writeTitle(ws, 1, 1, 'Document information');
  writeRows(ws, 3, 1, [
    ['Document ID', 'ISMS-DOC-06'],
    ['Title', 'Information security risk assessment'],
    ['Version', '1.4'],
    ['Owner', 'ISMS Manager'],
    ['Approved by', 'Managing Director'],
    ['Approval date', day('2026-08-20')],
  ]);
  ws.getCell(8, 2).numFmt = 'dd mmm yyyy';
  writeTitle(ws, 10, 1, 'Method', 12);
  writeRows(ws, 11, 1, [
    ['Each risk is scored as Asset value × Likelihood × Consequence.'],
    ['Asset value: 1 = low, 2 = medium, 3 = high (taken from the asset inventory).'],
    ['Likelihood: 1 = rare, 2 = unlikely, 3 = possible, 4 = likely, 5 = almost certain.'],
    ['Consequence: 1 = insignificant, 2 = minor, 3 = moderate, 4 = major, 5 = catastrophic.'],
    ['Risk bands: Extreme 45–75, Major 24–44, Medium 10–23, Minor 1–9.'],
    ['Extreme and Major risks must be treated. Medium risks are treated or accepted by the ISMS Manager. Minor risks may be accepted by the risk owner.'],
    ['Residual risk is scored the same way, assuming the planned controls are in place.'],
  ]);
  writeTitle(ws, 19, 1, 'Change history', 12);
  writeRows(ws, 20, 1, [
    ['1.2', 'First issue of the three-factor method'],
    ['1.3', 'Bands recalibrated after the management review of March 2026'],
    ['1.4', 'Residual scoring added'],
  ]);
  setWidths(ws, [16, 60]);
}

const HEADER = 2;
const HEADERS = [
  'Risk No',
  'Asset',
  'Asset Value',
  'Threat',
  'Vulnerability',
  'Likelihood',
  'Consequence',
  'Risk Score',
  'Risk Band',
  'Risk Owner',
  'Treatment',
  'ISO 27002 Control #',
  'Residual Likelihood',
  'Residual Consequence',
  'Residual Score',
  'Residual Band',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  docInfo(wb);
  const ws = wb.addWorksheet('Risk Assessment');
  writeTitle(ws, 1, 1, 'Pinecrest Engineering Consultants – risk assessment (see Doc Info for the method)', 13);
  writeRows(ws, HEADER, 1, [HEADERS]);
  RISKS.forEach(([asset, value, threat, vuln, l, c, owner, treatment, controls, rl, rc], k) => {
    const score = value * l * c;
    const residual = value * rl * rc;
    writeRows(ws, HEADER + 1 + k, 1, [[k + 1, asset, value, threat, vuln, l, c, score, band(score, BANDS), owner, treatment, controls, rl, rc, residual, band(residual, BANDS)]]);
  });
  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, HEADER + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [7, 26, 8, 30, 34, 10, 12, 8, 9, 17, 10, 14, 10, 12, 9, 9]);
  return saveWorkbook(wb);
}
