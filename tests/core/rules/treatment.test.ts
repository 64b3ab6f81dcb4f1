import { aRisk, control, findingsFor } from './risk-builder';

describe('treatment-missing', () => {
  it('flags a High risk with no treatment decision', () => {
    const risk = aRisk({ id: 'R-3', row: 7, likelihood: 4, impact: 5 });
    expect(findingsFor('treatment-missing', [risk])).toEqual([
      {
        severity: 'error',
        code: 'treatment-missing',
        sheet: 'Risk register',
        cell: 'J7',
        message: 'Risk R-3 is High (unacceptable) but has no treatment.',
        fix: 'Choose Mitigate, Transfer, Avoid or Accept.',
      },
    ]);
  });

  it('flags a Medium risk, tolerable only with approval, left without a treatment', () => {
    const [f] = findingsFor('treatment-missing', [aRisk({ id: 'R-8', likelihood: 3, impact: 3 })]);
    expect(f?.message).toBe('Risk R-8 is Medium (tolerable) but has no treatment.');
  });

  it('treats a blank-looking treatment cell (spaces only) as no treatment', () => {
    const risk = aRisk({ likelihood: 5, impact: 5, treatment: null, treatmentText: '   ' });
    expect(findingsFor('treatment-missing', [risk])).toHaveLength(1);
  });

  it('does not flag a Low risk left without a treatment: it is within the acceptance criteria', () => {
    expect(findingsFor('treatment-missing', [aRisk({ likelihood: 2, impact: 2 })])).toEqual([]);
  });

  it('does not flag a High risk that has a treatment', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: 'mitigate', controls: [control('5.17')] });
    expect(findingsFor('treatment-missing', [risk])).toEqual([]);
  });

  it('does not flag a treatment typed as something other than an option (that is treatment-unknown)', () => {
    const risk = aRisk({ likelihood: 4, impact: 5, treatment: null, treatmentText: 'Monitor' });
    expect(findingsFor('treatment-missing', [risk])).toEqual([]);
  });

  it('does not flag an unscored risk: without a score there is no decision to act on', () => {
    expect(findingsFor('treatment-missing', [aRisk({ likelihood: null, impact: 5 })])).toEqual([]);
  });
});

describe('mitigate-without-controls', () => {
  it('flags a risk to be mitigated that cites no control', () => {
    const risk = aRisk({ id: 'R-22', row: 26, likelihood: 3, impact: 4, treatment: 'mitigate' });
    const [f] = findingsFor('mitigate-without-controls', [risk]);
    expect(f).toMatchObject({
      severity: 'error',
      cell: 'K26',
      message: 'Risk R-22 is to be mitigated but cites no control.',
      fix: 'List the Annex A or own controls that reduce it, e.g. "5.17, 8.16".',
    });
  });

  it('does not flag a mitigated risk that cites a control', () => {
    const risk = aRisk({ likelihood: 3, impact: 4, treatment: 'mitigate', controls: [control('8.13')] });
    expect(findingsFor('mitigate-without-controls', [risk])).toEqual([]);
  });

  it('does not flag a transferred or accepted risk without controls', () => {
    const risks = [
      aRisk({ id: 'R-1', likelihood: 2, impact: 4, treatment: 'transfer' }),
      aRisk({ id: 'R-2', likelihood: 1, impact: 2, treatment: 'accept' }),
    ];
    expect(findingsFor('mitigate-without-controls', risks)).toEqual([]);
  });
});
