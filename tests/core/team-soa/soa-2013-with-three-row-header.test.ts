/**
 * A 2013 SoA as the classic templates lay it out: a title merged across the table, a header over
 * three rows (banners "Annex A control", "Applicability", "Implementation"; "Reasons for selection"
 * over LR | CO | BR/BP | RRA; the other headers merged down), clause and objective headings
 * between the controls, and decisions merged down over two controls. All 114 controls are read,
 * in 2013 numbering, with their decisions.
 */
import { findTeamSoa } from '../../../core/team-soa/locate-team-soa';
import { EXCLUDED_2013, IDS_2013, NOTHING_SKIPPED, SOA_2013_HEADER_ROW, soa2013, workbook } from './soa-fixtures';

describe('a 2013 SoA with a three-row merged header', () => {
  const soa = findTeamSoa(workbook(soa2013()), { skipSheets: NOTHING_SKIPPED })!;
  const byId = new Map(soa.rows.map((r) => [r.controlId, r]));

  it('is read at the lowest header row, with both banner rows above it', () => {
    expect(soa.location).toMatchObject({
      edition: '2013',
      headerRow: SOA_2013_HEADER_ROW,
      bannerRows: [SOA_2013_HEADER_ROW - 1, SOA_2013_HEADER_ROW - 2],
      columns: {
        controlId: 0, title: 1, applicable: 2, reasonLegal: 3, reasonContractual: 4, reasonBusiness: 5, reasonRisk: 6,
        exclusionJustification: 7, implementationStatus: 8, implementationNotes: 9, evidence: 10,
      },
    });
  });

  it('reads the 114 controls in 2013 numbering, and clause and objective headings as rows naming no control', () => {
    expect(soa.rows.filter((r) => r.controlId !== '').map((r) => r.controlId)).toEqual(IDS_2013);
    const headings = soa.rows.filter((r) => r.controlId === '').map((r) => r.typedId);
    expect(headings).toContain('A.5 Information security policies');
    // "A.5.1" is an objective in 2013 (and a control in 2022): here a heading.
    expect(headings).toContain('A.5.1');
    expect(soa.findings).toEqual([]);
  });

  it('reads every decision, the excluded controls with their justification', () => {
    expect(soa.rows.filter((r) => r.controlId !== '' && r.applicability.decision === null)).toEqual([]);
    for (const [id, why] of EXCLUDED_2013) expect(byId.get(id)).toMatchObject({ applicability: { decision: 'no' }, exclusionJustification: why });
  });

  it('gives a value merged down over two controls to both', () => {
    expect(byId.get('A.5.1.2')!.evidence).toBe(byId.get('A.5.1.1')!.evidence);
    expect(byId.get('A.9.4.2')!.applicability.decision).toBe('yes');
  });

  it('reads the LR / CO / BR/BP / RRA marks as the reasons', () => {
    expect(byId.get('A.5.1.1')!.reasons).toEqual({ risk: true, legal: true, contractual: true, business: false, bestPractice: false });
    expect(byId.get('A.5.1.2')!.reasons).toEqual({ risk: true, legal: false, contractual: false, business: false, bestPractice: false });
    expect(byId.get('A.5.1.1')!.cells).toMatchObject({ reasonLegal: 'D8', reasonRisk: 'G8', evidence: 'K8' });
  });
});
