/**
 * The register the demo page opens: a SaaS company's 13 risks in the team's own layout (title
 * lines, headers on row 4, their Business unit and Notes columns), with the gaps an auditor
 * would find in a real one: a missing owner, a risk to mitigate with no control, a 2013 control
 * id, a high risk accepted without approval, an overdue review, a level off the scale. Plain data,
 * no Node APIs: it runs in the browser.
 */
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';

/** The date the demo is checked on, so overdue reviews stay overdue. */
export const DEMO_NOW = '2026-11-23T09:00:00Z';

export const DEMO_SHEET = 'Risk register';

/** Serial date of 2026-11-23 minus `days`. */
function daysAgo(days: number): number {
  return 46349 - days;
}

const HEADER = [
  'Ref',
  'Business unit',
  'Asset',
  'Threat',
  'Vulnerability',
  'Probability',
  'Impact',
  'Risk owner',
  'Response',
  'Annex A controls',
  'Residual probability',
  'Residual impact',
  'Approved by',
  'Approval date',
  'Last review',
  'Notes',
];

type Row = [
  ref: string,
  unit: string,
  asset: string,
  threat: string,
  vulnerability: string,
  likelihood: CellValue,
  impact: CellValue,
  owner: string | null,
  response: string,
  controls: string | null,
  residualLikelihood: CellValue,
  residualImpact: CellValue,
  approvedBy: string | null,
  approvalDate: number | null,
  lastReview: number,
  notes: string | null,
];

const RISKS: readonly Row[] = [
  ['R-01', 'Platform', 'AWS production account', 'Misconfigured cloud IAM roles', 'Wildcard permissions on deployment roles', 4, 5, 'CTO', 'Mitigate', '5.15, 5.18, 8.2', 2, 4, null, null, daysAgo(40), 'Found in the 2026 pen test'],
  ['R-02', 'Platform', 'Backups (AWS Backup, S3)', 'Backup failure or corruption', 'Restores not tested on a schedule', 3, 4, 'Head of Platform', 'Mitigate', '8.13', 2, 3, null, null, daysAgo(65), null],
  ['R-03', 'IT', 'Corporate laptops', 'Ransomware', 'Local admin rights on endpoints', '4 - Likely', 'Major', 'Head of IT', 'Mitigate', '8.7, 8.8, A.12.6.1', 2, 4, null, null, daysAgo(90), null],
  ['R-04', 'Security', 'Staff email', 'Phishing and credential theft', 'MFA not enforced for every user', 'Likely', 'Significant', 'CISO', 'Mitigate', null, 3, 3, null, null, daysAgo(120), 'MFA roll-out planned for Q1'],
  ['R-05', 'Finance', 'Payment processing', 'Supplier outage', 'Single payment provider', 2, 4, 'CFO', 'Transfer', '5.19, 5.20', 2, 3, null, null, daysAgo(200), 'Cyber insurance covers outage losses'],
  ['R-06', 'Engineering', 'Platform operations', 'Key-person dependency', 'Undocumented runbooks', 3, 3, 'VP Engineering', 'Accept', null, null, null, 'CTO', daysAgo(150), daysAgo(30), null],
  ['R-07', 'Platform', 'Public API', 'Distributed denial of service', 'No rate limiting on some endpoints', 3, 4, 'Head of Platform', 'Mitigate', '8.20, 8.6', 2, 3, null, null, daysAgo(25), null],
  ['R-08', 'Engineering', 'Source code repositories', 'Secrets committed to repositories', 'No secret scanning before push', 3, 5, null, 'Mitigate', '8.4, 8.28', 1, 5, null, null, daysAgo(20), 'Owner left in October'],
  ['R-09', 'Legal', 'Customer personal data', 'Data transferred outside the EEA', 'Sub-processor in a non-EEA region', 2, 5, 'DPO', 'Mitigate', '5.34, 5.20', 1, 5, null, null, daysAgo(300), null],
  ['R-10', 'Platform', 'Production environment', 'Insider misuse of administrator access', 'Standing admin access', 4, 4, 'CTO', 'Accept', null, null, null, null, null, daysAgo(60), 'Discussed at the steering group'],
  ['R-11', 'IT', 'Staff laptops', 'Lost or stolen laptop', 'Disk encryption not verified', 3, 2, 'Head of IT', 'Mitigate', '8.1, 8.24', 2, 2, null, null, daysAgo(449), null],
  ['R-12', 'People', 'Office', 'Unauthorised physical access', 'Tailgating at the entrance', 'Rare', 'Minor', 'Office manager', 'Accept', null, null, null, null, null, daysAgo(80), null],
  ['R-13', 'IT', 'SaaS applications', 'Orphaned accounts', 'No access review outside SSO', 3, 3, 'Head of IT', 'Mitigate', '5.18', 2, '6 - Extreme', null, null, daysAgo(45), null],
];

/** A sheet the team keeps beside the register, which the set-up offers to adopt (and refuses). */
const ASSETS: readonly CellValue[][] = [
  ['Asset inventory'],
  ['Asset', 'Type', 'Custodian', 'Classification'],
  ['AWS production account', 'Cloud', 'Head of Platform', 'Confidential'],
  ['Customer personal data', 'Data', 'DPO', 'Restricted'],
  ['Corporate laptops', 'Hardware', 'Head of IT', 'Internal'],
];

export function demoWorkbook(): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['Acme Cloud – Information Security Risk Register'],
    ['Owner: CISO · Last updated 2 November 2026'],
    [],
    [...HEADER],
    ...RISKS.map((r) => [...r]),
  ];
  return {
    sheets: [
      { name: DEMO_SHEET, values, merges: ['A1:P1'] },
      { name: 'Assets', values: ASSETS },
    ],
  };
}
