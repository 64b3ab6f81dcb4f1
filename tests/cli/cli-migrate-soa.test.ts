/**
 * `riskbook migrate-soa FILE --out OUT.xlsx`: Riskbook's 2022 SoA built beside the team's own. A
 * 2013 SoA is carried to the 2022 controls with its source ids shown, disagreements and new
 * controls are findings, and the team's sheet comes out exactly as it went in; a 2022 SoA is
 * copied; a workbook with no SoA is refused in one line.
 */
import * as ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { findSheet } from '../../core/workbook/snapshot';
import { HEADER, REGISTER_SHEET } from './fixtures';
import { runCli, sha256, tempDir } from './support/cli-build';

const NOW = '2025-11-03T09:00:00Z';
const TEAM_2013 = 'SoA 2013';
const OURS = 'Statement of Applicability';
const CARRIED = 'Carried from (2013)';

type Decision = [id: string, title: string, applicable: 'Yes' | 'No', reasons: string, justification: string, status: string, evidence: string, owner: string];

/** A mid-sized firm's 2013 SoA: the controls it decided on, grouped by section. */
const CONTROLS_2013: readonly Decision[] = [
  ['A.5.1.1', 'Policies for information security', 'Yes', 'B', 'ISMS policy approved by the board', 'Implemented', 'POL-01', 'CISO'],
  ['A.5.1.2', 'Review of the policies for information security', 'Yes', 'B', 'ISMS policy approved by the board', 'Implemented', 'POL-01 review log', 'CISO'],
  ['A.6.1.1', 'Information security roles and responsibilities', 'Yes', 'BR', 'Roles defined in the ISMS manual', 'Implemented', 'ISMS manual 3.2', 'CISO'],
  ['A.6.1.2', 'Segregation of duties', 'Yes', 'R', 'Payments need two approvers', 'Implemented', 'FIN-07', 'CFO'],
  ['A.6.1.3', 'Contact with authorities', 'Yes', 'L', 'Breach notification duty', 'Implemented', 'Contact list', 'DPO'],
  ['A.6.2.1', 'Mobile device policy', 'Yes', 'R', 'Staff use company phones', 'Planned', '', 'IT lead'],
  ['A.6.2.2', 'Teleworking', 'Yes', 'R', 'Hybrid work', 'Implemented', 'Remote work policy', 'IT lead'],
  ['A.7.2.2', 'Information security awareness, education and training', 'Yes', 'RC', 'Yearly training', 'Implemented', 'LMS report', 'HR lead'],
  ['A.8.1.1', 'Inventory of assets', 'Yes', 'R', 'CMDB', 'Implemented', 'CMDB export', 'IT lead'],
  ['A.8.1.2', 'Ownership of assets', 'Yes', 'R', 'Owners in the CMDB', 'In progress', '', 'IT lead'],
  ['A.9.1.1', 'Access control policy', 'Yes', 'R', 'Access policy AC-01', 'Implemented', 'AC-01', 'CISO'],
  ['A.9.2.2', 'User access provisioning', 'Yes', 'R', 'Joiner process in the HR system', 'Implemented', 'JML tickets', 'IT lead'],
  ['A.9.2.5', 'Review of user access rights', 'Yes', 'R', 'Quarterly recertification', 'In progress', '', 'IT lead'],
  ['A.9.2.6', 'Removal or adjustment of access rights', 'Yes', 'R', 'Leaver process', 'Implemented', 'JML tickets', 'IT lead'],
  ['A.9.4.5', 'Access control to program source code', 'No', '', 'No in-house source code', '', '', ''],
  ['A.10.1.1', 'Policy on the use of cryptographic controls', 'Yes', 'RL', 'Crypto standard', 'Implemented', 'CRY-01', 'CISO'],
  ['A.11.1.6', 'Delivery and loading areas', 'No', '', 'Offices on a shared floor: no loading area', '', '', ''],
  ['A.12.2.1', 'Controls against malware', 'Yes', 'R', 'EDR on every endpoint', 'Implemented', 'EDR console', 'IT lead'],
  ['A.12.3.1', 'Information backup', 'Yes', 'RC', 'Nightly backups, tested quarterly', 'Implemented', 'Restore test log', 'IT lead'],
  ['A.12.4.1', 'Event logging', 'Yes', 'R', 'Central logging in the SIEM', 'Implemented', 'SIEM dashboard', 'SecOps'],
  ['A.12.4.2', 'Protection of log information', 'No', '', 'Logs kept by the managed service provider', '', '', ''],
  ['A.12.4.3', 'Administrator and operator logs', 'Yes', 'R', 'Admin actions reviewed weekly', 'Implemented', 'SIEM dashboard', 'SecOps'],
  ['A.12.6.1', 'Management of technical vulnerabilities', 'Yes', 'R', 'Monthly scans', 'Implemented', 'Scan reports', 'SecOps'],
  ['A.13.1.1', 'Network controls', 'Yes', 'R', 'Segmented networks', 'Implemented', 'Network diagram', 'IT lead'],
  ['A.13.2.1', 'Information transfer policies and procedures', 'Yes', 'C', 'Client contracts require it', 'Implemented', 'TRF-01', 'CISO'],
  ['A.13.2.3', 'Electronic messaging', 'Yes', 'R', 'Mail filtering', 'Implemented', 'Mail gateway', 'IT lead'],
  ['A.14.2.1', 'Secure development policy', 'No', '', 'No in-house software development', '', '', ''],
  ['A.15.1.1', 'Information security policy for supplier relationships', 'Yes', 'C', 'Supplier policy', 'Implemented', 'SUP-01', 'Procurement'],
  ['A.16.1.1', 'Responsibilities and procedures', 'Yes', 'L', 'Incident procedure', 'Implemented', 'INC-01', 'CISO'],
  ['A.17.1.1', 'Planning information security continuity', 'Yes', 'B', 'BCP covers security', 'Planned', '', 'COO'],
  ['A.17.1.2', 'Implementing information security continuity', 'Yes', 'B', 'BCP covers security', 'Planned', '', 'COO'],
  ['A.18.1.4', 'Privacy and protection of personally identifiable information', 'Yes', 'L', 'GDPR', 'Implemented', 'Privacy notice', 'DPO'],
  ['A.18.2.3', 'Technical compliance review', 'Yes', 'RC', 'Yearly penetration test', 'Implemented', 'Pentest report 2024', 'CISO'],
];

/** Banner row, group row with merged-down headers, then the four reason ticks: three header rows. */
function write2013Soa(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(TEAM_2013);
  ws.getCell('A1').value = 'Statement of Applicability – ISO/IEC 27001:2013 – Northwind Logistics';
  ws.mergeCells('A1:L1');
  ws.getCell('A3').value = 'Annex A control';
  ws.mergeCells('A3:B3');
  ws.getCell('C3').value = 'Applicability';
  ws.mergeCells('C3:G3');
  ws.getCell('H3').value = 'Implementation';
  ws.mergeCells('H3:L3');
  const down: [string, string][] = [['A', 'Ref.'], ['B', 'Control'], ['C', 'Applicable (Yes/No)'], ['H', 'Justification'], ['I', 'Implementation status'], ['J', 'Evidence'], ['K', 'Owner'], ['L', 'Last review']];
  for (const [col, text] of down) {
    ws.getCell(`${col}4`).value = text;
    ws.mergeCells(`${col}4:${col}5`);
  }
  ws.getCell('D4').value = 'Reason for selection';
  ws.mergeCells('D4:G4');
  ['Legal', 'Contractual', 'Business', 'Risk assessment'].forEach((t, i) => (ws.getCell(5, 4 + i).value = t));
  for (let r = 3; r <= 5; r++) ws.getRow(r).font = { bold: true };
  CONTROLS_2013.forEach(([id, title, applicable, reasons, justification, status, evidence, owner], k) => {
    const row = ws.getRow(6 + k);
    row.values = [
      id, title, applicable,
      reasons.includes('L') ? 'x' : null, reasons.includes('C') ? 'x' : null, reasons.includes('B') ? 'x' : null, reasons.includes('R') ? 'x' : null,
      justification, status || null, evidence || null, owner || null, applicable === 'Yes' ? new Date(Date.UTC(2024, 8, 1 + (k % 20))) : null,
    ];
    row.getCell(12).numFmt = 'dd/mm/yyyy';
  });
}

async function writeWorkbook(dir: string, name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  writeFileSync(file, await saveWorkbook(wb));
  return file;
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

function sheetOf(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = findSheet(snap, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Riskbook's SoA read back as records by header, keyed by control id. */
function soaRows(snap: WorkbookSnapshot, name = OURS): { headers: string[]; rows: Map<string, Record<string, CellValue>>; rowOf: Map<string, number> } {
  const sheet = sheetOf(snap, name);
  const headerRow = sheet.values.findIndex((r) => r?.[0] === 'Control ID');
  const headers = (sheet.values[headerRow] ?? []).map((v) => (v === null ? '' : String(v)));
  const rows = new Map<string, Record<string, CellValue>>();
  const rowOf = new Map<string, number>();
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const id = sheet.values[r]?.[0];
    if (typeof id !== 'string' || id === '') continue;
    rows.set(id, Object.fromEntries(headers.map((h, c) => [h, sheet.values[r]?.[c] ?? null])));
    rowOf.set(id, r + 1);
  }
  return { headers, rows, rowOf };
}

interface JsonOut {
  findings: { severity: string; code: string; sheet: string; cell: string; message: string }[];
  summary: { errors: number };
  changes: string[];
  teamSoa: { sheet: string; edition: string };
}

describe('migrate-soa on a workbook that holds only a 2013 SoA', () => {
  let input: string;
  let out: string;
  let run: ReturnType<typeof runCli>;
  let json: JsonOut;
  let before: WorkbookSnapshot;
  let after: WorkbookSnapshot;

  beforeAll(async () => {
    const dir = tempDir('migrate-soa');
    input = await writeWorkbook(dir, 'soa-2013.xlsx', write2013Soa);
    out = path.join(dir, 'soa-2022.xlsx');
    const hash = sha256(input);
    run = runCli(['migrate-soa', input, '--out', out, '--now', NOW, '--json']);
    json = JSON.parse(run.stdout) as JsonOut;
    expect(sha256(input)).toBe(hash);
    before = await snapshotOf(input);
    after = await snapshotOf(out);
  });

  it('exits by the findings on the result, as every command does', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(json.summary.errors > 0 ? 1 : 0);
    expect(json.teamSoa).toEqual({ sheet: TEAM_2013, edition: '2013' });
  });

  it('leaves every cell of the 2013 sheet, and its merges, as they were', () => {
    const was = sheetOf(before, TEAM_2013);
    const is = sheetOf(after, TEAM_2013);
    expect(is.values).toEqual(was.values);
    expect(is.formulas ?? []).toEqual(was.formulas ?? []);
    expect([...(is.merges ?? [])].sort()).toEqual([...(was.merges ?? [])].sort());
  });

  it('builds a 2022 SoA of the 93 controls beside it', () => {
    const { rows } = soaRows(after);
    expect([...rows.keys()]).toHaveLength(93);
    expect([...rows.keys()].slice(0, 3)).toEqual(['5.1', '5.2', '5.3']);
    expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([TEAM_2013, OURS]));
  });

  it('carries one predecessor’s decision as it is, with its id in the Carried from column', () => {
    const { rows } = soaRows(after);
    expect(rows.get('5.3')).toMatchObject({
      Applicable: 'Yes', Justification: "Payments need two approvers; Risk assessment (marked on the team's SoA)", 'Implementation status': 'Implemented', 'Evidence reference': 'FIN-07',
      'Control owner': 'CFO', [CARRIED]: 'A.6.1.2',
    });
    expect(rows.get('5.31')).toMatchObject({ Applicable: null, [CARRIED]: 'Not in the 2013 SoA: A.18.1.1, A.18.1.5' });
  });

  it('joins several predecessors’ texts with their ids, and keeps the least advanced status with a note', () => {
    const { rows } = soaRows(after);
    expect(rows.get('5.1')).toMatchObject({ Applicable: 'Yes', Justification: 'A.5.1.1, A.5.1.2: ISMS policy approved by the board', 'Evidence reference': 'A.5.1.1: POL-01; A.5.1.2: POL-01 review log' });
    expect(rows.get('5.18')).toMatchObject({ Applicable: 'Yes', 'Implementation status': 'In progress', [CARRIED]: 'A.9.2.2, A.9.2.5, A.9.2.6' });
    expect(String(rows.get('5.18')!['Implementation notes'])).toContain('the least advanced, In progress, is kept');
  });

  it('carries a control that became two to both', () => {
    const { rows } = soaRows(after);
    expect(rows.get('8.8')).toMatchObject({ Applicable: 'Yes', [CARRIED]: 'A.12.6.1, A.18.2.3' });
    expect(rows.get('5.36')).toMatchObject({ Applicable: 'Yes', Justification: "Yearly penetration test; Risk assessment (marked on the team's SoA)", [CARRIED]: 'A.18.2.3' });
  });

  it('leaves a control whose predecessors disagree blank, and asks for a decision there', () => {
    const { rows, rowOf } = soaRows(after);
    expect(rows.get('8.15')).toMatchObject({ Applicable: null, [CARRIED]: 'A.12.4.1, A.12.4.2, A.12.4.3' });
    expect(String(rows.get('8.15')!['Implementation notes'])).toContain('Applicability left open: A.12.4.1, A.12.4.3 applicable, A.12.4.2 excluded');
    const conflicts = json.findings.filter((f) => f.code === 'soa-migration-conflict');
    expect(conflicts).toEqual([expect.objectContaining({ sheet: OURS, cell: `D${rowOf.get('8.15')}` })]);
    expect(json.findings.filter((f) => f.code === 'soa-applicability-missing' && f.cell === `D${rowOf.get('8.15')}`)).toEqual([]);
  });

  it('flags each of the eleven controls new in 2022', () => {
    const { rows } = soaRows(after);
    const fresh = json.findings.filter((f) => f.code === 'soa-migration-new-control');
    expect(fresh).toHaveLength(11);
    expect(rows.get('5.7')).toMatchObject({ Applicable: null, [CARRIED]: 'New in 2022' });
  });

  it('keeps the excluded controls excluded, with their justification', () => {
    const { rows } = soaRows(after);
    expect(rows.get('8.4')).toMatchObject({ Applicable: 'No', Justification: 'No in-house source code', [CARRIED]: 'A.9.4.5' });
  });

  it('says what it carried', () => {
    expect(json.changes.join('\n')).toMatch(/the decisions of 33 2013 control\(s\) on "SoA 2013" carried to \d+ 2022 control\(s\); 1 left open where they disagree; 11 new in 2022 to decide/);
  });
});

describe('migrate-soa beside a register', () => {
  it('builds the 2022 SoA with the register’s links and leaves the 2013 sheet as it was', async () => {
    const dir = tempDir('migrate-soa-register');
    const input = await writeWorkbook(dir, 'isms.xlsx', (wb) => {
      const reg = wb.addWorksheet(REGISTER_SHEET);
      reg.getRow(1).values = ['Risk register'];
      reg.getRow(3).values = HEADER;
      reg.getRow(4).values = ['R-001', 'Customer database', 'Phishing of finance staff', 'No MFA', 'Dana (CFO)', 4, 5, 'Mitigate', '8.15, 5.17', new Date(Date.UTC(2025, 0, 15)), null];
      write2013Soa(wb);
    });
    const out = path.join(dir, 'isms-2022.xlsx');
    const run = runCli(['migrate-soa', input, '--out', out, '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(run.stdout).toContain('soa-migration-conflict');
    const [before, after] = [await snapshotOf(input), await snapshotOf(out)];
    expect(sheetOf(after, TEAM_2013).values).toEqual(sheetOf(before, TEAM_2013).values);
    const { rows } = soaRows(after);
    expect(rows.get('8.15')).toMatchObject({ 'Linked risks': 'R-001', Applicable: null });
  });
});

describe('migrate-soa on a 2022 SoA', () => {
  it('copies each decision as it is, with no Carried from column', async () => {
    const dir = tempDir('copy-soa');
    const input = await writeWorkbook(dir, 'soa-2022.xlsx', (wb) => {
      const ws = wb.addWorksheet('SoA');
      ws.getRow(1).values = ['Control ID', 'Control', 'Applicable', 'Justification', 'Implementation Status', 'Reference'];
      const decided: [string, string, string, string, string, string][] = [
        ['5.1', 'Policies for information security', 'Yes', 'Board-approved policy', 'Implemented', 'POL-01'],
        ['5.7', 'Threat intelligence', 'Yes', 'Feeds from the national CERT', 'Planned', ''],
        ['5.15', 'Access control', 'Yes', 'Access policy', 'Implemented', 'AC-01'],
        ['5.23', 'Information security for use of cloud services', 'Yes', 'SaaS-first', 'In progress', ''],
        ['6.3', 'Information security awareness, education and training', 'Yes', 'Yearly training', 'Implemented', 'LMS report'],
        ['7.4', 'Physical security monitoring', 'No', 'Shared office building, monitored by the landlord', '', ''],
        ['8.13', 'Information backup', 'Yes', 'Nightly backups', 'Implemented', 'Restore log'],
        ['8.15', 'Logging', 'Yes', 'SIEM', 'Implemented', 'SIEM dashboard'],
      ];
      decided.forEach((r, i) => (ws.getRow(2 + i).values = r));
    });
    const out = path.join(dir, 'copied.xlsx');
    const run = runCli(['migrate-soa', input, '--out', out, '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    const after = await snapshotOf(out);
    const { headers, rows } = soaRows(after);
    expect(headers).not.toContain(CARRIED);
    expect(rows.get('7.4')).toMatchObject({ Applicable: 'No', Justification: 'Shared office building, monitored by the landlord' });
    expect(rows.get('5.23')).toMatchObject({ Applicable: 'Yes', 'Implementation status': 'In progress' });
    expect(rows.get('8.1')).toMatchObject({ Applicable: null });
    expect(sheetOf(after, 'SoA').values).toEqual(sheetOf(await snapshotOf(input), 'SoA').values);
  });
});

describe('migrate-soa refuses what it cannot use', () => {
  it('exits 2 with one line when the workbook holds no SoA', async () => {
    const dir = tempDir('migrate-soa-none');
    const input = await writeWorkbook(dir, 'notes.xlsx', (wb) => {
      wb.addWorksheet('Notes').getRow(1).values = ['Meeting notes', 'Owner'];
      wb.getWorksheet('Notes')!.getRow(2).values = ['Kick-off', 'Dana'];
    });
    const run = runCli(['migrate-soa', input, '--out', path.join(dir, 'out.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`riskbook: no Statement of Applicability found in "${input}": no sheet has a control id column with Annex A ids (2022 or 2013) and an applicability, justification or status column\n`);
    expect(run.stdout).toBe('');
  });

  it('exits 2 without --out', async () => {
    const dir = tempDir('migrate-soa-no-out');
    const input = await writeWorkbook(dir, 'soa.xlsx', write2013Soa);
    const run = runCli(['migrate-soa', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('riskbook: migrate-soa needs --out FILE.xlsx: the result is written to a new file\n');
  });
});
