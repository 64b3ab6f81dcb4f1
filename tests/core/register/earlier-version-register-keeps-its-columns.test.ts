/**
 * Workbooks written before the settings sheet recorded who set each column ("Set by") keep
 * working: a score, level or rating column is Riskbook's when its header is exactly Riskbook's
 * label and every cell below holds Riskbook's own formula for its row or nothing; otherwise it is
 * the team's. A header alone proves nothing.
 */
import { levelFormula, ratingFormula, scoreFormula } from '../../../core/formula/register-formulas';
import { readSettings } from '../../../core/register/settings-sheet';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { findSheet } from '../../../core/workbook/snapshot';
import { ACME_REGISTER, FIVE_BY_FIVE, sheet, workbook } from './fixtures';
import { L_PLUS_I, at, column, recalc } from './recalc-register';

/** The settings sheet as versions before "Set by" wrote it: Key, Value, Column, and no team rows. */
function asEarlierVersionWroteIt(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s.name !== 'Riskbook' ? s : { ...s, values: s.values.filter((r) => !String(r[0] ?? '').startsWith('team.')).map((r) => r.slice(0, 3)) },
    ),
  };
}

function settingsSheet(rows: readonly (readonly CellValue[])[]): SheetSnapshot {
  return sheet('Riskbook', [['Riskbook settings'], ['How Riskbook reads your register.'], [], ['Key', 'Value', 'Column'], ...rows], { hidden: true });
}

const registerOf = (s: WorkbookSnapshot, name: string): SheetSnapshot => findSheet(s, name)!;

describe('a register Riskbook recalculated before it recorded who set each column', () => {
  // What an earlier version left: its eight appended columns, holding its formulas.
  const earlier = asEarlierVersionWroteIt(recalc(workbook(sheet('Register', ACME_REGISTER)), FIVE_BY_FIVE).after);
  const upgraded = recalc(earlier, FIVE_BY_FIVE);

  it('has a settings sheet without the new column', () => {
    expect(registerOf(earlier, 'Riskbook').values[3]).toEqual(['Key', 'Value', 'Column']);
    expect(readSettings(earlier)!.fields.inherentScore).toEqual({ header: 'Inherent score', column: 9 });
  });

  it('keeps Riskbook\'s appended columns as Riskbook\'s: nothing appended, nothing rewritten, nothing reported', () => {
    expect(upgraded.location.mapping).toMatchObject({ inherentScore: 9, inherentLevel: 10, residualScore: 13, residualLevel: 14, inherentRating: 18, residualRating: 19 });
    expect(upgraded.location.teamColumns).toBeUndefined();
    expect(upgraded.plan.writes).toEqual([]);
    expect(upgraded.plan.columnWidths).toEqual([]);
    expect(upgraded.findings.filter((f) => f.code !== 'register-column-missing')).toEqual([]);
    expect(registerOf(upgraded.after, 'Register')).toEqual(registerOf(earlier, 'Register'));
  });

  it('records them as set by Riskbook from now on', () => {
    const saved = readSettings(upgraded.after)!;
    for (const field of ['inherentRating', 'inherentScore', 'inherentLevel', 'residualRating', 'residualScore', 'residualLevel'] as const) {
      expect(saved.fields[field]?.setBy).toBe('riskbook');
    }
  });

  it('run again, changes nothing', () => {
    const again = recalc(upgraded.after, FIVE_BY_FIVE);
    expect(again.plan.writes).toEqual([]);
    expect(again.after).toEqual(upgraded.after);
  });
});

describe('a register where an earlier version filled the team\'s Score column and built its level on it', () => {
  // The team's Score (F): 8 typed on R1 (the method gives 6), and on R2 the formula the earlier
  // version wrote into its blank cell. The earlier version's Inherent level (H) read F.
  const rows: CellValue[][] = [
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Score', 'Inherent rating', 'Inherent level', 'Residual likelihood', 'Residual impact', 'Residual rating', 'Residual score', 'Residual level'],
    ['R1', 'Insider fraud', 3, 3, 'CFO', 8, 'L3/I3', 'High', 2, 2, 'L2/I2', 4, 'Low'],
    ['R2', 'DDoS', 4, 5, 'Head of SRE', 9, 'L4/I5', 'High', null, null, '', '', ''],
  ];
  const formulas: (string | null)[][] = [[]];
  for (const r of [2, 3]) {
    formulas.push([
      null, null, null, null, null,
      r === 3 ? scoreFormula('C3', ['D3']) : null,
      ratingFormula(`C${r}`, [`D${r}`]),
      levelFormula(`F${r}`),
      null, null,
      ratingFormula(`I${r}`, [`J${r}`]),
      scoreFormula(`I${r}`, [`J${r}`]),
      levelFormula(`L${r}`),
    ]);
  }
  const fieldRows = ([
    ['id', 'Risk ID', 'A'], ['threat', 'Threat', 'B'], ['likelihood', 'Likelihood', 'C'], ['impact', 'Impact', 'D'], ['owner', 'Owner', 'E'],
    ['inherentScore', 'Score', 'F'], ['inherentRating', 'Inherent rating', 'G'], ['inherentLevel', 'Inherent level', 'H'],
    ['residualLikelihood', 'Residual likelihood', 'I'], ['residualImpact', 'Residual impact', 'J'], ['residualRating', 'Residual rating', 'K'],
    ['residualScore', 'Residual score', 'L'], ['residualLevel', 'Residual level', 'M'],
  ] as const).map(([f, h, c]) => [`field.${f}`, h, c]);
  const earlier = workbook(sheet('Risks', rows, { formulas }), settingsSheet([['register.sheet', 'Risks', null], ['register.headerRow', 1, null], ...fieldRows]));
  const upgraded = recalc(earlier, L_PLUS_I);
  const reg = registerOf(upgraded.after, 'Risks');

  it('leaves the team\'s Score column exactly as it is, the earlier version\'s formula included', () => {
    expect(column(reg, 'F')).toEqual(column(registerOf(earlier, 'Risks'), 'F'));
    expect(upgraded.location.teamColumns).toEqual({ inherentScore: 5 });
  });

  it('appends Riskbook\'s own Inherent score and moves its Inherent level onto it', () => {
    expect(at(reg, 'N1').value).toBe('Inherent score');
    expect(at(reg, 'N2').formula).toBe(scoreFormula('C2', ['D2']));
    expect(at(reg, 'H2').formula).toBe(levelFormula('N2'));
    expect(at(reg, 'H3').formula).toBe(levelFormula('N3'));
    expect(upgraded.location.mapping).toMatchObject({ inherentRating: 6, inherentScore: 13, inherentLevel: 7, residualScore: 11, residualLevel: 12 });
  });

  it('reports the team\'s 8 against the method\'s 6, and nothing as typed over', () => {
    expect(upgraded.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['risk-team-value-differs', 'F2', "R1: your 'Score' column holds 8; the methodology gives 6."],
    ]);
  });

  it('run again, changes nothing', () => {
    const again = recalc(upgraded.after, L_PLUS_I);
    expect(again.plan.writes).toEqual([]);
    expect(again.after).toEqual(upgraded.after);
  });
});

describe('a register with no settings sheet at all', () => {
  it('knows Riskbook\'s columns by the formulas they hold, and appends nothing', () => {
    const once = recalc(workbook(sheet('Register', ACME_REGISTER)), FIVE_BY_FIVE).after;
    const copied = { sheets: once.sheets.filter((s) => s.name !== 'Riskbook') };
    const again = recalc(copied, FIVE_BY_FIVE);
    expect(again.location.teamColumns).toBeUndefined();
    expect(again.plan.writes).toEqual([]);
    expect(registerOf(again.after, 'Register')).toEqual(registerOf(copied, 'Register'));
  });

  it('does not take a column for Riskbook\'s because of its header: typed numbers under "Inherent score" are the team\'s', () => {
    const rows: CellValue[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Owner', 'Inherent score'],
      ['R1', 'Phishing', 4, 4, 'CISO', 16],
      ['R2', 'Flood', 1, 5, 'COO', null],
    ];
    const first = recalc(workbook(sheet('Risks', rows)), FIVE_BY_FIVE);
    const reg = registerOf(first.after, 'Risks');
    expect(first.location.teamColumns).toEqual({ inherentScore: 5 });
    expect(at(reg, 'F3')).toEqual({ value: null, formula: null });
    expect(at(reg, 'G1').value).toBe('Inherent score');
    expect(at(reg, 'G3').formula).toBe(scoreFormula('C3', ['D3']));
    expect(first.findings.filter((f) => f.code.includes('team'))).toEqual([]);

    const second = recalc(first.after, FIVE_BY_FIVE);
    expect(second.location.teamColumns).toEqual({ inherentScore: 5 });
    expect(second.location.mapping.inherentScore).toBe(6);
    expect(second.after).toEqual(first.after);
  });
});
