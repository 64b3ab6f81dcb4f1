import { riskRules } from '../../../core/rules/risk-rules';
import { ACME_LOCATION, aRisk, contextFor, control, findingsFor } from './risk-builder';

describe('acceptance-unacceptable-unapproved', () => {
  it('flags a High risk accepted without approver and date', () => {
    const risk = aRisk({ id: 'R-31', row: 36, likelihood: 5, impact: 4, treatment: 'accept' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk])).toEqual([
      {
        severity: 'error',
        code: 'acceptance-unacceptable-unapproved',
        sheet: 'Risk register',
        cell: 'N36',
        message: 'Risk R-31 is High (unacceptable), accepted with no approver or date recorded.',
        fix: 'Record who approved it, when and why, or treat the risk.',
      },
    ]);
  });

  it('flags a High risk accepted by a named approver but with no approval date, at the date cell', () => {
    const risk = aRisk({ id: 'R-5', row: 9, likelihood: 4, impact: 5, treatment: 'accept', approvedBy: 'CEO' });
    const [f] = findingsFor('acceptance-unacceptable-unapproved', [risk]);
    expect(f?.cell).toBe('O9');
    expect(f?.message).toBe('Risk R-5 is High (unacceptable), accepted with no date recorded.');
  });

  it('flags a High risk accepted on a date but with nobody named as approver', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: 'accept', approvalDate: '2026-03-02' });
    const [f] = findingsFor('acceptance-unacceptable-unapproved', [risk]);
    expect(f?.message).toMatch(/with no approver recorded\.$/);
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
  it('flags a tolerable risk accepted without an approver or a date', () => {
    const risk = aRisk({ id: 'R-12', row: 16, likelihood: 3, impact: 3, treatment: 'accept' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: 'N16',
        message: 'Risk R-12 is Medium (tolerable), accepted with no approver or date recorded.',
      }),
    ]);
  });

  it('counts an approver cell holding only spaces as no approver', () => {
    const risk = aRisk({ likelihood: 2, impact: 3, treatment: 'accept', approvedBy: '  ', approvalDate: '2026-04-01' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk]).map((f) => f.message)).toEqual([
      'Risk R-1 is Medium (tolerable), accepted with no approver recorded.',
    ]);
  });

  it('asks for the date too: who and when make the approval (Clause 6.1.3 f)', () => {
    const risk = aRisk({ row: 9, likelihood: 3, impact: 3, treatment: 'accept', approvedBy: 'Head of Engineering' });
    const [f] = findingsFor('acceptance-tolerable-unapproved', [risk]);
    expect(f?.cell).toBe('O9');
    expect(f?.message).toBe('Risk R-5 is Medium (tolerable), accepted with no date recorded.');
  });

  it('does not flag a tolerable risk accepted by its owner on a date', () => {
    const risk = aRisk({ likelihood: 3, impact: 3, treatment: 'accept', approvedBy: 'Head of Engineering', approvalDate: '2026-04-01' });
    expect(findingsFor('acceptance-tolerable-unapproved', [risk])).toEqual([]);
  });

  it('is one finding for every unapproved tolerable acceptance of the register, at the first', () => {
    const risks = [
      aRisk({ id: 'R-05', row: 9, likelihood: 2, impact: 4, treatment: 'accept' }),
      aRisk({ id: 'R-28', row: 32, likelihood: 3, impact: 2, treatment: 'accept', approvedBy: 'Head of Engineering' }),
      aRisk({ id: 'R-34', row: 38, likelihood: 2, impact: 3, treatment: 'accept', approvedBy: 'Head of Engineering', approvalDate: '2026-01-26' }),
    ];
    expect(findingsFor('acceptance-tolerable-unapproved', risks)).toEqual([
      expect.objectContaining({
        cell: 'N9',
        cells: ['N9', 'O32'],
        message: '2 accepted tolerable risks lack a recorded approval: who, when or why (N9 and O32).',
      }),
    ]);
  });
});

describe('acceptance-acceptable-unapproved', () => {
  it('flags a Low risk accepted with nobody recorded as accepting it: whatever the band, the owner accepts', () => {
    const risk = aRisk({ id: 'R-15', row: 19, likelihood: 2, impact: 2, treatment: 'accept' });
    expect(findingsFor('acceptance-acceptable-unapproved', [risk])).toEqual([
      expect.objectContaining({
        severity: 'info',
        cell: 'N19',
        message: 'Risk R-15 is Low (acceptable), accepted with no approver or date recorded.',
      }),
    ]);
  });

  it('does not flag a Low risk nobody chose to treat: there is no decision to sign', () => {
    expect(findingsFor('acceptance-acceptable-unapproved', [aRisk({ likelihood: 1, impact: 3 })])).toEqual([]);
  });
});

describe('the rationale of an acceptance', () => {
  const withRationaleColumn = { location: { ...ACME_LOCATION, mapping: { ...ACME_LOCATION.mapping, acceptanceRationale: 17 } } };

  it('is asked for once the register has a column for it, at that cell', () => {
    const risk = aRisk({ id: 'R-31', row: 36, likelihood: 3, impact: 5, treatment: 'accept', approvedBy: 'CTO', approvalDate: '2026-11-02' });
    const [f] = findingsFor('acceptance-unacceptable-unapproved', [risk], withRationaleColumn);
    expect(f?.cell).toBe('R36');
    expect(f?.message).toBe('Risk R-31 is High (unacceptable), accepted with no rationale recorded.');
  });

  it('is named with the rest of what is missing', () => {
    const risk = aRisk({ id: 'R-31', row: 36, likelihood: 3, impact: 5, treatment: 'accept' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk], withRationaleColumn)[0]?.message).toBe(
      'Risk R-31 is High (unacceptable), accepted with no approver, date or rationale recorded.',
    );
  });

  it('completes the approval when typed', () => {
    const risk = aRisk({ likelihood: 3, impact: 5, treatment: 'accept', approvedBy: 'CTO', approvalDate: '2026-11-02', acceptanceRationale: 'Multi-region parked until Series B' });
    expect(findingsFor('acceptance-unacceptable-unapproved', [risk], withRationaleColumn)).toEqual([]);
  });

  it('is not asked of a treated risk: the owner accepts its residual level, the plan says why', () => {
    const risk = aRisk({ likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 2, treatment: 'mitigate', controls: [control('8.16')], approvedBy: 'Head of Engineering', approvalDate: '2026-11-02' });
    expect(riskRules(contextFor([risk], withRationaleColumn))).toEqual([]);
  });
});
