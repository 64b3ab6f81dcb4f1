/**
 * The team's own score and level columns against the method: a cell that says what the method
 * says is never a finding, nor a cell the method gives nothing for; a risk that disagrees is one
 * finding per stage, at its first disagreeing cell; several such risks get one summary besides.
 */
import type { Finding } from '../../../core/findings/finding';
import { headerTexts } from '../../../core/register/header-row';
import { locateRegister } from '../../../core/register/locate-register';
import { applyMappingOverride, settingsSheetPlan } from '../../../core/register/settings-sheet';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { FIVE_BY_FIVE, sheet, workbook } from './fixtures';
import { recalc } from './recalc-register';

const HEADER = ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk score', 'Risk level', 'Risk owner', 'Residual likelihood', 'Residual impact', 'Residual score', 'Residual level'];

/** The 5 x 5 method: Low to 4, Medium 5 to 12, High from 15. */
function register(rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
  return workbook(sheet('Risks', [HEADER, ...rows.map((r) => [...r])]));
}

const team = (fs: readonly Finding[]): [string, string, string][] =>
  fs.filter((f) => f.code.startsWith('risk-team') || f.code.startsWith('register-team')).map((f) => [f.code, f.cell, f.message]);

describe('the team\'s score and level columns, row by row', () => {
  const { findings } = recalc(
    register([
      // Agrees everywhere: a number typed as text and a level in other case are the same.
      ['R1', 'Phishing', 3, 4, '12', 'medium', 'CISO', 2, 2, 4, 'Low'],
      // Score and level both follow a wrong score: one finding, at the score.
      ['R2', 'Ransomware', 4, 5, 16, 'High', 'CTO', 2, 3, 6, 'Medium'],
      // Inherent and residual both disagree: one finding each.
      ['R3', 'Flood', 2, 2, 6, 'Medium', 'COO', 1, 1, 2, 'Low'],
      // No likelihood: the method gives nothing, so the team's cells are not compared.
      ['R4', 'Fraud', null, 3, 9, 'Medium', 'CFO', null, null, null, null],
      // Blank team cells say nothing.
      ['R5', 'Theft', 1, 1, null, null, 'IT', null, null, null, null],
    ]),
    FIVE_BY_FIVE,
  );

  it('reports each disagreeing risk once per stage, then sums the risks up', () => {
    expect(team(findings)).toEqual([
      ['risk-team-value-differs', 'E3', "R2: your 'Risk score' column holds 16; the methodology gives 20."],
      ['risk-team-value-differs', 'E4', "R3: your 'Risk score' column holds 6; the methodology gives 4."],
      ['risk-team-value-differs', 'J4', "R3: your 'Residual score' column holds 2; the methodology gives 1."],
      ['register-team-values-differ', 'E1', '2 of 3 rows disagree with the methodology in your own score or level columns: R2, R3.'],
    ]);
  });
});

describe('a score off the method\'s scale among scores on it', () => {
  it('is a row that disagrees, not a column on another scale', () => {
    const { findings } = recalc(register([['R1', 'Phishing', 3, 4, 12, null, 'CISO'], ['R2', 'Flood', 2, 2, 7, null, 'COO'], ['R3', 'Fraud', 1, 5, 5, null, 'CFO']]), FIVE_BY_FIVE);
    expect(team(findings)).toEqual([['risk-team-value-differs', 'E3', "R2: your 'Risk score' column holds 7; the methodology gives 4."]]);
  });
});

describe('one disagreeing risk', () => {
  it('gets its finding and no summary', () => {
    const { findings } = recalc(register([['R1', 'Phishing', 3, 4, 12, 'Medium', 'CISO'], ['R2', 'Flood', 2, 2, 4, 'High', 'COO']]), FIVE_BY_FIVE);
    expect(team(findings)).toEqual([['risk-team-value-differs', 'F3', "R2: your 'Risk level' column holds High; the methodology gives Low."]]);
  });
});

describe('a score column handed to Riskbook, with values typed over its formulas', () => {
  function handed(rows: readonly (readonly CellValue[])[]): WorkbookSnapshot {
    const before = workbook(sheet('Risks', [['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Score'], ...rows.map((r) => [...r])]));
    const location = locateRegister(before, {}).location!;
    const applied = applyMappingOverride(location, { inherentScore: 'Score' }, headerTexts(findSheet(before, 'Risks')!, 0));
    const wb = MemoryWorkbook.fromSnapshot(before);
    wb.apply({ sheets: [settingsSheetPlan(applied.location, headerTexts(findSheet(before, 'Risks')!, 0), undefined)], names: [] });
    return wb.snapshot();
  }

  it('reports a typed value only where it says something else than the method, and not where the method gives nothing', () => {
    const { findings } = recalc(handed([['R1', 'Phishing', 3, 4, 'CISO', 12], ['R2', 'Flood', 2, 2, 'COO', 9], ['R3', 'Fraud', null, 5, 'CFO', 5]]), FIVE_BY_FIVE);
    expect(findings.filter((f) => f.code === 'risk-score-typed-over').map((f) => [f.cell, f.message])).toEqual([
      ['F3', 'Risk R2: Inherent score holds "9" instead of the methodology formula (which gives 4).'],
    ]);
  });
});
