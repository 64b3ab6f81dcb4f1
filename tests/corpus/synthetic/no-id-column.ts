/**
 * A housing association's register with no id column at all: each row is a risk, known by its
 * asset and threat. 1-4 scales, no score column, and treatment typed as "Reduce risk",
 * "Accept risk"… from the team's dropdown.
 */
import { newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows } from './support';

export const scenario = 'no id column: Asset, Threat, Vulnerability, Likelihood, Impact, Owner, Treatment, Controls';

const HEADERS = ['Asset', 'Threat', 'Vulnerability', 'Likelihood', 'Impact', 'Owner', 'Treatment', 'Controls'];

type Row = [string, string, string, number, number, string, string, string | null];
const RISKS: Row[] = [
  ['Tenant database (Housing CRM)', 'Former staff still access tenant records', 'Leaver accounts disabled days after the last day', 3, 4, 'Housing Services Manager', 'Reduce risk', '5.18, 5.16'],
  ['Tenant database (Housing CRM)', 'Manual rent adjustments keyed wrongly', 'No second check on manual adjustments', 3, 2, 'Income Manager', 'Reduce risk', '5.3'],
  ['Finance system', 'Fraudulent change of supplier bank details', 'Changes accepted over the phone', 2, 4, 'Finance Director', 'Reduce risk', '5.14, 6.3'],
  ['E-mail', 'Phishing e-mail harvests staff passwords', 'No MFA on webmail', 4, 3, 'IT Manager', 'Reduce risk', '8.5, 6.3'],
  ['Laptops', 'Laptop left on public transport', 'Encryption not verified on every device', 3, 3, 'IT Manager', 'Reduce risk', '8.1, 8.24'],
  ['Paper tenancy files', 'Files lost when moved between offices', 'Boxes sent without a tracked courier', 2, 3, 'Office Manager', 'Reduce risk', '7.10, 5.14'],
  ['Repairs contractor portal', "Contractor exposes tenants' contact details", 'Contract has no security clauses', 2, 3, 'Asset Manager', 'Transfer risk', '5.19, 5.20'],
  ['Server room', 'Power cut corrupts the file server', 'UPS battery past its end of life', 2, 3, 'IT Manager', 'Reduce risk', '7.11'],
  ['Website', 'Donation page defaced', 'Outdated CMS plug-ins', 2, 2, 'Communications Lead', 'Reduce risk', '8.8, 8.9'],
  ['CCTV footage', 'Footage kept longer than the law allows', 'No retention period set on the recorder', 3, 2, 'Office Manager', 'Reduce risk', '8.10'],
  ['Old file server (Windows Server 2012)', 'Exploit of an unsupported operating system', 'No security updates since 2023', 3, 4, 'IT Manager', 'Avoid risk', null],
  ['Volunteers', 'Tenant details shared in WhatsApp groups', 'No guidance for volunteers', 2, 2, 'Volunteer Coordinator', 'Reduce risk', '6.3, 5.10'],
  ['Mobile phones', 'Lost phone with no screen lock', 'Screen lock not enforced', 2, 1, 'IT Manager', 'Accept risk', null],
  ['Payroll bureau', 'Bureau misses a pay run', 'Single payroll provider', 1, 3, 'Finance Director', 'Accept risk', null],
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk Assessment');
  writeRows(ws, 1, 1, [HEADERS, ...RISKS]);
  styleHeader(ws, 1, 1, 1, HEADERS.length);
  styleBody(ws, 2, RISKS.length + 1, 1, HEADERS.length);
  setWidths(ws, [30, 40, 40, 10, 8, 24, 14, 14]);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return saveWorkbook(wb);
}
