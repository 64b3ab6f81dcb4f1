/** Generated rows are tall enough for their wrapped text, so nothing prints clipped. */
import * as fc from 'fast-check';
import { brokenBetween, fitRowHeights, LINE_HEIGHT, wrappedLines } from '../../../core/workbook/text-fit';

describe('wrapped lines', () => {
  it('keeps text that fits on one line', () => {
    expect(wrappedLines('Access control', 20)).toBe(1);
    expect(wrappedLines('', 5)).toBe(1);
  });

  it('wraps at word boundaries as a spreadsheet does', () => {
    // 11 characters fit in width 11 ((11 - 1) x 1.1): "Reason:" then "best" then "practice".
    expect(wrappedLines('Reason: best practice', 11)).toBe(3);
    expect(wrappedLines('Treats risks R-04, R-09, R-14, R-21, R-30 (risk assessment)', 34)).toBe(2);
  });

  it('breaks a word longer than the line across lines of its own', () => {
    expect(wrappedLines('x'.repeat(25), 11)).toBe(3);
  });

  it('counts every line of text that has line breaks', () => {
    expect(wrappedLines('first\nsecond\nthird', 40)).toBe(3);
  });
});

describe('row heights', () => {
  const widths = [10, 20];
  it('sets heights only for rows that need more than one line, in points', () => {
    const rows = [
      ['R-01', 'short'],
      ['R-02', 'a justification long enough to need three lines of text here'],
    ];
    expect(fitRowHeights(rows, { firstRow: 5, widths, wrapColumns: new Set([1]) })).toEqual([{ row: 6, height: 3 * LINE_HEIGHT }]);
  });

  it('ignores columns that do not wrap and formula cells', () => {
    const rows = [['a very long id that does not wrap at all', { formula: '=TEXTJOIN(", ",TRUE,A1:A9)' }]];
    expect(fitRowHeights(rows, { firstRow: 0, widths, wrapColumns: new Set([1]) })).toEqual([]);
  });
});

describe('wrapping reads words as splitting at white space would', () => {
  /** The plain statement of the rule: paragraphs, then words split at white space, filled line by line. */
  function reference(text: string, width: number): number {
    if (text === '') return 1;
    const capacity = Math.max(1, Math.floor((width - 1) * 1.1));
    let lines = 0;
    for (const paragraph of text.split('\n')) {
      let used = 0;
      lines++;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const length = word.length;
        if (used === 0) {
          lines += Math.floor((length - 1) / capacity);
          used = ((length - 1) % capacity) + 1;
        } else if (used + 1 + length <= capacity) used += 1 + length;
        else {
          lines += 1 + Math.floor((length - 1) / capacity);
          used = ((length - 1) % capacity) + 1;
        }
      }
    }
    return Math.max(1, lines);
  }

  it('for any text and column width', () => {
    const piece = fc.constantFrom('a', 'word', 'Übergabe', 'R-0042', 'averyveryverylongwordindeed', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\ufeff', '😀', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((p) => p.join('')), fc.integer({ min: 0, max: 80 }), (text, width) => {
        expect(wrappedLines(text, width)).toBe(reference(text, width));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a list broken between its items', () => {
  const ids = Array.from({ length: 14 }, (_, i) => `R-${String(i + 1).padStart(2, '0')}`);

  it('breaks lines only between items, so no id is split at its hyphen', () => {
    const text = brokenBetween(ids.join(', '), ', ', 20);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    // Every line is whole ids, and together they are the list.
    expect(lines.flatMap((l) => l.split(/,\s*/).filter((x) => x !== ''))).toEqual(ids);
    // Each line fits the column by the same estimate the row heights use, so no program wraps it again.
    for (const line of lines) expect(wrappedLines(line, 20)).toBe(1);
  });

  it('leaves a list that fits on one line as it was', () => {
    expect(brokenBetween('R-01, R-02', ', ', 20)).toBe('R-01, R-02');
  });

  it('puts an item longer than a line on a line of its own, where it may still wrap', () => {
    const long = 'and 6,512 more (filter the register by this rating for all of them)';
    expect(brokenBetween(`R-01, R-02, ${long}`, ', ', 20)).toBe(`R-01, R-02,\n${long}`);
  });
});
