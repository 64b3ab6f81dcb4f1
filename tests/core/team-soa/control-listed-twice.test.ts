/**
 * A control listed on two rows of a team SoA is one `soa-control-listed-twice` finding at the
 * second row; both rows are read as typed. The same control written two ways ("A.5.1" and
 * "5.1 Policies…") is the same control.
 */
import { findTeamSoa } from '../../../core/team-soa/locate-team-soa';
import type { Row } from './soa-fixtures';
import { NOTHING_SKIPPED, sheet, workbook } from './soa-fixtures';

describe('a control listed twice', () => {
  const rows: Row[] = [
    ['Control ID', 'Applicable', 'Justification'],
    ['A.5.1', 'Yes', 'Policy set'],
    ['5.2', 'Yes', 'RACI'],
    ['5.3', 'Yes', 'Fraud'],
    ['5.1 Policies for information security', 'No', 'Duplicate row left from last year'],
    ['5.4', 'Yes', 'Board minutes'],
  ];
  const soa = findTeamSoa(workbook(sheet('SoA', rows)), { skipSheets: NOTHING_SKIPPED })!;

  it('is reported once, at its second row, naming the first', () => {
    expect(soa.findings).toEqual([
      expect.objectContaining({
        code: 'soa-control-listed-twice',
        severity: 'warning',
        sheet: 'SoA',
        cell: 'A5',
        message: 'Control 5.1 is listed again on row 5; it is first listed on row 2.',
      }),
    ]);
  });

  it('keeps both rows as typed', () => {
    expect(soa.rows.map((r) => [r.controlId, r.applicability.decision])).toEqual([
      ['5.1', 'yes'], ['5.2', 'yes'], ['5.3', 'yes'], ['5.1', 'no'], ['5.4', 'yes'],
    ]);
  });
});
