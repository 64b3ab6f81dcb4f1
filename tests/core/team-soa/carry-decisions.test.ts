/**
 * Carrying a team SoA's decisions to the controls of Riskbook's SoA: a 2022 SoA as it is, a 2013
 * SoA through the published 2013 → 2022 mapping, where several predecessors meet in one control
 * and nothing is chosen silently.
 */
import * as fc from 'fast-check';
import { ANNEX_A_2013_TO_2022 } from '../../../core/annex-a/catalogue-data';
import { ANNEX_A_CATALOGUE, createCatalogue, successorsOf2013 } from '../../../core/annex-a/catalogue';
import type { CarriedDecision, CarryResult } from '../../../core/team-soa/carry-decisions';
import { carryDecisions } from '../../../core/team-soa/carry-decisions';
import type { RowSpec } from './carry-fixtures';
import { teamSoa } from './carry-fixtures';

function decisionOf(result: CarryResult, id: string): CarriedDecision {
  const d = result.decisions.find((x) => x.controlId === id);
  if (!d) throw new Error(`no decision for ${id}`);
  return d;
}

const OWN = createCatalogue([{ id: 'ACME-01', title: 'Clean desk sweeps', theme: 'Custom', annexA: false }]);
const carry2013 = (rows: readonly RowSpec[]): CarryResult => carryDecisions(teamSoa('2013', rows), ANNEX_A_CATALOGUE);
const carry2022 = (rows: readonly RowSpec[]): CarryResult => carryDecisions(teamSoa('2022', rows), ANNEX_A_CATALOGUE);

describe('a 2022 SoA is copied as it is', () => {
  const result = carry2022([
    {
      id: '5.15', applicable: 'yes', reasons: { legal: true, risk: true }, justification: 'Access policy AC-01', status: 'Implemented',
      notes: 'Reviewed with HR', evidence: 'AC-01 v3', owner: 'CISO', lastReviewed: 45300,
    },
    { id: '7.4', applicable: 'no', exclusionJustification: 'No premises of our own: hosted offices only' },
    { id: '8.1', applicable: null },
  ]);

  it('carries every field of a listed control, from its one row', () => {
    expect(decisionOf(result, '5.15')).toMatchObject({
      applicable: 'yes', partial: false, reasons: { legal: true, risk: true, contractual: false }, justification: 'Access policy AC-01',
      implementationStatus: 'Implemented', implementationNotes: 'Reviewed with HR', evidence: 'AC-01 v3', owner: 'CISO', lastReviewed: 45300, conflict: null,
    });
    expect(decisionOf(result, '5.15').sources.map((s) => s.id)).toEqual(['5.15']);
    expect(decisionOf(result, '7.4')).toMatchObject({ applicable: 'no', exclusionJustification: 'No premises of our own: hosted offices only' });
  });

  it('leaves a control the SoA does not list, or lists undecided, without a decision', () => {
    expect(decisionOf(result, '5.1')).toMatchObject({ applicable: null, sources: [], justification: '' });
    expect(decisionOf(result, '8.1')).toMatchObject({ applicable: null, conflict: null });
  });

  it('gives one decision per control of the catalogue, the team’s own included, and no new controls', () => {
    // The reader names Annex A controls only: an own control's row keeps its id as typed.
    const withOwn = carryDecisions(teamSoa('2022', [{ id: '', typed: 'ACME-01', applicable: 'yes' }]), OWN);
    expect(withOwn.decisions).toHaveLength(94);
    expect(decisionOf(withOwn, 'ACME-01').applicable).toBe('yes');
    expect(result.newControls).toEqual([]);
  });

  it('carries the first row of a control listed twice (the reader reports the second)', () => {
    const twice = carry2022([{ id: '5.2', applicable: 'yes', owner: 'CISO' }, { id: '5.2', applicable: 'no', owner: 'CTO' }]);
    expect(decisionOf(twice, '5.2')).toMatchObject({ applicable: 'yes', owner: 'CISO', conflict: null });
  });

  it('reports a decided row under an id Annex A 2022 does not have, and ignores one that decides nothing', () => {
    const odd = carry2022([{ id: '', typed: '5.99', applicable: 'yes' }, { id: '', typed: '9.9' }, { id: '', typed: 'Notes', justification: '' }]);
    expect(odd.unmapped.map((r) => r.typedId)).toEqual(['5.99']);
  });

  it('keeps "partially applicable" as applicable, with a note that says so', () => {
    const partly = carry2022([{ id: '8.20', applicable: 'partial', applicableText: 'Teilweise' }]);
    expect(decisionOf(partly, '8.20')).toMatchObject({ applicable: 'yes', partial: true });
    expect(decisionOf(partly, '8.20').implementationNotes).toBe('Applicable in part (the team\'s SoA says "Teilweise").');
  });
});

describe('a 2013 SoA is carried through the 2013 → 2022 mapping', () => {
  it('carries one predecessor’s texts as they are', () => {
    const d = decisionOf(carry2013([{ id: 'A.6.1.2', applicable: 'yes', justification: 'Four-eyes on payments', evidence: 'FIN-07' }]), '5.3');
    expect(d).toMatchObject({ applicable: 'yes', justification: 'Four-eyes on payments', evidence: 'FIN-07' });
    expect(d.sources.map((s) => s.id)).toEqual(['A.6.1.2']);
  });

  it('puts each predecessor’s id in front of its text where several meet, one id list per distinct text', () => {
    const d = decisionOf(carry2013([
      { id: 'A.12.4.1', applicable: 'yes', justification: 'Logging standard LOG-01', evidence: 'SIEM dashboard' },
      { id: 'A.12.4.2', applicable: 'yes', justification: 'Logging standard LOG-01', evidence: 'WORM bucket' },
      { id: 'A.12.4.3', applicable: 'yes', justification: 'Admin actions reviewed weekly', evidence: 'SIEM dashboard' },
    ]), '8.15');
    expect(d.applicable).toBe('yes');
    expect(d.justification).toBe('A.12.4.1, A.12.4.2: Logging standard LOG-01; A.12.4.3: Admin actions reviewed weekly');
    expect(d.evidence).toBe('A.12.4.1, A.12.4.3: SIEM dashboard; A.12.4.2: WORM bucket');
    expect(d.sources.map((s) => s.id)).toEqual(['A.12.4.1', 'A.12.4.2', 'A.12.4.3']);
  });

  it('prefixes the text even when only one of several predecessors wrote one', () => {
    const d = decisionOf(carry2013([{ id: 'A.12.4.1', applicable: 'yes', owner: 'SecOps' }, { id: 'A.12.4.3', applicable: 'yes' }]), '8.15');
    expect(d.owner).toBe('A.12.4.1: SecOps');
  });

  it('keeps the least advanced status where predecessors differ, and says so in the notes', () => {
    const d = decisionOf(carry2013([
      { id: 'A.9.2.2', applicable: 'yes', status: 'Implemented', notes: 'Joiner flow in HR system' },
      { id: 'A.9.2.5', applicable: 'yes', status: 'In progress' },
      { id: 'A.9.2.6', applicable: 'yes', status: 'implemented' },
    ]), '5.18');
    expect(d.implementationStatus).toBe('In progress');
    expect(d.implementationNotes).toBe(
      'A.9.2.2: Joiner flow in HR system\nImplementation statuses differed (A.9.2.2, A.9.2.6 Implemented, A.9.2.5 In progress): the least advanced, In progress, is kept.',
    );
  });

  it('orders statuses typed in other languages too', () => {
    const d = decisionOf(carry2013([{ id: 'A.17.1.1', status: 'Umgesetzt' }, { id: 'A.17.1.2', status: 'Geplant' }, { id: 'A.17.1.3', status: 'Teilweise' }]), '5.29');
    expect(d.implementationStatus).toBe('Geplant');
  });

  it('keeps every status with its ids, and asks for one, when they name no stage to order', () => {
    const d = decisionOf(carry2013([{ id: 'A.13.2.1', status: 'Implemented' }, { id: 'A.13.2.2', status: 'See ticket SEC-12' }]), '5.14');
    expect(d.implementationStatus).toBe('A.13.2.1: Implemented; A.13.2.2: See ticket SEC-12');
    expect(d.implementationNotes).toMatch(/cannot be ordered: choose one\.$/);
  });

  it('decides yes when every decided predecessor says yes, no when every one says no; undecided ones do not count', () => {
    const r = carry2013([
      { id: 'A.8.3.1', applicable: 'yes' }, { id: 'A.8.3.2', applicable: null }, { id: 'A.8.3.3', applicable: 'yes' },
      { id: 'A.13.2.1', applicable: 'no', exclusionJustification: 'No transfers' }, { id: 'A.13.2.3', applicable: 'no' },
    ]);
    expect(decisionOf(r, '7.10')).toMatchObject({ applicable: 'yes', conflict: null });
    expect(decisionOf(r, '5.14')).toMatchObject({ applicable: 'no', conflict: null, exclusionJustification: 'A.13.2.1: No transfers' });
  });

  it('leaves applicability open where predecessors disagree, naming each side', () => {
    const d = decisionOf(carry2013([
      { id: 'A.12.1.2', applicable: 'yes' }, { id: 'A.14.2.2', applicable: 'no', exclusionJustification: 'No in-house development' },
      { id: 'A.14.2.3', applicable: 'no' }, { id: 'A.14.2.4', applicable: 'yes' },
    ]), '8.32');
    expect(d.applicable).toBeNull();
    expect(d.conflict).toEqual({ yes: ['A.12.1.2', 'A.14.2.4'], no: ['A.14.2.2', 'A.14.2.3'] });
    expect(d.implementationNotes).toBe('Applicability left open: A.12.1.2, A.14.2.4 applicable, A.14.2.2, A.14.2.3 excluded. Decide for the whole control.');
  });

  it('carries a 2013 control that became two 2022 controls to both', () => {
    const r = carry2013([{ id: 'A.18.2.3', applicable: 'yes', justification: 'Yearly pentest' }]);
    expect(decisionOf(r, '8.8')).toMatchObject({ applicable: 'yes', justification: 'Yearly pentest' });
    // 5.36 also took over A.18.2.2, which this SoA does not list: one source, so no id in front.
    expect(decisionOf(r, '5.36')).toMatchObject({ applicable: 'yes', justification: 'Yearly pentest' });
    expect(successorsOf2013('A.18.2.3')).toEqual(['5.36', '8.8']);
  });

  it('keeps the earliest review date: a control is reviewed only as far as its least recently reviewed part', () => {
    expect(decisionOf(carry2013([{ id: 'A.5.1.1', lastReviewed: 45400 }, { id: 'A.5.1.2', lastReviewed: 45100 }]), '5.1').lastReviewed).toBe(45100);
  });

  it('marks a reason when any predecessor marks it', () => {
    const d = decisionOf(carry2013([{ id: 'A.8.1.1', applicable: 'yes', reasons: { contractual: true } }, { id: 'A.8.1.2', applicable: 'yes', reasons: { legal: true } }]), '5.9');
    expect(d.reasons).toEqual({ risk: false, legal: true, contractual: true, business: false, bestPractice: false });
  });

  it('names the eleven controls new in 2022: no 2013 control carries into them', () => {
    expect(carry2013([]).newControls).toEqual(['5.7', '5.23', '5.30', '7.4', '8.9', '8.10', '8.11', '8.12', '8.16', '8.23', '8.28']);
  });

  it('reports a decided row whose id the 2013 edition does not have; an objective heading with no decision is left alone', () => {
    const r = carry2013([{ id: '', typed: 'A.9.4' }, { id: '', typed: 'A.6.1.9', applicable: 'yes' }, { id: 'A.5.1.1', applicable: 'yes' }]);
    expect(r.unmapped.map((row) => row.typedId)).toEqual(['A.6.1.9']);
  });

  it('carries the team’s own controls as they are: they have no edition', () => {
    const r = carryDecisions(teamSoa('2013', [{ id: '', typed: 'ACME-01', applicable: 'no', exclusionJustification: 'No clean desk policy' }]), OWN);
    expect(decisionOf(r, 'ACME-01')).toMatchObject({ applicable: 'no', exclusionJustification: 'No clean desk policy' });
    expect(r.unmapped).toEqual([]);
  });
});

describe('property: nothing is lost or made up on the way from 2013 to 2022', () => {
  const IDS = [...new Set(ANNEX_A_2013_TO_2022.map((e) => e.id2013))];
  const word = fc.constantFrom('alpha', 'bravo', 'charlie', 'delta');
  const row = (id: string) =>
    fc.record({
      applicable: fc.constantFrom<RowSpec['applicable']>('yes', 'no', 'partial', null),
      justification: fc.oneof(fc.constant(''), word),
      evidence: fc.oneof(fc.constant(''), word),
      owner: fc.oneof(fc.constant(''), word),
      status: fc.constantFrom('', 'Implemented', 'Planned', 'In progress', 'Not started'),
    }).map((r): RowSpec => ({ id, ...r }));
  const soa = fc.subarray(IDS, { minLength: 1, maxLength: 30 }).chain((ids) => fc.tuple(...ids.map(row)));

  /** Each part of a carried text: the text itself (one source) or "ids: text" parts (several). */
  function parts(d: CarriedDecision, text: string): { ids: string[]; text: string }[] {
    if (text === '') return [];
    if (d.sources.length === 1) return [{ ids: [d.sources[0]!.id], text }];
    return text.split('; ').map((p) => {
      const [ids, t] = p.split(': ');
      return { ids: ids!.split(', '), text: t! };
    });
  }

  const FIELDS = ['justification', 'evidence', 'owner'] as const;

  it('every decision of the source appears under every successor, and every carried text traces back to a source id', () => {
    fc.assert(
      fc.property(soa, (rows) => {
        const result = carry2013(rows);
        for (const r of rows) {
          for (const successor of successorsOf2013(r.id)) {
            const d = decisionOf(result, successor);
            expect(d.sources.map((s) => s.id)).toContain(r.id);
            for (const f of FIELDS) {
              if (r[f] === '') continue;
              expect(parts(d, d[f]).some((p) => p.ids.includes(r.id) && p.text === r[f])).toBe(true);
            }
            const decided = d.sources.map((s) => s.row.applicability.decision).filter((x) => x !== null);
            if (r.applicable === 'yes' || r.applicable === 'partial') expect(d.applicable === 'yes' || (d.applicable === null && decided.includes('no'))).toBe(true);
            if (r.applicable === 'no') expect(d.applicable === 'no' || (d.applicable === null && decided.includes('yes'))).toBe(true);
          }
        }
        for (const d of result.decisions) {
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const f of FIELDS) {
            for (const p of parts(d, d[f])) {
              expect(p.ids.length).toBeGreaterThan(0);
              for (const id of p.ids) {
                expect(d.sources.map((s) => s.id)).toContain(id);
                expect(byId.get(id)?.[f]).toBe(p.text);
              }
            }
          }
          if (d.implementationStatus !== '') expect(d.sources.some((s) => s.row.implementationStatus === d.implementationStatus)).toBe(true);
          if (d.applicable !== null) expect(d.sources.some((s) => s.row.applicability.decision === d.applicable)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
