/**
 * Where each sheet starts in a PDF LibreOffice printed from a workbook. LibreOffice writes one
 * outline entry (bookmark) per printed sheet, titled with the sheet's name and pointing at its
 * first page, and lists the pages in one page tree. This reads just that from LibreOffice's own
 * output, which keeps those objects uncompressed; any other PDF gives an empty map, and the pack's
 * contents then go without page numbers rather than with wrong ones.
 */

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return s;
  }
  return bytes.toString('latin1');
}

function decodeLiteral(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

/** Object number → 1-based page, from the page tree's leaves in order. */
function pageNumbers(pdf: string): Map<number, number> {
  const objects = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  const root = catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog);
  const pages = new Map<number, number>();
  if (!root) return pages;
  const visit = (id: number, depth: number): void => {
    const body = objects.get(id);
    if (body === undefined || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) {
      for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(k[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) {
      pages.set(id, pages.size + 1);
    }
  };
  visit(Number(root[1]), 0);
  return pages;
}

/** Sheet name → the page (1-based) it starts on. */
export function sheetStartPages(pdfBytes: Buffer): Map<string, number> {
  const pdf = pdfBytes.toString('latin1');
  const pages = pageNumbers(pdf);
  const starts = new Map<string, number>();
  const entry = /\/Title\s*(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))[\s\S]*?\/Dest\s*\[\s*(\d+)\s+0\s+R/g;
  for (const m of pdf.matchAll(entry)) {
    const title = m[1] !== undefined ? decodeHex(m[1]) : decodeLiteral(m[2] ?? '');
    const page = pages.get(Number(m[3]));
    if (page !== undefined && !starts.has(title)) starts.set(title, page);
  }
  return starts;
}

/** How many pages the PDF has. */
export function pageCount(pdfBytes: Buffer): number {
  return pageNumbers(pdfBytes.toString('latin1')).size;
}
