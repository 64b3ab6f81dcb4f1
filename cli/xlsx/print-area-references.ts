/**
 * The references of a print area (`_xlnm.Print_Area`) as a workbook writes them, and back: read by
 * the streaming reader and by the ExcelJS patch that keeps print areas whole (exceljs-print-areas.ts).
 */

/** The ranges of a defined name's reference, without the sheet or `$`: `'S'!$A:$S,'S'!$U$1:$V$9` → `A:S`, `U1:V9`. */
export function printAreaParts(ranges: readonly string[]): string[] {
  const parts: string[] = [];
  for (const reference of ranges) {
    // A reference may hold several ranges, separated by commas outside quoted sheet names.
    for (const range of reference.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? []) {
      const bang = range.lastIndexOf('!');
      const local = (bang >= 0 ? range.slice(bang + 1) : range).replace(/\$/g, '').trim();
      if (local !== '') parts.push(local.toUpperCase());
    }
  }
  return parts;
}

/** `A:S` → `$A:$S`, `U1:V9` → `$U$1:$V$9`, `1:20` → `$1:$20`. */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((end) => end.replace(/^([A-Z]*)(\d*)$/, (_m, col: string, row: string) => (col ? `$${col}` : '') + (row ? `$${row}` : '')))
    .join(':');
}
