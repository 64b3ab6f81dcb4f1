/**
 * A value merged down several rows (five risks grouped under one asset and owner) applies to every
 * row of the merge, for every field. Spreadsheet programs keep it on the merge's top-left cell only.
 */
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { serialFromIso } from '../../../core/dates';
import { check, generate } from '../../../core/engine';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { Finding } from '../../../core/findings/finding';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { formulaAt } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE, sheet, workbook } from './fixtures';

const HEADER = ['Risk ID', 'Asset', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls', 'Last review'];
const REVIEWED = serialFromIso('2026-02-01');

/**
 * The customer portal's five risks share an asset, an owner, a treatment, controls and a review
 * date, each typed once in a cell merged down rows 3-7; the laptops' two risks are typed per row.
 */
function groupedRegister(portal: { treatment?: CellValue; owner?: CellValue } = {}): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['R-1', 'Customer portal', 'SQL injection', 4, 5, portal.owner === undefined ? 'Head of Engineering' : portal.owner, portal.treatment ?? 'Mitigate', '8.28, 8.8', REVIEWED],
    ['R-2', null, 'Credential stuffing', 4, 4, null, null, null, null],
    ['R-3', null, 'Session hijacking', 2, 4, null, null, null, null],
    ['R-4', null, 'Denial of service', 3, 3, null, null, null, null],
    ['R-5', null, 'Broken access control', 3, 5, null, null, null, null],
    ['R-6', 'Laptops', 'Theft', 2, 3, 'IT lead', 'Transfer', '', REVIEWED],
    ['R-7', 'Laptops', 'Malware', 3, 3, 'IT lead', 'Mitigate', '8.7', REVIEWED],
  ];
  const merges = ['B3:B7', 'F3:F7', 'G3:G7', 'H3:H7', 'I3:I7'];
  return workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ...rows], { merges }));
}

function read(snapshot: WorkbookSnapshot) {
  const { location } = locateRegister(snapshot);
  if (!location) throw new Error('fixture has no register');
  return readRisks(snapshot, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
}

const brief = (fs: readonly Finding[]): [string, string, string][] => fs.map((f) => [f.code, f.cell, f.message]);

describe('vertically merged cells apply to every row of the merge', () => {
  it('gives every risk of the merge its asset, owner, treatment, controls and review date', () => {
    const { risks, findings } = read(groupedRegister());
    expect(findings).toEqual([]);
    const portal = risks.filter((r) => ['R-1', 'R-2', 'R-3', 'R-4', 'R-5'].includes(r.id));
    expect(portal).toHaveLength(5);
    for (const r of portal) {
      expect(r).toMatchObject({ asset: 'Customer portal', owner: 'Head of Engineering', treatment: 'mitigate', lastReview: REVIEWED });
      expect(r.controls.map((c) => (c.kind === 'control' ? c.id : c.raw))).toEqual(['8.28', '8.8']);
    }
    expect(risks.find((r) => r.id === 'R-6')).toMatchObject({ asset: 'Laptops', owner: 'IT lead', treatment: 'transfer' });
  });

  it('reports a problem with a merged value once, at the cell that holds it', () => {
    const { findings } = read(groupedRegister({ treatment: 'Insure' }));
    expect(brief(findings)).toEqual([['treatment-unknown', 'G3', 'Risk R-1: treatment "Insure" is not a treatment option.']]);
  });

  it('reports a blank merged owner once, as one gap where the owner would be typed', () => {
    const { findings } = read(groupedRegister({ owner: null }));
    expect(brief(findings)).toEqual([['risk-owner-missing', 'F3', 'Risk R-1 has no risk owner.']]);
  });

  it('applies a merged likelihood and impact to each row they cover', () => {
    const grid: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'],
      ['R-1', 'Phishing', 'Likely', 'Major', 'CISO'],
      ['R-2', 'Smishing', null, null, 'CISO'],
      ['R-3', 'Vishing', 2, 2, 'CISO'],
    ];
    const { risks, findings } = read(workbook(sheet('Risks', grid, { merges: ['C2:C3', 'D2:D3'] })));
    expect(findings).toEqual([]);
    expect(risks.map((r) => [r.id, r.likelihood?.value, r.impact?.value])).toEqual([
      ['R-1', 4, 4],
      ['R-2', 4, 4],
      ['R-3', 2, 2],
    ]);
  });

  it("scores a row under a merged likelihood and impact from the merge's top-left cell, and knows that formula as its own next time", () => {
    const grid: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'],
      ['R-1', 'Phishing', 4, 4, 'CISO'],
      ['R-2', 'Smishing', null, null, 'CISO'],
      ['R-3', 'Vishing', 2, 2, 'CISO'],
    ];
    const first = generate(workbook(sheet('Risks', grid, { merges: ['C2:C3', 'D2:D3'] })), 'recalc', { now: '2026-03-01T09:00:00Z' });
    const wb = MemoryWorkbook.fromSnapshot(workbook(sheet('Risks', grid, { merges: ['C2:C3', 'D2:D3'] })));
    wb.apply(first.plan);
    const risks = wb.snapshot().sheets.find((x) => x.name === 'Risks')!;
    const scoreCol = risks.values[0]!.indexOf('Inherent score');
    expect(scoreCol).toBeGreaterThan(0);
    // R-2 on row 3 is scored from C2 and D2, where its merged likelihood and impact are.
    expect(formulaAt(risks, 2, scoreCol)).toMatch(/C2\b.*D2\b/);
    expect(formulaAt(risks, 2, scoreCol)).not.toMatch(/[CD]3\b/);
    const second = generate(wb.snapshot(), 'recalc', { now: '2026-03-02T09:00:00Z' });
    expect(second.findings.filter((f) => f.code === 'risk-score-typed-over' || f.code === 'risk-team-value-differs')).toEqual([]);
    const again = second.plan.sheets.find((p) => p.name === 'Risks')!;
    expect(again.writes.flatMap((w) => w.cells.flat()).filter((c) => typeof c === 'object' && c !== null && 'formula' in c)).toEqual([]);
  });

  it('gives a block merged across columns to its first column only, never to the next field', () => {
    const grid: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Asset', 'Owner'],
      ['R-1', 'Phishing', 3, 3, 'Mail', null],
      ['R-2', 'Smishing', 3, 3, null, null],
    ];
    // Asset merged across the Owner column too: the asset is not the risks' owner.
    const { risks, findings } = read(workbook(sheet('Risks', grid, { merges: ['E2:F3'] })));
    expect(risks.map((r) => [r.asset, r.owner])).toEqual([
      ['Mail', ''],
      ['Mail', ''],
    ]);
    expect(brief(findings)).toEqual([
      ['risk-owner-missing', 'F2', 'Risk R-1 has no risk owner.'],
      ['risk-owner-missing', 'F3', 'Risk R-2 has no risk owner.'],
    ]);
  });

  it('leaves a merge in the header rows out of the risks', () => {
    const grid: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner'],
      [null, null, null, null, null],
      ['R-1', 'Phishing', 3, 3, 'CISO'],
    ];
    // A two-row header cell merged down: not a value for the first risk.
    const { risks } = read(workbook(sheet('Risks', grid, { merges: ['A1:A2'] })));
    expect(risks.map((r) => r.id)).toEqual(['R-1']);
  });

  it('checks a grouped register through the engine without a missing owner or treatment', () => {
    const { findings } = check(groupedRegister(), { now: '2026-03-01T09:00:00Z' });
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain('risk-owner-missing');
    expect(codes).not.toContain('treatment-missing');
    expect(codes).not.toContain('mitigate-without-controls');
    expect(codes).not.toContain('review-missing');
  });
});
