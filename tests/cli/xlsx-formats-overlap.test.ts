/**
 * A sheet plan's formats are ranges that overlap (a table's border, a column's wrap, a header's
 * fill). The .xlsx host works out once per block of like cells which formats reach them; each cell
 * must still end up as if every format had been applied to it in plan order, later ones winning,
 * on top of the style it had, and cells styled alike share one style object.
 */
import type * as ExcelJS from 'exceljs';
import * as fc from 'fast-check';
import { parseRange } from '../../core/workbook/a1';
import type { FormatSpec } from '../../core/workbook/plan';
import { applyFormats } from '../../cli/xlsx/styles';
import { newWorkbook } from '../../cli/xlsx/workbook-io';

const GRID = 8;
const COLUMNS = 'ABCDEFGH';

const format: fc.Arbitrary<FormatSpec> = fc
  .record({
    top: fc.integer({ min: 0, max: GRID - 1 }),
    left: fc.integer({ min: 0, max: GRID - 1 }),
    rows: fc.integer({ min: 1, max: GRID }),
    cols: fc.integer({ min: 1, max: GRID }),
    spec: fc.record(
      {
        bold: fc.boolean(),
        italic: fc.boolean(),
        fill: fc.constantFrom('#FF0000', '#00FF00'),
        fontColor: fc.constantFrom('#000000', '#FFFFFF'),
        numberFormat: fc.constantFrom('0', 'yyyy-mm-dd'),
        wrap: fc.boolean(),
        verticalAlignment: fc.constantFrom('top' as const, 'middle' as const),
        border: fc.constant(true),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ top, left, rows, cols, spec }) => {
    const bottom = Math.min(GRID - 1, top + rows - 1);
    const right = Math.min(GRID - 1, left + cols - 1);
    return { ...spec, range: `${COLUMNS[left]}${top + 1}:${COLUMNS[right]}${bottom + 1}` };
  });

/** A sheet whose cells in the first rows already share a style of their own, as ExcelJS reads them. */
function sheet(): ExcelJS.Worksheet {
  const ws = newWorkbook().addWorksheet('Plan');
  const own = { font: { name: 'Arial', size: 9, italic: true }, alignment: { horizontal: 'right' } } as Partial<ExcelJS.Style>;
  for (let r = 1; r <= 3; r++) for (let c = 1; c <= GRID; c++) ws.getCell(r, c).style = own;
  return ws;
}

function styles(ws: ExcelJS.Worksheet): Partial<ExcelJS.Style>[][] {
  return Array.from({ length: GRID }, (_, r) => Array.from({ length: GRID }, (_, c) => ws.getCell(r + 1, c + 1).style));
}

describe('overlapping formats', () => {
  it('style each cell as the formats applied one after another in plan order would', () => {
    fc.assert(
      fc.property(fc.array(format, { minLength: 1, maxLength: 6 }), (formats) => {
        const together = sheet();
        applyFormats(together, formats, parseRange);
        const oneByOne = sheet();
        for (const f of formats) applyFormats(oneByOne, [f], parseRange);
        expect(styles(together)).toEqual(styles(oneByOne));
      }),
      { numRuns: 200 },
    );
  });

  it('give cells styled alike one style object', () => {
    fc.assert(
      fc.property(fc.array(format, { minLength: 1, maxLength: 6 }), (formats) => {
        const ws = sheet();
        applyFormats(ws, formats, parseRange);
        const reached = new Set(formats.flatMap((f) => {
          const r = parseRange(f.range)!;
          return Array.from({ length: r.rows * r.cols }, (_, i) => `${r.row + Math.floor(i / r.cols)},${r.col + (i % r.cols)}`);
        }));
        const all = Array.from(reached, (at) => {
          const [row, col] = at.split(',').map(Number);
          return ws.getCell(row! + 1, col! + 1).style;
        });
        expect(new Set(all).size).toBe(new Set(all.map((s) => JSON.stringify(s))).size);
      }),
      { numRuns: 200 },
    );
  });
});
