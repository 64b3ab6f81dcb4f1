import fc from 'fast-check';
import { cellAddress, columnIndex, columnLetter, parseCell, parseRange, quoteSheetName, rangeAddress, sheetReference, splitSheetReference } from '../../../core/workbook/a1';

describe('A1 addressing', () => {
  it('names columns past Z the way spreadsheets do', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    for (const n of [0, 25, 26, 700, 16383]) expect(columnIndex(columnLetter(n))).toBe(n);
  });

  it('writes cells and ranges, absolute when asked', () => {
    expect(cellAddress(4, 2)).toBe('C5');
    expect(cellAddress(4, 2, true)).toBe('$C$5');
    expect(rangeAddress(4, 2, 10, 3)).toBe('C5:E14');
    expect(rangeAddress(0, 0, 1, 1)).toBe('A1');
  });

  it('parses ranges in either corner order', () => {
    expect(parseRange('E14:C5')).toEqual({ row: 4, col: 2, rows: 10, cols: 3 });
    expect(parseRange('$B$2')).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
    expect(parseRange('not a range')).toBeNull();
  });

  it('quotes sheet names that are not plain identifiers, doubling apostrophes', () => {
    expect(quoteSheetName('Register')).toBe('Register');
    expect(quoteSheetName('Risk register')).toBe("'Risk register'");
    expect(quoteSheetName("CISO's risks")).toBe("'CISO''s risks'");
    expect(quoteSheetName('Risikoübersicht')).toBe("'Risikoübersicht'");
    expect(quoteSheetName('R2D2')).toBe("'R2D2'");
    expect(sheetReference("CISO's risks", '$A$1:$A$9')).toBe("'CISO''s risks'!$A$1:$A$9");
  });

  it('splits a quoted sheet reference back into name and range', () => {
    expect(splitSheetReference("='CISO''s risks'!$A$1:$A$9")).toEqual({ sheet: "CISO's risks", range: 'A1:A9' });
    expect(splitSheetReference('Lists!B2')).toEqual({ sheet: 'Lists', range: 'B2' });
    expect(splitSheetReference('B2')).toBeNull();
  });
});

test('a cell address is read as the A1 pattern reads it, whatever the text', () => {
  // The reference: up to three letters and seven digits, each optionally fixed with `$`, spaces around ignored.
  const pattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const byPattern = (text: string): { row: number; col: number } | null => {
    const m = pattern.exec(text.trim());
    if (!m) return null;
    let col = 0;
    for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const text = fc.array(fc.constantFrom('$', 'A', 'b', 'Z', 'z', '@', '[', '`', '{', '0', '1', '9', ' ', ':', 'é'), { maxLength: 12 }).map((cs) => cs.join(''));
  fc.assert(fc.property(text, (t) => expect(parseCell(t)).toEqual(byPattern(t))), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ maxLength: 10 }), (t) => expect(parseCell(t)).toEqual(byPattern(t))), { numRuns: 2000 });
});
