import { cellAddress, columnIndex, columnLetter, parseRange, quoteSheetName, rangeAddress, sheetReference, splitSheetReference } from '../../../core/workbook/a1';

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
