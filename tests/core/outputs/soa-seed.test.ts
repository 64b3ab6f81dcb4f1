/**
 * Riskbook's SoA seeded from a team's SoA: the team's decisions fill the rows Riskbook adds and the
 * rows nobody decided on yet, a row with a decision typed keeps it, and the "Carried from (2013)" column,
 * written once, stays on later runs as a column people have.
 */
import type { SoaInput, SoaSeedRow } from '../../../core/outputs/soa';
import { soaSheetPlan } from '../../../core/outputs/soa';
import { SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { EMPTY_WORKBOOK, STAMP, applied, catalogue, edited, risks } from './fixtures';
import { readTable, rowWhere } from './read-table';

const CARRIED = 'Carried from (2013)';
const SEED: ReadonlyMap<string, SoaSeedRow> = new Map<string, SoaSeedRow>([
  ['5.1', { applicable: 'Yes', reasonLegal: 'Yes', justification: 'A.5.1.1: ISMS policy; A.5.1.2: Yearly review', implementationStatus: 'Implemented', evidence: 'POL-01', lastReviewed: 45300 }],
  // cite 5.17, which would start out applicable; the team excluded it.
  ['5.17', { applicable: 'No', exclusionJustification: 'SSO only: no passwords of our own' }],
  // Predecessors that disagree: blank, whatever the default.
  ['8.13', { applicable: null }],
  // Only derived fields: ignored.
  ['8.1', { title: 'Something else', linkedRisks: 'R-99' } as SoaSeedRow],
]);
const CARRIED_FROM = new Map([['5.1', 'A.5.1.1, A.5.1.2'], ['5.17', 'A.9.2.4, A.9.3.1, A.9.4.3'], ['8.13', 'A.12.3.1'], ['5.30', 'New in 2022']]);

const input = (workbook: WorkbookSnapshot, overrides: Partial<SoaInput> = {}): SoaInput => ({
  workbook, risks: risks(), catalogue: catalogue(), stamp: STAMP, ...overrides,
});
const seeded = (workbook: WorkbookSnapshot = EMPTY_WORKBOOK): WorkbookSnapshot =>
  applied(workbook, soaSheetPlan(input(workbook, { seed: SEED, seedColumn: { header: CARRIED, width: 18, values: CARRIED_FROM } })).sheet);
const plain = (workbook: WorkbookSnapshot): WorkbookSnapshot => applied(workbook, soaSheetPlan(input(workbook)).sheet);
const table = (wb: WorkbookSnapshot) => readTable(wb, SHEETS.soa, 'Control ID');
const control = (wb: WorkbookSnapshot, id: string) => rowWhere(table(wb).rows, (r) => r['Control ID'] === id);

describe('SoA seeded from a team SoA', () => {
  it('starts each new row with the team’s decision, over Riskbook’s default', () => {
    const wb = seeded();
    expect(control(wb, '5.1')).toMatchObject({
      Applicable: 'Yes', 'Reason: legal': 'Yes', Justification: 'A.5.1.1: ISMS policy; A.5.1.2: Yearly review', 'Implementation status': 'Implemented',
      'Evidence reference': 'POL-01', 'Last reviewed': 45300, 'Composed justification': 'Legal requirement',
    });
    expect(control(wb, '5.17')).toMatchObject({ Applicable: 'No', 'Exclusion justification': 'SSO only: no passwords of our own', 'Linked risks': 'R-01, R-14' });
    expect(control(wb, '8.13')).toMatchObject({ Applicable: null, 'Linked risks': 'R-07, R-09' });
  });

  it('never seeds a column Riskbook derives', () => {
    expect(control(seeded(), '8.1')).toMatchObject({ Title: 'User end point devices', 'Linked risks': null });
  });

  it('adds the Carried from column after Riskbook’s own, with the source ids of each row', () => {
    const wb = seeded();
    expect(table(wb).headers.slice(-2)).toEqual(['Row status', CARRIED]);
    expect(control(wb, '5.17')[CARRIED]).toBe('A.9.2.4, A.9.3.1, A.9.4.3');
    expect(control(wb, '5.30')[CARRIED]).toBe('New in 2022');
    expect(control(wb, '6.3')[CARRIED]).toBeNull();
  });

  it('leaves a row already on Riskbook’s SoA as people typed it', () => {
    const before = plain(EMPTY_WORKBOOK);
    const row = control(before, '5.1').__row;
    const typed = edited(before, SHEETS.soa, (v) => {
      v[row]![3] = 'No';
      v[row]![12] = 'Covered by the group policy';
    });
    expect(control(seeded(typed), '5.1')).toMatchObject({ Applicable: 'No', 'Exclusion justification': 'Covered by the group policy', Justification: null });
    // Nothing was carried to it, so the Carried from column says nothing there either.
    expect(control(seeded(typed), '5.1')[CARRIED]).toBeNull();
  });

  it('fills a row already on Riskbook’s SoA where nobody decided anything yet, over the Yes Riskbook suggested', () => {
    // An SoA an earlier version generated beside the team's: rows there, decisions blank.
    const before = plain(EMPTY_WORKBOOK);
    expect(control(before, '5.17')).toMatchObject({ Applicable: 'Yes', 'Exclusion justification': null });
    const wb = seeded(before);
    expect(control(wb, '5.1')).toMatchObject({ Applicable: 'Yes', Justification: 'A.5.1.1: ISMS policy; A.5.1.2: Yearly review', 'Evidence reference': 'POL-01' });
    expect(control(wb, '5.17')).toMatchObject({ Applicable: 'No', 'Exclusion justification': 'SSO only: no passwords of our own' });
    expect(control(wb, '5.1')[CARRIED]).toBe('A.5.1.1, A.5.1.2');
    expect(control(wb, '6.3')[CARRIED]).toBeNull();
  });

  it('keeps the Carried from column, and every seeded decision, on the runs after', () => {
    const once = seeded();
    const again = plain(once);
    expect(table(again).headers.slice(-2)).toEqual(['Row status', CARRIED]);
    for (const id of ['5.1', '5.17', '8.13', '5.30', '6.3']) expect(control(again, id)).toEqual(control(once, id));
  });
});
