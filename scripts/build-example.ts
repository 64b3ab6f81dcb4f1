/**
 * Writes examples/acme-saas-register.xlsx: the register Acme Cloud Ltd (a B2B SaaS on AWS) keeps
 * before it meets Riskbook, in the team's own layout and words. Run with
 * `npx tsx scripts/build-example.ts`.
 *
 * The gaps an auditor would find are deliberate, and they are the expected findings when the
 * register is checked on 2026-11-23 with the default 5 x 5 method (Low 1–4 acceptable, Medium
 * 5–12 tolerable, High 15–25 unacceptable, yearly review). examples/README.md lists the same:
 *
 *   - methodology-missing (info): the workbook has no Methodology sheet.
 *   - risk-owner-missing: R-38 (orphaned SaaS accounts) has no risk owner.
 *   - control-2013-id: R-12 cites A.9.2.3, the 2013 id of 8.2 (privileged access rights).
 *   - acceptance-unacceptable-unapproved: R-31 (single AWS region), 3 x 5 = 15 High, is accepted
 *     with neither an approver nor an approval date.
 *   - mitigate-without-controls: R-22 (slow incident response) is to be mitigated, no controls.
 *   - review-overdue: R-27 (guest Wi-Fi) was last reviewed on 2025-06-30.
 *   - control-unknown: R-19 cites "12.9", which is no control in either edition.
 *   - rtp-not-found, soa-not-found: the team has no Risk Treatment Plan or SoA yet.
 *   - A blank row (row 25) between: skipped, the risks below it are still read.
 *   - Dates are real dates in some rows and ISO text (`2026-09-14`) in others; both are read.
 *
 * Everything else is clean on purpose, so that each finding above is the only one of its kind.
 * R-14 is the worked example of the docs: Likely x Major = 20 High, mitigated by
 * "A.5.17, 8.16; A 8.9" to 2 x 4 = 8 Medium.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';

export const EXAMPLE_PATH = join(__dirname, '..', 'examples', 'acme-saas-register.xlsx');

export const SHEET_NAME = 'Risk register';
export const TITLE = 'Acme Cloud – Information Security Risk Register';

/** The team's own headers, in their order; `Business unit` and `Notes` are theirs alone. */
export const HEADERS = [
  'Ref',
  'Business unit',
  'Asset',
  'Threat',
  'Vulnerability',
  'Risk description',
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
] as const;

const WIDTHS = [8, 16, 26, 30, 34, 48, 13, 13, 22, 11, 22, 13, 13, 20, 14, 13, 40];

/** 1-based sheet row of the header; the title, the owner line and a blank row sit above it. */
export const HEADER_ROW = 4;

type Value = string | number | Date | null;

interface ExampleRisk {
  ref: string;
  unit: string;
  asset: string;
  threat: string;
  vulnerability: string;
  description: string;
  probability: Value;
  impact: Value;
  owner: string;
  response: string;
  controls: string;
  residualProbability?: Value;
  residualImpact?: Value;
  approvedBy?: string;
  approvalDate?: Value;
  lastReview: Value;
  notes?: string;
}

/** A real spreadsheet date (midnight UTC, which ExcelJS stores as a whole serial). */
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const RISKS: readonly ExampleRisk[] = [
  {
    ref: 'R-01', unit: 'Engineering', asset: 'Customer database (Aurora PostgreSQL)',
    threat: 'Data exfiltration through SQL injection', vulnerability: 'Input validation gaps in legacy v1 API endpoints',
    description: 'An attacker extracts tenant data through an unvalidated query parameter in the v1 API.',
    probability: 'Possible', impact: 'Major', owner: 'VP Engineering', response: 'Mitigate', controls: '8.28, 8.26, 8.29',
    residualProbability: 2, residualImpact: 4, approvedBy: 'VP Engineering', approvalDate: date('2026-03-12'), lastReview: date('2026-09-14'),
    notes: 'v1 API sunset planned for Q2 2027',
  },
  {
    ref: 'R-02', unit: 'Platform', asset: 'Backups (AWS Backup, S3)',
    threat: 'Backup failure or corruption', vulnerability: 'Restores are not tested on a schedule',
    description: 'Backups exist but a restore fails when needed, extending an outage and losing data.',
    probability: '3', impact: '4', owner: 'Head of Platform', response: 'Mitigate', controls: '8.13 Information backup; 5.30',
    residualProbability: 2, residualImpact: 4, lastReview: '2026-09-14',
  },
  {
    ref: 'R-03', unit: 'IT', asset: 'Corporate laptops and endpoints',
    threat: 'Ransomware', vulnerability: 'Local admin rights; EDR missing on contractor laptops',
    description: 'Ransomware spreads from an endpoint to shared drives and SaaS sync folders.',
    probability: 3, impact: 5, owner: 'Head of IT', response: 'Mitigate', controls: '8.7, 8.1, 8.13',
    residualProbability: 2, residualImpact: 4, approvedBy: 'CISO', approvalDate: '2026-04-20', lastReview: date('2026-10-05'),
  },
  {
    ref: 'R-04', unit: 'IT', asset: 'Staff email (Google Workspace)',
    threat: 'Phishing and credential theft', vulnerability: 'MFA not enforced for all users; no phishing-resistant MFA for admins',
    description: 'A phished password gives an attacker access to mailboxes and the SSO-connected apps.',
    probability: 'Almost certain', impact: '3 - Noticeable', owner: 'Head of IT', response: 'Mitigate', controls: '6.3, 5.17, 8.5',
    residualProbability: 3, residualImpact: 2, lastReview: date('2026-10-05'),
  },
  {
    ref: 'R-05', unit: 'Finance', asset: 'Payment processing (Stripe)',
    threat: 'Supplier outage', vulnerability: 'Single payment provider',
    description: 'A Stripe outage stops new subscriptions and renewals for its duration.',
    probability: 'Unlikely', impact: 'Significant', owner: 'CFO', response: 'Accept', controls: '',
    approvedBy: 'CFO', approvalDate: date('2026-02-16'), lastReview: date('2026-08-03'),
    notes: 'Stripe SLA 99.99%; second provider not worth it at our volume',
  },
  {
    ref: 'R-06', unit: 'Platform', asset: 'Platform operations knowledge',
    threat: 'Key-person dependency', vulnerability: 'Runbooks undocumented; one SRE knows the deployment system',
    description: 'The lead SRE leaves or is unavailable during an incident and nobody can operate the deployment system.',
    probability: '3 - Possible', impact: '4 - Significant', owner: 'VP Engineering', response: 'Mitigate', controls: '5.37, 6.2',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-07-21',
  },
  {
    ref: 'R-07', unit: 'Platform', asset: 'Public API and web application',
    threat: 'Distributed denial of service (DDoS)', vulnerability: 'No rate limiting on some public endpoints',
    description: 'A volumetric or application-layer attack makes the service unavailable to customers.',
    probability: 'Likely', impact: 4, owner: 'Head of Platform', response: 'Mitigate', controls: '8.20; 8.6; 5.30',
    residualProbability: 2, residualImpact: 4, lastReview: date('2026-09-14'), notes: 'AWS Shield Advanced quote requested',
  },
  {
    ref: 'R-08', unit: 'Security', asset: 'Security logging and monitoring',
    threat: 'Attack goes undetected', vulnerability: 'CloudTrail not enabled in every region; logs kept 30 days only',
    description: 'An intrusion is not detected, or cannot be investigated afterwards, for lack of logs.',
    probability: 3, impact: 4, owner: 'Head of Security Operations', response: 'Mitigate', controls: '8.15, 8.16',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-10-19'),
  },
  {
    ref: 'R-09', unit: 'Engineering', asset: 'Source code repositories (GitHub)',
    threat: 'Secrets committed to repositories', vulnerability: 'No secret scanning before push',
    description: 'An API key or database password in a repository is found and used by an attacker.',
    probability: '4', impact: '4', owner: 'VP Engineering', response: 'Mitigate', controls: '8.4, 5.17, 8.25',
    residualProbability: 2, residualImpact: 4, lastReview: '2026-09-14',
  },
  {
    ref: 'R-10', unit: 'Engineering', asset: 'Application dependencies (npm, PyPI)',
    threat: 'Exploitation of unpatched dependencies', vulnerability: 'No software composition analysis in the pipeline',
    description: 'A known vulnerability in a third-party library is exploited in production.',
    probability: '4 - Likely', impact: 4, owner: 'VP Engineering', response: 'Mitigate', controls: 'A.8.8, A.8.25',
    residualProbability: 2, residualImpact: 4, lastReview: '2026-09-14',
  },
  {
    ref: 'R-11', unit: 'Legal', asset: 'Customer personal data (EU tenants)',
    threat: 'Data transferred outside the EEA', vulnerability: 'A sub-processor stores support attachments in a US region',
    description: 'EU customer data leaves the agreed region, breaching contracts and GDPR transfer rules.',
    probability: 'Unlikely', impact: 'Major', owner: 'DPO', response: 'Mitigate', controls: '5.34, 5.20, 5.31',
    residualProbability: 1, residualImpact: 5, lastReview: date('2026-06-29'),
  },
  {
    ref: 'R-12', unit: 'Platform', asset: 'Production environment (AWS)',
    threat: 'Insider misuse of administrator access', vulnerability: 'Engineers hold standing admin access to production',
    description: 'A disgruntled or compromised engineer uses standing privileges to alter or copy customer data.',
    probability: 2, impact: 5, owner: 'CTO', response: 'Mitigate', controls: '5.15, A.9.2.3, 8.15',
    residualProbability: 1, residualImpact: 5, lastReview: date('2026-09-14'), notes: 'Controls copied from the 2019 register',
  },
  {
    ref: 'R-13', unit: 'IT', asset: 'Staff laptops',
    threat: 'Lost or stolen laptop', vulnerability: 'Disk encryption not verified on every device',
    description: 'A laptop left on a train exposes source code and customer exports stored locally.',
    probability: 'Likely', impact: 'Noticeable', owner: 'Head of IT', response: 'Mitigate', controls: '8.1, 7.9, 8.24',
    residualProbability: 4, residualImpact: 1, lastReview: '2026-10-05',
  },
  {
    ref: 'R-14', unit: 'Platform', asset: 'AWS production account',
    threat: 'Misconfigured cloud IAM roles', vulnerability: 'Wildcard permissions on deployment roles; no IAM drift detection',
    description: 'An over-permissive IAM role lets a compromised workload read every customer bucket.',
    probability: 'Likely', impact: '5 - Major', owner: 'Head of Platform', response: 'Mitigate', controls: 'A.5.17, 8.16; A 8.9',
    residualProbability: 2, residualImpact: 4, approvedBy: 'CTO', approvalDate: date('2026-05-18'), lastReview: date('2026-10-12'),
    notes: 'IAM Access Analyzer rollout in progress',
  },
  {
    ref: 'R-15', unit: 'Operations', asset: 'London office',
    threat: 'Unauthorised physical access', vulnerability: 'Tailgating at the shared building entrance',
    description: 'A visitor walks in behind staff and reaches unattended desks.',
    probability: 'Unlikely', impact: 'Minor', owner: 'Office Manager', response: 'Accept', controls: '',
    lastReview: '2026-08-03', notes: 'No customer data stored in the office',
  },
  {
    ref: 'R-16', unit: 'People', asset: 'HR system (BambooHR)',
    threat: 'Unauthorised access to employee records', vulnerability: 'Leavers are not deprovisioned on their last day',
    description: 'A former employee keeps access to salary and personal data of staff.',
    probability: 3, impact: 3, owner: 'Head of People', response: 'Mitigate', controls: '5.18, 6.5',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-07-06'),
  },
  {
    ref: 'R-17', unit: 'Customer Success', asset: 'Support tooling (Zendesk)',
    threat: 'Support agents exposing customer data', vulnerability: 'All agents can see every tenant’s tickets',
    description: 'Customer data in tickets is shown to the wrong customer or copied out of the tool.',
    probability: 'Possible', impact: 'Noticeable', owner: 'Head of Customer Success', response: 'Mitigate', controls: '5.15; 8.3',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-07-06',
  },
  {
    ref: 'R-18', unit: 'Engineering', asset: 'CI/CD pipeline (GitHub Actions)',
    threat: 'Supply-chain compromise of the build', vulnerability: 'Third-party actions not pinned to a commit',
    description: 'A compromised third-party action injects code into our release artefacts.',
    probability: '3', impact: 5, owner: 'VP Engineering', response: 'Mitigate', controls: '8.25, 8.32, 5.21',
    residualProbability: 2, residualImpact: 4, approvedBy: 'CTO', approvalDate: '2026-05-18', lastReview: date('2026-09-14'),
  },
  {
    ref: 'R-19', unit: 'Platform', asset: 'Kubernetes clusters (EKS)',
    threat: 'Exploitation of vulnerable container images', vulnerability: 'Base images rebuilt only on release',
    description: 'A known vulnerability in an outdated base image is exploited to gain a foothold in the cluster.',
    probability: 'Possible', impact: 'Significant', owner: 'Head of Platform', response: 'Mitigate', controls: '8.8, 12.9',
    residualProbability: 2, residualImpact: 4, lastReview: '2026-10-12',
  },
  {
    ref: 'R-20', unit: 'Platform', asset: 'Encryption keys (AWS KMS)',
    threat: 'Loss or misuse of encryption keys', vulnerability: 'No key rotation or deletion policy',
    description: 'A key is deleted or misused, making customer data unreadable or readable by the wrong party.',
    probability: 2, impact: 5, owner: 'Head of Platform', response: 'Mitigate', controls: '8.24',
    residualProbability: 1, residualImpact: 5, lastReview: date('2026-10-12'),
  },
  {
    ref: 'R-21', unit: 'Finance', asset: 'AWS accounts (billing)',
    threat: 'Cryptomining with stolen credentials', vulnerability: 'No budget alerts on non-production accounts',
    description: 'Stolen keys are used to run miners, producing a large unexpected AWS bill.',
    probability: 'Unlikely', impact: 'Noticeable', owner: 'CFO', response: 'Mitigate', controls: '8.16, 5.17',
    residualProbability: 1, residualImpact: 3, lastReview: '2026-08-03',
  },
  {
    ref: 'R-22', unit: 'Security', asset: 'Incident response',
    threat: 'Slow or uncoordinated incident response', vulnerability: 'No on-call runbook; incident roles not assigned',
    description: 'A security incident is handled late and inconsistently, increasing damage and missing notification deadlines.',
    probability: 3, impact: 3, owner: 'CISO', response: 'Mitigate', controls: '',
    lastReview: date('2026-10-19'), notes: 'Controls to be agreed with the SRE team',
  },
  {
    ref: 'R-23', unit: 'Operations', asset: 'Third-party SaaS (HubSpot CRM)',
    threat: 'Supplier data breach', vulnerability: 'SaaS vendors are onboarded without a security review',
    description: 'A breach at a SaaS vendor exposes our prospect and customer contact data.',
    probability: '3 - Possible', impact: '3 - Noticeable', owner: 'Head of Procurement', response: 'Mitigate', controls: '5.19; 5.20; 5.22',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-07-21',
  },
  {
    ref: 'R-24', unit: 'Finance', asset: 'Business continuity (financial)',
    threat: 'Major incident causing business interruption costs', vulnerability: 'Incident costs would come out of operating cash',
    description: 'Forensics, notification and lost revenue after a major incident strain cash flow.',
    probability: 'Unlikely', impact: 'Major', owner: 'CFO', response: 'Transfer', controls: '',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-06-29'), notes: 'Cyber insurance renewed; policy renews March 2027',
  },
  {
    ref: 'R-25', unit: 'Finance', asset: 'Legacy reporting server (on-premises)',
    threat: 'Exploitation of an end-of-life operating system', vulnerability: 'Windows Server 2012 no longer receives patches',
    description: 'The unpatched reporting server is compromised and used to reach the finance network.',
    probability: 4, impact: 4, owner: 'Head of IT', response: 'Avoid', controls: '',
    lastReview: '2026-10-05', notes: 'Server to be decommissioned by 31/12/2026; reports moved to Metabase',
  },
  {
    ref: 'R-26', unit: 'Engineering', asset: 'Analytics data warehouse',
    threat: 'Re-identification of pseudonymised data', vulnerability: 'Analysts can join usage data with CRM exports',
    description: 'Pseudonymised product analytics are linked back to named users.',
    probability: 'Unlikely', impact: 'Significant', owner: 'DPO', response: 'Mitigate', controls: '8.11, 8.12',
    residualProbability: 1, residualImpact: 4, lastReview: date('2026-06-29'),
  },
  {
    ref: 'R-27', unit: 'Operations', asset: 'Guest Wi-Fi (London office)',
    threat: 'Eavesdropping on the guest network', vulnerability: 'Guest network shares the office broadband router',
    description: 'A visitor on guest Wi-Fi intercepts traffic from staff devices that joined the wrong network.',
    probability: 'Unlikely', impact: 'Minor', owner: 'Office Manager', response: 'Accept', controls: '',
    lastReview: date('2025-06-30'),
  },
  {
    ref: 'R-28', unit: 'IT', asset: 'Personal mobile phones (BYOD)',
    threat: 'Data leakage from personal devices', vulnerability: 'No mobile device management on personal phones',
    description: 'Work email and Slack on an unmanaged phone are exposed when the phone is lost or shared.',
    probability: 'Possible', impact: 'Minor', owner: 'Head of IT', response: 'Accept', controls: '',
    approvedBy: 'CISO', approvalDate: '2026-04-20', lastReview: '2026-10-05',
  },
  {
    ref: 'R-29', unit: 'Platform', asset: 'Production database',
    threat: 'Accidental deletion by an engineer', vulnerability: 'Deletion protection off; manual migrations',
    description: 'A mistaken command deletes or corrupts production tables.',
    probability: 2, impact: 5, owner: 'Head of Platform', response: 'Mitigate', controls: '8.2, 8.13, 8.32',
    residualProbability: 1, residualImpact: 4, lastReview: date('2026-10-12'),
  },
  {
    ref: 'R-30', unit: 'Platform', asset: 'Domains and DNS',
    threat: 'DNS hijacking or domain expiry', vulnerability: 'Registrar account protected by a password only',
    description: 'An attacker takes over the registrar account and redirects app.acme.cloud.',
    probability: 'Unlikely', impact: 'Major', owner: 'Head of Platform', response: 'Mitigate', controls: '5.17; 8.20',
    residualProbability: 1, residualImpact: 5, lastReview: '2026-10-12',
  },
  {
    ref: 'R-31', unit: 'Platform', asset: 'Production hosting (AWS eu-west-1)',
    threat: 'Regional cloud outage', vulnerability: 'All production runs in one AWS region; no failover',
    description: 'A prolonged eu-west-1 outage takes the whole service down beyond our SLA.',
    probability: 'Possible', impact: 'Major', owner: 'CTO', response: 'Accept', controls: '',
    lastReview: date('2026-09-14'), notes: 'Multi-region quoted at £180k a year; parked until Series B',
  },
  {
    ref: 'R-32', unit: 'IT', asset: 'Email domain (acme.cloud)',
    threat: 'Email spoofing of our domain', vulnerability: 'DMARC policy set to none',
    description: 'Attackers send invoices and password resets that appear to come from Acme.',
    probability: 'Likely', impact: 'Noticeable', owner: 'Head of IT', response: 'Mitigate', controls: '8.21, 5.14',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-10-05',
  },
  {
    ref: 'R-33', unit: 'Engineering', asset: 'Developer workstations',
    threat: 'Malicious browser extension or IDE plugin', vulnerability: 'Extensions installed without review',
    description: 'A malicious extension steals session cookies to the AWS console and GitHub.',
    probability: 2, impact: 4, owner: 'VP Engineering', response: 'Mitigate', controls: '8.19, 8.7',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-09-14'),
  },
  {
    ref: 'R-34', unit: 'Customer Success', asset: 'Customer contracts (SLA)',
    threat: 'SLA breach leading to service credits', vulnerability: 'Uptime reporting is manual',
    description: 'A missed SLA triggers service credits and a difficult renewal with an enterprise customer.',
    probability: 'Unlikely', impact: 'Noticeable', owner: 'Head of Customer Success', response: 'Accept', controls: '',
    approvedBy: 'Head of Customer Success', approvalDate: date('2026-01-26'), lastReview: date('2026-07-06'),
  },
  {
    ref: 'R-35', unit: 'IT', asset: 'Identity provider (Okta)',
    threat: 'Identity provider outage', vulnerability: 'All staff sign-in depends on Okta',
    description: 'An Okta outage prevents staff from reaching AWS, GitHub and support tools during an incident.',
    probability: '2 - Unlikely', impact: '4 - Significant', owner: 'Head of IT', response: 'Accept', controls: '',
    approvedBy: 'CTO', approvalDate: '2026-05-18', lastReview: '2026-10-05', notes: 'Break-glass accounts exist for AWS',
  },
  {
    ref: 'R-36', unit: 'Operations', asset: 'Printed documents',
    threat: 'Confidential papers left on desks', vulnerability: 'No clear desk checks',
    description: 'Printed contracts or HR letters are read by visitors or cleaners.',
    probability: 'Unlikely', impact: 'Negligible', owner: 'Office Manager', response: 'Accept', controls: '7.7',
    lastReview: '2026-08-03',
  },
  {
    ref: 'R-37', unit: 'Customer Success', asset: 'Customer accounts',
    threat: 'Social engineering of the support team', vulnerability: 'Caller identity not verified before account changes',
    description: 'An attacker phones support, poses as a customer admin and takes over the tenant.',
    probability: 'Possible', impact: 'Significant', owner: 'Head of Customer Success', response: 'Mitigate', controls: '6.3, 5.16',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-07-06'),
  },
  {
    ref: 'R-38', unit: 'IT', asset: 'SaaS applications',
    threat: 'Orphaned accounts in SaaS tools', vulnerability: 'No quarterly access review outside SSO',
    description: 'Accounts of leavers and ex-contractors stay active in tools not connected to Okta.',
    probability: 3, impact: 3, owner: '', response: 'Mitigate', controls: '5.18; 5.16',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-10-05', notes: 'Owner to be confirmed after the IT reorganisation',
  },
  {
    ref: 'R-39', unit: 'Engineering', asset: 'Customer data exports',
    threat: 'Staff copy customer data to personal storage', vulnerability: 'No data loss prevention on exports',
    description: 'Customer exports end up in personal cloud storage and leak from there.',
    probability: 'Unlikely', impact: 'Significant', owner: 'DPO', response: 'Mitigate', controls: '8.12',
    residualProbability: 2, residualImpact: 3, lastReview: date('2026-06-29'),
  },
  {
    ref: 'R-40', unit: 'Engineering', asset: 'AI assistant feature (LLM provider)',
    threat: 'Customer data sent to a third-party model provider', vulnerability: 'Prompts include ticket text; no retention terms agreed',
    description: 'Customer data in prompts is retained or used for training by the LLM provider.',
    probability: 3, impact: 4, owner: 'CTO', response: 'Mitigate', controls: '5.23, 5.34, 5.21',
    residualProbability: 2, residualImpact: 3, lastReview: '2026-10-19',
  },
];

/** The register's rows in sheet order; `null` is the blank row the team left after R-20. */
export function exampleRows(): (ExampleRisk | null)[] {
  const rows: (ExampleRisk | null)[] = [];
  for (const risk of RISKS) {
    rows.push(risk);
    if (risk.ref === 'R-20') rows.push(null);
  }
  return rows;
}

function rowValues(r: ExampleRisk): Value[] {
  return [
    r.ref, r.unit, r.asset, r.threat, r.vulnerability, r.description, r.probability, r.impact, r.owner, r.response,
    r.controls, r.residualProbability ?? null, r.residualImpact ?? null, r.approvedBy ?? null, r.approvalDate ?? null,
    r.lastReview, r.notes ?? null,
  ].map((v) => (v === '' ? null : v));
}

/** Lines the tallest wrapped cell (columns C to F) of a row takes at its column's width. */
function linesNeeded(risk: ExampleRisk): number {
  const values = rowValues(risk);
  let lines = 1;
  for (let c = 2; c <= 5; c++) {
    const text = String(values[c] ?? '');
    const perLine = Math.max(1, Math.floor(WIDTHS[c] ?? 10));
    lines = Math.max(lines, Math.ceil(text.length / perLine));
  }
  return lines;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed so that rebuilding the file does not change its metadata.
  wb.creator = 'Acme Cloud Security';
  wb.lastModifiedBy = 'Priya Shah (CISO)';
  wb.created = date('2025-03-03');
  wb.modified = date('2026-11-02');

  const ws = wb.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: 'B5', activeCell: 'A5' }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const lastCol = HEADERS.length;

  ws.mergeCells(1, 1, 1, lastCol);
  const title = ws.getCell(1, 1);
  title.value = TITLE;
  title.font = { bold: true, size: 16, color: { argb: 'FF1F3864' } };
  ws.getRow(1).height = 24;
  const byline = ws.getCell(2, 1);
  byline.value = 'Owner: CISO · Last updated 2 November 2026 · Reviewed quarterly at the Security Steering Group';
  byline.font = { italic: true, color: { argb: 'FF595959' } };

  const header = ws.getRow(HEADER_ROW);
  header.values = [...HEADERS];
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });

  const rows = exampleRows();
  rows.forEach((risk, i) => {
    const rowNumber = HEADER_ROW + 1 + i;
    if (risk === null) return;
    const row = ws.getRow(rowNumber);
    // Excel stores the height it computed for wrapped text; LibreOffice does not recompute it.
    row.height = 15 * linesNeeded(risk);
    rowValues(risk).forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.alignment = { vertical: 'top', wrapText: c >= 2 && c <= 5 };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  const lastRow = HEADER_ROW + rows.length;
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: lastCol } };

  // The notes people leave on cells, which must survive Riskbook untouched.
  const col = (name: (typeof HEADERS)[number]): number => HEADERS.indexOf(name) + 1;
  const rowOf = (ref: string): number => HEADER_ROW + 1 + rows.findIndex((r) => r?.ref === ref);
  ws.getCell(HEADER_ROW, col('Probability')).note = '1 Rare · 2 Unlikely · 3 Possible · 4 Likely · 5 Almost certain';
  ws.getCell(HEADER_ROW, col('Impact')).note = '1 Negligible · 2 Minor · 3 Noticeable · 4 Significant · 5 Major';
  ws.getCell(rowOf('R-14'), col('Annex A controls')).note = 'Agreed at the Q3 risk review with Platform (Priya)';
  ws.getCell(rowOf('R-31'), col('Response')).note = 'Board to decide after the Series B round';
  ws.getCell(rowOf('R-12'), col('Annex A controls')).note = 'Copied from the 2019 register – check against the 2022 Annex A';
  return wb;
}

async function main(): Promise<void> {
  mkdirSync(dirname(EXAMPLE_PATH), { recursive: true });
  await buildExampleWorkbook().xlsx.writeFile(EXAMPLE_PATH);
  console.log(`Wrote ${EXAMPLE_PATH} (${RISKS.length} risks)`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
