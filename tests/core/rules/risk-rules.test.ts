import * as fc from 'fast-check';
import { parseCell } from '../../../core/workbook/a1';
import type { RegisterLocation } from '../../../core/register/types';
import { riskRules } from '../../../core/rules/risk-rules';
import type { RiskSpec } from './risk-builder';
import { ACME_LOCATION, aRisk, contextFor, control, control2013, unknownControl } from './risk-builder';

describe('risk rules together', () => {
  it('raise nothing for a well-kept register', () => {
    const risks = [
      aRisk({
        id: 'R-1', row: 5, likelihood: 4, impact: 5, treatment: 'mitigate', controls: [control('5.17')], residualLikelihood: 2, residualImpact: 4,
        approvedBy: 'Head of Engineering', approvalDate: '2026-04-01',
      }),
      aRisk({ id: 'R-2', row: 6, likelihood: 3, impact: 3, treatment: 'accept', owner: 'CTO', approvedBy: 'CTO', approvalDate: '2026-04-01' }),
      aRisk({ id: 'R-3', row: 7, likelihood: 1, impact: 2 }),
      aRisk({ id: 'R-4', row: 8, likelihood: 5, impact: 5, treatment: 'accept', owner: 'CEO', approvedBy: 'ceo', approvalDate: '2026-04-01' }),
    ];
    expect(riskRules(contextFor(risks))).toEqual([]);
  });

  it('point at the risk\'s id cell when the register has no column for the field', () => {
    const noReviewColumn: RegisterLocation = {
      ...ACME_LOCATION,
      mapping: { ...ACME_LOCATION.mapping, lastReview: undefined },
    };
    const findings = riskRules(contextFor([aRisk({ row: 12, lastReview: null })], { location: noReviewColumn }));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['review-missing', 'A12']]);
  });

  it('always anchor a finding on the row of the risk it is about', () => {
    const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const spec: fc.Arbitrary<RiskSpec> = fc.record({
      row: fc.integer({ min: 5, max: 5000 }),
      likelihood: level,
      impact: level,
      residualLikelihood: level,
      residualImpact: level,
      treatment: fc.constantFrom('mitigate', 'transfer', 'avoid', 'accept', null),
      owner: fc.constantFrom('', 'CISO'),
      approvedBy: fc.constantFrom('', 'CEO'),
      approvalDate: fc.constantFrom(null, '2026-02-01'),
      lastReview: fc.constantFrom(null, '2024-12-31', '2026-10-01'),
      controls: fc.array(fc.constantFrom(control('5.17'), control2013('A.9.2.3', '8.2'), unknownControl('12.9')), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(spec, (s) => {
        const risk = aRisk(s);
        for (const f of riskRules(contextFor([risk]))) {
          expect(parseCell(f.cell)?.row).toBe(risk.row);
          expect(f.message).not.toMatch(/\{\w+\}/);
          expect(f.fix).not.toMatch(/\{\w+\}/);
        }
      }),
    );
  });
});
