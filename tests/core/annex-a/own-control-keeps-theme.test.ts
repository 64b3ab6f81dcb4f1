/**
 * A team's own control on the Controls sheet keeps the Theme they typed ("Organizational");
 * Riskbook's "Custom" only fills a Theme left empty. Run through the engine twice, typing the
 * controls between the runs.
 */
import { SHEETS } from '../../../core/workbook/names';
import { LATER, NOW, headerCol, sheet, threeRiskRegister } from '../engine/engine-fixtures';
import { cellsOf, rowOf, run, shown, type } from '../outputs/people-edits';

describe('the team’s own controls on the Controls sheet, regenerated', () => {
  const first = run(threeRiskRegister(), NOW).after;
  const controls = sheet(first, SHEETS.controls);
  const idCol = headerCol(controls, 'Control ID');
  const titleCol = headerCol(controls, 'Title');
  const themeCol = headerCol(controls, 'Theme');
  const end = controls.values.length;
  const typed = type(first, SHEETS.controls, [
    { row: end, col: idCol, value: 'ACME-01' },
    { row: end, col: titleCol, value: 'Quarterly access recertification' },
    { row: end, col: themeCol, value: 'Organizational' },
    { row: end + 1, col: idCol, value: 'ACME-02' },
    { row: end + 1, col: titleCol, value: 'Vendor security questionnaire' },
  ]);
  const second = run(typed, LATER).after;
  const after = sheet(second, SHEETS.controls);

  it('keeps the Theme a person typed for their own control', () => {
    expect(shown(after, rowOf(after, idCol, 'ACME-01'), themeCol)).toBe('Organizational');
  });

  it('fills "Custom" only where the Theme was left empty', () => {
    expect(shown(after, rowOf(after, idCol, 'ACME-02'), themeCol)).toBe('Custom');
  });

  it('keeps Annex A themes Riskbook’s own', () => {
    const typedOver = type(second, SHEETS.controls, [{ row: rowOf(after, idCol, '5.1'), col: themeCol, value: 'People' }]);
    const again = sheet(run(typedOver, LATER).after, SHEETS.controls);
    expect(shown(again, rowOf(again, idCol, '5.1'), themeCol)).toBe('Organizational');
  });

  it('keeps an own control id typed as a number a number, and its title as typed', () => {
    const numbered = type(second, SHEETS.controls, [
      { row: after.values.length, col: idCol, value: 42 },
      { row: after.values.length, col: titleCol, value: 7 },
    ]);
    const again = sheet(run(numbered, LATER).after, SHEETS.controls);
    const row = again.values.findIndex((r) => r[idCol] === 42);
    expect(row).toBeGreaterThan(0);
    expect(again.values[row]![titleCol]).toBe(7);
  });

  it('changes nothing on a third run', () => {
    const third = run(second, LATER).after;
    expect(cellsOf(third, SHEETS.controls)).toEqual(cellsOf(second, SHEETS.controls));
  });
});
