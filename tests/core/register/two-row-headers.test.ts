/**
 * Two-row headers: a merged group banner over sub-headers is read as group + sub-header, the
 * header row is the lower one, and a header merged down over both rows counts in the lower row.
 */
import { locateRegister } from '../../../core/register/locate-register';
import { headerTexts } from '../../../core/register/header-row';
import type { Grid } from './fixtures';
import { sheet, workbook } from './fixtures';

describe('two-row headers', () => {
  it('reads Probability and Impact under "Inherent risk" and "Residual risk" banners by their group', () => {
    const grid: Grid = [
      ['Risk register 2026'],
      [],
      ['ID', 'Threat', 'Inherent risk', null, null, 'Residual risk', null, null, 'Owner'],
      [null, null, 'Probability', 'Impact', 'Score', 'Probability', 'Impact', 'Score', null],
      ['R-1', 'Ransomware', 4, 5, 20, 2, 5, 10, 'CISO'],
      ['R-2', 'Phishing', 3, 3, 9, 2, 2, 4, 'CISO'],
    ];
    const merges = ['A3:A4', 'B3:B4', 'C3:E3', 'F3:H3', 'I3:I4'];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid, { merges })));
    expect(findings).toEqual([]);
    // The header row is the sub-header row; the banner above it is part of the header, not a risk.
    expect(location?.headerRow).toBe(3);
    expect(location?.reading?.bannerRow).toBe(2);
    expect(location?.mapping).toEqual({ id: 0, threat: 1, likelihood: 2, impact: 3, residualLikelihood: 5, residualImpact: 6, owner: 8 });
    expect(location?.teamColumns).toEqual({ inherentScore: 4, residualScore: 7 });
    expect(location?.reading?.columns).toEqual([
      expect.objectContaining({ col: 5, field: 'residualLikelihood', how: 'group', detail: 'Residual risk' }),
      expect.objectContaining({ col: 6, field: 'residualImpact', how: 'group', detail: 'Residual risk' }),
      expect.objectContaining({ col: 7, field: 'residualScore', how: 'group', detail: 'Residual risk' }),
    ]);
  });

  it('carries a header merged down over both rows into the lower row', () => {
    const grid: Grid = [
      ['ID', 'Threat', 'Inherent risk', null, 'Owner'],
      [null, null, 'Likelihood', 'Impact', null],
      ['R-1', 'Fire', 1, 4, 'COO'],
    ];
    const snapshot = workbook(sheet('Risks', grid, { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] }));
    const { location } = locateRegister(snapshot);
    expect(location?.headerRow).toBe(1);
    expect(headerTexts(snapshot.sheets[0]!, 1)).toEqual(['ID', 'Threat', 'Likelihood', 'Impact', 'Owner']);
  });

  it('reads C, I and A under an "Information Security" banner as impact dimensions', () => {
    const grid: Grid = [
      ['No.', 'Asset', 'Threat', null, 'Information Security', null, null, 'Risk owner'],
      [null, null, 'Description', 'Probability', 'C', 'I', 'A', null],
      [1, 'CRM', 'Credential stuffing', 3, 4, 2, 1, 'Head of IT'],
    ];
    const { location } = locateRegister(workbook(sheet('Risk assessment', grid, { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:G1', 'H1:H2'] })));
    expect(location?.headerRow).toBe(1);
    expect(location?.mapping).toMatchObject({ id: 0, asset: 1, threat: 2, likelihood: 3, impactC: 4, impactI: 5, impactA: 6, owner: 7 });
  });

  it('reads banners in other languages: "Risiko vor Behandlung" and "Risiko nach Behandlung"', () => {
    const grid: Grid = [
      ['Nr.', 'Bedrohung', 'Risiko vor Behandlung', null, 'Risiko nach Behandlung', null, 'Risikoeigentümer'],
      [null, null, 'Wahrscheinlichkeit', 'Auswirkung', 'Wahrscheinlichkeit', 'Auswirkung', null],
      [1, 'Brand', 2, 4, 1, 4, 'COO'],
    ];
    const { location } = locateRegister(workbook(sheet('Risiken', grid, { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:G2'] })));
    expect(location?.mapping).toEqual({ id: 0, threat: 1, likelihood: 2, impact: 3, residualLikelihood: 4, residualImpact: 5, owner: 6 });
  });

  it('does not read a line of instructions just above the header as a group', () => {
    const grid: Grid = [
      ['Residual values are reviewed by the risk committee every year', null, null, null, null, null],
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Score', 'Owner'],
      ['R-1', 'Theft', 2, 3, 6, 'IT'],
    ];
    const { location } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location?.mapping).toEqual({ id: 0, threat: 1, likelihood: 2, impact: 3, owner: 5 });
    expect(location?.teamColumns).toEqual({ inherentScore: 4 });
    expect(location?.reading).toBeUndefined();
  });

  it('does not take a title merged across the whole table for a banner', () => {
    const grid: Grid = [
      ['Information security risk register', null, null, null, null],
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'],
      ['R-1', 'Theft', 2, 3, 'IT'],
    ];
    const { location } = locateRegister(workbook(sheet('Risks', grid, { merges: ['A1:E1'] })));
    expect(location?.headerRow).toBe(1);
    expect(location?.reading).toBeUndefined();
  });
});
