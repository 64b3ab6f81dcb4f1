/**
 * A team's own SoA is found by its header (a control id column and a decision column) and by its
 * cells (Annex A controls, one per row), wherever it sits on its sheet: under a title, over theme
 * headings, listing only the controls the team decided on, with ids typed with words around them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../../cli/xlsx/workbook-io';
import { findTeamSoa, locateTeamSoa } from '../../../core/team-soa/locate-team-soa';
import { ADDED_BLOCK_HEADING, TEAM_SOA_COLUMNS } from '../../../core/team-soa/riskbook-columns';
import type { Row } from './soa-fixtures';
import { IDS_2022, NOTHING_SKIPPED, englishSoa, sheet, workbook } from './soa-fixtures';

const PUBLIC = join(__dirname, '../../corpus/public');

describe('a team SoA is found by its headers and its ids', () => {
  it('reads the public 93-control SoA (ids typed "A.5.1") from its .xlsx, every control decided', async () => {
    const snapshot = readXlsxSnapshot(await loadWorkbook(readFileSync(join(PUBLIC, 'cenedril_soa.xlsx'))));
    const soa = findTeamSoa(snapshot, { skipSheets: NOTHING_SKIPPED });
    expect(soa?.location).toMatchObject({
      headerRow: 0,
      edition: '2022',
      columns: { controlId: 0, title: 1, theme: 2, applicable: 3, justification: 4, implementationStatus: 5, implementationNotes: 6, evidence: 7 },
    });
    const controls = soa!.rows.filter((r) => r.controlId !== '');
    expect(controls).toHaveLength(93);
    expect(new Set(controls.map((r) => r.controlId))).toEqual(new Set(IDS_2022));
    expect(controls.filter((r) => r.applicability.decision === null)).toEqual([]);
    expect(controls.find((r) => r.controlId === '8.30')).toMatchObject({ typedId: 'A.8.30', applicability: { decision: 'no' }, justification: 'No outsourced development' });
    expect(soa!.findings).toEqual([]);
  });

  it('finds the header under a title and a blank row, and reads theme headings as rows naming no control', () => {
    const soa = findTeamSoa(workbook(englishSoa()), { skipSheets: NOTHING_SKIPPED });
    expect(soa?.location).toMatchObject({ headerRow: 2, columns: { controlId: 0, title: 1, theme: 2, applicable: 3, owner: 7, lastReviewed: 8 } });
    const headings = soa!.rows.filter((r) => r.controlId === '');
    expect(headings.map((r) => r.typedId)).toEqual(['5 Organizational controls', '6 People controls', '7 Physical controls', '8 Technological controls']);
    expect(soa!.rows.filter((r) => r.controlId !== '')).toHaveLength(93);
    // The review date is a serial; the owner and evidence are read as typed.
    expect(soa!.rows[1]).toMatchObject({ controlId: '5.1', owner: 'CISO', evidence: 'POL-5.1', lastReviewed: 46037 });
  });

  it('reads an SoA that lists only the controls the team decided on', () => {
    const listed = ['5.1', '5.2', '5.15', '8.25', '8.30'];
    const soa = findTeamSoa(workbook(englishSoa(listed)), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.rows.filter((r) => r.controlId !== '').map((r) => [r.controlId, r.applicability.decision])).toEqual([
      ['5.1', 'yes'], ['5.2', 'yes'], ['5.15', 'yes'], ['8.25', 'no'], ['8.30', 'no'],
    ]);
  });

  it('takes the column whose cells hold ids typed with words for the control id, whatever its header says', () => {
    const rows: Row[] = [
      ['Control', 'Applicable?', 'Reason'],
      ['Control 5.1 - Policies for information security', 'Yes', 'Legal, Risk assessment'],
      ['A 5.2 Information security roles and responsibilities', 'Yes', 'Best practice'],
      ['Annex A.5.3 Segregation of duties', 'No', 'Two-person company'],
      ['5.4 Management responsibilities', 'Partially', 'Contractual'],
      ['A5.5 Contact with authorities', 'Y', 'LR / CO'],
    ];
    const location = locateTeamSoa(sheet('Controls decided', rows));
    expect(location).toMatchObject({ headerRow: 0, columns: { controlId: 0, applicable: 1 }, how: { controlId: 'cells', applicable: 'header' } });
    expect(location?.columns.justification).toBe(2);
    const soa = findTeamSoa(workbook(sheet('Controls decided', rows)), { skipSheets: NOTHING_SKIPPED });
    expect(soa!.rows.map((r) => r.controlId)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    expect(soa!.rows[3]!.applicability).toEqual({ decision: 'yes', partial: true });
  });

  it('finds the applicability column by its cells where no header names it', () => {
    const rows: Row[] = [
      ['Ref', 'Title', 'Decision', 'Justification'],
      ['5.1', 'Policies for information security', 'Applicable', 'ISMS policy'],
      ['5.2', 'Information security roles and responsibilities', 'Applicable', 'Org chart'],
      ['5.3', 'Segregation of duties', 'Not applicable', 'Two people'],
    ];
    expect(locateTeamSoa(sheet('SoA', rows))).toMatchObject({ columns: { controlId: 0, title: 1, applicable: 2, justification: 3 }, how: { applicable: 'cells' } });
  });

  it('reads a two-row header whose banner groups its columns', () => {
    const rows: Row[] = [
      ['Control', null, 'Implementation', null, 'Applicable'],
      ['ID', 'Name', 'Status', 'Description', null],
      ['A.5.1', 'Policies', 'Implemented', 'ISMS policy v3', 'Yes'],
      ['A.5.2', 'Roles', 'Planned', 'RACI in progress', 'Yes'],
    ];
    const location = locateTeamSoa(sheet('SoA', rows, ['A1:B1', 'C1:D1', 'E1:E2']));
    expect(location).toMatchObject({ headerRow: 1, bannerRows: [0], columns: { controlId: 0, title: 1, implementationStatus: 2, implementationNotes: 3, applicable: 4 } });
  });

  it("never takes Riskbook's own columns for the team's, and reads the rows Riskbook added under its heading", () => {
    const base = englishSoa(['5.1', '5.2']);
    const values: Row[] = base.values.map((r) => [...r]);
    values[2]!.push(TEAM_SOA_COLUMNS.linkedRisks, TEAM_SOA_COLUMNS.composedJustification, TEAM_SOA_COLUMNS.readAs);
    values.push([], [ADDED_BLOCK_HEADING], ['5.3', 'Segregation of duties', 'Organizational', 'Yes', 'Fraud risk']);
    const soa = findTeamSoa(workbook(sheet('SoA', values)), { skipSheets: NOTHING_SKIPPED });
    expect(Math.max(...Object.values(soa!.location.columns))).toBe(8);
    expect(soa!.rows.map((r) => r.controlId)).toEqual(['', '5.1', '5.2', '', '5.3']);
    expect(soa!.rows.find((r) => r.controlId === '5.3')!.applicability.decision).toBe('yes');
  });

  it("keeps the team's id column when Riskbook's Read as column beside it holds the ids as text", () => {
    const ids = ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6'];
    const values: Row[] = [
      ['#', 'Control', 'Applicable', TEAM_SOA_COLUMNS.readAs],
      ...ids.map((id) => [Number(id), `Control ${id}`, 'Yes', id]),
    ];
    const location = locateTeamSoa(sheet('SoA', values));
    expect(location?.columns.controlId).toBe(0);
    expect(location?.columns.applicable).toBe(2);
  });

  it('skips the sheets it is told to, and reads the sheet a person chose', () => {
    const snapshot = workbook(englishSoa(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']));
    expect(findTeamSoa(snapshot, { skipSheets: new Set(['statement of applicability']) })).toBeNull();
    expect(findTeamSoa(snapshot, { skipSheets: NOTHING_SKIPPED, sheet: 'STATEMENT OF APPLICABILITY' })?.location.sheet).toBe('Statement of Applicability');
  });

  it('picks the sheet with the most controls when several look like SoAs', () => {
    const small = { ...englishSoa(['5.1', '5.2', '5.3', '5.4', '5.5']), name: 'SoA draft' };
    const full = { ...englishSoa(), name: 'SoA approved' };
    expect(findTeamSoa(workbook(small, full), { skipSheets: NOTHING_SKIPPED })?.location.sheet).toBe('SoA approved');
  });

  it('reports the last row and column that hold anything, for writing beside and below the table', () => {
    const soa = findTeamSoa(workbook(englishSoa(['5.1', '5.2'])), { skipSheets: NOTHING_SKIPPED });
    expect(soa).toMatchObject({ lastRow: 5, lastCol: 8 });
  });
});
