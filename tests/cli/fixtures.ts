/**
 * Workbooks for the command-line tests, built in code and named by scenario. Each is the kind of
 * file a security team actually sends: a title row, a header, a few risks, a notes column.
 */
import * as ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import * as path from 'path';
import { saveWorkbook } from '../../cli/xlsx/workbook-io';

export const REGISTER_SHEET = 'Risk register';

export const HEADER = ['Risk ID', 'Asset', 'Threat', 'Vulnerability', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Last review', 'Team notes'];

type Row = (string | number | Date | ExcelJS.CellErrorValue | null)[];

const RISKS: Row[] = [
  ['R-001', 'Customer database', 'Phishing of finance staff', 'No MFA on webmail', 'Dana (CFO)', 4, 5, 'Mitigate', '5.17, 8.5', new Date(Date.UTC(2025, 0, 15)), 'Seen twice in 2024'],
  ['R-002', 'Staff laptops', 'Laptop theft', 'Disks not encrypted', 'Sam (IT lead)', '2 - Unlikely', 'Major', 'Mitigate', '8.1', new Date(Date.UTC(2025, 1, 3)), null],
  ['R-003', 'Production cloud', 'Region outage', 'Single region', 'Alex (CTO)', 'Likely', 3, 'Accept', null, new Date(Date.UTC(2025, 2, 1)), '=not a formula'],
];

function registerWorkbook(rows: Row[], build?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(REGISTER_SHEET);
  ws.getCell('A1').value = 'ACME SaaS — information security risk register';
  ws.mergeCells('A1:K1');
  ws.addRow([]);
  ws.getRow(3).values = HEADER;
  ws.getRow(3).font = { bold: true };
  rows.forEach((row, i) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(4 + i, c + 1);
      cell.value = v as ExcelJS.CellValue;
      if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  ws.getColumn(11).width = 40;
  build?.(ws, wb);
  return wb;
}

/** Every scenario, by name. */
export const SCENARIOS = {
  /** Three complete risks except that R-003 has no owner: an error finding. */
  'register-owner-missing': () => registerWorkbook(RISKS.map((r, i) => (i === 2 ? r.map((v, c) => (c === 4 ? null : v)) : r))),
  /** Three risks, as a team keeps them. */
  'register-three-risks': () => registerWorkbook(RISKS),
  /** A header row and nothing below it. */
  'register-header-only': () => registerWorkbook([]),
  /** Merged cells: a title over the header and one asset spanning two risk rows. */
  'register-merged-cells': () =>
    registerWorkbook(RISKS, (ws) => {
      ws.getCell('B5').value = 'Laptops and phones';
      ws.mergeCells('B5:B6');
    }),
  /** The second risk's row is hidden (filtered away); it still counts. */
  'register-hidden-row': () =>
    registerWorkbook(RISKS, (ws) => {
      ws.getRow(5).hidden = true;
    }),
  /** #N/A in a likelihood and #REF! in an owner, as broken lookups leave them. */
  'register-error-values': () =>
    registerWorkbook(
      RISKS.map((r, i) => r.map((v, c) => (i === 0 && c === 5 ? { error: '#N/A' } : i === 1 && c === 4 ? { error: '#REF!' } : v))) as Row[],
    ),
  /** Review dates typed as text in a local format instead of as dates. */
  'register-dates-as-text': () => registerWorkbook(RISKS.map((r, i) => r.map((v, c) => (c === 9 && i < 2 ? ['31/12/2024', 'last March'][i]! : v)))),
  /** Sheets with data, none of it a register. */
  'no-register': () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRows([['Item', 'Cost'], ['Laptops', 12000], ['Licences', 3400]]);
    return wb;
  },
  /** One sheet, no cell filled. */
  'empty-workbook': () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    return wb;
  },
  /** The register on a sheet whose name has a space, an apostrophe and an accent. */
  'register-odd-sheet-name': () => {
    const wb = registerWorkbook(RISKS);
    wb.getWorksheet(REGISTER_SHEET)!.name = "Bob's risques – été";
    return wb;
  },
  /**
   * For the formula oracle: every way people write a level (number, number as text, label in any
   * case, "n - Label"), blanks, a level off the scale, a label with a stray space (MATCH does not
   * trim, so neither does the core), and residual columns.
   */
  'oracle-register': () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(REGISTER_SHEET);
    ws.addRow(['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Last review']);
    const rows: Row[] = [
      ['R-01', 'Phishing', 'Dana', 4, 5, 'Mitigate', '5.17', 2, 5],
      ['R-02', 'Laptop theft', 'Sam', '2', 'Significant', 'Mitigate', '8.1', '1', '4'],
      ['R-03', 'Region outage', 'Alex', 'likely', '3 - Noticeable', 'Accept', null, null, null],
      ['R-04', 'Insider misuse', 'Dana', '5 - Almost certain', 'MAJOR', 'Mitigate', '6.1, 8.2', 'Rare', 'Minor'],
      ['R-05', 'Supplier breach', 'Sam', 9, 2, 'Transfer', '5.19', null, null],
      ['R-06', 'Ransomware', 'Alex', ' Likely', 4, 'Mitigate', '8.7', 3, 3],
      ['R-07', 'Lost backup tape', 'Dana', null, 3, 'Avoid', null, null, null],
      ['R-08', 'Web defacement', 'Sam', 1, 1, 'Accept', null, 1, 1],
      ['R-09', 'DDoS', 'Alex', 3, 5, 'Mitigate', '8.6', '2 - Unlikely', 'Significant'],
      ['R-10', 'Misconfigured bucket', 'Dana', 'Possible', 'Major', 'Mitigate', '8.9', 'possible', 'noticeable'],
      // Spreadsheet MATCH reads * ? ~ as wildcards; to the core they are just text off the scale.
      ['R-11', 'Wildcards', 'Sam', 'Lik*', '?', 'Mitigate', '8.9', '4*', 'Maj~or'],
    ];
    rows.forEach((r) => ws.addRow([...r, new Date(Date.UTC(2025, 0, 10))]));
    ws.getColumn(10).numFmt = 'yyyy-mm-dd';
    return wb;
  },
  /**
   * The register beside the team's own sheets under names Riskbook also uses: lists of
   * departments and sites, a board heatmap, an audit checklist and an SoA exported from a GRC
   * tool. Each is theirs (no Riskbook stamp) and must come out exactly as it went in.
   */
  'register-beside-team-sheets-under-riskbook-names': () =>
    registerWorkbook(RISKS, (_ws, wb) => {
      const lists = wb.addWorksheet('Lists');
      lists.addRows([['Departments', 'Sites'], ['Finance', 'Berlin'], ['IT', 'Lyon'], ['Sales', '=not a formula']]);
      const heatmap = wb.addWorksheet('Heatmap');
      heatmap.addRows([['Board heatmap Q3'], [], [null, 'Low', 'High'], ['Likely', 2, 5], ['Rare', 7, 1]]);
      heatmap.mergeCells('A1:C1');
      const checks = wb.addWorksheet('Checks');
      checks.addRows([['Audit checklist'], ['Item', 'Done', 'Due'], ['Access review', 'yes', new Date(Date.UTC(2025, 5, 30))], ['Backup test', 'no', null]]);
      const soa = wb.addWorksheet('Statement of Applicability');
      // A cover page, not an SoA Riskbook would adopt (tests/corpus has those): only its name is Riskbook's.
      soa.addRows([
        ['Statement of Applicability'],
        ['Kept in our GRC tool since 2024: https://grc.example.com/soa'],
        ['Owner', 'CISO'],
        ['Last export', 'see the GRC tool'],
      ]);
    }),
} satisfies Record<string, () => ExcelJS.Workbook>;

export type Scenario = keyof typeof SCENARIOS;

export async function writeScenario(dir: string, scenario: Scenario): Promise<string> {
  const file = path.join(dir, `${scenario}.xlsx`);
  writeFileSync(file, await saveWorkbook(SCENARIOS[scenario]()));
  return file;
}

/** Files that are not workbooks at all, or not any more. */
export const BAD_FILES = {
  /** A CSV export someone renamed to .xlsx. */
  'text-renamed.xlsx': () => Buffer.from('Risk ID,Threat,Owner\nR-001,Phishing,Dana\n', 'utf8'),
  /** An .xlsx cut off half-way through a download. */
  'truncated.xlsx': async () => {
    const full = await saveWorkbook(SCENARIOS['register-three-risks']());
    return full.subarray(0, Math.floor(full.length / 2));
  },
  /** A password-protected workbook: an OLE compound file holding EncryptionInfo + EncryptedPackage. */
  'password-protected.xlsx': () => oleFile(['EncryptionInfo', 'EncryptedPackage']),
  /** An Excel 97-2003 workbook: an OLE compound file with a Workbook stream. */
  'old-format.xlsx': () => oleFile(['Workbook']),
  /** A zip that is not a workbook (a Word document, say). */
  'word-document.xlsx': () => zipOf('word/document.xml', '<w:document/>'),
  /** Nothing at all. */
  'zero-bytes.xlsx': () => Buffer.alloc(0),
} satisfies Record<string, () => Buffer | Promise<Buffer>>;

/**
 * A minimal OLE compound file: the 512-byte header (signature D0 CF 11 E0 A1 B1 1A E1) and one
 * directory sector naming the given streams, which is what identifies an encrypted package.
 */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.writeUInt32LE(0, 76); // FAT in sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = dir.subarray(i * 128, (i + 1) * 128);
    Buffer.from(`${name}\0`, 'utf16le').copy(entry, 0);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry.writeUInt8(i === 0 ? 5 : 2, 66);
  });
  return Buffer.concat([header, fat, dir]);
}

/** A one-entry zip (stored, no compression). */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const nameBuf = Buffer.from(name, 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- zlib.crc32 needs Node ≥ 20.15
  const crc = (require('zlib') as { crc32?: (b: Buffer) => number }).crc32?.(data) ?? 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBuf.length, 12);
  end.writeUInt32LE(30 + nameBuf.length + data.length, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}

export async function writeBadFile(dir: string, name: keyof typeof BAD_FILES): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await BAD_FILES[name]());
  return file;
}
