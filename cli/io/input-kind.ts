/**
 * What a file is, from its bytes, so that a wrong or damaged file gets a clear sentence instead
 * of a parser's stack trace.
 */
import type { ZipEntry } from './zip-directory';
import { readZipDirectory } from './zip-directory';

export type InputKind =
  | { readonly kind: 'xlsx'; readonly entries: readonly ZipEntry[] }
  | { readonly kind: 'unusable'; readonly reason: string };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);

/** Excel saves a password-protected workbook as an OLE file holding this encrypted stream. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

export function classifyInput(data: Buffer): InputKind {
  if (data.length === 0) return { kind: 'unusable', reason: 'the file is empty (0 bytes)' };
  if (data.subarray(0, 8).equals(OLE_SIGNATURE)) {
    return data.includes(ENCRYPTED_STREAM)
      ? { kind: 'unusable', reason: 'it is password-protected; remove the password in Excel (File > Info > Protect Workbook) and try again' }
      : { kind: 'unusable', reason: 'it is an old-format (.xls) Excel file; open it in Excel and save it as .xlsx' };
  }
  if (!data.subarray(0, 2).equals(ZIP_SIGNATURE)) return { kind: 'unusable', reason: 'it is not an Excel workbook' };
  const dir = readZipDirectory(data);
  if (!dir.ok) return { kind: 'unusable', reason: 'the file is damaged or incomplete (the zip archive is cut short)' };
  const names = new Set(dir.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', entries: dir.entries };
  if (names.has('xl/workbook.bin')) return { kind: 'unusable', reason: 'it is a binary workbook (.xlsb); save it as .xlsx' };
  if (names.has('content.xml') && names.has('mimetype')) {
    return { kind: 'unusable', reason: 'it is an OpenDocument file (.ods); save it as .xlsx' };
  }
  return { kind: 'unusable', reason: 'it is a zip archive but not an Excel workbook' };
}

/** Parts of the input that a copy written through ExcelJS would not contain. */
export function partsLostOnCopy(entries: readonly ZipEntry[]): string[] {
  const has = (prefix: string): boolean => entries.some((e) => e.name.startsWith(prefix));
  const lost: string[] = [];
  if (has('xl/charts/')) lost.push('charts');
  if (has('xl/pivotTables/')) lost.push('pivot tables');
  if (has('xl/slicers/') || has('xl/timelines/')) lost.push('slicers');
  if (has('xl/vbaProject.bin')) lost.push('macros');
  if (has('xl/threadedComments/')) lost.push('threaded comments (their plain notes are kept)');
  if (has('xl/externalLinks/')) lost.push('links to other workbooks');
  return lost;
}
