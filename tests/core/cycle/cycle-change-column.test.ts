/**
 * The register's Change since last cycle column (issue 15, item 7): Riskbook's own, appended only
 * where the team has none, before the rating keys; written with each risk's mark where the cell is
 * empty or holds a mark, never over what a person typed (`cycle-change-typed-over`); cleared of
 * marks that stand for no risk.
 */
import { startCycle } from '../../../core/cycle/start-cycle';
import { dashboardOf, generate } from '../../../core/engine';
import { SHEETS } from '../../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';
import { NOW, REGISTER, applyPlan, headerCol, rowWhere, sheet, threeRiskRegister, typeInto } from '../engine/engine-fixtures';

const LATER = '2026-12-01T09:00:00Z';
const HEADER = 'Change since last cycle';

function recalc(snapshot: WorkbookSnapshot, now = LATER): { after: WorkbookSnapshot; result: ReturnType<typeof generate> } {
  const result = generate(snapshot, 'recalc', { now });
  return { after: applyPlan(snapshot, result.plan), result };
}

/** The three-risk register, recalculated, with a cycle begun. */
function cycleBegun(register: WorkbookSnapshot = threeRiskRegister()): WorkbookSnapshot {
  const first = recalc(register, NOW).after;
  return applyPlan(first, startCycle(first, { now: NOW }).plan);
}

function markOf(snapshot: WorkbookSnapshot, id: string): CellValue {
  const s = sheet(snapshot, REGISTER);
  return cellAt(s, rowWhere(s, 0, id), headerCol(s, HEADER));
}

describe("Riskbook's Change since last cycle column", () => {
  it('keeps what a person typed in it, and says so once for every such cell', () => {
    const begun = cycleBegun();
    const s = sheet(begun, REGISTER);
    const col = headerCol(s, HEADER);
    let typed = typeInto(begun, REGISTER, rowWhere(s, 0, 'R-001'), col, 'Checked by CISO');
    typed = typeInto(typed, REGISTER, rowWhere(s, 0, 'R-002'), col, 'See note');
    const { after, result } = recalc(typed);
    expect(markOf(after, 'R-001')).toBe('Checked by CISO');
    expect(markOf(after, 'R-002')).toBe('See note');
    expect(markOf(after, 'R-003')).toBe('Unchanged');
    const first = `${String.fromCharCode(65 + col)}${rowWhere(s, 0, 'R-001') + 1}`;
    const second = `${String.fromCharCode(65 + col)}${rowWhere(s, 0, 'R-002') + 1}`;
    expect(result.findings.filter((f) => f.code === 'cycle-change-typed-over')).toEqual([
      expect.objectContaining({ severity: 'info', sheet: REGISTER, cell: first, cells: [`${first}:${second}`], message: `2 cells of Change since last cycle hold what a person typed instead of Riskbook's marks (${first}:${second}).` }),
    ]);
    // The Dashboard counts what the column says, as its formulas do: the typed cells are no mark.
    expect(dashboardOf(after, { now: LATER })?.cycle).toEqual(expect.objectContaining({ new: 0, modified: 0, unchanged: 1, closed: 0 }));
  });

  it('names the risk and the mark it would have in the message of a single typed cell', () => {
    const begun = cycleBegun();
    const s = sheet(begun, REGISTER);
    const typed = typeInto(begun, REGISTER, rowWhere(s, 0, 'R-003'), headerCol(s, HEADER), 'Reviewed');
    const found = recalc(typed).result.findings.filter((f) => f.code === 'cycle-change-typed-over');
    expect(found.map((f) => f.message)).toEqual(["Risk R-003's Change since last cycle holds 'Reviewed', where Riskbook marks it Unchanged."]);
  });

  it("rewrites a mark in any case, since it is Riskbook's word", () => {
    const begun = cycleBegun();
    const s = sheet(begun, REGISTER);
    const row = rowWhere(s, 0, 'R-002');
    let typed = typeInto(begun, REGISTER, row, headerCol(s, HEADER), 'modified');
    typed = typeInto(typed, REGISTER, row, headerCol(s, 'Likelihood'), 5);
    const { after, result } = recalc(typed);
    expect(markOf(after, 'R-002')).toBe('Modified');
    expect(result.findings.filter((f) => f.code === 'cycle-change-typed-over')).toEqual([]);
  });

  it("is not appended beside a column of the team's own; the Dashboard then counts the core's marks", () => {
    const register = threeRiskRegister();
    const values = register.sheets[0]!.values.map((row, r) => (r === 2 ? [...row, 'Change since last year'] : r > 2 ? [...row, 'As last year'] : row));
    const begun = cycleBegun({ sheets: [{ ...register.sheets[0]!, values }] });
    const s = sheet(begun, REGISTER);
    expect(s.values[2]!.filter((h) => h === HEADER)).toEqual([]);
    const row = rowWhere(s, 0, 'R-001');
    const { after } = recalc(typeInto(begun, REGISTER, row, headerCol(s, 'Threat'), 'Phishing of all staff'));
    expect(cellAt(sheet(after, REGISTER), row, headerCol(s, 'Change since last year'))).toBe('As last year');
    expect(dashboardOf(after, { now: LATER })?.cycle).toEqual(expect.objectContaining({ new: 0, modified: 1, unchanged: 2, closed: 0 }));
  });

  it('clears its marks once the cycle is gone, and keeps what a person typed', () => {
    const begun = cycleBegun();
    const s = sheet(begun, REGISTER);
    const typed = typeInto(begun, REGISTER, rowWhere(s, 0, 'R-001'), headerCol(s, HEADER), 'Checked by CISO');
    const withoutCycle: WorkbookSnapshot = { ...typed, sheets: typed.sheets.filter((x) => x.name !== SHEETS.cycle) };
    const { after, result } = recalc(withoutCycle);
    expect(['R-001', 'R-002', 'R-003'].map((id) => markOf(after, id))).toEqual(['Checked by CISO', null, null]);
    expect(result.findings.filter((f) => f.code === 'cycle-change-typed-over')).toEqual([]);
    expect(dashboardOf(after, { now: LATER })?.cycle).toBeUndefined();
  });

  it('goes right of the rating keys, which it leaves alone, where the register has no record of them', () => {
    // The first run's columns, without the settings sheet that records them as Riskbook's.
    const first = recalc(threeRiskRegister(), NOW).after;
    const unrecorded: WorkbookSnapshot = { ...first, sheets: first.sheets.filter((x) => x.name !== SHEETS.settings) };
    const begun = applyPlan(unrecorded, startCycle(unrecorded, { now: NOW }).plan);
    const headers = sheet(begun, REGISTER).values[2]!.filter((h): h is string => typeof h === 'string');
    expect(headers.slice(-3)).toEqual(['Inherent rating', 'Residual rating', HEADER]);
  });
});
