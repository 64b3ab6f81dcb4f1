import { changeLogSheetPlan, changeLogState, diffForChangeLog, listCell, serialFromIsoDateTime } from '../../../core/outputs/change-log';
import type { ChangeLogEntry } from '../../../core/outputs/change-log';
import { rtpSheetPlan } from '../../../core/outputs/rtp';
import { soaSheetPlan } from '../../../core/outputs/soa';
import { serialFromIso } from '../../../core/dates';
import { SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { EMPTY_WORKBOOK, STAMP, applied, catalogue, edited, methodology5x5, risks, risksWith, stampAt } from './fixtures';
import { expectGolden } from './golden';
import { readTable, rowWhere } from './read-table';

const ENTRY: ChangeLogEntry = {
  time: '2025-03-14T09:30:00Z',
  action: 'Generate SoA',
  summary: 'First Statement of Applicability and Risk Treatment Plan',
  controlsNowApplicable: ['5.17', '8.9', '8.16'],
  controlsNowExcluded: [],
  rowsAdded: ['RTP R-14 · 5.17', 'SoA 5.17'],
  rowsOrphaned: [],
  methodologyHashBefore: '',
  methodologyHashAfter: 'a1b2c3d4e5',
};

const log = (wb: WorkbookSnapshot) => readTable(wb, SHEETS.changeLog, 'Time');

describe('Change log sheet', () => {
  it('creates the title, stamp and header on a workbook without a log, then the first entry', () => {
    const { sheet } = changeLogSheetPlan(undefined, ENTRY, STAMP);
    expect(sheet.mode).toBe('update');
    const wb = applied(EMPTY_WORKBOOK, sheet);
    const { headerRow, headers, rows } = log(wb);
    expect(headerRow).toBe(3);
    expect(headers).toEqual([
      'Time',
      'Action',
      'Summary',
      'Controls now applicable',
      'Controls now excluded',
      'Rows added',
      'Rows orphaned',
      'Methodology hash before',
      'Methodology hash after',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Action: 'Generate SoA', 'Controls now applicable': '5.17, 8.9, 8.16', 'Rows added': 'RTP R-14 · 5.17, SoA 5.17' });
    expect(rows[0]!['Time']).toBeCloseTo(serialFromIso('2025-03-14')! + 9.5 / 24, 6);
  });

  it('appends below earlier entries and never rewrites them', () => {
    const first = applied(EMPTY_WORKBOOK, changeLogSheetPlan(undefined, ENTRY, STAMP).sheet);
    const edited1 = edited(first, SHEETS.changeLog, (v) => (v[4]![2] = 'First SoA, approved by the ISMS committee'));
    const second = changeLogSheetPlan(edited1, { ...ENTRY, time: '2025-04-01T08:00:00Z', action: 'Recalculate', summary: 'Quarterly review' }, stampAt('2025-04-01T08:00:00Z')).sheet;
    // Only the stamp and the new row, the entry last (a host stopped between them leaves no entry).
    expect(second.writes.map((w) => w.at)).toEqual(['A2', 'A6']);
    const after = applied(edited1, second);
    const { rows } = log(after);
    expect(rows.map((r) => r['Summary'])).toEqual(['First SoA, approved by the ISMS committee', 'Quarterly review']);
    expect(after.sheets[0]!.values[1]![0]).toMatch(/on 2025-04-01/);
  });

  it('starts the log below whatever a person already keeps on a sheet of that name', () => {
    const own: WorkbookSnapshot = { sheets: [{ name: 'Change log', values: [['Our own notes'], ['v1 signed off']] }] };
    const { sheet } = changeLogSheetPlan(own, ENTRY, STAMP);
    expect(sheet.writes[0]!.at).toBe('A4');
    const after = applied(own, sheet);
    expect(after.sheets[0]!.values.slice(0, 2)).toEqual([['Our own notes'], ['v1 signed off']]);
    expect(log(after).rows).toHaveLength(1);
  });

  it('counts the rest of a long list instead of writing every item', () => {
    const many = Array.from({ length: 45 }, (_, i) => `SoA 5.${i + 1}`);
    expect(listCell(many)).toMatch(/SoA 5\.40 … and 5 more$/);
  });

  it('reads an ISO date-time as a serial with the time of day', () => {
    expect(serialFromIsoDateTime('2025-03-14T18:00:00Z')).toBe(serialFromIso('2025-03-14')! + 0.75);
    expect(serialFromIsoDateTime('not a date')).toBeNull();
  });

  it('matches the golden plan for a first entry', () => {
    expectGolden('change-log', changeLogSheetPlan(undefined, ENTRY, STAMP).sheet);
  });
});

describe('diffForChangeLog', () => {
  const regenerate = (wb: WorkbookSnapshot, rs = risks()): WorkbookSnapshot => {
    const rtp = rtpSheetPlan({ workbook: wb, risks: rs, methodology: methodology5x5(), catalogue: catalogue(), stamp: STAMP }).sheet;
    const soa = soaSheetPlan({ workbook: wb, risks: rs, catalogue: catalogue(), stamp: STAMP }).sheet;
    return applied(wb, rtp, soa);
  };

  it('on the first generation reports every row added and the cited controls as now applicable', () => {
    const diff = diffForChangeLog(changeLogState(EMPTY_WORKBOOK), changeLogState(regenerate(EMPTY_WORKBOOK)));
    expect(diff.rowsAdded).toHaveLength(14 + 14);
    expect(diff.controlsNowApplicable).toEqual(['5.17', '5.18', '5.23', '5.30', '6.3', '7.4', '8.9', '8.13', '8.15', '8.16', '8.24', 'ACME-01']);
    expect(diff.controlsNowExcluded).toEqual([]);
    expect(diff.rowsOrphaned).toEqual([]);
  });

  it('reports rows added and orphaned when the register changes', () => {
    const before = regenerate(EMPTY_WORKBOOK);
    const after = regenerate(before, risksWith('R-14', { controls: ['5.17', '8.16', '5.1'] }));
    const diff = diffForChangeLog(changeLogState(before), changeLogState(after));
    expect(diff.rowsAdded).toEqual(['RTP R-14 · 5.1']);
    expect(diff.rowsOrphaned).toEqual(['RTP R-14 · 8.9']);
    expect(diff.controlsNowApplicable).toEqual([]);
  });

  it('reports controls a person excluded or included since the last state', () => {
    const before = regenerate(EMPTY_WORKBOOK);
    const soa = readTable(before, SHEETS.soa, 'Control ID').rows;
    const r51 = rowWhere(soa, (r) => r['Control ID'] === '5.1').__row;
    const r74 = rowWhere(soa, (r) => r['Control ID'] === '7.4').__row;
    const changed = edited(before, SHEETS.soa, (v) => {
      v[r51]![3] = 'Yes';
      v[r74]![3] = 'No';
    });
    const diff = diffForChangeLog(changeLogState(before), changeLogState(changed));
    expect(diff).toEqual({ controlsNowApplicable: ['5.1'], controlsNowExcluded: ['7.4'], rowsAdded: [], rowsOrphaned: [] });
  });

  it('reads both states from workbooks when given workbooks', () => {
    const before = regenerate(EMPTY_WORKBOOK);
    const after = regenerate(before, risksWith('R-14', { controls: ['5.17', '8.16'] }));
    expect(diffForChangeLog(before, after)).toEqual(diffForChangeLog(changeLogState(before), changeLogState(after)));
  });

  it('does not report a row again once it is orphaned', () => {
    const before = regenerate(regenerate(EMPTY_WORKBOOK), risksWith('R-14', { controls: ['5.17', '8.16'] }));
    const after = regenerate(before, risksWith('R-14', { controls: ['5.17', '8.16'] }));
    expect(diffForChangeLog(changeLogState(before), changeLogState(after)).rowsOrphaned).toEqual([]);
  });
});
