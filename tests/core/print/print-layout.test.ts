import fc from 'fast-check';
import { BODY_FONT_PT, MIN_PRINT_PT, choosePrintLayout, columnPoints, pagesAcross, printableWidth } from '../../../core/workbook/print-layout';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('A sheet prints at a size a person can read', () => {
  it('keeps a narrow sheet on one page in the orientation it prefers, at full size', () => {
    const layout = choosePrintLayout({ widths: [12, 40, 20], keyColumns: 1, paper: 'A4', prefer: 'portrait' });
    expect(layout).toMatchObject({ orientation: 'portrait', pagesWide: 1, scale: 1 });
    expect(layout.printTitleColumns).toBeUndefined();
  });

  it('turns a sheet too wide for a legible portrait page to landscape before it shrinks it', () => {
    // About 640 pt of columns: too wide for portrait A4 at 7 pt, fine on landscape.
    const widths = [12, 36, 14, 30, 20];
    const portrait = printableWidth('A4', 'portrait');
    expect(sum(widths.map(columnPoints)) * (MIN_PRINT_PT / BODY_FONT_PT)).toBeGreaterThan(portrait * 0.6);
    const layout = choosePrintLayout({ widths: [...widths, 30, 30, 30], keyColumns: 2, paper: 'A4', prefer: 'portrait' });
    expect(layout.orientation).toBe('landscape');
    expect(layout.pagesWide).toBe(1);
    expect(layout.scale * BODY_FONT_PT).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  it('prints a table wider than a legible page over two pages across, its id and title repeated, instead of shrinking it', () => {
    // The Statement of Applicability: 19 columns, 369 characters.
    const soa = [12, 36, 14, 11, 11, 10, 11, 11, 11, 18, 34, 34, 34, 16, 30, 24, 18, 12, 22];
    const layout = choosePrintLayout({ widths: soa, keyColumns: 2, paper: 'A4', prefer: 'landscape' });
    expect(layout.pagesWide).toBeGreaterThan(1);
    expect(layout.printTitleColumns).toBe('A:B');
    expect(layout.scale * BODY_FONT_PT).toBeGreaterThanOrEqual(MIN_PRINT_PT);
  });

  it('counts the smallest text of the sheet, not only the body', () => {
    const widths = [20, 20, 20, 20, 20, 20, 20, 20];
    const at11 = choosePrintLayout({ widths, keyColumns: 1, paper: 'A4', prefer: 'landscape' });
    const at8 = choosePrintLayout({ widths, keyColumns: 1, paper: 'A4', prefer: 'landscape', smallestFont: 8 });
    expect(at8.scale * 8).toBeGreaterThanOrEqual(MIN_PRINT_PT);
    expect(at8.pagesWide).toBeGreaterThanOrEqual(at11.pagesWide);
  });

  it('breaks pages between columns and repeats the key columns on every page after the first', () => {
    const printable = 100;
    // Columns of 40 pt (width 7), key column 40 pt: page 1 holds two, each later page the key and one more.
    const widths = [7, 7, 7, 7];
    expect(columnPoints(7)).toBeCloseTo(40.5, 1);
    expect(pagesAcross(widths, 1, printable, 1)).toBe(3);
    expect(pagesAcross(widths, 0, printable, 1)).toBe(2);
  });

  it('never chooses a scale that prints below 7 pt, whatever the columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('A4' as const, 'Letter' as const),
        fc.constantFrom('portrait' as const, 'landscape' as const),
        fc.integer({ min: 8, max: 14 }),
        (widths, key, paper, prefer, font) => {
          const layout = choosePrintLayout({ widths, keyColumns: key, paper, prefer, smallestFont: font });
          expect(layout.scale * font).toBeGreaterThanOrEqual(MIN_PRINT_PT);
          expect(layout.pagesWide).toBeGreaterThanOrEqual(1);
          // And the pages it asks for are the pages the table takes at that scale.
          const printable = printableWidth(paper, layout.orientation);
          const k = layout.pagesWide > 1 ? Math.min(key, widths.length) : 0;
          expect(pagesAcross(widths, k, printable, layout.scale)).toBeLessThanOrEqual(layout.pagesWide);
        },
      ),
    );
  });
});
