/**
 * A cloud team's register kept as an Excel table (a ListObject) below a title, starting in
 * column B, with its score columns computed by structured-reference formulas. The file holds
 * them as Excel saves them: `=[@Likelihood]*[@Impact]` typed in Excel is stored as
 * `RiskRegister[[#This Row],[Likelihood]]*RiskRegister[[#This Row],[Impact]]`, with its cached
 * result.
 */
import type { Typed } from './support';
import { newWorkbook, saveWorkbook, setWidths, writeRows, writeTitle } from './support';

export const scenario = 'register as an Excel table under a title, score columns by structured references ([@Likelihood]*[@Impact])';

const TABLE = 'RiskRegister';
const COLUMNS = [
  'Risk ID',
  'Title',
  'Asset',
  'Threat',
  'Likelihood',
  'Impact',
  'Score',
  'Owner',
  'Treatment',
  'Controls',
  'Residual Likelihood',
  'Residual Impact',
  'Residual Score',
];

// id, title, asset, threat, L, I, owner, treatment, controls, residual L, residual I
type Row = [string, string, string, string, number, number, string, string, string | null, number, number];
const RISKS: Row[] = [
  ['SL-001', 'Over-privileged IAM roles', 'AWS production account', 'Privilege escalation through wildcard IAM policies', 4, 4, 'Cloud Security Lead', 'Mitigate', '5.15, 8.2, 5.18', 2, 3],
  ['SL-002', 'Public S3 bucket', 'Customer upload bucket', 'A bucket policy change exposes customer files', 3, 5, 'Cloud Security Lead', 'Mitigate', '8.9, 8.3, 8.16', 1, 5],
  ['SL-003', 'Kubernetes cluster compromise', 'EKS cluster', 'Exploit of an exposed dashboard or kubelet', 2, 5, 'Platform Engineering Manager', 'Mitigate', '8.20, 8.9, 8.8', 1, 4],
  ['SL-004', 'Terraform state leak', 'Terraform state files', 'Secrets in state files read by a contractor', 3, 4, 'Platform Engineering Manager', 'Mitigate', '8.4, 8.24, 5.18', 1, 4],
  ['SL-005', 'Region outage', 'Primary AWS region', 'Provider outage lasting several hours', 2, 4, 'SRE Lead', 'Mitigate', '8.14, 5.30', 1, 3],
  ['SL-006', 'DDoS on the API', 'Public API gateway', 'Volumetric attack saturates the API', 3, 3, 'SRE Lead', 'Transfer', '5.21, 5.22', 2, 2],
  ['SL-007', 'Lost encryption keys', 'KMS keys', 'Keys deleted by mistake make backups unreadable', 1, 5, 'Cloud Security Lead', 'Mitigate', '8.24, 8.13', 1, 2],
  ['SL-008', 'Unreviewed CloudTrail logs', 'Audit logs', 'An attack goes unnoticed because nobody reviews the logs', 3, 3, 'SOC Manager', 'Mitigate', '8.15, 8.16', 1, 3],
  ['SL-009', 'End-of-life VPN appliance', 'Legacy VPN', 'Exploit of an unsupported VPN appliance', 3, 4, 'Platform Engineering Manager', 'Avoid', null, 1, 1],
  ['SL-010', 'Production data in staging', 'Staging environment', 'Real customer data copied into staging', 3, 3, 'Head of Engineering', 'Mitigate', '8.33, 8.31', 1, 2],
  ['SL-011', 'Crypto-mining on stolen keys', 'Compute budget', 'Leaked access keys used to run crypto-miners', 2, 2, 'SRE Lead', 'Accept', null, 2, 2],
];

/** A structured reference to a column of the table's current row, as Excel stores it. */
function thisRow(column: string): string {
  return `${TABLE}[[#This Row],[${column}]]`;
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk Register');
  writeTitle(ws, 1, 2, 'Stratus Labs – cloud platform risk register', 15);
  writeRows(ws, 2, 2, [['Maintained by Platform Security · reviewed monthly in the security forum']]);
  const rows: Typed[][] = RISKS.map(([id, title, asset, threat, l, i, owner, treatment, controls, rl, ri]) => [
    id,
    title,
    asset,
    threat,
    l,
    i,
    { formula: `${thisRow('Likelihood')}*${thisRow('Impact')}`, result: l * i },
    owner,
    treatment,
    controls,
    rl,
    ri,
    { formula: `${thisRow('Residual Likelihood')}*${thisRow('Residual Impact')}`, result: rl * ri },
  ]);
  ws.addTable({
    name: TABLE,
    ref: 'B4',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: COLUMNS.map((name) => ({ name, filterButton: true })),
    // ExcelJS takes the same cell values a worksheet does, formulas with their cached results.
    rows: rows as unknown[][],
  });
  setWidths(ws, [3, 9, 28, 24, 40, 11, 9, 8, 26, 11, 16, 18, 15, 14]);
  return saveWorkbook(wb);
}
