/**
 * Where several columns could be one field, the one that names it outright wins and the others
 * stay the team's: "Risk owner" over "Owner" over "Asset owner", "Last reviewed" over a plain
 * "Review Date" (which is then the next review), an explicit stage over a bare word. A team's
 * "Inherent Risk" or "Risk Rating" is its own level (or score, when it holds numbers), read and
 * compared, never Riskbook's to write. Only columns of equal standing are ambiguous.
 */
import { locateRegister } from '../../../core/register/locate-register';
import type { Grid } from './fixtures';
import { sheet, workbook } from './fixtures';

const locate = (grid: Grid) => locateRegister(workbook(sheet('Risks', grid)));
const codes = (grid: Grid): string[] => locate(grid).findings.map((f) => f.code);

describe('competing columns', () => {
  it('takes "Risk owner" over "Owner" and "Asset owner", and says so without a warning', () => {
    const grid: Grid = [
      ['Risk ID', 'Asset', 'Asset owner', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Risk owner'],
      ['R-1', 'CRM', 'Sales lead', 'Leak', 2, 4, 'IT', 'CISO'],
    ];
    const { location, findings } = locate(grid);
    expect(location?.mapping.owner).toBe(7);
    expect(findings).toEqual([]);
    expect(location?.reading?.passedOver).toEqual([
      { col: 2, field: 'owner', by: 7 },
      { col: 6, field: 'owner', by: 7 },
    ]);
    expect(location?.userColumns).toEqual([2, 6]);
  });

  it('takes "Asset Owner" or "Risk Mitigation Responsibility" as the owner only where nothing names the risk owner', () => {
    const asset = locate([['Risk ID', 'Asset', 'Asset Owner', 'Threat', 'Likelihood', 'Impact'], ['R-1', 'CRM', 'Sales lead', 'Leak', 2, 4]]);
    expect(asset.location?.mapping.owner).toBe(2);
    expect(asset.location?.reading?.columns).toEqual([expect.objectContaining({ col: 2, field: 'owner', how: 'fallback' })]);
    const mitigation = locate([['Ref', 'Threat', 'Likelihood', 'Impact', 'Risk Mitigation Responsibility'], ['R-1', 'Leak', 2, 4, 'IT']]);
    expect(mitigation.location?.mapping.owner).toBe(4);
  });

  it('reads a plain "Review Date" beside "Last Reviewed" as the next review', () => {
    const { location, findings } = locate([
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Review Date', 'Last Reviewed'],
      ['R-1', 'Leak', 2, 4, 'IT', 46300, 45900],
    ]);
    expect(findings).toEqual([]);
    expect(location?.mapping).toMatchObject({ lastReview: 6, nextReview: 5 });
    expect(location?.reading?.columns).toEqual([expect.objectContaining({ col: 5, field: 'nextReview', how: 'priority', detail: 6 })]);
  });

  it('reads a lone "Review Date" as the last review when it holds dates, and as the next review when it holds a schedule', () => {
    const header = ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Review Date'];
    expect(locate([header, ['R-1', 'Leak', 2, 4, 'IT', 45900], ['R-2', 'Fire', 1, 5, 'COO', '2025-11-03']]).location?.mapping.lastReview).toBe(5);
    const schedule = locate([header, ['R-1', 'Leak', 2, 4, 'IT', 'Q2 2026'], ['R-2', 'Fire', 1, 5, 'COO', 'Monthly']]).location;
    expect(schedule?.mapping.lastReview).toBeUndefined();
    expect(schedule?.mapping.nextReview).toBe(5);
  });

  it('never reads "Next review" as the last review', () => {
    expect(locate([['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Next review date'], ['R-1', 'Leak', 2, 4, 'IT', 46300]]).location?.mapping).toMatchObject({
      nextReview: 5,
    });
  });

  it("reads a team's \"Inherent Risk\" and \"Residual Risk\" of words as its own levels, and of numbers as its own scores", () => {
    const words = locate([
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Inherent Risk', 'Residual Risk', 'Risk Owner'],
      ['RISK-001', 'Remote exploit', 'High', 'High', 'Critical', 'Medium', 'IT Ops'],
    ]).location;
    expect(words?.teamColumns).toEqual({ inherentLevel: 4, residualLevel: 5 });
    const numbers = locate([
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Inherent Risk', 'Residual Risk', 'Risk Owner'],
      ['RISK-001', 'Remote exploit', 4, 5, 20, 8, 'IT Ops'],
    ]).location;
    expect(numbers?.teamColumns).toEqual({ inherentScore: 4, residualScore: 5 });
    // Never Riskbook's rating, score or level to write.
    expect(numbers?.mapping).not.toHaveProperty('inherentScore');
  });

  it("reads a team's numeric band column beside its score column as its level", () => {
    const { location } = locate([['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk Score', 'Risk Rating', 'Owner'], ['R-1', 'Leak', 4, 5, 20, 3, 'IT']]);
    expect(location?.teamColumns).toEqual({ inherentScore: 4, inherentLevel: 5 });
  });

  it('takes the likelihood that says its stage over a bare "Likelihood" beside it', () => {
    const { location } = locate([['Risk ID', 'Threat', 'Likelihood', 'Velocity', '(Total Inherent) Likelihood', 'Impact', 'Owner'], ['R-1', 'Leak', 'Likely', 'Fast', 3, 4, 'IT']]);
    expect(location?.mapping.likelihood).toBe(4);
    expect(location?.reading?.passedOver).toEqual([{ col: 2, field: 'likelihood', by: 4 }]);
  });

  it('takes the inherent columns over "current" ones, and the planned controls over the existing ones', () => {
    const { location, findings } = locate([
      ['ref_id', 'name', 'inherent_proba', 'inherent_impact', 'existing_controls', 'current_proba', 'current_impact', 'additional_controls', 'riskOwner'],
      ['R01', 'Leak', 'likely', 'major', 'alpha', 'likely', 'minor', 'beta', 'CISO'],
    ]);
    expect(location?.mapping).toEqual({ id: 0, title: 1, likelihood: 2, impact: 3, controls: 7, owner: 8 });
    expect(findings).toEqual([]);
  });

  it('warns only where two columns name a field equally plainly', () => {
    expect(codes([['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Owner'], ['R1', 'x', 1, 1, 'a', 'b']])).toEqual(['register-column-ambiguous']);
    expect(codes([['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Risk owner'], ['R1', 'x', 1, 1, 'a', 'b']])).toEqual([]);
  });

  it('uses, of two equally plain approver columns, the one beside the approval date', () => {
    const { location } = locate([
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Approved by', 'Comments', 'Date of acceptance', 'Approved by'],
      ['R1', 'x', 1, 1, 'a', 'Director', '', 45900, 'CFO'],
    ]);
    expect(location?.mapping).toMatchObject({ approvalDate: 7, approvedBy: 8 });
    expect(location?.reading?.ambiguous).toEqual([{ field: 'approvedBy', first: 8, second: 5 }]);
  });

  it('keeps "Risk Title" and "Description" side by side as two fields', () => {
    const { location, findings } = locate([['ID', 'Risk Title', 'Description', 'Likelihood', 'Impact', 'Owner'], ['R-001', 'Ransomware', 'Attackers encrypt…', 4, 5, 'IT']]);
    expect(location?.mapping).toMatchObject({ title: 1, description: 2 });
    expect(findings).toEqual([]);
  });
});
