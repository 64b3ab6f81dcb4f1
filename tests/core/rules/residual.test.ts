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

describe('residual-missing', () => {
  it('flags a mitigated risk with no residual rating, at its residual likelihood', () => {
    const risk = aRisk({ id: 'R-22', row: 27, likelihood: 3, impact: 3, ...mitigated });
    expect(findingsFor('residual-missing', [risk])).toEqual([
      {
        severity: 'warning',
        code: 'residual-missing',
        sheet: 'Risk register',
        cell: 'L27',
        message: 'Risk R-22 is treated (Mitigate) but has no residual likelihood and impact.',
        fix: 'Enter the residual likelihood and impact the risk will have once the treatment is in place.',
        todo: 'Rate the residual risk of 1 treated risk (Risk register L27)',
      },
    ]);
  });

  it('points at the residual impact when only the likelihood is rated', () => {
    const risk = aRisk({ row: 27, likelihood: 3, impact: 3, residualLikelihood: 2, ...mitigated });
    expect(findingsFor('residual-missing', [risk]).map((f) => f.cell)).toEqual(['M27']);
  });

  it('groups every treated risk without a residual into one to-do, Avoid and Transfer included', () => {
    const risks = [
      aRisk({ id: 'R-24', row: 28, likelihood: 2, impact: 5, treatment: 'transfer' }),
      aRisk({ id: 'R-25', row: 29, likelihood: 4, impact: 4, treatment: 'avoid' }),
    ];
    expect(findingsFor('residual-missing', risks)).toEqual([
      expect.objectContaining({ cell: 'L28', cells: ['L28:L29'], todo: 'Rate the residual risk of 2 treated risks (Risk register L28:L29)' }),
    ]);
  });

  it('does not ask an accepted or undecided risk for a residual: nothing lowers it', () => {
    const risks = [aRisk({ likelihood: 3, impact: 3, treatment: 'accept' }), aRisk({ row: 6, likelihood: 1, impact: 1 })];
    expect(findingsFor('residual-missing', risks)).toEqual([]);
  });
});
