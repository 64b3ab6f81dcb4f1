/**
 * A GRC tool's export of its risk scenarios: snake_case headers in row 1 (ref_id, name,
 * inherent_proba, residual_impact…), lower-case word scales (very unlikely … very likely,
 * low … very high) with a level from the tool's 4 x 4 matrix, several assets and several applied
 * controls per cell, one per line, each control as "id title", and the tool's treatment words.
 */
import { lookup, newWorkbook, saveWorkbook, setWidths, styleBody, writeRows } from './support';

export const scenario = 'GRC tool export: snake_case headers, lower-case word scales, one control per line as "8.7 Protection against malware"';

type Proba = 'very unlikely' | 'unlikely' | 'likely' | 'very likely';
type Impact = 'low' | 'medium' | 'high' | 'very high';
const PROBA: readonly Proba[] = ['very unlikely', 'unlikely', 'likely', 'very likely'];
const IMPACT: readonly Impact[] = ['low', 'medium', 'high', 'very high'];
const MATRIX = [
  ['low', 'low', 'medium', 'medium'],
  ['low', 'medium', 'medium', 'high'],
  ['medium', 'medium', 'high', 'very high'],
  ['medium', 'high', 'very high', 'very high'],
] as const;

function level(p: Proba, i: Impact): string {
  return lookup(MATRIX, PROBA.indexOf(p), IMPACT.indexOf(i));
}

const HEADERS = [
  'ref_id',
  'name',
  'description',
  'inherent_proba',
  'inherent_impact',
  'inherent_level',
  'existing_controls',
  'residual_proba',
  'residual_impact',
  'residual_level',
  'treatment',
  'assets',
  'owner',
];

// ref_id, name, description, proba, impact, controls (one per line), residual proba, residual impact, treatment, assets (one per line), owner
type Row = [string, string, string, Proba, Impact, string[], Proba, Impact, string, string[], string];
const SCENARIOS: Row[] = [
  ['R.1', 'Account takeover of the admin console', 'Attackers reuse leaked passwords against the admin console of the product.', 'likely', 'very high', ['5.17 Authentication information', '8.5 Secure authentication'], 'unlikely', 'high', 'mitigate', ['admin console', 'identity provider'], 'Camille Durand'],
  ['R.2', 'Production database exfiltration', 'An attacker with a foothold in the VPC dumps the production database.', 'unlikely', 'very high', ['8.3 Information access restriction', '8.16 Monitoring activities', '8.24 Use of cryptography'], 'very unlikely', 'very high', 'mitigate', ['production database'], 'Camille Durand'],
  ['R.3', 'Cloud region outage', 'The single cloud region hosting the product is unavailable for hours.', 'unlikely', 'high', ['8.14 Redundancy of information processing facilities', '5.30 ICT readiness for business continuity'], 'unlikely', 'medium', 'mitigate', ['production environment'], 'Malik Haddad'],
  ['R.4', 'Malicious dependency in a build', 'A compromised npm package is pulled into a release build.', 'likely', 'high', ['8.8 Management of technical vulnerabilities', '8.28 Secure coding'], 'unlikely', 'high', 'mitigate', ['ci/cd pipeline', 'source code'], 'Malik Haddad'],
  ['R.5', 'Customer data kept after termination', 'Data of churned customers is not deleted within 30 days of termination.', 'likely', 'medium', ['8.10 Information deletion'], 'very unlikely', 'medium', 'mitigate', ['production database', 'backups'], 'Sofia Lindqvist'],
  ['R.6', 'Laptop theft', "An engineer's laptop holding source code is stolen.", 'unlikely', 'medium', ['8.1 User endpoint devices', '8.24 Use of cryptography'], 'very unlikely', 'medium', 'mitigate', ['laptops'], 'Malik Haddad'],
  ['R.7', 'Payment processor breach', 'The payment processor suffers a breach exposing card data.', 'very unlikely', 'very high', ['5.19 Information security in supplier relationships', '5.20 Addressing information security within supplier agreements'], 'very unlikely', 'high', 'transfer', ['payment processor'], 'Sofia Lindqvist'],
  ['R.8', 'Phishing of support staff', 'Support agents are phished and the attacker reads customer tickets.', 'very likely', 'medium', ['6.3 Information security awareness, education and training', '8.5 Secure authentication'], 'unlikely', 'low', 'mitigate', ['helpdesk', 'support mailbox'], 'Jonas Weber'],
  ['R.9', 'Legacy reporting server', 'An unmaintained reporting VM runs an end-of-life operating system.', 'likely', 'medium', [], 'very unlikely', 'low', 'avoid', ['reporting server'], 'Jonas Weber'],
  ['R.10', 'Office flooding', 'The Lisbon office is flooded; no production system is hosted there.', 'very unlikely', 'low', [], 'very unlikely', 'low', 'accept', ['lisbon office'], 'Sofia Lindqvist'],
  ['R.11', 'Logging gaps', 'Security events are not kept long enough to investigate an incident.', 'likely', 'medium', ['8.15 Logging', '8.16 Monitoring activities'], 'unlikely', 'low', 'mitigate', ['logging platform'], 'Camille Durand'],
  ['R.12', 'Misuse of support tooling', "A support agent looks up a customer's data without a ticket.", 'unlikely', 'high', ['5.15 Access control', '8.15 Logging'], 'very unlikely', 'high', 'mitigate', ['helpdesk', 'admin console'], 'Jonas Weber'],
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('risk_scenarios');
  writeRows(ws, 1, 1, [HEADERS]);
  ws.getRow(1).font = { bold: true };
  styleBody(ws, 2, 1 + SCENARIOS.length, 1, HEADERS.length);
  SCENARIOS.forEach(([ref, name, description, p, i, controls, rp, ri, treatment, assets, owner], k) => {
    const row = 2 + k;
    writeRows(ws, row, 1, [[ref, name, description, p, i, level(p, i), controls.join('\n') || null, rp, ri, level(rp, ri), treatment, assets.join('\n'), owner]]);
    // The export wraps its cells so each control and asset shows on its own line.
    ws.getRow(row).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 15 * Math.max(1, controls.length, assets.length);
  });
  setWidths(ws, [7, 30, 44, 13, 13, 12, 40, 13, 13, 12, 10, 22, 16]);
  return saveWorkbook(wb);
}
