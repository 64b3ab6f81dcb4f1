/**
 * A sorted register writes its asset and owner on the first risk of a group and leaves them blank
 * below until the next asset. Where the layout shows groups, the blank reads as "same as above",
 * said once in an info finding; everywhere else a blank owner stays a missing owner.
 */
import * as fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import type { Finding } from '../../../core/findings/finding';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE, sheet, workbook } from './fixtures';

const HEADER = ['Risk ID', 'Asset', 'Risk owner', 'Threat', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Last review'];

/** A risk row; `null` asset and owner where the team left them blank. */
function risk(id: string, asset: string | null, owner: CellValue, threat: CellValue, rest: Partial<Record<'likelihood' | 'impact' | 'treatment' | 'controls' | 'review', CellValue>> = {}): CellValue[] {
  const or = (key: keyof typeof rest, value: CellValue): CellValue => (key in rest ? rest[key]! : value);
  return [id, asset, owner, threat, or('likelihood', 3), or('impact', 3), or('treatment', 'Mitigate'), or('controls', '8.8'), or('review', '2026-02-01')];
}

function register(...rows: CellValue[][]): WorkbookSnapshot {
  return workbook(sheet('Risk register', [['Risks by asset'], HEADER, ...rows]));
}

function read(snapshot: WorkbookSnapshot) {
  const { location } = locateRegister(snapshot);
  if (!location) throw new Error('fixture has no register');
  return readRisks(snapshot, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
}

const brief = (fs: readonly Finding[]): [string, string, string][] => fs.map((f) => [f.code, f.cell, f.message]);

/** Three assets: the portal's four risks, the laptops' two, payroll's one. */
const SORTED = [
  risk('R-1', 'Customer portal', 'Head of Engineering', 'SQL injection'),
  risk('R-2', null, null, 'Credential stuffing'),
  risk('R-3', null, null, 'Session hijacking'),
  risk('R-4', null, null, 'Denial of service'),
  risk('R-5', 'Laptops', 'IT lead', 'Theft'),
  risk('R-6', null, null, 'Malware'),
  risk('R-7', 'Payroll', 'CFO', 'Insider fraud'),
];

describe('group values written once apply to their group', () => {
  it('reads the asset and owner of a group for every row of it, and says so once', () => {
    const { risks, findings } = read(register(...SORTED));
    expect(risks.map((r) => [r.id, r.asset, r.owner])).toEqual([
      ['R-1', 'Customer portal', 'Head of Engineering'],
      ['R-2', 'Customer portal', 'Head of Engineering'],
      ['R-3', 'Customer portal', 'Head of Engineering'],
      ['R-4', 'Customer portal', 'Head of Engineering'],
      ['R-5', 'Laptops', 'IT lead'],
      ['R-6', 'Laptops', 'IT lead'],
      ['R-7', 'Payroll', 'CFO'],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'register-group-values-carried',
        cell: 'B3',
        message:
          'Asset and Risk owner: written once per group (rows 3-6, 7-8) and left blank below; read as applying to every row of the group, down to the next value.',
      }),
    ]);
  });

  it('keeps a blank owner a missing owner where the column shows no groups', () => {
    const { risks, findings } = read(
      register(
        risk('R-1', 'CRM', 'CTO', 'Phishing'),
        risk('R-2', 'Laptops', 'IT lead', 'Theft'),
        risk('R-3', 'Payroll', null, 'Insider fraud'),
        risk('R-4', 'Website', 'CMO', 'Defacement'),
        risk('R-5', 'Backups', 'Ops', 'Ransomware'),
      ),
    );
    expect(risks[2]!.owner).toBe('');
    expect(brief(findings)).toEqual([['risk-owner-missing', 'C5', 'Risk R-3 has no risk owner.']]);
  });

  it('carries no owner past the last value: blanks at the end with no new group after them stay blank', () => {
    const { findings } = read(
      register(risk('R-1', 'CRM', 'CTO', 'Phishing'), risk('R-2', 'Laptops', 'IT lead', 'Theft'), risk('R-3', null, null, 'Malware'), risk('R-4', null, null, 'Loss')),
    );
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['risk-owner-missing', 'C5'],
      ['risk-owner-missing', 'C6'],
    ]);
  });

  it('never carries a risk\'s own assessment: likelihood, impact, treatment, controls and dates', () => {
    const { risks, findings } = read(
      register(
        risk('R-1', 'CRM', 'CTO', 'Phishing'),
        risk('R-2', null, null, 'Vishing', { likelihood: null, treatment: null, controls: null, review: null }),
        risk('R-3', 'Laptops', 'IT lead', 'Theft'),
        risk('R-4', null, null, 'Malware', { impact: null }),
      ),
    );
    expect(risks[1]).toMatchObject({ asset: 'CRM', owner: 'CTO', likelihood: null, treatment: null, controls: [], lastReview: null });
    expect(risks[3]).toMatchObject({ asset: 'Laptops', owner: 'IT lead', impact: null });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['risk-unscored', 'E4'],
      ['risk-unscored', 'F6'],
      ['register-group-values-carried', 'B3'],
    ]);
  });

  it('gives the group value only to rows whose own risk is filled in', () => {
    const { risks } = read(
      register(
        risk('R-1', 'CRM', 'CTO', 'Phishing'),
        risk('R-2', null, null, 'Vishing'),
        // An id and a treatment, no threat, description or likelihood: not a row of the group.
        ['R-3', null, null, null, null, 5, 'Accept', null, null],
        risk('R-4', 'Laptops', 'IT lead', 'Theft'),
        risk('R-5', null, null, 'Malware'),
      ),
    );
    expect(risks.map((r) => r.owner)).toEqual(['CTO', 'CTO', '', 'IT lead', 'IT lead']);
  });

  it('ends a group at a section heading', () => {
    const { risks, findings } = read(
      register(
        risk('R-1', 'CRM', 'CTO', 'Phishing'),
        risk('R-2', null, null, 'Vishing'),
        [null, null, null, 'Physical security'],
        risk('R-3', null, null, 'Tailgating'),
        risk('R-4', 'Office', 'Facilities', 'Fire'),
        risk('R-5', null, null, 'Flood'),
      ),
    );
    expect(risks.map((r) => [r.id, r.owner])).toEqual([
      ['R-1', 'CTO'],
      ['R-2', 'CTO'],
      ['R-3', ''],
      ['R-4', 'Facilities'],
      ['R-5', 'Facilities'],
    ]);
    expect(findings.filter((f) => f.code === 'risk-owner-missing').map((f) => f.cell)).toEqual(['C6']);
  });

  it('reports a problem with a group value once, where it was typed', () => {
    const { findings } = read(
      register(
        risk('R-1', 'CRM', { error: '#REF!' }, 'Phishing'),
        risk('R-2', null, null, 'Vishing'),
        risk('R-3', 'Laptops', 'IT lead', 'Theft'),
        risk('R-4', null, null, 'Malware'),
      ),
    );
    expect(brief(findings.filter((f) => f.code !== 'register-group-values-carried'))).toEqual([
      ['risk-cell-error', 'C3', 'Risk R-1: Risk owner holds the error #REF!.'],
    ]);
  });
});

describe('group layouts, as a property', () => {
  const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
  const groupsArb = (minSize: number) =>
    fc.array(fc.record({ asset: name, owner: name, size: fc.integer({ min: minSize, max: 6 }) }), { minLength: 2, maxLength: 8 });

  /** The register each layout gives: every row filled, merged down, or written once above blanks. */
  function laidOut(groups: { asset: string; owner: string; size: number }[], layout: 'filled' | 'merged' | 'once'): WorkbookSnapshot {
    const rows: CellValue[][] = [];
    const merges: string[] = [];
    let n = 0;
    for (const g of groups) {
      const top = 3 + rows.length;
      for (let i = 0; i < g.size; i++) {
        n++;
        const first = i === 0 || layout === 'filled';
        rows.push(risk(`R-${n}`, first ? g.asset : null, first ? g.owner : null, `Threat ${n}`));
      }
      if (layout === 'merged' && g.size > 1) merges.push(`B${top}:B${top + g.size - 1}`, `C${top}:C${top + g.size - 1}`);
    }
    return workbook(sheet('Risk register', [['Risks by asset'], HEADER, ...rows], { merges }));
  }

  const owners = (s: WorkbookSnapshot): string[][] => read(s).risks.map((r) => [r.id, r.asset, r.owner]);

  it('reads a register merged down exactly as the same register filled in on every row', () => {
    fc.assert(
      fc.property(groupsArb(1), (groups) => {
        expect(owners(laidOut(groups, 'merged'))).toEqual(owners(laidOut(groups, 'filled')));
        expect(read(laidOut(groups, 'merged')).findings).toEqual([]);
      }),
    );
  });

  it('reads groups of two or more written once exactly as the same register filled in on every row', () => {
    fc.assert(
      fc.property(groupsArb(2), (groups) => {
        const once = read(laidOut(groups, 'once'));
        expect(owners(laidOut(groups, 'once'))).toEqual(owners(laidOut(groups, 'filled')));
        expect(once.findings.map((f) => f.code)).toEqual(['register-group-values-carried']);
      }),
    );
  });

  it('keeps every isolated missing owner of a per-row register a missing owner', () => {
    const arb = fc.integer({ min: 6, max: 30 }).chain((size) => fc.tuple(fc.constant(size), fc.uniqueArray(fc.integer({ min: 1, max: size - 1 }), { maxLength: Math.floor(size / 3) })));
    fc.assert(
      fc.property(arb, ([size, gapList]) => {
        // No two gaps side by side, and never the first row: rare gaps, not groups.
        const gaps = new Set(gapList.filter((g) => !gapList.includes(g - 1)));
        const rows = Array.from({ length: size }, (_, i) => risk(`R-${i + 1}`, `Asset ${i + 1}`, gaps.has(i) ? null : `Owner ${i + 1}`, `Threat ${i + 1}`));
        const { findings } = read(register(...rows));
        expect(findings.filter((f) => f.code === 'risk-owner-missing')).toHaveLength(gaps.size);
        expect(findings.map((f) => f.code)).not.toContain('register-group-values-carried');
      }),
    );
  });
});
