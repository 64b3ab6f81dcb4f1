/**
 * Just enough of the zip format to tell a workbook from a damaged or foreign file before
 * ExcelJS sees it, to list the parts a copy through ExcelJS would lose, and to read the parts the
 * streaming reader needs.
 */
import { Readable } from 'stream';
import { createInflateRaw, inflateRawSync } from 'zlib';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: 'no-end-record' | 'bad-directory' };

/** The zip format's record signatures: end of central directory, central entry, local entry. */
export const EOCD = 0x06054b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

/** Reads the central directory. A truncated file has no end record, or one pointing past the end. */
export function readZipDirectory(data: Buffer): ZipDirectory {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const floor = Math.max(0, data.length - 22 - 65535);
  let eocd = -1;
  for (let i = data.length - 22; i >= floor; i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'no-end-record' };
  const count = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  const start = data.readUInt32LE(eocd + 16);
  // Zip64 archives mark these fields 0xFFFF…; workbooks of that size are out of scope here.
  if (start === 0xffffffff || count === 0xffff) return { ok: true, entries: [] };
  if (start + size > eocd) return { ok: false, problem: 'bad-directory' };
  const entries: ZipEntry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) return { ok: false, problem: 'bad-directory' };
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const uncompressedSize = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const localHeaderOffset = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    if (localHeaderOffset + 30 > data.length) return { ok: false, problem: 'bad-directory' };
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The compressed bytes of one entry, found through its local header. */
function compressedBytes(data: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (data.readUInt32LE(p) !== LOCAL) throw new Error(`Bad local header for ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`Unsupported compression ${entry.method} for ${entry.name}`);
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  return data.subarray(start, start + entry.compressedSize);
}

/** The uncompressed bytes of one entry (stored or deflated). */
export function readZipEntry(data: Buffer, entry: ZipEntry): Buffer {
  const raw = compressedBytes(data, entry);
  return entry.method === 0 ? raw : inflateRawSync(raw);
}

/**
 * The uncompressed bytes of one entry in pieces, so that a part of tens of megabytes is never
 * held whole. A damaged entry fails the stream with zlib's message.
 */
export function zipEntryStream(data: Buffer, entry: ZipEntry): Readable {
  const raw = compressedBytes(data, entry);
  if (entry.method === 0) return Readable.from([raw]);
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(raw);
  return inflate;
}
