/**
 * A distribution company's ISMS workbook with three sheets of its own: the risk register (R-01 …,
 * likelihood and impact 1-5, treatment, Annex A 2022 controls), its SoA on a sheet called
 * "SoA 2022" (a note row above the header, every control typed with its title in one cell,
 * "5.1 Policies for information security", Included Yes / No, reasons for inclusion and
 * exclusion, status, evidence) and its treatment plan keyed by risk id (Risk ID | Action | Owner |
 * Due date | Status, one or more actions per risk) under a title. Every risk the team treats has
 * actions in the plan; for three of them the register's Treatment cell was never filled in
 * because the plan says it all.
 */
import { CONTROLS_2022 } from './annex-a-lists';
import { day, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'register + team SoA on "SoA 2022" (id and title in one cell) + treatment plan keyed by risk id; some register treatments left blank for the plan';

const REGISTER_HEADERS = ['Risk ID', 'Risk', 'Asset', 'Threat', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Risk owner', 'Treatment', 'Annex A controls', 'Status'];

// id, risk, asset, threat, L, I, owner, treatment ('' = left blank), controls, status
type Risk = [string, string, string, string, number, number, string, string, string | null, string];
const RISKS: Risk[] = [
  ['R-01', 'Ransomware on the ERP server', 'ERP (on-premises)', 'Ransomware', 4, 5, 'IT Manager', 'Mitigate', '8.7, 8.13', 'Open'],
  ['R-02', 'Phishing of finance staff', 'Microsoft 365 mailboxes', 'Phishing', 4, 4, 'CISO', '', '6.3, 8.23', 'Open'],
  ['R-03', 'Lost laptop with customer data', 'Laptops', 'Theft or loss', 3, 3, 'IT Manager', 'Mitigate', '8.1, 8.24', 'In treatment'],
  ['R-04', 'Breach at the payroll provider', 'Payroll (SaaS)', 'Supplier compromise', 2, 4, 'HR Director', 'Transfer', '5.19, 5.20', 'Open'],
  ['R-05', 'Admin accounts without MFA', 'Entra ID tenant', 'Credential theft', 3, 5, 'CISO', '', '5.17, 8.5', 'Open'],
  ['R-06', 'Unpatched edge firewall', 'Edge firewall', 'Exploit of a known vulnerability', 3, 4, 'Network Lead', 'Mitigate', '8.8, 8.20', 'Open'],
  ['R-07', 'Backups never restored', 'Backup system', 'Failed restore', 2, 5, 'IT Manager', 'Mitigate', '8.13, 5.30', 'In treatment'],
  ['R-08', 'Power loss in the server room', 'Server room', 'Power outage', 2, 3, 'Facilities Manager', 'Accept', null, 'Accepted'],
  ['R-09', 'Customer files in personal cloud storage', 'Customer files', 'Unapproved file sharing', 3, 3, 'CISO', '', '5.10, 8.12', 'Open'],
  ['R-10', 'End-of-life CRM', 'Old CRM', 'Unsupported software', 3, 3, 'Sales Ops Lead', 'Avoid', null, 'Open'],
];

const PLAN_HEADERS = ['Risk ID', 'Action', 'Owner', 'Due date', 'Status'];
const PLAN: [string, string, string, string, string][] = [
  ['R-01', 'Immutable off-site backups for the ERP', 'IT Manager', '2026-09-30', 'In progress'],
  ['R-01', 'EDR on every server', 'IT Manager', '2026-06-30', 'Done'],
  ['R-02', 'Quarterly phishing simulation and training', 'CISO', '2026-12-31', 'In progress'],
  ['R-02', 'Web filtering of newly registered domains', 'Network Lead', '2026-08-31', 'Not started'],
  ['R-03', 'BitLocker on every laptop', 'IT Manager', '2026-05-31', 'Done'],
  ['R-04', 'Security clauses in the payroll contract renewal', 'HR Director', '2027-01-31', 'Not started'],
  ['R-05', 'Conditional access with MFA for every admin role', 'CISO', '2026-04-30', 'In progress'],
  ['R-06', 'Monthly firmware patch window', 'Network Lead', '2026-07-31', 'In progress'],
  ['R-07', 'Quarterly restore test', 'IT Manager', '2026-10-31', 'Not started'],
  ['R-09', 'Block personal cloud storage at the proxy', 'Network Lead', '2026-09-15', 'Not started'],
  ['R-09', 'Approved file-sharing service for customers', 'CISO', '2026-11-30', 'Not started'],
  ['R-10', 'Migrate to the new CRM and switch the old one off', 'Sales Ops Lead', '2026-12-31', 'In progress'],
];

/** Controls the company excludes: it develops no software of its own. */
const EXCLUDED: ReadonlySet<string> = new Set(['8.25', '8.28', '8.29', '8.30', '8.31', '8.33']);
const SOA_HEADERS = ['Annex A control', 'Included', 'Reason for inclusion', 'Reason for exclusion', 'Status', 'Evidence'];

function citedBy(id: string): string[] {
  return RISKS.filter((r) => (r[8] ?? '').split(',').map((s) => s.trim()).includes(id)).map((r) => r[0]);
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();

  const reg = wb.addWorksheet('Risk Register');
  writeRows(reg, 1, 1, [REGISTER_HEADERS]);
  RISKS.forEach(([id, risk, asset, threat, l, i, owner, treatment, controls, status], k) => {
    writeRows(reg, 2 + k, 1, [[id, risk, asset, threat, l, i, l * i, owner, treatment === '' ? null : treatment, controls, status]]);
  });
  styleHeader(reg, 1, 1, 1, REGISTER_HEADERS.length);
  styleBody(reg, 2, 1 + RISKS.length, 1, REGISTER_HEADERS.length);
  setWidths(reg, [8, 36, 24, 28, 11, 10, 7, 18, 11, 16, 13]);

  const soa = wb.addWorksheet('SoA 2022');
  writeRows(soa, 1, 1, [['Annex A controls (ISO/IEC 27001:2022) \u2013 decisions approved by the ISMS committee on 10 February 2026']]);
  writeRows(soa, 2, 1, [SOA_HEADERS]);
  CONTROLS_2022.forEach((c, k) => {
    const out = EXCLUDED.has(c.id);
    const risks = citedBy(c.id);
    const inclusion = out ? null : risks.length > 0 ? `Risk assessment (${risks.join(', ')})` : k % 4 === 0 ? 'Baseline good practice' : null;
    const status = out ? null : k % 10 === 3 ? 'Planned' : k % 10 === 7 ? 'Partially implemented' : 'Implemented';
    const evidence = status === 'Implemented' ? `SharePoint/ISMS/Evidence/${c.id}` : null;
    writeRows(soa, 3 + k, 1, [[`${c.id} ${c.title}`, out ? 'No' : 'Yes', inclusion, out ? 'No in-house software development' : null, status, evidence]]);
  });
  styleHeader(soa, 2, 2, 1, SOA_HEADERS.length);
  styleBody(soa, 3, 2 + CONTROLS_2022.length, 1, SOA_HEADERS.length);
  setWidths(soa, [58, 10, 30, 32, 20, 34]);

  const plan = wb.addWorksheet('Treatment Plan');
  writeTitle(plan, 1, 1, 'Risk treatment plan 2026', 14);
  writeRows(plan, 3, 1, [PLAN_HEADERS]);
  PLAN.forEach(([id, action, owner, due, status], k) => writeRows(plan, 4 + k, 1, [[id, action, owner, day(due), status]]));
  styleHeader(plan, 3, 3, 1, PLAN_HEADERS.length);
  styleBody(plan, 4, 3 + PLAN.length, 1, PLAN_HEADERS.length);
  setWidths(plan, [9, 50, 16, 12, 13]);
  return saveWorkbook(wb);
}
