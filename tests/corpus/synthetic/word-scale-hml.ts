/**
 * A retailer's IT risk register on word scales: likelihood and impact High / Medium / Low, the
 * inherent and residual risk Critical / High / Medium / Low from one 3 x 3 lookup the team
 * applies to every row, controls cited as "A.8.8, A.8.9", and both a last and a next review date.
 */
import { day, lookup, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'word scales High / Medium / Low, levels Critical..Low from a 3 x 3 lookup, controls as "A.8.8, A.8.9"';

type Word = 'Low' | 'Medium' | 'High';
const SCALE: readonly Word[] = ['Low', 'Medium', 'High'];
const MATRIX = [
  ['Low', 'Low', 'Medium'],
  ['Low', 'Medium', 'High'],
  ['Medium', 'High', 'Critical'],
] as const;

function level(l: Word, i: Word): string {
  return lookup(MATRIX, SCALE.indexOf(l), SCALE.indexOf(i));
}

// id, description, asset/process, threat source, L, I, controls, residual L, residual I, owner, response, last reviewed
type Row = [string, string, string, string, Word, Word, string | null, Word, Word, string, string, string];
const RISKS: Row[] = [
  ['RISK-001', 'Card data skimmed from the web checkout (Magecart)', 'E-commerce checkout', 'Organised crime', 'High', 'High', 'A.8.26, A.8.28, A.8.16', 'Low', 'High', 'E-commerce Director', 'Mitigate', '2026-10-06'],
  ['RISK-002', 'POS terminals infected with RAM-scraping malware', 'Store POS estate', 'Organised crime', 'Medium', 'High', 'A.8.7, A.8.8, A.8.9', 'Low', 'High', 'Head of Store Technology', 'Mitigate', '2026-09-21'],
  ['RISK-003', 'Loyalty database breached through a vulnerable API', 'Loyalty programme', 'External attacker', 'Medium', 'High', 'A.8.25, A.8.29', 'Low', 'Medium', 'CRM Manager', 'Mitigate', '2026-08-11'],
  ['RISK-004', 'Warehouse scanners unusable during a Wi-Fi outage', 'Distribution centre', 'Equipment failure', 'Medium', 'Medium', 'A.8.14, A.7.11', 'Low', 'Medium', 'DC Operations Manager', 'Mitigate', '2026-07-30'],
  ['RISK-005', 'Store staff share till logins', 'Store POS estate', 'Internal misuse', 'High', 'Low', 'A.5.16, A.5.17', 'Medium', 'Low', 'Retail Operations Director', 'Mitigate', '2026-06-18'],
  ['RISK-006', 'Gift card balances stolen by guessing card numbers', 'Gift card platform', 'Fraudsters', 'Medium', 'Medium', 'A.8.5, A.8.16', 'Low', 'Medium', 'Head of Payments', 'Mitigate', '2026-10-27'],
  ['RISK-007', 'Payment provider outage during peak trading', 'Payment gateway', 'Supplier failure', 'Low', 'High', 'A.5.20, A.5.22', 'Low', 'Medium', 'Head of Payments', 'Transfer', '2026-10-27'],
  ['RISK-008', 'Unpatched Windows servers at head office', 'Head office IT', 'External attacker', 'High', 'Medium', 'A.8.8, A.8.9', 'Low', 'Medium', 'IT Infrastructure Manager', 'Mitigate', '2026-11-02'],
  ['RISK-009', 'CCTV recordings viewed by unauthorised staff', 'Store CCTV', 'Internal misuse', 'Low', 'Medium', null, 'Low', 'Medium', 'Loss Prevention Manager', 'Accept', '2026-05-14'],
  ['RISK-010', 'Marketing agency mishandles the customer e-mail list', 'Marketing campaigns', 'Third party', 'Medium', 'Medium', 'A.5.19, A.5.20, A.5.34', 'Low', 'Medium', 'Marketing Director', 'Mitigate', '2026-09-09'],
  ['RISK-011', 'Legacy stock system still runs on Windows XP', 'Inventory system', 'External attacker', 'Medium', 'High', null, 'Low', 'Low', 'IT Infrastructure Manager', 'Avoid', '2026-11-02'],
  ['RISK-012', 'Ransomware on head office file shares', 'Head office IT', 'Organised crime', 'Medium', 'High', 'A.8.7, A.8.13, A.5.30', 'Low', 'High', 'IT Infrastructure Manager', 'Mitigate', '2026-11-02'],
  ['RISK-013', 'Supplier portal credentials phished', 'Supplier portal', 'External attacker', 'Medium', 'Medium', 'A.8.5, A.6.3', 'Low', 'Medium', 'Procurement Manager', 'Mitigate', '2026-08-25'],
  ['RISK-014', 'Returns data kept beyond the retention period', 'Customer service', 'Process failure', 'Medium', 'Low', 'A.8.10', 'Low', 'Low', 'Customer Service Manager', 'Mitigate', '2026-04-16'],
  ['RISK-015', 'Fire at head office destroys the comms room', 'Head office IT', 'Environmental', 'Low', 'High', 'A.7.5, A.8.14', 'Low', 'Medium', 'Facilities Manager', 'Mitigate', '2026-06-03'],
];

const HEADER = 4;
const HEADERS = [
  'Risk #',
  'Risk Description',
  'Asset/Process',
  'Threat Source',
  'Likelihood',
  'Impact',
  'Inherent Risk',
  'Mitigating Controls',
  'Residual Likelihood',
  'Residual Impact',
  'Residual Risk',
  'Risk Owner',
  'Response',
  'Last Reviewed',
  'Next Review Date',
];

/** The team reviews each risk again a year after its last review. */
function nextYear(iso: string): Date {
  return day(`${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`);
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('IT Risk Register');
  writeTitle(ws, 1, 1, 'Copperleaf Retail – IT Risk Register');
  writeRows(ws, 2, 1, [['Owner: Head of IT Governance · Status: live document']]);
  writeRows(ws, HEADER, 1, [HEADERS]);
  RISKS.forEach(([id, description, asset, source, l, i, controls, rl, ri, owner, response, reviewed], k) => {
    const row = HEADER + 1 + k;
    writeRows(ws, row, 1, [[id, description, asset, source, l, i, level(l, i), controls, rl, ri, level(rl, ri), owner, response, day(reviewed), nextYear(reviewed)]]);
    ws.getCell(row, 14).numFmt = 'd-mmm-yy';
    ws.getCell(row, 15).numFmt = 'd-mmm-yy';
  });
  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, HEADER + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [10, 44, 20, 18, 11, 9, 10, 22, 11, 10, 10, 24, 10, 11, 11]);
  return saveWorkbook(wb);
}
