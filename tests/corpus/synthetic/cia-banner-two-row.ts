/**
 * A clinic's risk assessment with group banners over sub-headers: "Threat" over Description |
 * Probability, "Information Security" over C | I | A, "Risk" over Value | Classification. The
 * table starts in column B, its rows are numbered 1, 2, 3, and risk value = probability x the
 * highest of C, I and A on 1-4 scales. Decisions are ISO 27005's words (Reduce, Retain, Share,
 * Avoid).
 */
import { band, merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'two-row header: "Threat" banner over Description | Probability, "Information Security" over C | I | A; value = P x max(C, I, A)';

const BANDS = [
  [1, 'Low'],
  [4, 'Medium'],
  [8, 'High'],
  [12, 'Very high'],
] as const;

// asset, threat, P, C, I, A, owner, measures, Annex A ref., decision, status
type Row = [string, string, number, number, number, number, string, string, string | null, string, string];
const RISKS: Row[] = [
  ['Electronic patient record (EPR)', 'Ransomware on the EPR application server', 3, 3, 4, 4, 'Head of IT', 'Offline backups, EDR on all servers, restore test twice a year', '8.7, 8.13, 5.30', 'Reduce', 'In progress'],
  ['Electronic patient record (EPR)', 'Staff browse records of patients they do not treat', 3, 4, 2, 1, 'Data Protection Officer', 'Access logging, monthly review of break-glass access', '5.15, 8.15, 8.16', 'Reduce', 'Open'],
  ['PACS imaging archive', 'Disk failure in the imaging archive with no replica', 2, 2, 3, 4, 'Radiology IT Coordinator', 'Second replica at the backup site', '8.14, 8.13', 'Reduce', 'Implemented'],
  ['Appointment booking website', 'Defacement or DDoS of the booking site', 2, 1, 2, 3, 'Head of IT', "Hosting provider's WAF and DDoS protection under contract", '5.21, 5.22', 'Share', 'Implemented'],
  ['Lab results interface (HL7)', 'Lab results altered in transit', 1, 3, 4, 2, 'Laboratory Manager', 'TLS on the HL7 link, message checksums', '8.24, 8.20', 'Reduce', 'Implemented'],
  ['Staff workstations', 'Malware brought in on USB sticks', 3, 3, 2, 2, 'Head of IT', 'USB storage blocked by policy, awareness session', '7.10, 8.7, 6.3', 'Reduce', 'In progress'],
  ['Paper records room', 'Water damage to archived paper records', 1, 2, 3, 3, 'Facilities Manager', 'Records kept on shelves off the floor', '7.5', 'Retain', 'Implemented'],
  ['E-mail', 'Patient data e-mailed to the wrong recipient', 3, 3, 1, 1, 'Data Protection Officer', 'Recipient check add-in, DLP rules for NHS numbers', '8.12, 5.14', 'Reduce', 'Open'],
  ['Medical device network', 'Unsupported OS on the infusion pump management station', 2, 2, 4, 3, 'Biomedical Engineering Lead', 'Isolate the station in its own VLAN', '8.22, 8.20', 'Reduce', 'In progress'],
  ['Referral fax server', 'Fax server running unsupported software', 2, 3, 2, 2, 'Head of IT', 'Decommission the fax; referrals by secure e-mail', null, 'Avoid', 'In progress'],
  ['Cloud dictation service', 'Provider processes recordings outside the EU', 2, 4, 1, 2, 'Data Protection Officer', 'DPA with EU data residency clause', '5.20, 5.34', 'Reduce', 'Open'],
  ['Reception PCs', 'Patients read screens over the reception desk', 2, 2, 1, 1, 'Practice Manager', 'Privacy filters on reception screens', '7.7', 'Retain', 'Implemented'],
];

const BANNER = 3;
const FIRST = BANNER + 2;
const LEFT = 2;

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Risk assessment');
  writeTitle(ws, 1, LEFT, 'Risk assessment 2026 – Riverside Medical Centre IT', 14);

  const single: [number, string][] = [
    [2, 'No.'],
    [3, 'Asset / Process'],
    [11, 'Risk owner'],
    [12, 'Measures'],
    [13, 'Annex A ref.'],
    [14, 'Decision'],
    [15, 'Status'],
  ];
  for (const [col, text] of single) {
    writeRows(ws, BANNER, col, [[text]]);
    merge(ws, BANNER, col, BANNER + 1, col);
  }
  const banners: [number, number, string, string[]][] = [
    [4, 5, 'Threat', ['Description', 'Probability']],
    [6, 8, 'Information Security', ['C', 'I', 'A']],
    [9, 10, 'Risk', ['Value', 'Classification']],
  ];
  for (const [from, to, text, subs] of banners) {
    writeRows(ws, BANNER, from, [[text]]);
    merge(ws, BANNER, from, BANNER, to);
    writeRows(ws, BANNER + 1, from, [subs]);
  }

  RISKS.forEach(([asset, threat, p, c, i, a, owner, measures, ref, decision, status], k) => {
    const value = p * Math.max(c, i, a);
    writeRows(ws, FIRST + k, LEFT, [[k + 1, asset, threat, p, c, i, a, value, band(value, BANDS), owner, measures, ref, decision, status]]);
  });

  styleHeader(ws, BANNER, BANNER + 1, LEFT, 15);
  styleBody(ws, FIRST, FIRST + RISKS.length - 1, LEFT, 15);
  setWidths(ws, [3, 5, 28, 40, 11, 5, 5, 5, 7, 14, 24, 38, 14, 10, 12]);
  return saveWorkbook(wb);
}
