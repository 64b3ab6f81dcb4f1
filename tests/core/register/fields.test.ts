import { matchHeader, normalizeHeader, impactColumnsOf } from '../../../core/register/fields';

describe('register header words', () => {
  it('normalises case, punctuation, & and #', () => {
    expect(normalizeHeader('  Risk  #  ')).toBe('risk no');
    expect(normalizeHeader('Risk No.')).toBe('risk no');
    expect(normalizeHeader('Threat & Vulnerability')).toBe('threat and vulnerability');
    expect(normalizeHeader('Impact (C)')).toBe('impact c');
  });

  it.each([
    ['Risk ID', 'id'],
    ['Ref', 'id'],
    ['Risk #', 'id'],
    ['RISK NO.', 'id'],
    ['Reference', 'id'],
    ['Risk scenario', 'description'],
    ['Risk', 'title'],
    ['Probability', 'likelihood'],
    ['Inherent likelihood', 'likelihood'],
    ['Likelihood (1-5)', 'likelihood'],
    ['Consequence', 'impact'],
    ['Severity', 'impact'],
    ['Owner', 'owner'],
    ['Response', 'treatment'],
    ['Risk response', 'treatment'],
    ['Treatment option', 'treatment'],
    ['Annex A controls', 'controls'],
    ['Control IDs', 'controls'],
    ['Residual probability', 'residualLikelihood'],
    ['Target likelihood', 'residualLikelihood'],
    ['Residual consequence', 'residualImpact'],
    ['Impact (residual)', 'residualImpact'],
    ['Acceptance approver', 'approvedBy'],
    ['Risk acceptance by', 'approvedBy'],
    ['Accepted on', 'approvalDate'],
    ['Last reviewed', 'lastReview'],
    ['Review date', 'lastReview'],
    ['Confidentiality impact', 'impactC'],
    ['Impact (C)', 'impactC'],
    ['I impact', 'impactI'],
    ['Availability', 'impactA'],
    ['Risk score', 'inherentScore'],
    ['Score', 'inherentScore'],
    ['Risk level', 'inherentLevel'],
    ['Inherent rating', 'inherentRating'],
    ['Residual level', 'residualLevel'],
  ])('reads "%s" as %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each(['Notes', 'Risk register', 'Comments', '', 'Date raised', 'Mitigation plan', 'Next step'])('leaves "%s" to the team', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('reads single letters C, I, A as impact dimensions only when all three are in the row', () => {
    expect(matchHeader('C')).toBeNull();
    expect(matchHeader('C', true)).toBe('impactC');
    expect(matchHeader('A', true)).toBe('impactA');
  });

  it('scores with the single impact column, or else all three of C, I and A', () => {
    expect(impactColumnsOf({ impact: 4, impactC: 5, impactI: 6, impactA: 7 })).toEqual([4]);
    expect(impactColumnsOf({ impactC: 5, impactI: 6, impactA: 7 })).toEqual([5, 6, 7]);
    expect(impactColumnsOf({ impactC: 5, impactI: 6 })).toBeNull();
  });
});
