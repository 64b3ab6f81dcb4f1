/**
 * An insurance broker's 30-risk register scored L x I with levels by bands, where three rows
 * were not kept up to date: their likelihood was changed at a review but the typed score (and
 * the level beside it) still show the old value. The other 27 rows follow the method exactly.
 */
import { band, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows } from './support';

export const scenario = '30 risks scored L x I with level bands, 3 rows whose typed score was not updated after a review';

const BANDS = [
  [1, 'Low'],
  [6, 'Medium'],
  [12, 'High'],
  [20, 'Critical'],
] as const;

// id, description, owner, L, I, treatment, controls, status, and, for a stale row, the score still typed in it
type Row = [string, string, string, number, number, string, string | null, string, number?];
const RISKS: Row[] = [
  ['FB-01', 'Client policy data exposed through the broker portal', 'Head of Digital', 3, 5, 'Mitigate', '8.26, 8.29, 8.16', 'Open'],
  ['FB-02', 'Ransomware on the policy administration system', 'IT Director', 3, 5, 'Mitigate', '8.7, 8.13, 5.30', 'In progress'],
  ['FB-03', 'Phishing leads to compromise of account handler mailboxes', 'IT Director', 4, 3, 'Mitigate', '6.3, 8.5', 'In progress'],
  ['FB-04', 'Client bank details changed by a fraudulent e-mail', 'Finance Director', 3, 4, 'Mitigate', '5.14, 6.3', 'Open'],
  ['FB-05', 'Insurer portal credentials shared between staff', 'Operations Manager', 4, 2, 'Mitigate', '5.16, 5.17', 'Open'],
  ['FB-06', 'Laptop with client files stolen from a car', 'IT Director', 2, 3, 'Mitigate', '8.1, 8.24', 'Closed'],
  ['FB-07', 'Unpatched remote desktop gateway exploited', 'IT Director', 4, 3, 'Mitigate', '8.8, 8.20', 'Open', 9],
  ['FB-08', 'Call recordings kept beyond the retention period', 'Compliance Manager', 3, 2, 'Mitigate', '8.10, 5.33', 'Open'],
  ['FB-09', 'Outsourced IT provider loses admin credentials', 'IT Director', 2, 5, 'Transfer', '5.19, 5.20, 5.22', 'Open'],
  ['FB-10', 'Leavers keep access to the CRM', 'HR Manager', 3, 3, 'Mitigate', '5.18, 6.5', 'In progress'],
  ['FB-11', 'Client documents sent to the wrong client', 'Operations Manager', 3, 3, 'Mitigate', '5.14, 8.12', 'Open'],
  ['FB-12', 'Power cut at the office stops telephony', 'Office Manager', 2, 2, 'Accept', null, 'Closed'],
  ['FB-13', 'Backups of the document store never tested', 'IT Director', 2, 4, 'Mitigate', '8.13', 'Open'],
  ['FB-14', 'Developers can read client data in production', 'Head of Digital', 2, 4, 'Mitigate', '8.31, 8.2', 'Open'],
  ['FB-15', 'Data breach at the premium finance partner', 'Finance Director', 2, 5, 'Transfer', '5.19, 5.20', 'Open', 15],
  ['FB-16', 'Printed client files left on desks overnight', 'Office Manager', 3, 2, 'Mitigate', '7.7', 'Closed'],
  ['FB-17', 'Staff install unapproved software', 'IT Director', 3, 2, 'Mitigate', '8.19', 'In progress'],
  ['FB-18', 'Client files shared through personal cloud storage', 'Head of Digital', 3, 3, 'Mitigate', '5.10, 5.14', 'Open'],
  ['FB-19', 'Regulatory returns built from incorrect data', 'Compliance Manager', 2, 4, 'Mitigate', '5.31, 5.36', 'Open'],
  ['FB-20', 'Windows Server 2012 file server still in use', 'IT Director', 4, 4, 'Avoid', null, 'In progress'],
  ['FB-21', 'Visitors walk unescorted through the open-plan office', 'Office Manager', 2, 2, 'Accept', null, 'Closed'],
  ['FB-22', 'DDoS on the quote-and-buy website', 'Head of Digital', 2, 3, 'Transfer', '5.21, 5.22', 'Open'],
  ['FB-23', 'Microsoft 365 sharing settings allow anonymous links', 'IT Director', 3, 4, 'Mitigate', '8.9, 5.15', 'Open'],
  ['FB-24', 'Loss of the only specialist for the underwriting system', 'Operations Manager', 3, 3, 'Mitigate', '5.37', 'Open', 6],
  ['FB-25', 'Company phones without a screen lock', 'IT Director', 3, 2, 'Mitigate', '8.1', 'Closed'],
  ['FB-26', 'Weak passwords on the claims portal', 'Head of Digital', 3, 4, 'Mitigate', '8.5, 5.17', 'In progress'],
  ['FB-27', 'Logs not kept long enough to investigate incidents', 'IT Director', 3, 3, 'Mitigate', '8.15, 8.16', 'Open'],
  ['FB-28', 'New suppliers onboarded without due diligence', 'Compliance Manager', 3, 3, 'Mitigate', '5.19, 5.21', 'Open'],
  ['FB-29', 'Fire in the server cupboard', 'Office Manager', 1, 5, 'Mitigate', '7.5, 8.14', 'Closed'],
  ['FB-30', 'Confidential data pasted into public AI chatbots', 'Compliance Manager', 4, 3, 'Mitigate', '5.10, 6.3', 'Open'],
];

const HEADERS = ['Risk ID', 'Risk description', 'Risk owner', 'Likelihood', 'Impact', 'Risk score', 'Risk level', 'Treatment', 'Controls', 'Status'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk Register');
  writeRows(ws, 1, 1, [HEADERS]);
  RISKS.forEach(([id, description, owner, l, i, treatment, controls, status, stale], k) => {
    // A stale row keeps the score typed before its likelihood changed, and the level of that score.
    const score = stale ?? l * i;
    writeRows(ws, 2 + k, 1, [[id, description, owner, l, i, score, band(score, BANDS), treatment, controls, status]]);
  });
  styleHeader(ws, 1, 1, 1, HEADERS.length);
  styleBody(ws, 2, 1 + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [8, 50, 20, 10, 8, 8, 9, 10, 18, 11]);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return saveWorkbook(wb);
}
