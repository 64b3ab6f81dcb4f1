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
/** 0-based row of the findings' header (under the counts, the to-do list and the summary by rule). */
const headerRow = (c: readonly (readonly PlanCell[])[]): number => c.findIndex((r) => r[1] === 'Code');
describe('Checks sheet', () => {
  it('counts findings by severity at the top', () => {
    const c = cells();
    expect(c[3]!.slice(0, 4)).toEqual(['Errors', 'Warnings', 'Info', 'Total']);
    expect(c[4]!.slice(0, 4)).toEqual([1, 2, 2, 5]);
  });

  it('lists findings worst first, each with code, sheet, message and fix', () => {
    const c = cells();
    const header = headerRow(c);
    expect(c[header]).toEqual(['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Fix']);
    expect(c.slice(header + 1).map((r) => r[1])).toEqual(['risk-owner-missing', 'rtp-overdue', 'soa-stale', 'methodology-missing', 'review-missing']);
    expect(c[header + 1]).toEqual(['Error', 'risk-owner-missing', 'Risk register', { formula: '=HYPERLINK("#\'Risk register\'!C7","C7")' }, 'Risk R-09 has no risk owner.', 'Name the person accountable for the risk.']);
  });

  it('links each finding to its cell, quoting the sheet name and doubling apostrophes and quotes', () => {
    expect(cellLink('Checks', 'A1')).toEqual({ formula: `=HYPERLINK("#'Checks'!A1","A1")` });
    expect(cellLink("Bob's risks", 'B3')).toEqual({ formula: `=HYPERLINK("#'Bob''s risks'!B3","B3")` });
    expect(cellLink('The "real" register', 'B3')).toEqual({ formula: `=HYPERLINK("#'The ""real"" register'!B3","B3")` });
    expect(nonPortableFunctions(cellLink('Checks', 'A1').formula)).toEqual([]);
  });

  it('leaves the cell empty for a finding about the whole workbook', () => {
    const c = cells();
    const row = c.slice(headerRow(c)).find((r) => r[1] === 'methodology-missing')!;
    expect(row[3]).toBe('');
  });

  it('fills the severity cell: errors light red, warnings light amber, info light blue', () => {
    const { sheet } = checksSheetPlan(FINDINGS, STAMP);
    const first = headerRow(sheet.writes[0]!.cells) + 2;
    expect(sheet.formats).toContainEqual({ range: `A${first}`, fill: '#FFC7CE' });
    expect(sheet.formats).toContainEqual({ range: `A${first + 1}:A${first + 2}`, fill: '#FFEB9C' });
    expect(sheet.formats).toContainEqual({ range: `A${first + 3}:A${first + 4}`, fill: '#DDEBF7' });
  });

  it('replaces the whole sheet, with a filtered table and no user columns, its rows left free to scroll under the summary', () => {
    const { sheet } = checksSheetPlan(FINDINGS, STAMP);
    const header = headerRow(sheet.writes[0]!.cells) + 1;
    expect(sheet).toMatchObject({ name: SHEETS.checks, mode: 'replace', autoFilter: `A${header}:F${header + FINDINGS.length}`, validations: [] });
    expect(sheet.frozenRows).toBeUndefined();
  });

  it('shows zero counts and an empty table when nothing is found', () => {
    const { sheet } = checksSheetPlan([], STAMP);
    const c = sheet.writes[0]!.cells;
    expect(c[4]!.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(c).toHaveLength(headerRow(c) + 1);
    expect(sheet.autoFilter).toBe(`A${headerRow(c) + 1}:F${headerRow(c) + 1}`);
  });

  it('matches the golden plan', () => {
    expectGolden('checks', checksSheetPlan(FINDINGS, STAMP).sheet);
  });
});
