import { aRisk, findingsFor } from './risk-builder';

describe('acceptance-unacceptable-unapproved', () => {
  it('flags a High risk accepted without approver and date', () => {
    const risk = aRisk({ id: 'R-31', row: 36, likelihood: 5, impact: 4, treatment: 'accept' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk])).toEqual([
      {
        severity: 'error',
        code: 'acceptance-unacceptable-unapproved',
        sheet: 'Risk register',
        cell: 'N36',
        message: 'Risk R-31 is High (unacceptable) and accepted, but lacks an approver and an approval date.',
        fix: 'Record who approved the acceptance and when, or treat the risk.',
      },
    ]);
  });

  it('flags a High risk accepted by a named approver but with no approval date, at the date cell', () => {
    const risk = aRisk({ id: 'R-5', row: 9, likelihood: 4, impact: 5, treatment: 'accept', approvedBy: 'CEO' });
    const [f] = findingsFor('acceptance-unacceptable-unapproved', [risk]);
    expect(f?.cell).toBe('O9');
    expect(f?.message).toBe('Risk R-5 is High (unacceptable) and accepted, but lacks an approval date.');
  });

  it('flags a High risk accepted on a date but with nobody named as approver', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: 'accept', approvalDate: '2026-03-02' });
    const [f] = findingsFor('acceptance-unacceptable-unapproved', [risk]);
    expect(f?.message).toMatch(/lacks an approver\.$/);
  });

  it('does not flag a High risk accepted with an approver and an approval date', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: 'accept', approvedBy: 'CEO', approvalDate: '2026-03-02' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk])).toEqual([]);
  });

  it('does not flag a High risk that is mitigated rather than accepted', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: 'mitigate' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk])).toEqual([]);
  });

  it('does not flag an accepted Medium risk: that is the tolerable rule', () => {
    const risk = aRisk({ likelihood: 3, impact: 3, treatment: 'accept' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk])).toEqual([]);
  });
});

describe('acceptance-tolerable-unapproved', () => {
  it('flags a tolerable risk accepted without an approver', () => {
    const risk = aRisk({ id: 'R-12', row: 16, likelihood: 3, impact: 3, treatment: 'accept' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: 'N16',
        message: 'Risk R-12 is Medium (tolerable) and accepted, but nobody approved it.',
      }),
    ]);
  });

  it('counts an approver cell holding only spaces as no approver', () => {
    const risk = aRisk({ likelihood: 2, impact: 3, treatment: 'accept', approvedBy: '  ' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toHaveLength(1);
  });

  it('does not flag a tolerable risk accepted by its owner, even without a date', () => {
    const risk = aRisk({ likelihood: 3, impact: 3, treatment: 'accept', approvedBy: 'Head of Engineering' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toEqual([]);
  });

  it('does not flag a Low risk accepted without an approver: acceptable risks need no approval', () => {
    const risk = aRisk({ likelihood: 1, impact: 3, treatment: 'accept' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toEqual([]);
  });
});
