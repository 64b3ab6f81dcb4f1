/**
 * Part names ExcelJS can read. OOXML lets a workbook name its parts freely and point at them from
 * the package root (`/xl/comments/comment1.xml`, `/xl/drawings/commentsDrawing1.vml`), and some
 * generators do. ExcelJS 4.4 finds cell notes only in parts named `xl/commentsN.xml` and
 * `xl/drawings/vmlDrawingN.vml`, reached by a path relative to the worksheet, and fails on the
 * whole file otherwise ("reading 'comments'"). Before loading, such parts are renamed to the names
 * ExcelJS expects and their relationships and content types follow, so the notes are read (and
 * written back) like any others. A package that needs nothing is returned as it was.
 */
import JSZip from 'jszip';
import { resolveTarget } from './stream/xlsx-package';

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const VML_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';
const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/;

interface Renamed {
  readonly from: string;
  readonly to: string;
}

/** A name of the form `prefix{N}suffix` that no part of the package has yet. */
function freeName(zip: JSZip, prefix: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!zip.file(name) && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function withReadablePartNames(data: Buffer): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // Not a zip we can open: ExcelJS reports it in its own words.
    return data;
  }
  const renamed: Renamed[] = [];
  let touched = false;
  const taken = new Set<string>();
  const relFiles = Object.keys(zip.files).filter((f) => SHEET_RELS.test(f));
  for (const relPath of relFiles) {
    const xml = await zip.file(relPath)!.async('string');
    // `xl/worksheets/_rels/sheet1.xml.rels` holds the relationships of `xl/worksheets/sheet1.xml`.
    const sheetPart = relPath.replace('/_rels/', '/').replace(/\.rels$/, '');
    let changed = xml;
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      const type = /\bType="([^"]*)"/.exec(tag)?.[1];
      const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
      if (!target || (type !== COMMENTS_TYPE && type !== VML_TYPE)) continue;
      const part = resolveTarget(sheetPart, target);
      const expected = type === COMMENTS_TYPE ? /^xl\/comments\d+\.xml$/ : /^xl\/drawings\/vmlDrawing\d+\.vml$/;
      if (expected.test(part) && !target.startsWith('/')) continue;
      let to = part;
      if (!expected.test(part)) {
        const already = renamed.find((r) => r.from === part);
        to = already?.to ?? (type === COMMENTS_TYPE ? freeName(zip, 'xl/comments', '.xml', taken) : freeName(zip, 'xl/drawings/vmlDrawing', '.vml', taken));
        if (!already && zip.file(part)) renamed.push({ from: part, to });
      }
      const relative = `../${to.replace(/^xl\//, '')}`;
      changed = changed.replace(tag, tag.replace(/\bTarget="[^"]*"/, `Target="${relative}"`));
    }
    if (changed !== xml) {
      zip.file(relPath, changed);
      touched = true;
    }
  }
  if (!touched) return data;
  for (const { from, to } of renamed) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  }
  const typesFile = zip.file('[Content_Types].xml');
  if (typesFile && renamed.length > 0) {
    let types = await typesFile.async('string');
    for (const { from, to } of renamed) types = types.replace(new RegExp(`PartName="/${escapeRegExp(from)}"`, 'g'), `PartName="/${to}"`);
    zip.file('[Content_Types].xml', types);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
