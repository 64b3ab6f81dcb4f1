/**
 * Rows inside a register that are legends, instructions, section headings, a repeated header or a
 * totals row are not risks: they are skipped, raise no finding, and `map` names them. A row is a
 * risk when it has an id, or at least two of the risk's own fields hold values that fit them; a
 * sparse real risk (an id and a description) stays a risk.
 */
import * as fc from 'fast-check';
import { ANNEX_A_CATALOGUE } from '../../../core/annex-a/catalogue';
import { mappingReport } from '../../../core/engine';
import { locateRegister } from '../../../core/register/locate-register';
import { readRisks } from '../../../core/register/read-risks';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { mappingText } from '../../../cli/output/mapping-report';
import { FIVE_BY_FIVE, sheet, workbook } from './fixtures';

const HEADER = ['Risk ID', 'Asset', 'Threat', 'Description', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls', 'Score'];
const NOW = { now: '2026-03-01T09:00:00Z' };

function risk(id: CellValue, threat: string): CellValue[] {
  return [id, 'CRM', threat, `${threat} against the CRM`, 3, 4, 'CTO', 'Mitigate', '8.8', 12];
}

function register(...rows: CellValue[][]): WorkbookSnapshot {
  return workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ...rows]));
}

function read(snapshot: WorkbookSnapshot) {
  const { location } = locateRegister(snapshot);
  if (!location) throw new Error('fixture has no register');
  return readRisks(snapshot, location, FIVE_BY_FIVE, ANNEX_A_CATALOGUE);
}

const skippedOf = (snapshot: WorkbookSnapshot) => read(snapshot).skipped.map((s) => [s.row + 1, s.reason]);

describe('rows that are not risks', () => {
  it('skips a likelihood legend typed in the id column', () => {
    const snapshot = register(risk('R-1', 'Phishing'), ['Likelihood: 1 = Rare, 5 = Almost certain'], risk('R-2', 'Theft'));
    const { risks, findings } = read(snapshot);
    expect(risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
    expect(findings).toEqual([]);
    expect(skippedOf(snapshot)).toEqual([[4, 'legend']]);
  });

  it('skips a key spread over several columns', () => {
    const snapshot = register(risk('R-1', 'Phishing'), [null, 'Key', 'H = High, M = Medium, L = Low', '1 = Rare; 5 = Almost certain']);
    expect(read(snapshot).risks).toHaveLength(1);
    expect(skippedOf(snapshot)).toEqual([[4, 'legend']]);
  });

  it('skips instructions to whoever fills the sheet in, in English and German', () => {
    const snapshot = register(
      [null, null, null, 'Instructions: fill one row per risk and choose the likelihood from the list'],
      ['Hinweis: bitte eine Zeile je Risiko ausfüllen'],
      risk('R-1', 'Phishing'),
    );
    expect(read(snapshot).risks.map((r) => r.id)).toEqual(['R-1']);
    expect(skippedOf(snapshot)).toEqual([
      [3, 'instructions'],
      [4, 'instructions'],
    ]);
  });

  it('skips a section heading: a category name alone, typed or merged across the table', () => {
    const rows = [[null, 'Physical security'], risk('R-1', 'Tailgating'), ['Operational risks'], risk('R-2', 'Phishing')];
    const snapshot = workbook(sheet('Risk register', [['Risk register FY26'], HEADER, ...rows], { merges: ['A5:J5'] }));
    expect(read(snapshot).risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
    expect(skippedOf(snapshot)).toEqual([
      [3, 'heading'],
      [5, 'heading'],
    ]);
  });

  it('skips the header repeated further down (a printed register repeats it on every page)', () => {
    const snapshot = register(risk('R-1', 'Phishing'), HEADER, risk('R-2', 'Theft'));
    expect(read(snapshot).risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
    expect(skippedOf(snapshot)).toEqual([[4, 'repeated-header']]);
  });

  it('skips a totals row, whether its label sits in the id column or another', () => {
    const snapshot = register(risk('R-1', 'Phishing'), risk('R-2', 'Theft'), ['Total', null, null, null, null, null, null, null, null, 24], [null, 'Grand total:', null, null, 3.5, 4]);
    expect(read(snapshot).risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
    expect(skippedOf(snapshot)).toEqual([
      [5, 'totals'],
      [6, 'totals'],
    ]);
  });

  it('skips a row of notes that holds too little to be a risk', () => {
    const snapshot = register(risk('R-1', 'Phishing'), [null, 'Reviewed in the March board meeting', null, null, null, null, null, null, null, 'see minutes']);
    expect(read(snapshot).risks).toHaveLength(1);
    expect(skippedOf(snapshot)).toEqual([[4, 'not-risk-like']]);
  });

  it('says nothing of blank rows, rows numbered in advance, or template rows holding only numbers', () => {
    const snapshot = register(risk('R-1', 'Phishing'), [], ['R-2'], ['R-3'], [null, null, null, null, null, null, null, null, null, 0]);
    expect(read(snapshot).risks).toHaveLength(1);
    expect(read(snapshot).skipped).toEqual([]);
  });

  it('says nothing of template rows whose only text is a formula result in the team\'s own columns', () => {
    const values: CellValue[][] = [['Risk register FY26'], HEADER, risk('R-1', 'Phishing'), ['R-2', null, null, null, null, null, null, null, null, 'Low'], [null, null, null, null, null, null, null, null, null, 'Low']];
    const formulas = values.map((r, i) => r.map((_, c) => (i >= 3 && c === 9 ? '=IF(E4="","Low",E4*F4)' : null)));
    const { risks, skipped } = read(workbook(sheet('Risk register', values, { formulas })));
    expect(risks.map((r) => r.id)).toEqual(['R-1']);
    expect(skipped).toEqual([]);
  });

  describe('sparse real risks stay risks', () => {
    it('reads a risk with only an id and a description, and reports what it lacks', () => {
      const { risks, findings, skipped } = read(register(risk('R-1', 'Phishing'), ['R-2', null, null, 'Supplier goes bankrupt']));
      expect(risks.map((r) => r.id)).toEqual(['R-1', 'R-2']);
      expect(skipped).toEqual([]);
      expect(findings.map((f) => [f.code, f.cell])).toEqual([
        ['risk-owner-missing', 'G4'],
        ['risk-unscored', 'E4'],
        ['risk-unscored', 'F4'],
      ]);
    });

    it('reads a risk without an id when two of its own fields hold fitting values, and reports the missing id', () => {
      const { risks, findings } = read(register([null, null, 'Ransomware', null, 'Likely']));
      expect(risks).toHaveLength(1);
      expect(findings.map((f) => f.code)).toContain('risk-id-missing');
    });

    it('reads a risk whose threat begins like an instruction ("Complete loss of power")', () => {
      expect(read(register([null, 'Data centre', 'Complete loss of power', null, 2, 5])).risks).toHaveLength(1);
    });

    it('reads a risk whose description is a long sentence and whose likelihood is a word', () => {
      const long = 'An attacker who obtains a leaked password from another breach logs in to the CRM as a sales user and exports the customer list';
      const { risks } = read(register(['R-9', null, null, long, 'Almost certain', 'Major', 'Head of Sales']));
      expect(risks.map((r) => r.id)).toEqual(['R-9']);
    });
  });

  it('names the skipped rows in the mapping report and in `riskbook map`', () => {
    const snapshot = register(risk('R-1', 'Phishing'), ['Likelihood: 1 = Rare, 5 = Almost certain'], HEADER, risk('R-2', 'Theft'));
    const report = mappingReport(snapshot, NOW);
    expect(report.skipped).toEqual([
      { row: 4, reason: 'legend', text: 'Likelihood: 1 = Rare, 5 = Almost certain' },
      { row: 5, reason: 'repeated-header', text: 'Risk ID' },
    ]);
    const text = mappingText(report);
    expect(text).toContain('Rows not read as risks (2):');
    expect(text).toContain('  row 4    legend                 "Likelihood: 1 = Rare, 5 = Almost certain"');
    expect(text).toContain('  row 5    header repeated        "Risk ID"');
  });
});

describe('rows that are not risks, as a property', () => {
  const NOT_RISKS: readonly (readonly CellValue[])[] = [
    ['Likelihood: 1 = Rare, 2 = Unlikely, 3 = Possible, 4 = Likely, 5 = Almost certain'],
    [null, null, null, 'Impact scale: 1 = Negligible ... 5 = Severe'],
    ['Legend'],
    [null, 'Notes: one row per risk; choose values from the dropdowns'],
    ['Please do not change the column headers'],
    [null, 'Cloud services'],
    ['Section B — Physical and environmental'],
    HEADER,
    ['Totals', null, null, null, null, null, null, null, null, 240],
    [null, null, null, null, null, null, null, null, null, 0],
    [],
  ];
  const REAL: readonly ((n: number) => CellValue[])[] = [
    (n) => risk(`R-${n}`, `Threat ${n}`),
    (n) => [`R-${n}`, null, null, `Risk number ${n}, described only`],
    (n) => [null, null, `Threat ${n}`, null, 2, 3],
    (n) => [n, 'ERP', null, null, null, null, 'CFO'],
  ];

  it('reads exactly the real risks, whatever rows sit between them', () => {
    const row = fc.oneof(
      fc.integer({ min: 0, max: REAL.length - 1 }).map((i) => ({ real: true as const, i })),
      fc.integer({ min: 0, max: NOT_RISKS.length - 1 }).map((i) => ({ real: false as const, i })),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (plan) => {
        let n = 0;
        const expected: number[] = [];
        const rows = plan.map((p, k) => {
          if (!p.real) return [...NOT_RISKS[p.i]!];
          n++;
          expected.push(k + 2);
          return REAL[p.i]!(n);
        });
        const { risks, skipped } = read(register(...rows));
        expect(risks.map((r) => r.row)).toEqual(expected);
        expect(skipped.every((s) => !expected.includes(s.row))).toBe(true);
      }),
    );
  });
});
