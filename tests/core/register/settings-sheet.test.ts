import { locateRegister } from '../../../core/register/locate-register';
import { applyMappingOverride, readSettings, settingsSheetPlan } from '../../../core/register/settings-sheet';
import { headerTexts } from '../../../core/register/header-row';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { ACME_REGISTER, sheet, workbook } from './fixtures';
import type { Grid } from './fixtures';

function withSettings(snapshot: WorkbookSnapshot, plan: ReturnType<typeof settingsSheetPlan>): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply({ sheets: [plan], names: [] });
  return wb.snapshot();
}

describe('the settings sheet', () => {
  const snapshot = workbook(sheet('Register', ACME_REGISTER));
  const location = locateRegister(snapshot).location!;
  const headers = headerTexts(findSheet(snapshot, 'Register')!, location.headerRow);

  it('is a hidden sheet named Riskbook, rebuilt each time', () => {
    const plan = settingsSheetPlan(location, headers);
    expect(plan).toMatchObject({ name: 'Riskbook', mode: 'replace', hidden: true });
  });

  it('stores the sheet, the header row and each field\'s header as key / value rows, with who set its column', () => {
    const saved = withSettings(snapshot, settingsSheetPlan(location, headers));
    const rows = findSheet(saved, 'Riskbook')!.values.slice(3, 7);
    expect(rows).toEqual([
      ['Key', 'Value', 'Column', 'Set by'],
      ['register.sheet', 'Register', null, null],
      ['register.headerRow', 3, null, null],
      ['field.id', 'Risk ID', 'A', 'detected'],
    ]);
  });

  it('reads back what it stored', () => {
    const saved = withSettings(snapshot, settingsSheetPlan(location, headers));
    expect(readSettings(saved)).toEqual({
      sheet: 'Register',
      headerRow: 2,
      fields: {
        id: { header: 'Risk ID', column: 0, setBy: 'detected' },
        asset: { header: 'Asset', column: 1, setBy: 'detected' },
        threat: { header: 'Threat', column: 2, setBy: 'detected' },
        likelihood: { header: 'Likelihood', column: 3, setBy: 'detected' },
        impact: { header: 'Impact', column: 4, setBy: 'detected' },
        owner: { header: 'Risk owner', column: 5, setBy: 'detected' },
        treatment: { header: 'Treatment', column: 6, setBy: 'detected' },
        controls: { header: 'Controls', column: 7, setBy: 'detected' },
      },
    });
  });

  it('is absent or unreadable: no saved mapping', () => {
    expect(readSettings(snapshot)).toBeNull();
    expect(readSettings(workbook(sheet('Riskbook', [['Key', 'Value'], ['register.sheet', 'Register'], ['register.headerRow', 'three']])))).toBeNull();
  });

  it('keeps keys that other parts of Riskbook stored', () => {
    const first = withSettings(snapshot, settingsSheetPlan(location, headers));
    const edited = {
      sheets: first.sheets.map((s) => (s.name === 'Riskbook' ? { ...s, values: [...s.values, ['ui.lastAction', 'recalc', null]] } : s)),
    };
    const again = withSettings(edited, settingsSheetPlan(location, headers, findSheet(edited, 'Riskbook')));
    const values = findSheet(again, 'Riskbook')!.values;
    expect(values.filter((r) => r[0] === 'ui.lastAction')).toEqual([['ui.lastAction', 'recalc', null, null]]);
    expect(values.filter((r) => r[0] === 'register.sheet')).toHaveLength(1);
  });

  describe('an override chosen by a person', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Gut feeling', 'Notes'], ['R1', 'x', 1, 2, 'me', 5, '']];
    const snap = workbook(sheet('Risks', grid));
    const loc = locateRegister(snap).location!;
    const hdrs = headerTexts(findSheet(snap, 'Risks')!, 0);

    it('maps a field to a header text or a column letter', () => {
      const { location: next, unresolved } = applyMappingOverride(loc, { impact: 'gut feeling', status: 'G' }, hdrs);
      expect(unresolved).toEqual([]);
      expect(next.mapping).toMatchObject({ impact: 5, status: 6 });
      expect(next.userColumns).toEqual([3]);
      expect(next.source).toBe('saved');
    });

    it('prefers a header text over a column letter and unmaps on an empty value', () => {
      const { location: next } = applyMappingOverride(loc, { id: 'Risk ID', treatment: '' }, hdrs);
      expect(next.mapping.id).toBe(0);
      expect(next.mapping.treatment).toBeUndefined();
    });

    it('moves a column from the field that had it', () => {
      const { location: next } = applyMappingOverride(loc, { description: 'Threat' }, hdrs);
      expect(next.mapping.description).toBe(1);
      expect(next.mapping.threat).toBeUndefined();
    });

    it('reports values it cannot place', () => {
      expect(applyMappingOverride(loc, { owner: 'Accountable exec' }, hdrs).unresolved).toEqual([{ field: 'owner', value: 'Accountable exec' }]);
    });

    it('survives the next run through the settings sheet', () => {
      const { location: next } = applyMappingOverride(loc, { impact: 'Gut feeling' }, hdrs);
      const saved = readSettings(withSettings(snap, settingsSheetPlan(next, hdrs)));
      const again = locateRegister(snap, { saved });
      expect(again.location).toMatchObject({ source: 'saved', mapping: { impact: 5 } });
      expect(again.location?.userColumns).toEqual([3, 6]);
    });
  });
});
