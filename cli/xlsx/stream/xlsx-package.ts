/**
 * The parts of an .xlsx package and the relationships between them. A part is found through the
 * relationship that points at it, never by a conventional name: generators name parts freely
 * (`xl/comments/comment1.xml`, `/xl/worksheets/data.xml`) and Excel follows the relationships.
 */
import type { ZipEntry } from '../../io/zip-directory';
import { readZipDirectory, zipEntryStream } from '../../io/zip-directory';
import type { XmlHandler } from './xml-events';
import { parseXml } from './xml-events';

export interface Relationship {
  /** The last word of the relationship type (`worksheet`, `sharedStrings`, `comments`…), the same in transitional and strict files. */
  readonly type: string;
  /** The package path of the part it points at, without a leading `/`. */
  readonly target: string;
}

/**
 * Damage to the zip itself, not to the XML in it. The message starts "Corrupted zip", as JSZip's
 * do (ExcelJS opens packages with JSZip), so that the command says the same sentence of it.
 */
class CorruptZip extends Error {
  constructor(part: string, err: unknown) {
    super(`Corrupted zip: ${part}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `target` as a package path, read from the folder of the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const trimmed = target.trim();
  if (trimmed.startsWith('/')) return trimmed.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const segment of trimmed.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export class XlsxPackage {
  private constructor(
    private readonly data: Buffer,
    /** By lower-cased name: part names are case-insensitive in a package. */
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(data: Buffer): XlsxPackage {
    const directory = readZipDirectory(data);
    if (!directory.ok) throw new CorruptZip('directory', directory.problem);
    const entries = new Map<string, ZipEntry>();
    for (const entry of directory.entries) entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry);
    return new XlsxPackage(data, entries);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** Streams a part through `handler`. A part the package lacks reads as nothing. */
  async parse(part: string, handler: XmlHandler): Promise<void> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return;
    try {
      await parseXml(part, () => this.text(entry), handler);
    } catch (err) {
      // Corrupt data usually reads as broken XML too, which streaming meets first. JSZip inflates
      // a part whole before ExcelJS parses it, so ExcelJS reports the corruption; so does this.
      if (!(err instanceof CorruptZip)) await this.inflatesWhole(entry);
      throw err;
    }
  }

  private async *text(entry: ZipEntry): AsyncGenerator<string> {
    let size = 0;
    try {
      // Decoded as it arrives; a character split between two pieces waits for the next.
      const decoder = new TextDecoder('utf-8');
      for await (const piece of zipEntryStream(this.data, entry)) {
        size += (piece as Buffer).length;
        yield decoder.decode(piece as Buffer, { stream: true });
      }
      const rest = decoder.decode();
      if (rest !== '') yield rest;
    } catch (err) {
      throw err instanceof CorruptZip ? err : new CorruptZip(entry.name, err);
    }
    // Corrupt data may still inflate, to something of another length.
    if (size !== entry.uncompressedSize) throw new CorruptZip(entry.name, 'uncompressed data size mismatch');
  }

  /** Throws CorruptZip unless the entry inflates to the size the directory gives. */
  private async inflatesWhole(entry: ZipEntry): Promise<void> {
    for await (const text of this.text(entry)) void text;
  }

  /** The relationships of a part, by id. Links out of the package are left out. */
  async relationships(part: string): Promise<ReadonlyMap<string, Relationship>> {
    const out = new Map<string, Relationship>();
    await this.parse(relationshipsPart(part), {
      open(name, attributes) {
        const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
        if (name !== 'Relationship' || !id || !type || target === undefined || mode === 'External') return;
        out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(part, target) });
      },
      close() {},
    });
    return out;
  }
}

/** The first relationship of a type, for parts a workbook has one of (styles, shared strings). */
export function relationshipOfType(relationships: ReadonlyMap<string, Relationship>, type: string): Relationship | undefined {
  for (const r of relationships.values()) if (r.type === type) return r;
  return undefined;
}
