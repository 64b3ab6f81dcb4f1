/**
 * Riskbook owns only what it made. A register's own Score or Level column (the team's formula,
 * typed numbers, its own band names) is read and compared with the methodology, never written,
 * and never an input to Riskbook's formulas: Riskbook appends its own column beside it.
 */
import { mappingReport } from '../../../core/engine';
import { levelFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { readSettings } from '../../../core/register/settings-sheet';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { sheet, workbook } from './fixtures';
import { L_PLUS_I, at, column, recalc, styledRanges } from './recalc-register';

const REGISTER = 'Risk register';
const HEADER = ['Risk ID', 'Asset', 'Threat', 'Likelihood', 'Impact', 'Score', 'Risk owner', 'Treatment', 'Controls'];

/**
 * A payments team scoring likelihood + impact with its own Score column (F): its formula on R-1,
 * typed numbers on, nothing yet on R-4. The method gives 4, 9, 6 and 4.
 */
function paymentsRegister(scores: readonly CellValue[] = [4, 9, 8, null]): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ['Payments platform – information security risk register'],
    [],
    HEADER,
    ['R-1', 'Card vault', 'Credential stuffing', 2, 2, scores[0]!, 'CTO', 'Accept', null],
    ['R-2', 'Payment API', 'DDoS', 4, 5, scores[1]!, 'Head of SRE', 'Mitigate', '8.20'],
    ['R-3', 'Ledger', 'Insider fraud', 3, 3, scores[2]!, 'CFO', 'Mitigate', '5.3'],
    ['R-4', 'Office', 'Tailgating', 1, 3, scores[3]!, 'Office manager', 'Accept', null],
  ];
  const formulas = [[], [], [], [null, null, null, null, null, '=D4+E4']];
  return workbook(sheet(REGISTER, rows, { formulas }));
}

const teamFindings = (codes: readonly string[]): boolean => codes.some((c) => c.startsWith('risk-team-') || c.startsWith('register-team-'));

describe('a team\'s own Score column on a likelihood + impact register', () => {
  const before = paymentsRegister();
  const first = recalc(before, L_PLUS_I);
  const reg = findSheet(first.after, REGISTER)!;

  it('is left exactly as the team keeps it: formula, typed numbers and the blank cell', () => {
    expect(column(reg, 'F', 2)).toEqual(column(findSheet(before, REGISTER)!, 'F', 2));
    expect(at(reg, 'F7')).toEqual({ value: null, formula: null });
  });

  it('gets no number format, colour or dropdown from Riskbook', () => {
    expect(styledRanges(first.plan).filter((r) => r.startsWith('F'))).toEqual([]);
  });

  it('gets Riskbook\'s own score and level beside it, the level built on Riskbook\'s score', () => {
    expect(reg.values[2]!.slice(9, 11)).toEqual(['Inherent score', 'Inherent level']);
    expect(at(reg, 'J6').formula).toBe(scoreFormula('D6', ['E6']));
    expect(at(reg, 'K6').formula).toBe(levelFormula('J6'));
    // 3 + 3 = 6 is Medium; the team's 8 would have been High.
    expect(L_PLUS_I.bands.find((b) => b.min <= 6 && 6 <= b.max)?.name).toBe('Medium');
  });

  it('is never an input to Riskbook\'s formulas', () => {
    const formulas = (reg.formulas ?? []).flat().filter((f): f is string => typeof f === 'string' && f !== '=D4+E4');
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /(^|[^A-Z$])\$?F\$?\d/.test(f))).toEqual([]);
  });

  it('reports the one cell that disagrees with the method, naming the team\'s cell', () => {
    const team = first.findings.filter((f) => teamFindings([f.code]));
    expect(team.map((f) => [f.code, f.sheet, f.cell, f.message])).toEqual([
      ['risk-team-value-differs', REGISTER, 'F6', "R-3: your 'Score' column holds 8; the methodology gives 6."],
    ]);
    expect(team[0]!.fix).toContain("Riskbook's own 'Inherent score' column");
    expect(first.findings.map((f) => f.code)).not.toContain('risk-score-typed-over');
  });

  it('is remembered as the team\'s on the settings sheet, Riskbook\'s appended columns as Riskbook\'s', () => {
    const saved = readSettings(first.after)!;
    expect(saved.fields.inherentScore).toEqual({ header: 'Inherent score', column: 9, setBy: 'riskbook' });
    expect(saved.fields.inherentLevel).toEqual({ header: 'Inherent level', column: 10, setBy: 'riskbook' });
    expect(saved.fields.likelihood).toEqual({ header: 'Likelihood', column: 3, setBy: 'detected' });
    expect(saved.team).toEqual({ inherentScore: { header: 'Score', column: 5, setBy: 'detected' } });
  });

  it('run again, changes nothing and reports the same', () => {
    const second = recalc(first.after, L_PLUS_I);
    expect(second.plan.writes).toEqual([]);
    expect(second.after).toEqual(first.after);
    expect(second.location.teamColumns).toEqual({ inherentScore: 5 });
    expect(second.findings).toEqual(first.findings);
  });
});

describe('a team\'s own Score column that agrees with the method', () => {
  it('raises nothing: equal numbers, numbers typed as text and blanks are all fine', () => {
    const { findings, after } = recalc(paymentsRegister([4, '9', 6, null]), L_PLUS_I);
    expect(findings.filter((f) => teamFindings([f.code]))).toEqual([]);
    expect(at(findSheet(after, REGISTER)!, 'F7')).toEqual({ value: null, formula: null });
  });
});

describe('a team\'s own Score column whose formula broke', () => {
  it('reports the error at its cell, read as an error value (Excel, .xlsx) or as its text (Google Sheets), and sums the rows up', () => {
    const { findings, after } = recalc(paymentsRegister([4, { error: '#N/A' }, '#N/A', null]), L_PLUS_I);
    expect(findings.filter((f) => teamFindings([f.code])).map((f) => [f.code, f.cell, f.message])).toEqual([
      ['risk-team-value-differs', 'F5', "R-2: your 'Score' column holds #N/A; the methodology gives 9."],
      ['risk-team-value-differs', 'F6', "R-3: your 'Score' column holds #N/A; the methodology gives 6."],
      ['register-team-values-differ', 'F3', '2 of 3 rows disagree with the methodology in your own score or level columns: R-2, R-3.'],
    ]);
    expect(at(findSheet(after, REGISTER)!, 'F5')).toEqual({ value: { error: '#N/A' }, formula: null });
  });
});

describe('a team\'s own Level column in its own band words', () => {
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Risk level', 'Notes'],
    ['OPS-1', 'Data centre flood', 2, 2, 'COO', 'Minor', null],
    ['OPS-2', 'Ransomware', 5, 5, 'CISO', 'Extreme', 'board watch'],
    ['OPS-3', 'Supplier insolvency', 4, 3, 'CPO', 'Major', null],
    // "Medium" is a word of both scales; here it is the team's, and the method says Low.
    ['OPS-4', 'Laptop theft', 1, 3, 'Head of IT', 'Medium', null],
    ['OPS-5', 'Phishing', 3, 3, 'CISO', null, 'to be assessed'],
    [],
    [null, 'Legend', null, null, null, null, null],
    [null, 'Escalate to the board within a week', null, null, null, 'Extreme', null],
  ];
  const before = workbook(sheet('Operations risks', rows));
  const first = recalc(before, L_PLUS_I);
  const reg = findSheet(first.after, 'Operations risks')!;

  it('stays exactly as typed, blank cells and the legend rows included', () => {
    expect(column(reg, 'F')).toEqual(column(findSheet(before, 'Operations risks')!, 'F'));
    expect(at(reg, 'F6')).toEqual({ value: null, formula: null });
    expect(at(reg, 'F8')).toEqual({ value: null, formula: null });
    expect(at(reg, 'F9')).toEqual({ value: 'Extreme', formula: null });
  });

  it('gets no band colours: Riskbook colours its own Inherent level column instead', () => {
    expect(styledRanges(first.plan).filter((r) => r.startsWith('F'))).toEqual([]);
    const own = reg.values[0]!.indexOf('Inherent level');
    expect(own).toBeGreaterThan(6);
    expect(first.location.mapping.inherentLevel).toBe(own);
    expect(first.location.teamColumns).toEqual({ inherentLevel: 5 });
  });

  it('is reported once, for the column, and not cell by cell', () => {
    const team = first.findings.filter((f) => teamFindings([f.code]));
    expect(team.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'register-team-column-other-scale',
        'F1',
        "Your 'Risk level' column (F) holds \"Minor\", \"Extreme\", \"Major\", which are not the methodology's levels (Low, Medium, High); Riskbook leaves it as it is and does not compare it cell by cell.",
      ],
    ]);
  });

  it('run again, changes nothing', () => {
    const second = recalc(first.after, L_PLUS_I);
    expect(second.plan.writes).toEqual([]);
    expect(second.after).toEqual(first.after);
  });
});

describe('a team\'s own Rating column', () => {
  it('is compared key by key, whatever the case', () => {
    const rows: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Inherent risk rating'],
      ['R1', 'Phishing', 3, 4, 'CISO', 'l3/i4'],
      ['R2', 'Flood', 1, 5, 'COO', 'L2/I5'],
    ];
    const { findings, after } = recalc(workbook(sheet('Risks', rows)), L_PLUS_I);
    expect(findings.filter((f) => teamFindings([f.code])).map((f) => [f.code, f.cell, f.message])).toEqual([
      ['risk-team-value-differs', 'F3', "R2: your 'Inherent risk rating' column holds L2/I5; the methodology gives L1/I5."],
    ]);
    expect(at(findSheet(after, 'Risks')!, 'F2')).toEqual({ value: 'l3/i4', formula: null });
  });
});

describe('the mapping report', () => {
  it('names the team\'s Score column as theirs, compared with the method', () => {
    const report = mappingReport(paymentsRegister(), { now: '2026-11-23T09:00:00Z' });
    expect(report.teamColumns).toEqual([{ field: 'inherentScore', label: 'Inherent score', column: 'F', header: 'Score' }]);
    expect(report.fields.map((f) => f.column)).not.toContain('F');
  });
});
