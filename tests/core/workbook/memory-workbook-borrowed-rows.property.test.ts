/**
 * The engine looks at a plan's result with rows borrowed from the snapshot (no copy of a
 * 50,000-row register to change a few columns). Borrowing must give the same workbook as
 * copying, and must never change the snapshot it borrowed from.
 */
import fc from 'fast-check';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
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
