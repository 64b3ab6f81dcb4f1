import { serialFromIso } from '../../../core/dates';
import { opportunitiesSheetPlan, opportunityRules } from '../../../core/outputs/opportunities';
import { NAMES, SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { EMPTY_WORKBOOK, STAMP, applied, edited, stampAt, withInsertedColumn } from './fixtures';
import { expectGolden } from './golden';
import { readTable } from './read-table';

const generate = (wb: WorkbookSnapshot = EMPTY_WORKBOOK, stamp = STAMP) => applied(wb, opportunitiesSheetPlan({ workbook: wb, stamp }).sheet);
const table = (wb: WorkbookSnapshot) => readTable(wb, SHEETS.opportunities, 'ID');

/** The team's opportunities as they typed them, one without an ID yet. */
function typed(): WorkbookSnapshot {
  return edited(generate(), SHEETS.opportunities, (v) => {
    v[4] = ['O-1', 'Automate access reviews with the IdP', 'Saves 3 days per quarter', 'Pilot with engineering', 'Dana Ito', serialFromIso('2025-09-30'), 'In progress'];
    v[5] = ['O-2', 'Reuse SOC 2 evidence for ISO 27001', 'Shorter audit', null, null, null, 'Proposed'];
    v[6] = [null, 'Security champions programme', null, 'Ask each team for a volunteer', 'Priya Shah'];
  });
}

describe('Opportunities sheet', () => {
  it('is created with its header and dropdowns for empty rows, and no example rows', () => {
    const { sheet } = opportunitiesSheetPlan({ stamp: STAMP });
    expect(sheet.writes[0]!.cells[3]).toEqual(['ID', 'Opportunity', 'Expected benefit', 'Action', 'Owner', 'Due date', 'Status', 'Measure of success', 'Result']);
    expect(sheet.writes[0]!.cells).toHaveLength(4);
    const status = sheet.validations.find((v) => v.rule.kind === 'list')!;
    expect(status).toMatchObject({ range: 'G5:G54', rule: { kind: 'list', namedRange: NAMES.opportunityStatus } });
    expect(sheet.formats).toContainEqual({ range: 'F5:F54', numberFormat: 'yyyy-mm-dd' });
  });

  it('keeps every row in place, with or without an ID, and every column a person added', () => {
    const wb = withInsertedColumn(typed(), SHEETS.opportunities, 2, (r) => (r === 3 ? 'Linked objective' : r === 4 ? 'OBJ-2' : null));
    const again = table(generate(wb, stampAt('2025-06-01T12:00:00Z')));
    expect(again.rows.map((r) => r['Opportunity'])).toEqual([
      'Automate access reviews with the IdP',
      'Reuse SOC 2 evidence for ISO 27001',
      'Security champions programme',
    ]);
    expect(again.rows[0]).toMatchObject({ ID: 'O-1', Owner: 'Dana Ito', 'Due date': serialFromIso('2025-09-30'), 'Linked objective': 'OBJ-2' });
    expect(again.rows[2]).toMatchObject({ ID: null, Action: 'Ask each team for a volunteer' });
  });

  it('gains a measure of success and a result at the end: a sheet of an earlier version keeps its rows, and a column of that name a person added is the one used', () => {
    // An Opportunities sheet of an earlier version: seven columns, and a Result column the team added.
    const earlier = edited(typed(), SHEETS.opportunities, (v) => {
      v[3] = ['ID', 'Opportunity', 'Expected benefit', 'Action', 'Owner', 'Due date', 'Status', 'Result'];
      v[4]![7] = 'Pilot done: 2 days saved';
    });
    const again = table(generate(earlier, stampAt('2025-06-01T12:00:00Z')));
    expect(again.headers.slice(0, 9)).toEqual(['ID', 'Opportunity', 'Expected benefit', 'Action', 'Owner', 'Due date', 'Status', 'Measure of success', 'Result']);
    expect(again.rows[0]).toMatchObject({ ID: 'O-1', Status: 'In progress', 'Measure of success': null, Result: 'Pilot done: 2 days saved' });
    expect(again.rows[1]).toMatchObject({ ID: 'O-2', Status: 'Proposed' });
  });

  it('reports nothing added or orphaned: the rows are people’s', () => {
    expect(opportunitiesSheetPlan({ workbook: typed(), stamp: STAMP })).toMatchObject({ added: [], orphaned: [] });
  });

  it('gives the same plan when regenerated twice', () => {
    const once = opportunitiesSheetPlan({ workbook: typed(), stamp: STAMP });
    expect(opportunitiesSheetPlan({ workbook: applied(typed(), once.sheet), stamp: STAMP }).sheet).toEqual(once.sheet);
  });

  it('does not shade rows without an ID as orphaned', () => {
    const { sheet } = opportunitiesSheetPlan({ workbook: typed(), stamp: STAMP });
    expect(sheet.formats.some((f) => f.italic && f.range.startsWith('A7'))).toBe(false);
  });

  it('matches the golden plan for a new sheet', () => {
    expectGolden('opportunities', opportunitiesSheetPlan({ stamp: STAMP }).sheet);
  });
});

describe('Opportunity rules', () => {
  it('flags an opportunity with no owner and no action', () => {
    const fs = opportunityRules(typed());
    expect(fs).toEqual([
      expect.objectContaining({ code: 'opportunity-owner-missing', sheet: 'Opportunities', cell: 'E6', message: 'Opportunity O-2 has no owner.' }),
      expect.objectContaining({ code: 'opportunity-action-missing', cell: 'D6', message: 'Opportunity O-2 has no planned action.' }),
    ]);
  });

  it('names a row without an ID by its row number', () => {
    const wb = edited(typed(), SHEETS.opportunities, (v) => {
      v[5]![4] = 'Sam Okoro';
      v[6]![4] = null;
    });
    expect(opportunityRules(wb).map((f) => f.message)).toContain('Opportunity on row 7 has no owner.');
  });

  it('says once that several opportunities have no owner, with every cell, as a line of the to-do list', () => {
    const wb = edited(typed(), SHEETS.opportunities, (v) => (v[6]![4] = null));
    expect(opportunityRules(wb).filter((f) => f.code === 'opportunity-owner-missing')).toEqual([
      expect.objectContaining({ cell: 'E6', cells: ['E6:E7'], message: '2 opportunities have no owner (E6:E7).', todo: 'Name the owners of 2 opportunities (Opportunities E6:E7)' }),
    ]);
  });

  it('notes an Opportunities sheet with no opportunity on it, once, at its ID header', () => {
    expect(opportunityRules(generate())).toEqual([
      expect.objectContaining({ code: 'opportunities-none', severity: 'info', sheet: 'Opportunities', cell: 'A4', message: "No opportunities are recorded on 'Opportunities'." }),
    ]);
  });

  it('says nothing of a workbook without the sheet, nor of empty rows between opportunities', () => {
    expect(opportunityRules(EMPTY_WORKBOOK)).toEqual([]);
    const gappy = edited(typed(), SHEETS.opportunities, (v) => {
      v[5] = [];
    });
    expect(opportunityRules(gappy).map((f) => f.code)).not.toContain('opportunities-none');
  });

  it('counts an opportunity recorded in the new columns alone', () => {
    const measured = edited(generate(), SHEETS.opportunities, (v) => {
      v[4] = [null, null, null, null, null, null, null, 'Audit finds no manual evidence step'];
    });
    expect(opportunityRules(measured).map((f) => f.code)).toEqual(['opportunity-owner-missing', 'opportunity-action-missing']);
  });
});
