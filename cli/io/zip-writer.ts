/**
 * Just enough of the zip format to write a workbook package, compressed by Node's zlib. ExcelJS
 * zips through JSZip, whose JavaScript deflate and checksum took several seconds of a 50,000-risk
 * save; zlib does the same work natively, on its worker threads, while the next part is rendered.
 *
 * The archive is the plain kind every spreadsheet program reads: each entry's local header carries
 * its sizes and checksum (no data descriptors), names are UTF-8, and there is no zip64, so a part or
 * the whole archive must stay under 4 GiB and the package under 65,535 parts; past that it fails
 * rather than write a file nothing can open.
 */
import { crc32, createDeflateRaw } from 'zlib';
import { CENTRAL, EOCD, LOCAL } from './zip-directory';

/** The pieces deflated as one stream, never copied into one buffer first. */
function deflated(pieces: readonly Buffer[], level: number): Promise<Buffer> {
  // Output in 256 KB buffers: with zlib's 16 KB default, allocating them took half a second of a
  // 50,000-risk save.
  const stream = createDeflateRaw({ level, chunkSize: 256 * 1024 });
  const out: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => out.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(out)));
    stream.on('error', reject);
  });
  for (const piece of pieces) stream.write(piece);
  stream.end();
  return done;
}

/** Version 2.0: deflate, no zip64. */
const VERSION = 20;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export interface ZipWriterOptions {
  /** zlib's deflate level, 0 (stored as deflate blocks) to 9; zlib's default is 6. */
  readonly level?: number;
  /** Store entries without compression. */
  readonly store?: boolean;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly method: 0 | 8;
  readonly data: Buffer;
}

function tooLarge(what: string): Error {
  return new Error(`The workbook is too large to save: ${what} passes the 4 GiB a zip without zip64 can hold.`);
}

/** Date and time in MS-DOS form, from the UTC clock as JSZip writes them. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export class ZipWriter {
  private readonly entries: Promise<Entry>[] = [];

  constructor(private readonly options: ZipWriterOptions = {}) {}

  /**
   * Adds a part and starts compressing it at once; `data` given in pieces is checksummed and
   * compressed as one, without first being copied into a single buffer by the caller.
   */
  add(name: string, data: Buffer | readonly Buffer[]): void {
    const pieces = Buffer.isBuffer(data) ? [data] : data;
    const entry = this.entry(Buffer.from(name, 'utf8'), pieces);
    // The failure is reported by toBuffer; until it is asked for, it must not count as unhandled.
    entry.catch(() => undefined);
    this.entries.push(entry);
  }

  private async entry(name: Buffer, pieces: readonly Buffer[]): Promise<Entry> {
    let crc = 0;
    let size = 0;
    for (const piece of pieces) {
      crc = crc32(piece, crc);
      size += piece.length;
    }
    if (size > MAX_32) throw tooLarge(name.toString());
    if (this.options.store) return { name, crc, size, method: 0, data: Buffer.concat(pieces, size) };
    return { name, crc, size, method: 8, data: await deflated(pieces, this.options.level ?? 6) };
  }

  /** The archive, entries in the order they were added. */
  async toBuffer(modified: Date = new Date()): Promise<Buffer> {
    const entries = await Promise.all(this.entries);
    if (entries.length > MAX_ENTRIES) throw new Error(`The workbook has too many parts to save (${entries.length}).`);
    const when = dosDateTime(modified);
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of entries) {
      if (e.data.length > MAX_32 || offset > MAX_32) throw tooLarge(e.name.toString());
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(VERSION, 4);
      // Plain ASCII names are flagged as nothing, as Excel writes them; others as UTF-8.
      local.writeUInt16LE(e.name.every((b) => b < 0x80) ? 0 : UTF8_NAME, 6);
      local.writeUInt16LE(e.method, 8);
      local.writeUInt16LE(when.time, 10);
      local.writeUInt16LE(when.date, 12);
      local.writeUInt32LE(e.crc, 14);
      local.writeUInt32LE(e.data.length, 18);
      local.writeUInt32LE(e.size, 22);
      local.writeUInt16LE(e.name.length, 26);
      const head = Buffer.alloc(46);
      head.writeUInt32LE(CENTRAL, 0);
      head.writeUInt16LE(VERSION, 4);
      local.copy(head, 6, 4, 30);
      head.writeUInt32LE(offset, 42);
      central.push(head, e.name);
      out.push(local, e.name, e.data);
      offset += 30 + e.name.length + e.data.length;
    }
    const directorySize = central.reduce((n, b) => n + b.length, 0);
    if (offset > MAX_32) throw tooLarge('the archive');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat(out.concat(central, [end]));
  }
}
