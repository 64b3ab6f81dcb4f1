/**
 * Continuation rows in the Risk Treatment Plan stay under the action they continue: a second
 * action line with no risk id, typed under R-001 · 5.17. Not moved to the end, not greyed, not
 * marked, no finding. Rows whose risk left the plan are still kept and marked orphaned, and
 * the continuation rows under them go with them.
 */
import { ORPHAN_FILL } from '../../../core/outputs/layout';
import { RTP_ORPHANED } from '../../../core/outputs/rtp';
import { SHEETS } from '../../../core/workbook/names';
import type { SheetPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot } from '../../../core/workbook/snapshot';
import { LATER, NOW, REGISTER, headerCol, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { cellsOf, insertRow, planOf, rowOf, run, shown, type } from './people-edits';

const SECOND_LINE = 'Then: roll out hardware keys to the finance team';
const R2_NOTE = 'Disk encryption report goes to the auditor';

function greyed(plan: SheetPlan, row: number): boolean {
  return plan.formats.some((f) => f.fill === ORPHAN_FILL && f.range.startsWith(`A${row + 1}:`));
}

/** The RTP row of a risk and control. */
function pairRow(s: SheetSnapshot, riskId: string, controlId: string): number {
  const r = s.values.findIndex((row) => row[headerCol(s, 'Risk ID')] === riskId && row[headerCol(s, 'Control ID')] === controlId);
  if (r < 0) throw new Error(`no RTP row for ${riskId} · ${controlId}`);
  return r;
}

describe('RTP continuation rows typed between two runs', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const rtp = sheet(first, SHEETS.rtp);
  const actionCol = headerCol(rtp, 'Action');
  const ownerCol = headerCol(rtp, 'Action owner');
  const dueCol = headerCol(rtp, 'Due date');
  const statusCol = headerCol(rtp, 'Row status');
  let typed = type(first, SHEETS.rtp, [{ row: pairRow(rtp, 'R-001', '5.17'), col: actionCol, value: 'Enforce MFA for finance' }]);
  typed = insertRow(typed, SHEETS.rtp, pairRow(rtp, 'R-001', '5.17') + 1, { [actionCol]: SECOND_LINE, [ownerCol]: 'CFO', [dueCol]: 46500 });
  typed = insertRow(typed, SHEETS.rtp, pairRow(sheet(typed, SHEETS.rtp), 'R-002', '8.1') + 1, { [actionCol]: R2_NOTE });
  const second = run(typed, LATER);
  const after = sheet(second.after, SHEETS.rtp);
  const plan = planOf(second.result, SHEETS.rtp);

  it('keeps the second line directly under the action it continues, as typed', () => {
    const row = pairRow(after, 'R-001', '5.17') + 1;
    expect([shown(after, row, actionCol), shown(after, row, ownerCol), shown(after, row, dueCol)]).toEqual([SECOND_LINE, 'CFO', 46500]);
    expect(shown(after, row - 1, actionCol)).toBe('Enforce MFA for finance');
    expect(pairRow(after, 'R-001', '8.5')).toBe(row + 1);
  });

  it('leaves it unmarked: not greyed, Row status empty, no finding and no orphan', () => {
    const row = pairRow(after, 'R-001', '5.17') + 1;
    expect(greyed(plan, row)).toBe(false);
    expect(shown(after, row, statusCol)).toBeNull();
    const onRtp = second.result.findings.filter((f) => f.sheet === SHEETS.rtp);
    expect(onRtp.filter((f) => f.code === 'rtp-orphaned-row')).toEqual([]);
    expect(onRtp.filter((f) => Number(/\d+$/.exec(f.cell)?.[0]) === row + 1)).toEqual([]);
    expect(second.result.changes.join('\n')).not.toMatch(/orphaned/);
  });

  it('changes nothing on a third run', () => {
    const third = run(second.after, LATER).after;
    expect(cellsOf(third, SHEETS.rtp)).toEqual(cellsOf(second.after, SHEETS.rtp));
  });

  it('keeps and marks the rows of a risk that is no longer treated, with its continuation under it', () => {
    const reg = sheet(typed, REGISTER);
    const accepted = type(typed, REGISTER, [{ row: rowOf(reg, 0, 'R-002'), col: headerCol(reg, 'Treatment'), value: 'Accept' }]);
    const result = run(accepted, LATER);
    const s = sheet(result.after, SHEETS.rtp);
    const orphan = pairRow(s, 'R-002', '8.1');
    expect(shown(s, orphan, statusCol)).toBe(RTP_ORPHANED);
    expect(greyed(planOf(result.result, SHEETS.rtp), orphan)).toBe(true);
    expect(shown(s, orphan + 1, actionCol)).toBe(R2_NOTE);
    expect(shown(s, orphan + 1, statusCol)).toBeNull();
    expect(greyed(planOf(result.result, SHEETS.rtp), orphan + 1)).toBe(false);
    const orphanedFindings = result.result.findings.filter((f) => f.code === 'rtp-orphaned-row').map((f) => f.cell).sort();
    expect(orphanedFindings).toEqual([`A${pairRow(s, 'R-002', '8.1') + 1}`, `A${pairRow(s, 'R-002', '8.24') + 1}`].sort());
    // The second line under R-001 is where it was.
    expect(shown(s, pairRow(s, 'R-001', '5.17') + 1, actionCol)).toBe(SECOND_LINE);
  });
});
