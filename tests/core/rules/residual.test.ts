import { aRisk, control, findingsFor } from './risk-builder';

const mitigated = { treatment: 'mitigate' as const, controls: [control('5.17')] };

describe('residual-above-inherent', () => {
  it('flags a residual score above the inherent score', () => {
    const risk = aRisk({ id: 'R-9', row: 13, likelihood: 2, impact: 3, residualLikelihood: 3, residualImpact: 3, ...mitigated });
    expect(findingsFor('residual-above-inherent', [risk])).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'L13',
        message: 'Risk R-9: residual score 9 is above inherent score 6.',
        fix: 'Check the residual likelihood and impact.',
      }),
    ]);
  });

  it('does not flag a residual score equal to the inherent score', () => {
    const risk = aRisk({ likelihood: 2, impact: 3, residualLikelihood: 3, residualImpact: 2, ...mitigated });
    expect(findingsFor('residual-above-inherent', [risk])).toEqual([]);
  });

  it('does not flag a risk whose residual is not assessed yet', () => {
    const risk = aRisk({ likelihood: 2, impact: 3, residualLikelihood: 5, residualImpact: null, ...mitigated });
    expect(findingsFor('residual-above-inherent', [risk])).toEqual([]);
  });

  it('does not flag a risk whose inherent score is unknown', () => {
    const risk = aRisk({ likelihood: null, impact: 3, residualLikelihood: 5, residualImpact: 5, ...mitigated });
    expect(findingsFor('residual-above-inherent', [risk])).toEqual([]);
  });
});

describe('residual-unacceptable', () => {
  it('flags a risk whose residual level is still High and nobody accepted it', () => {
    const risk = aRisk({ id: 'R-4', row: 8, likelihood: 5, impact: 5, residualLikelihood: 4, residualImpact: 4, ...mitigated });
    expect(findingsFor('residual-unacceptable', [risk])).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'N8',
        message: 'Risk R-4: residual level High is unacceptable and nobody accepted it.',
      }),
    ]);
  });

  it('flags a High residual with an approver but no approval date, at the date cell', () => {
    const risk = aRisk({ row: 8, likelihood: 5, impact: 5, residualLikelihood: 4, residualImpact: 4, approvedBy: 'CEO', ...mitigated });
    expect(findingsFor('residual-unacceptable', [risk]).map((f) => f.cell)).toEqual(['O8']);
  });

  it('does not flag a High residual the approver accepted on a recorded date', () => {
    const risk = aRisk({
      likelihood: 5,
      impact: 5,
      residualLikelihood: 4,
      residualImpact: 4,
      approvedBy: 'CEO',
      approvalDate: '2026-06-30',
      ...mitigated,
    });
    expect(findingsFor('residual-unacceptable', [risk])).toEqual([]);
  });

  it('does not flag a residual level within tolerance', () => {
    const risk = aRisk({ likelihood: 5, impact: 5, residualLikelihood: 2, residualImpact: 4, ...mitigated });
    expect(findingsFor('residual-unacceptable', [risk])).toEqual([]);
  });

  it('reports an unapproved acceptance of a High risk once, as an acceptance finding', () => {
    const risk = aRisk({ likelihood: 5, impact: 5, residualLikelihood: 5, residualImpact: 5, treatment: 'accept' });
    const codes = findingsFor('residual-unacceptable', [risk]).concat(findingsFor('acceptance-unacceptable-unapproved', [risk]));
    expect(codes.map((f) => f.code)).toEqual(['acceptance-unacceptable-unapproved']);
  });
});
