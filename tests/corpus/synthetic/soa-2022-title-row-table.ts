/**
 * A remote-first SaaS company's Statement of Applicability kept as an Excel table under a title
 * and two blank rows, starting in column B, with a revision-history sheet in front of it. The
 * team lists only the 41 controls it decided on, and types applicability the way people do
 * (Yes, yes, Applicable, Partially, No, Not applicable, N/A). Some rows carry a justification,
 * statuses are Implemented / Partially implemented / Planned, and an Evidence column points at
 * documents; a few implemented controls have no evidence yet.
 */
import { control2022 } from './annex-a-lists';
import { day, newWorkbook, saveWorkbook, setWidths, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'SoA as an Excel table under a title and blank rows, Theme column first, only the 41 decided controls, mixed Yes/Partially/Not applicable/N/A spellings';

const TABLE = 'SoA2026';
const COLUMNS = ['Theme', 'Ref', 'Control', 'Applicable?', 'Justification', 'Implementation status', 'Evidence', 'Owner'];

const THEME_WORDS: Readonly<Record<string, string>> = {
  Organizational: 'Organisational',
  People: 'People',
  Physical: 'Physical',
  Technological: 'Technological',
};

const NO_PREMISES = 'No offices or data centre of our own: staff work from home and production runs on AWS';

// id, applicable as typed, justification, status, evidence, owner
type Row = [string, string, string | null, string | null, string | null, string];
const DECIDED: Row[] = [
  ['5.1', 'Yes', 'Required for the ISMS and asked for in every customer questionnaire', 'Implemented', 'ISMS-POL-01 v3 (Confluence)', 'CISO'],
  ['5.2', 'Yes', null, 'Implemented', 'RACI in the ISMS manual', 'CISO'],
  ['5.3', 'Partially', 'Team of 40: duties are split where the tools allow, with a second review elsewhere', 'Partially implemented', null, 'Head of Engineering'],
  ['5.7', 'yes', null, 'Planned', null, 'Security Engineer'],
  ['5.9', 'Applicable', 'Every other control starts from the asset inventory', 'Implemented', 'Asset inventory (Snipe-IT export)', 'IT Lead'],
  ['5.10', 'Yes', null, 'Implemented', 'Acceptable use policy, signed at onboarding', 'People Ops'],
  ['5.12', 'Yes', 'Customer data must be classified under our contracts', 'Implemented', 'Classification standard v2', 'CISO'],
  ['5.15', 'Yes', null, 'Implemented', 'Access control policy; Okta group rules', 'IT Lead'],
  ['5.17', 'Yes', null, 'Implemented', '1Password Business; Okta MFA policy', 'IT Lead'],
  ['5.18', 'Yes', null, 'Partially implemented', 'Quarterly access review (Q1 and Q2 done)', 'IT Lead'],
  ['5.19', 'Yes', 'Production depends on cloud suppliers', 'Implemented', 'Supplier register', 'Head of Finance'],
  ['5.20', 'Yes', null, 'Partially implemented', null, 'Head of Finance'],
  ['5.23', 'Yes', 'All production runs on AWS and Snowflake', 'Implemented', 'Cloud security standard; AWS Config rules', 'Head of Platform'],
  ['5.24', 'Yes', null, 'Implemented', 'Incident response plan v4', 'CISO'],
  ['5.26', 'Yes', null, 'Implemented', 'Incident tickets in Jira (SEC project)', 'CISO'],
  ['5.29', 'Partially', 'Only the customer-facing API has a continuity plan so far', 'Partially implemented', null, 'Head of Platform'],
  ['5.30', 'Yes', null, 'Planned', null, 'Head of Platform'],
  ['5.31', 'Yes', 'GDPR, and the UK and US contracts we sign', 'Implemented', 'Legal register', 'General Counsel'],
  ['5.34', 'Yes', 'We process personal data of our customers\u2019 users', 'Implemented', 'Records of processing; DPA template', 'DPO'],
  ['6.1', 'Yes', null, 'Implemented', 'Background checks by our HR provider', 'People Ops'],
  ['6.3', 'Yes', null, 'Implemented', 'Training records in the LMS', 'People Ops'],
  ['6.4', 'Applicable', null, 'Implemented', 'Employee handbook, section 9', 'People Ops'],
  ['6.7', 'Yes', 'Fully remote company', 'Implemented', 'Remote working policy', 'IT Lead'],
  ['7.1', 'Not applicable', NO_PREMISES, null, null, 'CISO'],
  ['7.2', 'Not applicable', NO_PREMISES, null, null, 'CISO'],
  ['7.3', 'N/A', NO_PREMISES, null, null, 'CISO'],
  ['7.4', 'No', 'No premises to monitor', null, null, 'CISO'],
  ['7.6', 'No', 'No secure areas', null, null, 'CISO'],
  ['7.9', 'Yes', 'Laptops are used at home and while travelling', 'Implemented', 'MDM compliance report (Kandji)', 'IT Lead'],
  ['7.10', 'Partially', 'USB storage is blocked on Macs; Windows test machines still allow it', 'Partially implemented', null, 'IT Lead'],
  ['7.14', 'Yes', null, 'Implemented', 'Disposal certificates from the leasing company', 'IT Lead'],
  ['8.1', 'Yes', null, 'Implemented', 'MDM compliance report (Kandji)', 'IT Lead'],
  ['8.5', 'Yes', null, 'Implemented', 'Okta authentication policies', 'IT Lead'],
  ['8.7', 'Yes', null, 'Implemented', 'EDR console export', 'Security Engineer'],
  ['8.8', 'Yes', null, 'Implemented', null, 'Security Engineer'],
  ['8.13', 'Yes', null, 'Implemented', 'AWS Backup plans; restore test 2026-02', 'Head of Platform'],
  ['8.15', 'Yes', null, 'Partially implemented', 'CloudTrail to the log archive account', 'Security Engineer'],
  ['8.20', 'Applicable', null, 'Implemented', 'VPC design document', 'Head of Platform'],
  ['8.24', 'Yes', null, 'Implemented', 'KMS key policy; TLS configuration', 'Head of Platform'],
  ['8.28', 'Yes', 'We build our own product', 'Implemented', 'Secure coding guideline; Semgrep in CI', 'Head of Engineering'],
  ['8.30', 'No', 'All development is done by our own employees', null, null, 'Head of Engineering'],
];

const TOP = 5;
const LEFT = 2;

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();

  const history = wb.addWorksheet('Revision history');
  writeRows(history, 1, 1, [
    ['Version', 'Date', 'Author', 'Change'],
    ['2.0', day('2025-03-10'), 'CISO', 'Moved to the 2022 edition'],
    ['3.0', day('2026-01-20'), 'CISO', 'Scope now covers the US entity'],
    ['3.1', day('2026-03-14'), 'Security Engineer', 'Threat intelligence planned; statuses after the internal audit'],
  ]);
  styleHeader(history, 1, 1, 1, 4);
  setWidths(history, [9, 12, 18, 60]);

  const ws = wb.addWorksheet('SoA 2026');
  writeTitle(ws, 1, LEFT, 'Northwind Analytics \u2013 Statement of Applicability (ISO/IEC 27001:2022)', 15);
  writeRows(ws, 2, LEFT, [['Version 3.1 \u00b7 approved by the ISMS board on 14 March 2026 \u00b7 controls not listed are not in scope of this document']]);
  ws.addTable({
    name: TABLE,
    ref: `B${TOP}`,
    headerRow: true,
    style: { theme: 'TableStyleMedium9', showRowStripes: true },
    columns: COLUMNS.map((name) => ({ name, filterButton: true })),
    rows: DECIDED.map(([id, applicable, justification, status, evidence, owner]) => {
      const c = control2022(id);
      return [THEME_WORDS[c.theme], id, c.title, applicable, justification, status, evidence, owner];
    }),
  });
  setWidths(ws, [3, 15, 7, 44, 15, 52, 22, 40, 20]);
  return saveWorkbook(wb);
}
