/**
 * Control ids a spreadsheet turned into numbers (5.30 → 5.3) or dates (5.10 → 5 October, 11.2.5 →
 * 11 February 2005) are read back as the ids they were typed as: the value gives the candidates,
 * the ids on the rows around it settle which. Each one is a `soa-control-id-recovered` finding at
 * its cell, saying what the cell holds and what it was read as.
 */
import { serialFromIso } from '../../../core/dates';
import { findTeamSoa } from '../../../core/team-soa/locate-team-soa';
import { idReadings, recoverIds } from '../../../core/team-soa/recover-ids';
import { IDS_2013, IDS_2022, NOTHING_SKIPPED, dayFirstDate2013, englishSoa, germanDate, germanSoa, soa2013, workbook } from './soa-fixtures';

const cells = (values: readonly (string | number)[]) => values.map((value, row) => ({ row, col: 0, value }));

describe('mangled control ids are read back', () => {
  it('gives a number its id as shown and with its trailing zero back, where both are controls', () => {
    expect(idReadings(5.3, '2022')).toEqual({ kind: 'number', ids: ['5.3', '5.30'], literal: '5.3' });
    expect(idReadings(5.4, '2022')).toEqual({ kind: 'number', ids: ['5.4'], literal: '5.4' });
    expect(idReadings(8.34, '2022')).toEqual({ kind: 'number', ids: ['8.34'], literal: '8.34' });
    // Floating-point noise from a formula or an import.
    expect(idReadings(5.300000000000001, '2022')?.ids).toEqual(['5.3', '5.30']);
    expect(idReadings(5, '2022')).toBeNull();
    expect(idReadings(12.5, '2022')).toBeNull();
  });

  it("reads a date's day and month in both orders for 2022, with the year's last digits for 2013", () => {
    expect(idReadings(serialFromIso('2025-10-05')!, '2022')).toEqual({ kind: 'date', ids: ['5.10'], literal: '' });
    expect(idReadings(serialFromIso('2025-05-08')!, '2022')).toEqual({ kind: 'date', ids: ['8.5', '5.8'], literal: '' });
    expect(idReadings(serialFromIso('2005-02-11')!, '2013')).toEqual({ kind: 'date', ids: ['A.11.2.5'], literal: '' });
    // Month first: 11.2.5 typed where dates are month.day.year.
    expect(idReadings(serialFromIso('2005-11-02')!, '2013')).toEqual({ kind: 'date', ids: ['A.11.2.5'], literal: '' });
    expect(idReadings(serialFromIso('2026-03-01')!, '2013')).toBeNull();
  });

  it('settles a number by the ids around it', () => {
    const { ids, recovered } = recoverIds(cells(['5.28', '5.29', 5.3, '5.31']), '2022');
    expect(ids.get(2)).toBe('5.30');
    expect(recovered).toEqual([{ row: 2, col: 0, typed: 5.3, kind: 'number', id: '5.30', basis: 'between 5.29 and 5.31' }]);
    expect(recoverIds(cells([5.3, '5.4']), '2022').ids.get(0)).toBe('5.3');
  });

  it('settles a run of numbers together: 5.1, 5.2, 5.3 before 5.4 are themselves', () => {
    const { ids, recovered } = recoverIds(cells([5.1, 5.2, 5.3, 5.4]), '2022');
    expect([...ids.values()]).toEqual(['5.1', '5.2', '5.3', '5.4']);
    expect(recovered).toEqual([]);
  });

  it('reads a number it cannot settle as it shows, and a date it cannot settle not at all', () => {
    const { ids, recovered } = recoverIds(cells([5.3, serialFromIso('2025-05-08')!]), '2022');
    expect(ids.get(0)).toBe('5.3');
    expect(ids.has(1)).toBe(false);
    expect(recovered).toEqual([]);
  });

  it('reads back every id of a 2022 SoA typed into number cells, with a finding at each mangled one', () => {
    const soa = findTeamSoa(workbook(englishSoa(IDS_2022, (id) => Number(id))), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.rows.filter((r) => r.controlId !== '').map((r) => r.controlId)).toEqual(IDS_2022);
    expect(soa!.findings.map((f) => f.code)).toEqual(Array(7).fill('soa-control-id-recovered'));
    expect(soa!.recovered.map((r) => r.id)).toEqual(['5.10', '5.20', '5.30', '7.10', '8.10', '8.20', '8.30']);
    const f = soa!.findings.find((x) => x.message.includes('5.30'))!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Statement of Applicability', cell: 'A34' });
    expect(f.message).toBe('The control id cell holds the number 5.3; it is read as control 5.30 (between 5.29 and 5.31).');
    expect(f.fix).toContain("'5.30");
  });

  it('reads back a German SoA whose ids became dates, the order of the rows settling 5.6 from 6.5', () => {
    const soa = findTeamSoa(workbook(germanSoa()), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.rows.map((r) => r.controlId)).toEqual(IDS_2022);
    const dates = IDS_2022.filter((id) => typeof germanDate(id) === 'number');
    expect(soa!.recovered.map((r) => r.id)).toEqual(dates);
    expect(soa!.recovered.find((r) => r.id === '5.6')).toMatchObject({ kind: 'date', basis: 'between 5.5 and 5.7' });
    expect(soa!.recovered.find((r) => r.id === '5.10')).toMatchObject({ basis: '' });
    expect(soa!.rows.find((r) => r.controlId === '5.10')!.typedId).toBe('2025-10-05');
  });

  it('reads back a 2013 SoA whose ids, typed without "A.", became dates', () => {
    const soa = findTeamSoa(workbook(soa2013(dayFirstDate2013)), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.location.edition).toBe('2013');
    expect(soa!.rows.filter((r) => r.controlId !== '').map((r) => r.controlId)).toEqual(IDS_2013);
    expect(soa!.findings.find((f) => f.message.includes('A.11.2.5'))?.message).toBe('The control id cell holds the date 2005-02-11; it is read as control A.11.2.5.');
  });
});
