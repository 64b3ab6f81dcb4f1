import type { Finding } from '../../../core/findings/finding';
import { finding } from '../../../core/findings/report';
import { nonPortableFunctions } from '../../../core/formula/allow-list';
import { cellLink, checksSheetPlan } from '../../../core/outputs/checks';
import { SHEETS } from '../../../core/workbook/names';
import type { PlanCell } from '../../../core/workbook/plan';
import { STAMP } from './fixtures';
import { expectGolden } from './golden';

/** What a check of the fixture workbook might report, deliberately out of order. */
const FINDINGS: Finding[] = [
  finding('review-missing', 'Risk register', 'S9', { id: 'R-18' }),
  finding('rtp-overdue', SHEETS.rtp, 'I11', { id: 'R-14', control: '5.17', date: '2025-06-30', status: 'In progress' }),
  finding('risk-owner-missing', 'Risk register', 'C7', { id: 'R-09' }),
  finding('soa-stale', SHEETS.soa, 'A2', { then: '0f1e2d3c4b', now: '99aa88bb77' }),
  finding('methodology-missing', '', ''),
];

const cells = (findings = FINDINGS): readonly (readonly PlanCell[])[] => checksSheetPlan(findings, STAMP).sheet.writes[0]!.cells;
describe('Checks sheet', () => {
  it('counts findings by severity at the top', () => {
    const c = cells();
    expect(c[3]!.slice(0, 4)).toEqual(['Errors', 'Warnings', 'Info', 'Total']);
    expect(c[4]!.slice(0, 4)).toEqual([1, 2, 2, 5]);
  });

  it('lists findings worst first, each with code, sheet, message and fix', () => {
    const c = cells();
    expect(c[6]).toEqual(['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix']);
    expect(c.slice(7).map((r) => r[1])).toEqual(['risk-owner-missing', 'rtp-overdue', 'soa-stale', 'methodology-missing', 'review-missing']);
    expect(c[7]).toEqual(['Error', 'risk-owner-missing', 'Risk register', { formula: '=HYPERLINK("#\'Risk register\'!C7","C7")' }, 'Risk R-09 has no risk owner.', 'Name the person accountable for the risk.']);
  });

  it('links each finding to its cell, quoting the sheet name and doubling apostrophes and quotes', () => {
    expect(cellLink('Checks', 'A1')).toEqual({ formula: `=HYPERLINK("#'Checks'!A1","A1")` });
    expect(cellLink("Bob's risks", 'B3')).toEqual({ formula: `=HYPERLINK("#'Bob''s risks'!B3","B3")` });
    expect(cellLink('The "real" register', 'B3')).toEqual({ formula: `=HYPERLINK("#'The ""real"" register'!B3","B3")` });
    expect(nonPortableFunctions(cellLink('Checks', 'A1').formula)).toEqual([]);
  });

  it('leaves the cell empty for a finding about the whole workbook', () => {
    const row = cells().find((r) => r[1] === 'methodology-missing')!;
    expect(row[3]).toBe('');
  });

  it('fills the severity cell: errors light red, warnings light amber, info light blue', () => {
    const { formats } = checksSheetPlan(FINDINGS, STAMP).sheet;
    expect(formats).toContainEqual({ range: 'A8', fill: '#FFC7CE' });
    expect(formats).toContainEqual({ range: 'A9:A10', fill: '#FFEB9C' });
    expect(formats).toContainEqual({ range: 'A11:A12', fill: '#DDEBF7' });
  });

  it('replaces the whole sheet, with a filtered table and no user columns', () => {
    const { sheet } = checksSheetPlan(FINDINGS, STAMP);
    expect(sheet).toMatchObject({ name: SHEETS.checks, mode: 'replace', frozenRows: 7, autoFilter: 'A7:F12', validations: [] });
  });

  it('shows zero counts and an empty table when nothing is found', () => {
    const { sheet } = checksSheetPlan([], STAMP);
    expect(sheet.writes[0]!.cells[4]!.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(sheet.writes[0]!.cells).toHaveLength(7);
    expect(sheet.autoFilter).toBe('A7:F7');
  });

  it('matches the golden plan', () => {
    expectGolden('checks', checksSheetPlan(FINDINGS, STAMP).sheet);
  });
});
