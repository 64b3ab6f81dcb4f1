/**
 * An asset-based register of a software company: risks grouped under five assets, the Asset and
 * Asset owner cells merged down over each group's rows (the asset owner is the risk owner), as
 * teams lay out an asset inventory with its risks beneath each asset.
 */
import type { Typed } from './support';
import { band, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'risks grouped by asset, Asset and Asset owner merged vertically over each group';

const BANDS = [
  [1, 'Low'],
  [6, 'Medium'],
  [15, 'High'],
] as const;

// ref, threat, vulnerability, L, I, treatment, controls
type Risk = [string, string, string, number, number, string, string | null];
interface Group {
  readonly asset: string;
  readonly owner: string;
  readonly risks: readonly Risk[];
}

const GROUPS: Group[] = [
  {
    asset: 'Customer CRM (HubSpot)',
    owner: 'Sales Operations Manager',
    risks: [
      ['CRM-01', 'Account takeover through reused passwords', 'MFA not enforced for sales users', 4, 4, 'Mitigate', '5.17, 8.5'],
      ['CRM-02', 'Bulk export of the customer list by a leaver', 'Export rights granted to every sales rep', 3, 4, 'Mitigate', '5.15, 5.18, 8.12'],
      ['CRM-03', 'Integration token leaked from the marketing tool', 'Long-lived API tokens, never rotated', 2, 4, 'Mitigate', '5.17, 5.23'],
      ['CRM-04', 'Vendor outage blocks the sales team', 'No offline copy of pipeline data', 2, 2, 'Accept', null],
    ],
  },
  {
    asset: 'Payroll system (cloud)',
    owner: 'HR Director',
    risks: [
      ['PAY-01', 'Salary data seen by unauthorised staff', 'Shared HR admin account', 2, 5, 'Mitigate', '5.16, 5.18, 8.2'],
      ['PAY-02', 'Payroll run missed after a provider failure', 'Single provider, no fallback procedure', 2, 4, 'Transfer', '5.20, 5.22'],
      ['PAY-03', 'Bank details changed through a phishing e-mail', 'Change requests accepted by e-mail alone', 3, 4, 'Mitigate', '5.3, 6.3'],
    ],
  },
  {
    asset: 'Office network',
    owner: 'IT Manager',
    risks: [
      ['NET-01', 'Intruder on the guest Wi-Fi reaches internal servers', 'Guest and staff networks not segregated', 3, 4, 'Mitigate', '8.22, 8.20'],
      ['NET-02', 'Firewall firmware vulnerability exploited', 'Firmware updated ad hoc', 3, 4, 'Mitigate', '8.8, 8.9'],
      ['NET-03', 'Loss of the internet link stops all work', 'Single ISP, no failover line', 3, 3, 'Mitigate', '8.14, 5.30'],
      ['NET-04', 'Rogue device plugged into a meeting-room port', 'Open network ports, no network access control', 2, 3, 'Mitigate', '8.20, 8.21'],
      ['NET-05', 'Comms cupboard overheats', 'No temperature alarm', 2, 3, 'Mitigate', '7.11, 7.5'],
    ],
  },
  {
    asset: 'Laptops & mobile devices',
    owner: 'IT Manager',
    risks: [
      ['END-01', 'Lost laptop discloses customer data', 'Disk encryption not enforced on older laptops', 4, 4, 'Mitigate', '8.1, 8.24'],
      ['END-02', 'Malware installed with a pirated tool', 'Local admin rights for developers', 3, 4, 'Mitigate', '8.2, 8.7, 8.19'],
      ['END-03', 'Stolen phone gives access to company e-mail', 'No MDM on personal phones', 3, 3, 'Mitigate', '8.1, 6.7'],
      ['END-04', 'Unpatched browser exploited', 'Users defer updates', 3, 3, 'Mitigate', '8.8'],
      ['END-05', 'Data left on a laptop sent for repair', 'No wipe before handing over to the repair shop', 2, 3, 'Mitigate', '7.14, 8.10'],
      ['END-06', 'Laptop stolen from a parked car', 'Staff leave laptops in cars', 2, 2, 'Accept', null],
    ],
  },
  {
    asset: 'Source code repositories',
    owner: 'Head of Engineering',
    risks: [
      ['SRC-01', 'Secrets committed to a repository', 'No secret scanning on push', 4, 4, 'Mitigate', '8.4, 8.28, 5.17'],
      ['SRC-02', 'Malicious package pulled into a build', 'Dependencies neither pinned nor scanned', 3, 5, 'Mitigate', '8.8, 8.25, 8.28'],
      ['SRC-03', 'Repositories deleted through a compromised admin account', 'No offsite mirror of the repositories', 1, 5, 'Mitigate', '8.13, 8.2'],
    ],
  },
];

const HEADER = 3;
const HEADERS = ['Asset', 'Asset owner', 'Ref', 'Threat', 'Vulnerability', 'Likelihood', 'Impact', 'Risk score', 'Risk level', 'Treatment option', 'Controls (ISO 27001:2022)', 'Comments'];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risks');
  writeTitle(ws, 1, 1, 'Brightpath Software – asset-based risk assessment FY2026');
  writeRows(ws, HEADER, 1, [HEADERS]);

  let row = HEADER + 1;
  for (const group of GROUPS) {
    const top = row;
    for (const [ref, threat, vulnerability, l, i, treatment, controls] of group.risks) {
      const cells: Typed[] = [row === top ? group.asset : null, row === top ? group.owner : null, ref, threat, vulnerability, l, i, l * i, band(l * i, BANDS), treatment, controls];
      writeRows(ws, row, 1, [cells]);
      row++;
    }
    // The group's asset and owner are typed once and merged down over its rows.
    merge(ws, top, 1, row - 1, 1);
    merge(ws, top, 2, row - 1, 2);
  }
  writeRows(ws, HEADER + 1, 12, [['MFA rollout to sales planned for Q1 2027']]);

  styleHeader(ws, HEADER, HEADER, 1, HEADERS.length);
  styleBody(ws, HEADER + 1, row - 1, 1, HEADERS.length);
  setWidths(ws, [24, 22, 9, 40, 38, 10, 8, 8, 9, 12, 20, 26]);
  return saveWorkbook(wb);
}
