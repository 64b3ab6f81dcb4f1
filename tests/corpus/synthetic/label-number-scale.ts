/**
 * A university IT services register whose likelihood and impact cells hold the dropdown text
 * "4 - Likely", "3 - Moderate" (number and label in one cell), with the team's own score and
 * level columns for inherent and residual risk, a category and a short risk title.
 */
import { at, band, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'likelihood and impact typed as "4 - Likely" / "3 - Moderate", with score and level columns';

const LIKELIHOOD = ['1 - Rare', '2 - Unlikely', '3 - Possible', '4 - Likely', '5 - Almost Certain'];
const IMPACT = ['1 - Insignificant', '2 - Minor', '3 - Moderate', '4 - Major', '5 - Severe'];
const BANDS = [
  [1, 'Low'],
  [6, 'Medium'],
  [12, 'High'],
  [20, 'Extreme'],
] as const;

// id, category, title, description, owner, L, I, treatment, controls, residual L, residual I, status
type Row = [string, string, string, string, string, number, number, string, string | null, number, number, string];
const RISKS: Row[] = [
  ['ITS-R-01', 'Cyber', 'Student records breach', 'Attackers exploit the student records system to steal personal data', 'Academic Registrar', 3, 5, 'Mitigate', '5.15, 8.8, 8.16', 2, 4, 'Open'],
  ['ITS-R-02', 'Cyber', 'Research data ransomware', 'Ransomware encrypts research file stores holding data kept nowhere else', 'Director of Research IT', 3, 4, 'Mitigate', '8.7, 8.13', 2, 4, 'In progress'],
  ['ITS-R-03', 'Operational', 'VLE outage in exam week', 'The virtual learning environment is down during online exams', 'Head of Digital Learning', 2, 4, 'Mitigate', '8.14, 5.30', 1, 4, 'Open'],
  ['ITS-R-04', 'Compliance', 'Subject access requests missed', 'The one-month deadline for subject access requests is missed', 'Data Protection Officer', 3, 3, 'Mitigate', '5.34, 5.31', 2, 2, 'Open'],
  ['ITS-R-05', 'People', 'Phishing of staff accounts', 'Staff credentials phished and used to redirect salary payments', 'Head of IT Security', 5, 3, 'Mitigate', '8.5, 6.3, 8.23', 3, 2, 'In progress'],
  ['ITS-R-06', 'Third party', 'Cloud e-mail provider failure', 'Extended outage of the hosted e-mail service', 'Head of Infrastructure', 2, 3, 'Transfer', '5.20, 5.23', 2, 2, 'Open'],
  ['ITS-R-07', 'Cyber', 'Lab PCs used for crypto-mining', 'Students install mining software on teaching lab PCs', 'Head of Infrastructure', 3, 2, 'Mitigate', '8.19', 1, 2, 'Closed'],
  ['ITS-R-08', 'Operational', 'Data centre cooling failure', 'A cooling failure forces shutdown of the on-site data centre', 'Head of Infrastructure', 2, 5, 'Mitigate', '7.11, 7.5', 1, 5, 'Open'],
  ['ITS-R-09', 'Compliance', 'Unlicensed software in departments', 'Departments buy software without a licence check', 'Procurement Manager', 3, 2, 'Accept', null, 3, 2, 'Accepted'],
  ['ITS-R-10', 'Cyber', 'Legacy library kiosks', 'Library kiosks run an unsupported OS on the campus network', 'Head of Library Services', 4, 3, 'Avoid', null, 1, 1, 'In progress'],
  ['ITS-R-11', 'People', 'Privileged access after role change', 'Staff keep admin rights after moving to another department', 'Head of IT Security', 3, 4, 'Mitigate', '5.18, 8.2', 2, 3, 'Open'],
  ['ITS-R-12', 'Third party', 'Payroll bureau breach', 'The outsourced payroll bureau loses staff bank details', 'Director of HR', 2, 4, 'Transfer', '5.19, 5.20, 5.21', 1, 4, 'Open'],
  ['ITS-R-13', 'Operational', 'Research data lost at project end', 'Project data deleted when the researcher leaves the university', 'Director of Research IT', 4, 4, 'Mitigate', '5.33, 8.13', 2, 3, 'Open'],
  ['ITS-R-14', 'Cyber', 'Domain admin compromise', 'An attacker gains domain admin through an exposed RDP server', 'Head of IT Security', 4, 5, 'Mitigate', '8.20, 8.2, 8.16, 5.15', 2, 4, 'In progress'],
];

const HEADER = 2;
const HEADERS = [
  'Risk Reference',
  'Category',
  'Risk Title',
  'Risk Description',
  'Risk Owner',
  'Likelihood',
  'Impact',
  'Risk Score',
  'Risk Level',
  'Treatment Strategy',
  'Related Control(s)',
  'Residual Likelihood',
  'Residual Impact',
  'Residual Score',
  'Residual Level',
  'Status',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('IT Services Risks');
  writeTitle(ws, 1, 1, 'Eastfield University – IT Services Risk Register 2026/27');
  writeRows(ws, HEADER, 1, [HEADERS]);
  RISKS.forEach(([id, category, title, description, owner, l, i, treatment, controls, rl, ri, status], k) => {
    writeRows(ws, HEADER + 1 + k, 1, [
      [id, category, title, description, owner, at(LIKELIHOOD, l - 1), at(IMPACT, i - 1), l * i, band(l * i, BANDS), treatment, controls, at(LIKELIHOOD, rl - 1), at(IMPACT, ri - 1), rl * ri, band(rl * ri, BANDS), status],
    ]);
  });
  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, HEADER + RISKS.length, 1, HEADERS.length);
  setWidths(ws, [11, 12, 28, 44, 24, 16, 16, 8, 9, 11, 18, 16, 16, 8, 9, 11]);
  return saveWorkbook(wb);
}
