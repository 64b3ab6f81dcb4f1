/**
 * The engine looks at a plan's result with rows borrowed from the snapshot (no copy of a
 * 50,000-row register to change a few columns), and with the rows of the tables the plan writes
 * whole taken as they are (no copy of a 70,000-row RTP to read it back). Borrowing and taking
 * must give the same workbook as copying, and must never change the snapshot or the plan.
 */
import fc from 'fast-check';
import { MemoryWorkbook, contentAfter } from '../../../core/workbook/memory-workbook';
import { cellAddress } from '../../../core/workbook/a1';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../../core/workbook/plan';
import { emptySheetPlan } from '../../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';


const cellValue: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 99 }), fc.boolean());
const planCell: fc.Arbitrary<PlanCell> = fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 4 }), fc.integer(), fc.record({ formula: fc.constantFrom('=A1+1', '=SUM(B1:B3)') }));
const grid = <T>(cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> => fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 });

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(fc.constantFrom('Register', 'SoA', 'Notes', 'Lists'), { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), values: grid(cellValue), formulas: grid(fc.oneof(fc.constant(null), fc.constant('=1+1'))) }))),
  )
  .map((sheets) => ({ sheets }));

const sheetPlan: fc.Arbitrary<SheetPlan> = fc
  .record({
    name: fc.constantFrom('Register', 'SoA', 'New sheet'),
    mode: fc.constantFrom<SheetPlan['mode']>('update', 'replace'),
    writes: fc.array(fc.record({ row: fc.nat(7), col: fc.nat(6), cells: grid(planCell) }), { maxLength: 3 }),
  })
  .map(({ name, mode, writes }) => ({ ...emptySheetPlan(name, mode), writes: writes.map((w) => ({ at: cellAddress(w.row, w.col), cells: w.cells })) }));

const plan: fc.Arbitrary<WorkbookPlan> = fc.array(sheetPlan, { maxLength: 3 }).map((sheets) => ({ sheets, names: [] }));

test('a workbook that borrows its rows reads back as one that copied them, and leaves the snapshot as it was', () => {
  fc.assert(
    fc.property(workbook, plan, (generated, p) => {
      // A copy, so that a workbook that wrote into borrowed rows spoils this run only, not the shrinking.
      const snapshot = structuredClone(generated);
      const before = JSON.stringify(snapshot);
      const copied = MemoryWorkbook.fromSnapshot(snapshot);
      copied.apply(p, { contentOnly: true });
      const borrowed = MemoryWorkbook.fromSnapshot(snapshot, { borrowRows: true });
      borrowed.apply(p, { contentOnly: true });
      // JSON reads a hole and a null alike, as every reader of a snapshot does (cellAt).
      expect(JSON.stringify(borrowed.snapshot({ borrowRows: true }))).toBe(JSON.stringify(copied.snapshot()));
      expect(JSON.stringify(snapshot)).toBe(before);
    }),
    { numRuns: 300 },
  );
});

/**
 * A workbook's content as every reader of a snapshot sees it: an empty text is an empty cell
 * (Office.js reads empty cells as ''), and nothing follows a row's last cell.
 */
function asRead(snapshot: WorkbookSnapshot): unknown {
  const row = <T>(cells: readonly T[]): (T | null)[] => {
    const out = cells.map((c) => (c === '' || c === undefined ? null : c));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  return snapshot.sheets.map((s) => ({ ...s, values: s.values.map(row), formulas: (s.formulas ?? []).map(row) }));
}

test('the content after a plan, its rows taken from the plan, reads as the plan applied to a copy, and leaves the snapshot and the plan as they were', () => {
  fc.assert(
    fc.property(workbook, plan, (generated, p) => {
      const snapshot = structuredClone(generated);
      const planned = structuredClone(p);
      const before = JSON.stringify(snapshot);
      const planBefore = JSON.stringify(planned);
      const copied = MemoryWorkbook.fromSnapshot(snapshot);
      copied.apply(planned, { contentOnly: true });
      expect(asRead(contentAfter(snapshot, planned))).toEqual(asRead(copied.snapshot()));
      expect(JSON.stringify(snapshot)).toBe(before);
      expect(JSON.stringify(planned)).toBe(planBefore);
    }),
    { numRuns: 300 },
  );
});
