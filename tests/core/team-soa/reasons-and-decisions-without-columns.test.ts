/**
 * Why a control is in: reason columns marked with an x or written out, a single reason column that
 * names the reasons in words, or a justification that is nothing but a list of reasons. And where
 * a sheet has no applicability column, the decision the team states otherwise.
 */
import { findTeamSoa } from '../../../core/team-soa/locate-team-soa';
import { reasonsInText } from '../../../core/team-soa/soa-header-words';
import type { Row } from './soa-fixtures';
import { NOTHING_SKIPPED, sheet, workbook } from './soa-fixtures';

function read(rows: Row[], merges: string[] = []) {
  const soa = findTeamSoa(workbook(sheet('SoA', rows, merges)), { skipSheets: NOTHING_SKIPPED });
  if (!soa) throw new Error('no SoA found');
  return soa;
}

const NONE = { risk: false, legal: false, contractual: false, business: false, bestPractice: false };

describe('reasons for selecting a control', () => {
  it('reads reason columns headed by their words, marked with x, Yes, a tick or the reason itself', () => {
    const soa = read([
      ['Control ID', 'Applicable', 'Legal', 'Contractual', 'Business requirement', 'Best practice', 'Risk assessment'],
      ['5.1', 'Yes', 'x', null, null, null, 'X'],
      ['5.2', 'Yes', null, 'Yes', '✓', null, null],
      ['5.31', 'Yes', 'GDPR, NIS2', null, null, 'ISO 27002', 'R-04, R-07'],
      ['5.32', 'No', 'No', '-', null, 'N/A', null],
    ]);
    expect(soa.rows.map((r) => r.reasons)).toEqual([
      { ...NONE, legal: true, risk: true },
      { ...NONE, contractual: true, business: true },
      { ...NONE, legal: true, bestPractice: true, risk: true },
      NONE,
    ]);
  });

  it('reads a single reason column naming the reasons in words, as the reasons and the justification', () => {
    const soa = read([
      ['Control ID', 'Applicable', 'Reason'],
      ['5.1', 'Yes', 'Legal, Risk assessment'],
      ['5.2', 'Yes', 'LR / CO / BR/BP'],
      ['5.3', 'Yes', 'Required so that no one person can approve a payment'],
    ]);
    expect(soa.location.columns.justification).toBe(2);
    expect(soa.rows.map((r) => r.reasons)).toEqual([
      { ...NONE, legal: true, risk: true },
      { ...NONE, legal: true, contractual: true, business: true, bestPractice: true },
      NONE,
    ]);
    expect(soa.rows[0]!.justification).toBe('Legal, Risk assessment');
  });

  it('keeps a reason column beside the justification column, and reads both', () => {
    const soa = read([
      ['Control ID', 'Applicable', 'Justification', 'Reason for selection'],
      ['5.1', 'Yes', 'Our ISMS policy set', 'Contractual; best practice'],
      ['5.2', 'Yes', 'Roles defined in the RACI', 'Risk'],
    ]);
    expect(soa.location).toMatchObject({ columns: { justification: 2 }, reasonText: 3 });
    expect(soa.rows.map((r) => r.reasons)).toEqual([{ ...NONE, contractual: true, bestPractice: true }, { ...NONE, risk: true }]);
    expect(soa.rows[0]!.justification).toBe('Our ISMS policy set');
  });

  it('sets no reason from a sentence that merely contains a reason word', () => {
    expect(reasonsInText('Legal, Risk assessment')).toEqual(new Set(['reasonLegal', 'reasonRisk']));
    expect(reasonsInText('Gesetzlich und vertraglich')).toEqual(new Set(['reasonLegal', 'reasonContractual']));
    expect(reasonsInText('Required by legal counsel after the risk assessment')).toBeNull();
    expect(reasonsInText('')).toBeNull();
  });
});

describe('decisions on a sheet with no applicability column', () => {
  it('takes a "not applicable" status or an exclusion justification alone as excluded, any other status or a reason as included', () => {
    const soa = read([
      ['Control ID', 'Implementation status', 'Justification for exclusion', 'Risk assessment'],
      ['5.1', 'Implemented', null, null],
      ['5.2', 'Not applicable', 'No such role', null],
      ['5.3', null, 'Two-person company', null],
      ['5.4', null, null, 'x'],
      ['5.5', 'Planned', null, null],
      ['5.6', null, null, null],
    ]);
    expect(soa.rows.map((r) => r.applicability.decision)).toEqual(['yes', 'no', 'no', 'yes', 'yes', null]);
  });
});
