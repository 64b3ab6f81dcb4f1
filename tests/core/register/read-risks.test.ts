import { createCatalogue } from '../../../core/annex-a/catalogue';
import { serialFromIso } from '../../../core/dates';
import type { Finding } from '../../../core/findings/finding';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { ACME_REGISTER, FIVE_BY_FIVE, sheet, workbook } from './fixtures';
import type { Grid } from './fixtures';

const catalogue = createCatalogue([{ id: 'ACME-01', title: 'Quarterly access review', theme: 'Custom', annexA: false }]);

const HEADER = [
  'Risk ID', 'Asset', 'Threat', 'Description', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls',
  'Residual likelihood', 'Residual impact', 'Approved by', 'Approval date', 'Last review', 'Status',
];

/** One complete, clean risk row; tests overwrite single cells to create each problem. */
const CLEAN: CellValue[] = [
  'R-1', 'CRM', 'Credential stuffing', 'Attackers reuse leaked passwords', 'Likely', 'Major', 'Head of IT', 'Mitigate',
  '5.17, 8.5', 2, 4, 'CISO', serialFromIso('2026-02-01'), '2026-03-01', 'Open',
];

function register(...rows: CellValue[][]): WorkbookSnapshot {
  return workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ...rows]));
}

function row(changes: Record<number, CellValue>, base: CellValue[] = CLEAN): CellValue[] {
  const r = [...base];
  for (const [col, v] of Object.entries(changes)) r[Number(col)] = v;
  return r;
}

function read(snapshot: WorkbookSnapshot) {
  const { location } = locateRegister(snapshot);
  if (!location) throw new Error('fixture has no register');
  return readRisks(snapshot, location, FIVE_BY_FIVE, catalogue);
}

const brief = (fs: Finding[]): [string, string, string][] => fs.map((f) => [f.code, f.cell, f.message]);

describe('reading risks', () => {
  it('reads a clean row into a risk', () => {
    const { risks, findings } = read(register(CLEAN));
    expect(findings).toEqual([]);
    expect(risks).toEqual([
      {
        row: 2,
        id: 'R-1',
        title: '',
        asset: 'CRM',
        threat: 'Credential stuffing',
        vulnerability: '',
        description: 'Attackers reuse leaked passwords',
        owner: 'Head of IT',
        likelihood: { index: 3, value: 4 },
        impact: { index: 3, value: 4 },
        residualLikelihood: { index: 1, value: 2 },
        residualImpact: { index: 3, value: 4 },
        treatment: 'mitigate',
        treatmentText: 'Mitigate',
        controls: [
          { kind: 'control', raw: '5.17', id: '5.17' },
          { kind: 'control', raw: '8.5', id: '8.5' },
        ],
        approvedBy: 'CISO',
        approvalDate: serialFromIso('2026-02-01'),
        acceptanceRationale: '',
        lastReview: serialFromIso('2026-03-01'),
        status: 'Open',
        riskType: null,
      },
    ]);
  });

  it('reads levels typed as numbers, labels or dropdown options', () => {
    const { risks } = read(workbook(sheet('Register', ACME_REGISTER)));
    expect(risks.map((r) => [r.id, r.likelihood?.value, r.impact?.value])).toEqual([
      ['R-01', 4, 5],
      ['R-02', 2, 3],
      ['R-03', 3, 4],
    ]);
  });

  it('skips blank rows inside the table instead of stopping', () => {
    const { risks } = read(register(CLEAN, [], [null, '', '  '], row({ 0: 'R-2' })));
    expect(risks.map((r) => [r.id, r.row])).toEqual([
      ['R-1', 2],
      ['R-2', 5],
    ]);
  });

  it('skips rows numbered in advance that hold only an id', () => {
    const { risks, findings } = read(register(CLEAN, ['R-2'], ['R-3']));
    expect(risks).toHaveLength(1);
    expect(findings).toEqual([]);
  });

  it('skips a section heading typed in a merged banner', () => {
    const snapshot = workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ['Operational risks'], CLEAN], { merges: ['A3:O3'] }));
    expect(read(snapshot).risks.map((r) => r.id)).toEqual(['R-1']);
  });

  it('stringifies numbers typed in text fields', () => {
    const { risks } = read(register(row({ 0: 101, 6: 42 })));
    expect(risks[0]).toMatchObject({ id: '101', owner: '42' });
  });

  describe('scores', () => {
    it('flags a likelihood off the scale, listing the options', () => {
      const { risks, findings } = read(register(row({ 4: 7 })));
      expect(risks[0]!.likelihood).toBeNull();
      expect(findings).toEqual([
        expect.objectContaining({
          code: 'risk-level-off-scale',
          sheet: 'Risk register',
          cell: 'E3',
          message: 'Risk R-1: Likelihood "7" is not on the likelihood scale.',
          fix: 'Choose one of 1 - Rare, 2 - Unlikely, 3 - Possible, 4 - Likely, 5 - Almost certain.',
        }),
      ]);
    });

    it('flags an impact label that is not on the impact scale', () => {
      expect(brief(read(register(row({ 5: 'Catastrophic' }))).findings)).toEqual([
        ['risk-level-off-scale', 'F3', 'Risk R-1: Impact "Catastrophic" is not on the impact scale.'],
      ]);
    });

    it('does not trim: " 4" is off the scale, as it is for the register formula', () => {
      expect(read(register(row({ 4: ' 4' }))).findings.map((f) => f.code)).toEqual(['risk-level-off-scale']);
    });

    it('flags a risk with no inherent likelihood or impact as unscored', () => {
      expect(brief(read(register(row({ 4: null, 5: '' }))).findings)).toEqual([
        ['risk-unscored', 'E3', 'Risk R-1 has no likelihood.'],
        ['risk-unscored', 'F3', 'Risk R-1 has no impact.'],
      ]);
    });

    it('accepts a blank residual, but not one off the scale', () => {
      expect(read(register(row({ 9: null, 10: null }))).findings).toEqual([]);
      expect(brief(read(register(row({ 10: 9 }))).findings)).toEqual([
        ['risk-level-off-scale', 'K3', 'Risk R-1: Residual impact "9" is not on the impact scale.'],
      ]);
    });

    it('combines C, I and A by taking the highest, ignoring a dimension off the scale', () => {
      const grid: Grid = [
        ['Risk ID', 'Threat', 'Likelihood', 'Confidentiality impact', 'Integrity impact', 'Availability impact', 'Owner'],
        ['R-1', 'Leak', 3, 'Major', 2, 1, 'DPO'],
        ['R-2', 'Outage', 3, 'Huge', null, 2, 'Ops'],
        ['R-3', 'Typo', 3, null, null, null, 'Ops'],
      ];
      const { risks, findings } = read(workbook(sheet('Risks', grid)));
      expect(risks.map((r) => r.impact?.value ?? null)).toEqual([4, 2, null]);
      expect(brief(findings)).toEqual([
        ['risk-level-off-scale', 'D3', 'Risk R-2: Confidentiality impact "Huge" is not on the impact scale.'],
        ['risk-unscored', 'D4', 'Risk R-3 has no impact.'],
      ]);
    });
  });

  describe('treatment, controls and dates', () => {
    it('flags a treatment that is not an ISO 27005 option', () => {
      const { risks, findings } = read(register(row({ 7: 'Insure' })));
      expect(risks[0]).toMatchObject({ treatment: null, treatmentText: 'Insure' });
      expect(brief(findings)).toEqual([['treatment-unknown', 'H3', 'Risk R-1: treatment "Insure" is not a treatment option.']]);
    });

    it('reads the team\'s own and 2013 controls, and leaves a note in words beside them alone', () => {
      const { risks } = read(register(row({ 8: 'acme-01; A.12.4.1\nMFA' })));
      expect(risks[0]!.controls).toEqual([
        { kind: 'control', raw: 'acme-01', id: 'ACME-01' },
        { kind: 'annex-a-2013', raw: 'A.12.4.1', id2013: 'A.12.4.1', successors: ['8.15'] },
      ]);
    });

    it('reads unambiguous date text and refuses day/month guesses', () => {
      const { risks, findings } = read(register(row({ 12: '1 March 2026', 13: '03/04/2026' })));
      expect(risks[0]).toMatchObject({ approvalDate: serialFromIso('2026-03-01'), lastReview: null });
      expect(brief(findings)).toEqual([['risk-date-invalid', 'N3', 'Risk R-1: Last review "03/04/2026" is not a date Riskbook can read.']]);
    });

    it('flags an impossible date', () => {
      expect(brief(read(register(row({ 12: '31/13/2026' }))).findings)).toEqual([
        ['risk-date-invalid', 'M3', 'Risk R-1: Approval date "31/13/2026" is not a date Riskbook can read.'],
      ]);
    });
  });

  describe('error values', () => {
    it('reports #N/A and #REF! at their cells and reads them as blank', () => {
      const { risks, findings } = read(register(row({ 1: { error: '#REF!' }, 5: { error: '#N/A' }, 12: { error: '#VALUE!' } })));
      expect(risks[0]).toMatchObject({ asset: '', impact: null, approvalDate: null });
      expect(brief(findings)).toEqual([
        ['risk-cell-error', 'B3', 'Risk R-1: Asset holds the error #REF!.'],
        ['risk-cell-error', 'F3', 'Risk R-1: Impact holds the error #N/A.'],
        ['risk-cell-error', 'M3', 'Risk R-1: Approval date holds the error #VALUE!.'],
      ]);
    });

    it('reports an error in the id once, as the error', () => {
      expect(brief(read(register(row({ 0: { error: '#N/A' } }))).findings)).toEqual([
        ['risk-cell-error', 'A3', 'Risk on row 3: Risk ID holds the error #N/A.'],
      ]);
    });
  });

  describe('identity and ownership', () => {
    it('flags a risk without an id', () => {
      const { risks, findings } = read(register(row({ 0: null })));
      expect(risks[0]!.id).toBe('');
      expect(brief(findings)).toEqual([['risk-id-missing', 'A3', 'Row 3 has risk data but no risk id.']]);
    });

    it('flags the second of two risks sharing an id, naming the first row', () => {
      const { risks, findings } = read(register(CLEAN, row({ 2: 'Phishing' }), row({ 0: 'r-1 ' })));
      expect(risks).toHaveLength(3);
      expect(brief(findings)).toEqual([
        ['risk-id-duplicate', 'A4', 'Risk id "R-1" is also used on row 3.'],
        ['risk-id-duplicate', 'A5', 'Risk id "r-1" is also used on row 3.'],
      ]);
    });

    it('flags a risk without an owner', () => {
      expect(brief(read(register(row({ 6: '  ' }))).findings)).toEqual([['risk-owner-missing', 'G3', 'Risk R-1 has no risk owner.']]);
    });

    it('flags a risk with neither threat nor description, at the threat cell', () => {
      expect(brief(read(register(row({ 2: null, 3: '' }))).findings)).toEqual([
        ['risk-description-missing', 'C3', 'Risk R-1 has neither a threat nor a description.'],
      ]);
      expect(read(register(row({ 2: null }))).findings).toEqual([]);
    });
  });

  it('reads to the last used row, past hidden rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row({ 0: `R-${i + 1}` }));
    const snapshot = workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ...rows], { hiddenRows: [10, 11] }));
    expect(read(snapshot).risks).toHaveLength(50);
  });
});
