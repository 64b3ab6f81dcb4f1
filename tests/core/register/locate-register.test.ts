import { locateRegister } from '../../../core/register/locate-register';
import type { Finding } from '../../../core/findings/finding';
import { ACME_REGISTER, sheet, workbook } from './fixtures';
import type { Grid } from './fixtures';

const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

describe('locating the register', () => {
  it('finds the header below a merged title and maps every column', () => {
    const grid: Grid = [
      ['Information security risk register 2026', null, null, null, null, null, null],
      ['Owner: CISO · Version 3', null, null, null, null, null, null],
      [null],
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Comments'],
      ['R-1', 'Phishing', 4, 3, 'CISO', 'Mitigate', 'see ticket'],
    ];
    const { location, findings } = locateRegister(workbook(sheet('Register', grid, { merges: ['A1:G1', 'A2:G2'] })));
    expect(findings).toEqual([]);
    expect(location).toEqual({
      sheet: 'Register',
      headerRow: 3,
      mapping: { id: 0, threat: 1, likelihood: 2, impact: 3, owner: 4, treatment: 5 },
      userColumns: [6],
      source: 'detected',
    });
  });

  it('finds a header as low as row 20', () => {
    const grid: Grid = [...Array.from({ length: 19 }, (_, i) => [`Instructions line ${i + 1}`]), ['ID', 'Description', 'Probability', 'Severity', 'Owner'], ['1', 'Outage', 2, 2, 'Ops']];
    const { location } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location?.headerRow).toBe(19);
  });

  it('does not look below row 20', () => {
    const grid: Grid = [...Array.from({ length: 20 }, () => ['notes']), ['ID', 'Description', 'Probability', 'Severity', 'Owner']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: 'register-not-found', sheet: '', cell: '' })]);
  });

  it('reads the synonyms Ref, Probability, Consequence and Response', () => {
    const grid: Grid = [['Ref', 'Scenario', 'Probability', 'Consequence', 'Owner', 'Response'], ['OPS-1', 'DC flood', 1, 5, 'COO', 'Transfer']];
    const { location, findings } = locateRegister(workbook(sheet('Sheet1', grid)));
    expect(findings).toEqual([]);
    expect(location?.mapping).toEqual({ id: 0, description: 1, likelihood: 2, impact: 3, owner: 4, treatment: 5 });
  });

  it('prefers the sheet whose header names the most fields', () => {
    const actions: Grid = [['ID', 'Action', 'Owner', 'Status'], ['A-1', 'Patch', 'Ops', 'Open']];
    const { location } = locateRegister(workbook(sheet('Actions', actions), sheet('Register', ACME_REGISTER)));
    expect(location?.sheet).toBe('Register');
  });

  it('takes the first of two equally good sheets', () => {
    const { location } = locateRegister(workbook(sheet('2025', ACME_REGISTER), sheet('2026', ACME_REGISTER)));
    expect(location?.sheet).toBe('2025');
  });

  it('skips Riskbook\'s own sheets', () => {
    const rtp: Grid = [['Risk ID', 'Control', 'Action', 'Owner', 'Due date', 'Status', 'Threat']];
    const { location } = locateRegister(workbook(sheet('Risk Treatment Plan', rtp), sheet('Register', ACME_REGISTER)));
    expect(location?.sheet).toBe('Register');
  });

  it('uses the sheet the user chose', () => {
    const { location } = locateRegister(workbook(sheet('2025', ACME_REGISTER), sheet('2026', ACME_REGISTER)), { sheet: '2026' });
    expect(location?.sheet).toBe('2026');
  });

  it('needs an id column and two other fields, or without ids a threat, likelihood, impact and one more', () => {
    expect(locateRegister(workbook(sheet('S', [['Threat', 'Likelihood', 'Impact']]))).location).toBeNull();
    expect(locateRegister(workbook(sheet('S', [['ID', 'Owner']]))).location).toBeNull();
    expect(locateRegister(workbook(sheet('S', [['Threat', 'Likelihood', 'Impact', 'Owner']]))).location?.mapping).toEqual({ threat: 0, likelihood: 1, impact: 2, owner: 3 });
  });

  it('does not take a row-number column for the risk id', () => {
    const grid: Grid = [['No.', 'Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'], [1, 'R-7', 'Fire', 1, 4, 'COO']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(findings).toEqual([]);
    expect(location?.mapping.id).toBe(1);
    expect(location?.userColumns).toEqual([0]);
  });

  it('uses the first of two columns claiming one field as plainly and warns', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Risk owner name'], ['R1', 'x', 1, 1, 'a', 'b']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location?.mapping.owner).toBe(4);
    expect(location?.userColumns).toEqual([5]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'register-column-ambiguous', sheet: 'Risks', cell: 'F1', message: 'Columns E and F both look like Risk owner; E is used.' }),
    ]);
  });

  it('reports each missing required column at the header row', () => {
    const grid: Grid = [[null, 'Risk ID', 'Asset', 'Likelihood', 'Notes'], [null, 'R1', 'CRM', 2, '']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location).not.toBeNull();
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['register-column-missing', 'B1', 'The register has no Risk owner column.'],
      ['register-column-missing', 'B1', 'The register has no Impact column.'],
      ['register-column-missing', 'B1', 'The register has no Threat or Description column.'],
    ]);
  });

  it('accepts C, I and A columns instead of one impact column', () => {
    const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'C', 'I', 'A', 'Owner'], ['R1', 'Leak', 3, 4, 2, 1, 'DPO']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(findings).toEqual([]);
    expect(location?.mapping).toMatchObject({ impactC: 3, impactI: 4, impactA: 5 });
  });

  it('reads Likelihood and Impact under a merged "Residual risk" label as residual', () => {
    const grid: Grid = [
      [null, null, 'Inherent risk', null, null, 'Residual risk', null, null],
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Score', 'Likelihood', 'Impact', 'Score', 'Owner'],
      ['R1', 'Ransomware', 4, 5, 20, 2, 5, 10, 'CISO'],
    ];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid, { merges: ['C1:E1', 'F1:H1'] })));
    expect(findings).toEqual([]);
    expect(location?.mapping).toEqual({
      id: 0,
      threat: 1,
      likelihood: 2,
      impact: 3,
      residualLikelihood: 5,
      residualImpact: 6,
      owner: 8,
    });
    // The team's own Score columns: read and compared, never Riskbook's to write.
    expect(location?.teamColumns).toEqual({ inherentScore: 4, residualScore: 7 });
  });

  it('warns when a register has a header but no risks', () => {
    const grid: Grid = [['Risk register'], ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner']];
    const { location, findings } = locateRegister(workbook(sheet('Risks', grid)));
    expect(location?.headerRow).toBe(1);
    expect(codes(findings)).toEqual(['register-empty']);
    expect(findings[0]).toMatchObject({ sheet: 'Risks', cell: 'A3', message: 'The register on "Risks" has no risks below its header.' });
  });

  it('reports register-not-found when no sheet looks like a register', () => {
    const { location, findings } = locateRegister(workbook(sheet('Budget', [['Item', 'Cost'], ['Laptops', 1200]])));
    expect(location).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: 'register-not-found', severity: 'error', sheet: '', cell: '' })]);
  });

  describe('with a saved mapping', () => {
    it('wins over detection while its headers are present', () => {
      const grid: Grid = [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Gut feeling'], ['R1', 'x', 1, 2, 'me', 5]];
      const saved = { sheet: 'Risks', headerRow: 0, fields: { id: { header: 'Risk ID' }, impact: { header: 'Gut feeling' } } };
      const { location } = locateRegister(workbook(sheet('Risks', grid)), { saved });
      expect(location?.source).toBe('saved');
      expect(location?.mapping.impact).toBe(5);
      expect(location?.mapping.likelihood).toBe(2);
      expect(location?.userColumns).toEqual([3]);
    });

    it('follows its headers when columns moved and rows were inserted above', () => {
      const grid: Grid = [['New banner'], ['Owner', 'Threat', 'Likelihood', 'Gut feeling', 'Risk ID'], ['me', 'x', 1, 2, 'R1']];
      const saved = { sheet: 'Risks', headerRow: 0, fields: { id: { header: 'Risk ID', column: 0 }, impact: { header: 'Gut feeling', column: 3 } } };
      const { location } = locateRegister(workbook(sheet('Risks', grid)), { saved });
      expect(location).toMatchObject({ headerRow: 1, source: 'saved', mapping: { id: 4, impact: 3, owner: 0 } });
    });

    it('falls back to detection when a saved header is gone', () => {
      const saved = { sheet: 'Register', headerRow: 2, fields: { impact: { header: 'Gut feeling' } } };
      const { location } = locateRegister(workbook(sheet('Register', ACME_REGISTER)), { saved });
      expect(location?.source).toBe('detected');
      expect(location?.mapping.impact).toBe(4);
    });
  });
});
