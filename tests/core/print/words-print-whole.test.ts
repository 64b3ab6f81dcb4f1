/**
 * A word never prints broken in the middle ("Vulnerabilit" / "y"): a column whose text wraps is
 * at least as wide as its widest word, measured in Calibri's own widths, on every sheet Riskbook
 * lays out and on the team's register in the audit pack, where every row is also as tall as its
 * text.
 */
import { registerPackLayout } from '../../../core/outputs/audit-pack';
import { widenedForWords } from '../../../core/outputs/print-frame';
import { textPixels, widestWordPixels } from '../../../core/workbook/font-metrics';
import type { SheetPlan } from '../../../core/workbook/plan';
import { LINE_HEIGHT, widthForWords } from '../../../core/workbook/text-fit';
import type { SheetSnapshot } from '../../../core/workbook/snapshot';

describe('Calibri’s widths', () => {
  it('measure text as Carlito prints it at 11 pt', () => {
    // Carlito's advances: "0" is 1038/2048 em, 7.43 px at 11 pt and 96 dpi, the unit of a column's width.
    expect(textPixels('0')).toBeCloseTo(7.43, 2);
    expect(textPixels('Likelihood', true)).toBeCloseTo(62.9, 1);
    expect(textPixels('Likelihood', true)).toBeGreaterThan(textPixels('Likelihood'));
    expect(widestWordPixels('Head of Security Operations')).toBeCloseTo(textPixels('Operations'), 5);
  });

  it('give the narrowest column that holds each word whole', () => {
    expect(widthForWords('Likelihood', true)).toBe(9.5);
    expect(widthForWords('Noticeable')).toBe(9.75);
    expect(widthForWords('2026-11-02')).toBe(10.25);
    // A character outside the table is taken as wide as a wide capital; a CJK one as an em.
    expect(widthForWords('Ärger')).toBeGreaterThanOrEqual(widthForWords('Arger'));
    expect(widthForWords('风险')).toBeGreaterThan(widthForWords('ab'));
  });
});

function sheetPlan(cells: (string | null)[][], extra: Partial<SheetPlan>): SheetPlan {
  return { name: 'Sheet', mode: 'replace', writes: [{ at: 'A1', cells }], formats: [], validations: [], conditionalFormats: [], ...extra };
}

describe('a sheet Riskbook lays out', () => {
  it('widens a wrapped column to its widest word, and only that column', () => {
    const sp = sheetPlan(
      [
        ['Control ID', 'Title'],
        ['WAF, Email Filtering, Vulnerability Management Program', 'Infrastructureless'],
      ],
      { columnWidths: [{ col: 0, width: 10 }, { col: 1, width: 10 }], formats: [{ range: 'A2:A2', wrap: true }] },
    );
    expect(widenedForWords(sp).columnWidths).toEqual([
      { col: 0, width: widthForWords('WAF, Email Filtering, Vulnerability Management Program') },
      { col: 1, width: 10 },
    ]);
    expect(widthForWords('WAF, Email Filtering, Vulnerability Management Program')).toBeGreaterThan(10);
  });

  it('measures a bold header in bold, and leaves a merge and a column wide enough as they are', () => {
    const sp = sheetPlan(
      [
        ['Effectiveness', null],
        ['Accountability', 'Ok'],
      ],
      { columnWidths: [{ col: 0, width: 12 }, { col: 1, width: 12 }], formats: [{ range: 'A1:B2', wrap: true }, { range: 'A1:B1', bold: true }], merges: ['A2:B2'] },
    );
    expect(widenedForWords(sp).columnWidths).toEqual([{ col: 0, width: widthForWords('Effectiveness', true) }, { col: 1, width: 12 }]);
    const roomy = { ...sp, columnWidths: [{ col: 0, width: 20 }] };
    expect(widenedForWords(roomy)).toBe(roomy);
  });
});

describe('the team’s register in the audit pack', () => {
  const register: SheetSnapshot = {
    name: 'Risks',
    values: [
      ['Acme risk register', null, null],
      ['Id', 'Vulnerability', 'Owner'],
      ['R-1', 'Misconfiguration of the identity provider', 'CISO'],
      ['R-2', 'Short', 'IT'],
      ['A note across the table, long enough to take two lines of the merged width', null, null],
    ],
    merges: ['A5:C5'],
  };

  it('widens its columns to their widest words, headers in bold, and fits every row of the table to its text', () => {
    const layout = registerPackLayout(register, 1, [6, 8, 6]);
    expect(layout.widths).toEqual([6, Math.max(widthForWords('Vulnerability', true), widthForWords('Misconfiguration')), widthForWords('Owner', true)]);
    expect(layout.columnWidths).toEqual([
      { col: 1, width: layout.widths[1] },
      { col: 2, width: layout.widths[2] },
    ]);
    const heights = new Map(layout.rowHeights!.map((h) => [h.row, h.height]));
    // The title above the table is the team's; the header and every risk are fitted.
    expect(heights.has(0)).toBe(false);
    expect(heights.get(2)).toBeGreaterThan(LINE_HEIGHT);
    expect(heights.get(3)).toBe(LINE_HEIGHT);
    // A merge along its row wraps in the merge's width.
    expect(heights.get(4)).toBeGreaterThan(LINE_HEIGHT);
    expect(layout.formats).toEqual([
      { range: 'A2:C2', wrap: true },
      { range: 'A3:C5', wrap: true, verticalAlignment: 'top' },
    ]);
  });

  it('measures larger text larger: a 14 pt register takes wider columns and taller lines', () => {
    const normal = registerPackLayout(register, 1, [6, 8, 6]);
    const large = registerPackLayout(register, 1, [6, 8, 6], 14);
    expect(large.widths[1]).toBeGreaterThan(normal.widths[1]!);
    expect(large.rowHeights!.find((h) => h.row === 3)!.height).toBeCloseTo((LINE_HEIGHT * 14) / 11, 5);
  });
});
