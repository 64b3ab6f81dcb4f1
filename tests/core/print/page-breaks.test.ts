/** Sections of a printed sheet stay whole: a grid is never split, a heading never left alone at the foot of a page. */
import { printedRowHeights, sectionBreaks } from '../../../core/workbook/page-breaks';
import type { KeptSection } from '../../../core/workbook/page-breaks';

/** The page each row prints on, laid out as a spreadsheet does: forced breaks, and a new page when a row does not fit. */
function pagesOf(rows: number, heightOf: (row: number) => number, pageHeight: number, breaks: readonly number[]): number[] {
  const pages: number[] = [];
  let page = 0;
  let used = 0;
  for (let r = 0; r < rows; r++) {
    const h = heightOf(r);
    if (r > 0 && (breaks.includes(r) || used + h > pageHeight)) {
      page++;
      used = 0;
    }
    used += h;
    pages.push(page);
  }
  return pages;
}

const wholeOnOnePage = (pages: readonly number[], s: KeptSection): boolean => pages[s.first] === pages[s.last];

describe('Sections kept whole on printed pages', () => {
  const rowHeight = () => 20;

  it('adds no break where every section fits where it falls', () => {
    const sections = [{ first: 0, last: 4 }, { first: 6, last: 10 }];
    expect(sectionBreaks({ sections, heightOf: rowHeight, pageHeight: 500 })).toEqual([]);
  });

  it('starts a section on a new page rather than split it across two', () => {
    // Three sections of 10 rows (200 pt) on pages of 450 pt: the third would straddle the first break.
    const sections = [{ first: 0, last: 9 }, { first: 11, last: 20 }, { first: 22, last: 31 }];
    const breaks = sectionBreaks({ sections, heightOf: rowHeight, pageHeight: 450 });
    expect(breaks).toEqual([22]);
    const pages = pagesOf(32, rowHeight, 450, breaks);
    for (const s of sections) expect(wholeOnOnePage(pages, s)).toBe(true);
  });

  it('gives a section taller than a page a page of its own start, so its heading prints with its rows', () => {
    const sections = [{ first: 0, last: 9 }, { first: 11, last: 40 }];
    const breaks = sectionBreaks({ sections, heightOf: rowHeight, pageHeight: 300 });
    expect(breaks).toEqual([11]);
    const pages = pagesOf(41, rowHeight, 300, breaks);
    expect(pages[11]).toBe(pages[12]);
  });

  it('follows the program’s own breaks when it places a later section', () => {
    // The first section fills a page and 100 pt of the next: the second (100 pt) fits below it there.
    const sections = [{ first: 0, last: 19 }, { first: 20, last: 24 }];
    const breaks = sectionBreaks({ sections, heightOf: rowHeight, pageHeight: 300 });
    expect(breaks).toEqual([]);
    const pages = pagesOf(25, rowHeight, 300, breaks);
    expect(wholeOnOnePage(pages, sections[1]!)).toBe(true);
  });

  it('takes a row’s height from the plan, else from its largest text', () => {
    const heightOf = printedRowHeights({ rowHeights: [{ row: 3, height: 44 }], formats: [{ range: 'A1', fontSize: 14 }, { range: 'B2:C2', bold: true }] });
    expect(heightOf(3)).toBe(44);
    expect(heightOf(0)).toBeGreaterThan(heightOf(1));
    expect(heightOf(1)).toBe(15);
  });
});
