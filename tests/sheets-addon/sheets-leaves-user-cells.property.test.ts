/**
 * On a person's own sheet the Sheets applier replaces only the cells the plan sets, and cells that
 * were empty. Writing back what was read is not harmless on the real host: a typed #N/A reads as
 * the text "#N/A" and would come back as text, rich text loses its runs, and a cell an
 * ARRAYFORMULA spills into becomes a constant that breaks the array. Checked on random sheets and
 * random update plans with holes, through the fake's record of every cell whose content a call
 * replaced.
 */
import * as fc from 'fast-check';
import type { BlockWrite, PlanCell, WorkbookPlan } from '../../core/workbook/plan';
import { rangeAddress } from '../../core/workbook/a1';
import { applyPlanToSheets } from '../../sheets-addon/sheets-apply-plan';
import { readWorkbook } from '../../sheets-addon/sheets-read-snapshot';
import type { StoredCell } from '../support/fake-sheets/cell-input';
import { FakeGoogle } from '../support/fake-sheets/fake-google';

const ROWS = 10;
const COLS = 8;

/** What a person may have in a cell, stored as Sheets stores it. */
const userCell: fc.Arbitrary<StoredCell | null> = fc.oneof(
  fc.constant(null),
  fc.constant<StoredCell>({ v: { error: '#N/A' }, f: null }),
  fc.constant<StoredCell>({ v: '#N/A', f: null }),
  fc.constant<StoredCell>({ v: 12, f: '=SUM(A1:A2)' }),
  fc.constant<StoredCell>({ v: '=not a formula', f: null }),
  fc.integer({ min: -5, max: 5 }).map((v): StoredCell => ({ v, f: null })),
  fc.string({ minLength: 1, maxLength: 6 }).map((v): StoredCell => ({ v, f: null })),
);

const planCell: fc.Arbitrary<PlanCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<PlanCell>('', 'Level', '=text', 7, true, { formula: '=1+1' }) },
);

const block: fc.Arbitrary<BlockWrite> = fc
  .record({ row: fc.nat(ROWS - 1), col: fc.nat(COLS - 1), rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ row, col, rows, cols }) => {
    const h = Math.min(rows, ROWS - row);
    const w = Math.min(cols, COLS - col);
    return fc.array(fc.array(planCell, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }).map((cells) => ({ at: rangeAddress(row, col, h, w), cells }));
  });

function applyOn(google: FakeGoogle, plan: WorkbookPlan): void {
  const g = google.globals();
  const names = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'HtmlService'] as const;
  const saved = names.map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
  for (const k of names) (globalThis as Record<string, unknown>)[k] = g[k];
  google.locks.held = 'document';
  try {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    applyPlanToSheets(ss, plan, readWorkbook(ss), { done: new Set(), canStart: () => true });
  } finally {
    google.locks.held = null;
    for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
  }
}

/** The cells the plan sets, later blocks over earlier ones as in plan order. */
function setCells(writes: readonly BlockWrite[]): Set<string> {
  const set = new Set<string>();
  for (const w of writes) {
    const m = /^([A-Z]+)(\d+)/.exec(w.at)!;
    const col0 = m[1]!.charCodeAt(0) - 65;
    const row0 = Number(m[2]) - 1;
    w.cells.forEach((line, r) => line.forEach((cell, c) => cell !== null && set.add(`${row0 + r},${col0 + c}`)));
  }
  return set;
}

describe('the Sheets applier on a person\'s sheet', () => {
  it('replaces no non-empty cell the plan leaves, and leaves each such cell exactly as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.array(userCell, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }), fc.array(block, { minLength: 1, maxLength: 4 }), (grid, writes) => {
        const google = new FakeGoogle();
        const sheet = google.model.newSheet('Register', 0, 100, 26);
        grid.forEach((line, r) => line.forEach((cell, c) => sheet.setCell(r, c, cell)));
        google.model.active = sheet;

        applyOn(google, { names: [], sheets: [{ name: 'Register', mode: 'update', writes, formats: [], validations: [], conditionalFormats: [] }] });

        const planned = setCells(writes);
        const rewritten = [...sheet.contentWrites].filter((k) => {
          const [r, c] = k.split(',').map(Number) as [number, number];
          return !planned.has(k) && (grid[r]?.[c] ?? null) !== null;
        });
        expect(rewritten).toEqual([]);
        for (let r = 0; r < ROWS; r++) {
          for (let c = 0; c < COLS; c++) {
            if (planned.has(`${r},${c}`)) continue;
            expect({ at: `${r},${c}`, cell: sheet.cell(r, c) ?? null }).toEqual({ at: `${r},${c}`, cell: grid[r]![c] ?? null });
          }
        }
        // Every planned cell was written: holes split the writes, they do not drop any.
        for (const k of planned) expect(sheet.contentWrites.has(k)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
