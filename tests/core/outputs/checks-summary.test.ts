/**
 * The Checks sheet opens with what leads: the counts, then what is left to fill in as a short
 * to-do list, then the findings counted by rule, and only then the detail. Riskbook rewrites the
 * to-do list and the summary each time, as long as they need to be, and leaves every row a
 * person typed around them where it was.
 */
import type { Finding } from '../../../core/findings/finding';
import { finding, findingsOnCells } from '../../../core/findings/report';
import { BY_RULE_HEADERS, NOTHING_TO_DO, TODO_HEADING, checksSheetPlan } from '../../../core/outputs/checks';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../core/workbook/names';
import type { PlanCell, SheetPlan } from '../../../core/workbook/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { LATER, NOW, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { STAMP } from './fixtures';
import { rowOf, run, shown, type } from './people-edits';

const cells = (plan: SheetPlan): readonly (readonly PlanCell[])[] => plan.writes[0]!.cells;
const rowWith = (c: readonly (readonly PlanCell[])[], col: number, text: string): number => c.findIndex((r) => r[col] === text);

/** A new plan's actions without due dates, an SoA's undecided controls, and two mistakes. */
function newPlanFindings(): Finding[] {
  const undated = Array.from({ length: 70 }, (_, i) => ({ cell: `I${5 + i}`, params: { id: `R-${i + 1}`, control: '5.17' } }));
  const undecided = ['D6', 'D7', 'D8', 'D20', 'D31', 'D44', 'D45'].map((cell) => ({ cell, params: { control: cell } }));
  return [
    ...findingsOnCells('rtp-due-missing', SHEETS.rtp, undated),
    ...findingsOnCells('soa-applicability-missing', SHEETS.soa, undecided),
    finding('control-unknown', 'Risk register', 'K23', { id: 'R-19', value: '12.9' }),
    finding('control-2013-id', 'Risk register', 'K16', { id: 'R-12', value: 'A.9.2.3', successors: '8.2' }),
    finding('control-2013-id', 'Risk register', 'K20', { id: 'R-15', value: 'A.12.4.1', successors: '8.15' }),
  ];
}

describe('The Checks sheet leads with a to-do list and a summary by rule', () => {
  const plan = checksSheetPlan(newPlanFindings(), STAMP).sheet;
  const c = cells(plan);
  const todo = rowWith(c, 0, TODO_HEADING);
  const byRule = rowWith(c, 1, 'Rule');
  const detail = rowWith(c, 1, 'Code');

  it('puts the to-do list under the counts, then the summary by rule, then the findings', () => {
    expect(rowWith(c, 0, 'Errors')).toBeLessThan(todo);
    expect(todo).toBeLessThan(byRule);
    expect(byRule).toBeLessThan(detail);
  });

  it('says what to fill in, how many and where, one line a rule, each linked to where it starts', () => {
    expect(c.slice(todo + 1, todo + 3)).toEqual([
      [{ formula: `=HYPERLINK("#'${SHEETS.rtp}'!I5","I5")` }, `Fill in the due dates of 70 actions (${SHEETS.rtp} I5:I74)`, null, null, null, null],
      [{ formula: `=HYPERLINK("#'${SHEETS.soa}'!D6","D6")` }, `Decide whether 7 controls apply (${SHEETS.soa} D6:D8 and 3 more ranges)`, null, null, null, null],
    ]);
    expect(c[todo + 3]!.every((cell) => cell === null)).toBe(true);
  });

  it('counts each rule once: its findings, the cells they are on, where they start and what to do, worst first', () => {
    expect(c[byRule]).toEqual([...BY_RULE_HEADERS]);
    expect(c.slice(byRule + 1, byRule + 5)).toEqual([
      ['Error', 'control-unknown', 1, 1, 'Risk register K23', 'Use an Annex A 2022 id such as 5.17, or add your own control to the Controls sheet.'],
      ['Warning', 'control-2013-id', 2, 2, 'Risk register K16, K20', 'Replace 2013 ids with their 2022 successors (Move to 2022 ids, or riskbook move-register-ids).'],
      ['Warning', 'rtp-due-missing', 1, 70, `${SHEETS.rtp} I5:I74`, 'Enter the date each action is due.'],
      ['Warning', 'soa-applicability-missing', 1, 7, `${SHEETS.soa} D6:D8, D20, D31 and 1 more`, 'Set Applicable to Yes or No.'],
    ]);
  });

  it('fills each rule’s severity, and gives rows whose words wrap the height they need', () => {
    expect(plan.formats).toContainEqual({ range: `A${byRule + 2}`, fill: '#FFC7CE' });
    expect(plan.formats).toContainEqual({ range: `F${byRule + 2}:F${byRule + 5}`, wrap: true });
    // "Use an Annex A 2022 id such as 5.17, …" takes two lines of the Fix column's 50 characters.
    expect(plan.rowHeights).toContainEqual({ row: byRule + 1, height: 30 });
  });

  it('says there is nothing to fill in when no finding asks for it', () => {
    const quiet = cells(checksSheetPlan([finding('control-unknown', 'Risk register', 'K23', { id: 'R-19', value: '12.9' })], STAMP).sheet);
    const at = rowWith(quiet, 0, NOTHING_TO_DO);
    expect(quiet[at]!.slice(0, 2)).toEqual([NOTHING_TO_DO, null]);
    expect(quiet[at + 1]!.every((cell) => cell === null)).toBe(true);
  });

  it('finds its to-do list again whichever heading it had, and keeps one', () => {
    const wb = new MemoryWorkbook();
    wb.apply({ sheets: [checksSheetPlan([], STAMP).sheet], names: [] });
    const again = cells(checksSheetPlan(newPlanFindings(), STAMP, findSheet(wb.snapshot(), SHEETS.checks)).sheet);
    expect(again.filter((r) => r[0] === TODO_HEADING || r[0] === NOTHING_TO_DO)).toEqual([[TODO_HEADING, null, null, null, null, null]]);
  });
});

describe('The to-do list and the summary are rewritten each run, around what people typed', () => {
  // A person's cells beside the sections move with their rows as the sections grow or shrink.
  const render = (findings: readonly Finding[], existing?: SheetSnapshot): WorkbookSnapshot => {
    const wb = new MemoryWorkbook();
    wb.apply({ sheets: [checksSheetPlan(findings, STAMP, existing).sheet], names: [] });
    return wb.snapshot();
  };
  const first = render(newPlanFindings());
  const s = sheet(first, SHEETS.checks);
  const lastRule = rowOf(s, 1, 'soa-applicability-missing');
  const typed = type(first, SHEETS.checks, [
    { row: rowOf(s, 0, TODO_HEADING) + 1, col: 7, value: 'Owner: Dana' },
    { row: lastRule + 1, col: 0, value: 'Reviewed on Mondays' },
  ]);
  // The team dates every action and fixes the unknown control: two rules fewer.
  const fewer = newPlanFindings().filter((f) => f.code !== 'rtp-due-missing' && f.code !== 'control-unknown');
  const after = sheet(render(fewer, findSheet(typed, SHEETS.checks)), SHEETS.checks);

  it('lists only what is still to fill in, and counts only the rules that still fire', () => {
    const todo = rowOf(after, 0, TODO_HEADING);
    expect(shown(after, todo + 1, 1)).toMatch(/^Decide whether 7 controls apply/);
    expect(shown(after, todo + 2, 1)).toBeNull();
    const byRule = rowOf(after, 1, 'Rule');
    expect([shown(after, byRule + 1, 1), shown(after, byRule + 2, 1), shown(after, byRule + 3, 1)]).toEqual(['control-2013-id', 'soa-applicability-missing', null]);
    expect(after.values.filter((row) => row[0] === TODO_HEADING)).toHaveLength(1);
  });

  it('keeps a note typed beside the to-do list and one typed below the summary', () => {
    // Beside the list, not keyed to a line of it: it stays on its row, which the list still holds.
    expect(rowOf(after, 7, 'Owner: Dana')).toBe(rowOf(after, 0, TODO_HEADING) + 1);
    const note = rowOf(after, 0, 'Reviewed on Mondays');
    expect(note).toBeLessThan(rowOf(after, 1, 'Code'));
    expect(note).toBeGreaterThan(rowOf(after, 1, 'Rule'));
  });

  it('changes nothing when run again on the same findings', () => {
    const again = sheet(render(fewer, after), SHEETS.checks);
    expect(again.values).toEqual(after.values);
    expect(again.formulas).toEqual(after.formulas);
  });
});

describe('A register checked twice through the engine', () => {
  it('keeps one to-do list and one summary, however the findings change', () => {
    const first = run(threeRiskRegister(), NOW).after;
    const second = sheet(run(first, LATER).after, SHEETS.checks);
    expect(second.values.filter((row) => row[0] === TODO_HEADING)).toHaveLength(1);
    expect(second.values.filter((row) => row[1] === 'Rule')).toHaveLength(1);
  });
});
