import { aRisk, control, control2013, findingsFor, unknownControl } from './risk-builder';

describe('control-unknown', () => {
  it('flags a cited control that is neither in Annex A 2022 nor a team control, as typed', () => {
    const risk = aRisk({ id: 'R-19', row: 23, treatment: 'mitigate', controls: [control('8.8'), unknownControl('12.9')] });
    expect(findingsFor('control-unknown', [risk])).toEqual([
      {
        severity: 'error',
        code: 'control-unknown',
        sheet: 'Risk register',
        cell: 'K23',
        message: 'Risk R-19 cites "12.9", which is not a known control.',
        fix: 'Use an Annex A 2022 id such as 5.17, or add your own control to the Controls sheet.',
      },
    ]);
  });

  it('reports each unknown control once per risk even when typed twice', () => {
    const risk = aRisk({ controls: [unknownControl('12.9'), unknownControl('12.9'), unknownControl('ISMS-7')] });
    expect(findingsFor('control-unknown', [risk]).map((f) => f.message)).toEqual([
      'Risk R-1 cites "12.9", which is not a known control.',
      'Risk R-1 cites "ISMS-7", which is not a known control.',
    ]);
  });

  it('treats a 2013 id that has no 2022 successor as unknown', () => {
    const risk = aRisk({ controls: [control2013('A.99.1.1')] });
    expect(findingsFor('control-unknown', [risk])).toHaveLength(1);
    expect(findingsFor('control-2013-id', [risk])).toEqual([]);
  });

  it('does not flag Annex A 2022 controls or the team\'s own controls', () => {
    const risk = aRisk({ treatment: 'mitigate', controls: [control('5.17', 'A.5.17'), control('8.16'), control('ACME-01')] });
    expect(findingsFor('control-unknown', [risk])).toEqual([]);
  });
});

describe('control-2013-id', () => {
  it('flags a control cited by its 2013 id and names its 2022 successor', () => {
    const risk = aRisk({ id: 'R-11', row: 15, treatment: 'mitigate', controls: [control('5.15'), control2013('A.9.2.3', '8.2')] });
    expect(findingsFor('control-2013-id', [risk])).toEqual([
      {
        severity: 'warning',
        code: 'control-2013-id',
        sheet: 'Risk register',
        cell: 'K15',
        message: 'Risk R-11 cites A.9.2.3, a 2013 control; in 2022 it is 8.2.',
        fix: 'Replace A.9.2.3 with 8.2, or have Riskbook move every 2013 id at once (Move to 2022 ids, or riskbook move-register-ids): each cell keeps its old text in a note.',
      },
    ]);
  });

  it('joins several successors with "and"', () => {
    const risk = aRisk({ controls: [control2013('A.11.1.2', '7.2', '7.4')] });
    const [f] = findingsFor('control-2013-id', [risk]);
    expect(f?.fix).toBe('Replace A.11.1.2 with 7.2 and 7.4, or have Riskbook move every 2013 id at once (Move to 2022 ids, or riskbook move-register-ids): each cell keeps its old text in a note.');
  });

  it('does not flag a 2022 id written with an "A." prefix', () => {
    expect(findingsFor('control-2013-id', [aRisk({ controls: [control('5.17', 'A.5.17')] })])).toEqual([]);
  });
});
