/**
 * Section headings a person inserts in the Statement of Applicability stay where they put them:
 * "PEOPLE CONTROLS (clause 6)" typed in the Control ID column above 6.1, "TECHNOLOGICAL CONTROLS"
 * typed in the Title column above 8.1. They are not moved to the end, not greyed, not marked in
 * Row status, and no rule reports them as orphaned rows.
 */
import { ORPHAN_FILL } from '../../../core/outputs/layout';
import { SOA_UNKEYED } from '../../../core/outputs/soa';
import { SHEETS } from '../../../core/workbook/names';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, headerCol, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { cellsOf, insertRow, planOf, rowOf, run, shown, type } from './people-edits';

const PEOPLE = 'PEOPLE CONTROLS (clause 6)';
const TECHNOLOGICAL = 'TECHNOLOGICAL CONTROLS';

function greyed(plan: SheetPlan, row: number): boolean {
  return plan.formats.some((f) => f.fill === ORPHAN_FILL && f.range.startsWith(`A${row + 1}:`));
}

describe('SoA headings typed between two runs', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const soa = sheet(first, SHEETS.soa);
  const idCol = headerCol(soa, 'Control ID');
  const titleCol = headerCol(soa, 'Title');
  const statusCol = headerCol(soa, 'Row status');
  let typed = insertRow(first, SHEETS.soa, rowOf(soa, idCol, '6.1'), { [idCol]: PEOPLE });
  typed = insertRow(typed, SHEETS.soa, rowOf(sheet(typed, SHEETS.soa), idCol, '8.1'), { [titleCol]: TECHNOLOGICAL });
  // A decision typed on 6.1 after the heading went in: still carried by control id.
  const justificationCol = headerCol(soa, 'Justification');
  typed = type(typed, SHEETS.soa, [{ row: rowOf(sheet(typed, SHEETS.soa), idCol, '6.1'), col: justificationCol, value: 'Screening is contractual' }]);
  const second = run(typed, LATER);
  const after = sheet(second.after, SHEETS.soa);
  const plan = planOf(second.result, SHEETS.soa);

  it('keeps each heading directly above the control it was above', () => {
    expect(rowOf(after, idCol, '6.1')).toBe(rowOf(after, idCol, PEOPLE) + 1);
    expect(rowOf(after, idCol, '5.37')).toBe(rowOf(after, idCol, PEOPLE) - 1);
    expect(rowOf(after, idCol, '8.1')).toBe(rowOf(after, titleCol, TECHNOLOGICAL) + 1);
  });

  it('leaves the headings as typed: not greyed, Row status empty', () => {
    for (const row of [rowOf(after, idCol, PEOPLE), rowOf(after, titleCol, TECHNOLOGICAL)]) {
      expect(greyed(plan, row)).toBe(false);
      expect(shown(after, row, statusCol)).toBeNull();
    }
    expect(shown(after, rowOf(after, idCol, PEOPLE), titleCol)).toBeNull();
    expect(shown(after, rowOf(after, idCol, '6.1'), justificationCol)).toBe('Screening is contractual');
  });

  it('reports no orphaned row and no finding on a heading row', () => {
    const headingCells = new Set([rowOf(after, idCol, PEOPLE), rowOf(after, titleCol, TECHNOLOGICAL)].map((r) => r + 1));
    const onSoa = second.result.findings.filter((f) => f.sheet === SHEETS.soa);
    expect(onSoa.filter((f) => f.code === 'soa-orphaned-row')).toEqual([]);
    expect(onSoa.filter((f) => headingCells.has(Number(/\d+$/.exec(f.cell)?.[0])))).toEqual([]);
    expect(second.result.changes.join('\n')).not.toMatch(/orphaned/);
  });

  it('changes nothing on a third run', () => {
    const third = run(second.after, LATER).after;
    expect(cellsOf(third, SHEETS.soa)).toEqual(cellsOf(second.after, SHEETS.soa));
  });

  it('still keeps and marks a row whose control left the catalogue', () => {
    const withOld = insertRow(typed, SHEETS.soa, rowOf(sheet(typed, SHEETS.soa), idCol, '5.2'), { [idCol]: 'A.9.2.5', [titleCol]: 'Review of user access rights' });
    const result = run(withOld, LATER);
    const s: SheetSnapshot = sheet(result.after, SHEETS.soa);
    const row = rowOf(s, idCol, 'A.9.2.5');
    expect(shown(s, row, statusCol)).toMatch(/^Orphaned/);
    expect(greyed(planOf(result.result, SHEETS.soa), row)).toBe(true);
    expect(result.result.findings.filter((f) => f.code === 'soa-orphaned-row').map((f) => f.cell)).toEqual([`A${row + 1}`]);
  });

  it('clears the "kept as typed" mark an earlier version wrote on a heading', () => {
    const marked = type(typed, SHEETS.soa, [{ row: rowOf(sheet(typed, SHEETS.soa), idCol, PEOPLE), col: statusCol, value: SOA_UNKEYED }]);
    const s = sheet(run(marked, LATER).after, SHEETS.soa);
    expect(shown(s, rowOf(s, idCol, PEOPLE), statusCol)).toBeNull();
  });
});
