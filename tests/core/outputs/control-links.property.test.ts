/**
 * Which risks each control is linked to (the SoA's "Linked risks", the Control view) and which
 * (risk, control) pairs the RTP plans: each risk id once per control, each pair once, in register
 * order, however ids repeat or differ only in case. Held to a plain scan of the lists, which is
 * what the lookups replaced.
 */
import fc from 'fast-check';
import { controlLinks, riskControlIds, treatedPairs } from '../../../core/outputs/links';
import type { RiskSpec } from './fixtures';
import { risk } from './fixtures';

const spec: fc.Arbitrary<RiskSpec> = fc.record({
  id: fc.constantFrom('R-1', 'r-1', 'R-2', ' R-2 ', 'R-3', ''),
  threat: fc.constant('A threat'),
  owner: fc.constant('Dana Ito'),
  l: fc.constant(3),
  i: fc.constant(3),
  treatment: fc.constantFrom('mitigate', 'transfer', 'accept', null),
  controls: fc.array(fc.constantFrom('5.1', '8.2', '8.24', 'A.9.2.3', 'ACME-01', 'Clause 6.1'), { maxLength: 3 }),
}) as fc.Arbitrary<RiskSpec>;

describe('the links between risks and controls', () => {
  it('list each risk id once per control, in register order', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const risks = specs.map((s, n) => risk(s, n + 1));
        const expected = new Map<string, string[]>();
        for (const r of risks) {
          const id = r.id.trim();
          if (id === '') continue;
          for (const c of riskControlIds(r, 'annex-a')) {
            const list = expected.get(c.toUpperCase()) ?? [];
            if (!list.includes(id)) list.push(id);
            expected.set(c.toUpperCase(), list);
          }
        }
        expect(new Map(controlLinks(risks))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('plan each treated (risk, control) pair once', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const risks = specs.map((s, n) => risk(s, n + 1));
        const keys = treatedPairs(risks).map((p) => `${p.risk.id.trim().toUpperCase()}|${p.controlId.toUpperCase()}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
  });
});
