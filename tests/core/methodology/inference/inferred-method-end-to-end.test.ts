/**
 * A workbook with no Methodology sheet is scored by the method its register shows: the scales its
 * rows use, the rule that reproduces the team's own scores, the bands its own levels draw. One
 * finding says what was inferred and how many rows it explains; then only the rows that disagree
 * are findings. "Recalculate" writes the method on the Methodology sheet marked for review, and
 * from then on it is read there.
 */
import { check, generate, inspect } from '../../../../core/engine';
import type { Finding } from '../../../../core/findings/finding';
import { presetMethodology } from '../../../../core/methodology/presets';
import { MemoryWorkbook } from '../../../../core/workbook/memory-workbook';
import { SHEETS } from '../../../../core/workbook/names';
import type { WorkbookPlan } from '../../../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../../../core/workbook/snapshot';
import { findSheet } from '../../../../core/workbook/snapshot';
import {
  NOW, PAIRS, REGISTER, cisoAssistantTemplate, id, numericRegister, owner, teamLevel, thirdFactorRegister, thirtyRisksThreeInconsistent, threat, wordRegister,
  workbook,
} from './team-registers';

const options = { now: NOW };

/** Codes that say a team's score or level disagrees with the method, or cannot be compared. */
const SCORING = ['risk-team-value-differs', 'register-team-values-differ', 'register-team-column-other-scale', 'risk-score-typed-over', 'risk-level-off-scale', 'methodology-inference-failed'];

const codes = (fs: readonly Finding[]): string[] => fs.map((f) => f.code);
const only = (fs: readonly Finding[], code: string): Finding[] => fs.filter((f) => f.code === code);
const scoring = (fs: readonly Finding[]): Finding[] => fs.filter((f) => SCORING.includes(f.code));

function inferred(fs: readonly Finding[]): Finding {
  const found = only(fs, 'methodology-inferred');
  expect(found).toHaveLength(1);
  return found[0]!;
}

function apply(snapshot: WorkbookSnapshot, plan: WorkbookPlan): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(plan);
  return wb.snapshot();
}

describe('a 5 x 5 numeric register with the team\'s own score and level, inherent and residual', () => {
  const before = numericRegister();
  const first = check(before, options);

  it('is scored by the method it shows, said in one finding on the register\'s header, instead of the default', () => {
    const f = inferred(first.findings);
    expect(f).toMatchObject({ severity: 'info', sheet: REGISTER, cell: 'A1' });
    expect(f.message).toBe(
      "No Methodology sheet: Riskbook inferred the team's method from the register: likelihood 1-5; impact 1-5; score = likelihood x impact; " +
        'bands Low 1-4, Medium 5-9, High 10-15, Critical 16-25. It explains 12 of 12 rows. Review and approve it on the Methodology sheet.',
    );
    expect(codes(first.findings)).not.toContain('methodology-missing');
  });

  it('raises no scoring finding: every score and level agrees with it', () => {
    expect(scoring(first.findings)).toEqual([]);
  });

  describe('recalculated', () => {
    const result = generate(before, 'recalc', options);
    const after = apply(before, result.plan);
    const method = findSheet(after, SHEETS.methodology)!;

    it('writes the method on the Methodology sheet, marked for review under the stamp', () => {
      expect(method.values[2]![0]).toBe('Inferred from the register on 2026-11-23: review and approve (then delete this line).');
      const bands = method.values.filter((r) => ['Low', 'Medium', 'High', 'Critical'].includes(String(r[0])) && typeof r[1] === 'number');
      expect(bands.map((r) => [r[0], r[1], r[2]])).toEqual([['Low', 1, 4], ['Medium', 5, 9], ['High', 10, 15], ['Critical', 16, 25]]);
    });

    it('reads it back from the sheet as the same method, and says it awaits approval', () => {
      expect(inspect(after, options).methodology).toEqual(inspect(before, options).methodology);
      const awaiting = only(result.findings, 'methodology-inferred-unapproved');
      expect(awaiting.map((f) => [f.sheet, f.cell, f.message])).toEqual([
        [SHEETS.methodology, 'A3', 'The Methodology sheet holds the method Riskbook inferred from the register on 2026-11-23, and it still says it awaits review.'],
      ]);
      expect(codes(result.findings)).not.toContain('methodology-inferred');
    });

    it('reports on the workbook as it will be: a check afterwards finds what the recalculation said', () => {
      expect(check(after, options).findings).toEqual(result.findings);
      expect(scoring(result.findings)).toEqual([]);
    });

    it('is reviewed by deleting the line: all that is left to say is who approved it, and when', () => {
      const approved: WorkbookSnapshot = {
        ...after,
        sheets: after.sheets.map((s) => (s.name === SHEETS.methodology ? { ...s, values: s.values.map((r, k) => (k === 2 ? [] : r)) } : s)),
      };
      const c = check(approved, options);
      expect(codes(c.findings).filter((code) => code.startsWith('methodology-'))).toEqual(['methodology-unapproved']);
      expect(inspect(approved, options).methodology).toEqual(inspect(before, options).methodology);
    });
  });
});

describe('an H / M / L register with only the team\'s level column', () => {
  const c = check(wordRegister(), options);

  it('reads the words and the letters as scales, and the levels as bands over the rule they follow', () => {
    expect(inferred(c.findings).message).toContain(
      'likelihood Low / Medium / High; impact L / M / H; score = likelihood x impact, the rule the team\'s levels follow best; bands Low 1-2, Medium 3-4, High 5-6, Critical 7-9. It explains 8 of 8 rows.',
    );
    expect(scoring(c.findings)).toEqual([]);
  });
});

describe('CISO Assistant\'s import template, French and English words side by side', () => {
  const c = check(cisoAssistantTemplate(), options);

  it('orders each column\'s words on one scale, so no value is off the scale', () => {
    expect(inferred(c.findings).message).toContain('likelihood unlikely / vraisemblable / very likely / certain; impact mineur / significatif / important / critique; score = likelihood x impact');
    expect(only(c.findings, 'risk-level-off-scale')).toEqual([]);
    expect(inspect(cisoAssistantTemplate(), options).risks.map((r) => [r.likelihood?.value, r.impact?.value])).toEqual([[2, 1], [1, 3], [3, 2], [4, 4]]);
  });
});

describe('a register whose team scores likelihood + impact', () => {
  const c = check(numericRegister((l, i) => l + i, (s) => (s <= 4 ? 'Low' : s <= 7 ? 'Medium' : 'High')), options);

  it('infers L + I and bands over 2 to 10', () => {
    expect(inferred(c.findings).message).toContain('score = likelihood + impact; bands Low 2-4, Medium 5-7, High 8-10. It explains 12 of 12 rows.');
    expect(scoring(c.findings)).toEqual([]);
  });
});

describe('a register where 3 of 30 risks score a pair differently from the others', () => {
  const c = check(thirtyRisksThreeInconsistent(), options);

  it('keeps L x I and reports exactly those 3 rows, plus one summary', () => {
    expect(inferred(c.findings).message).toContain('score = likelihood x impact');
    expect(inferred(c.findings).message).toContain('It explains 27 of 30 rows.');
    expect(only(c.findings, 'risk-team-value-differs').map((f) => f.cell)).toEqual(['E8', 'E19', 'E30']);
    expect(only(c.findings, 'register-team-values-differ').map((f) => [f.cell, f.message])).toEqual([
      ['E1', '3 of 30 rows disagree with the methodology in your own score or level columns: R-07, R-18, R-29.'],
    ]);
    expect(c.findings.filter((f) => f.code.startsWith('risk-team') || f.code.startsWith('register-team'))).toHaveLength(4);
  });
});

describe('a register scored asset value x likelihood x consequence, its method on a "Doc Info" sheet', () => {
  const c = check(thirdFactorRegister(), options);

  it('names the third factor once, at the team\'s score column, and points to the team\'s description', () => {
    expect(only(c.findings, 'methodology-third-factor').map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        'warning',
        'F1',
        "Your 'Risk score' column is 'Asset value' x likelihood x impact on 12 of 12 rows: a third factor Riskbook's method cannot hold. Riskbook scores likelihood x impact and does not compare your column row by row. The team's own description of its method: see sheet 'Doc Info'.",
      ],
    ]);
    expect(inferred(c.findings).message).toContain("see sheet 'Doc Info'");
  });

  it('does not compare the team\'s score and level row by row', () => {
    expect(scoring(c.findings)).toEqual([]);
  });
});

describe('a register whose scores no rule reproduces', () => {
  const scores = [20, 3, 17, 2, 6, 11, 1, 9, 22, 4, 14, 8];
  const before = workbook(
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk score', 'Risk owner', 'Treatment', 'Controls'],
    PAIRS.map(([l, i], k) => [id(k), threat(k), l, i, scores[k]!, owner(k), 'Mitigate', '8.7']),
  );
  const c = check(before, options);

  it('says so once, naming the rows that break the closest rule, and compares no row', () => {
    const failed = only(c.findings, 'methodology-inference-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'warning', cell: 'E1' });
    expect(failed[0]!.message).toMatch(/^No rule reproduces your 'Risk score' column from likelihood and impact: the closest, likelihood x impact, gives the team's score on 2 of 12 rows; R-02, R-03, R-05, R-06, R-07 and 5 more break it\./);
    expect(scoring(c.findings).filter((f) => f.code !== 'methodology-inference-failed')).toEqual([]);
  });
});

describe('a register whose scores use an impact from another column', () => {
  const overall = [5, 4, 3, 2, 5, 3, 2, 4, 5, 5, 4, 2];
  const before = workbook(
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Overall', 'Risk score', 'Risk owner', 'Treatment', 'Controls'],
    PAIRS.map(([l, i], k) => [id(k), threat(k), l, Math.max(1, i - 2), overall[k]!, l * overall[k]!, owner(k), 'Mitigate', '8.7']),
  );

  it('names that column as the impact the team scores by', () => {
    const f = only(check(before, options).findings, 'methodology-impact-elsewhere');
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['F1', "Your 'Risk score' column is likelihood x 'Overall' (column E) on 12 of 12 rows: 'Overall' is the impact the team scores by."],
    ]);
  });
});

describe('a register whose likelihood words fit no scale', () => {
  const colours = ['Red', 'Amber', 'Green'];
  const before = workbook(
    ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls'],
    PAIRS.map(([, i], k) => [id(k), threat(k), colours[k % 3]!, i, owner(k), 'Mitigate', '8.7']),
  );
  const c = check(before, options);

  it('says so at the likelihood header, and the default scale stands in', () => {
    expect(only(c.findings, 'methodology-scale-not-inferred').map((f) => [f.cell, f.message])).toEqual([
      ['C1', "The likelihood values in 'Likelihood' (\"Red\", \"Amber\", \"Green\") fit no scale Riskbook knows, so no likelihood scale could be inferred; the default one stands in."],
    ]);
    expect(inferred(c.findings).message).toContain('likelihood 1-5 (the default); impact 1-5;');
    expect(only(c.findings, 'risk-level-off-scale')).toHaveLength(12);
  });
});

describe('where the method is not inferred', () => {
  it('a preset asked for stands in, as for a new register', () => {
    const c = check(numericRegister(), { ...options, preset: '5x5' });
    expect(codes(c.findings).filter((code) => code.startsWith('methodology-'))).toEqual([]);
    expect(inspect(numericRegister(), { ...options, preset: '5x5' }).methodology).toEqual(presetMethodology('5x5'));
  });

  it('a Methodology sheet is the team\'s method, even where the register disagrees with it', () => {
    const withMethod = apply(numericRegister(), generate(numericRegister(), 'recalc', { ...options, preset: '3x3' }).plan);
    const c = check(withMethod, options);
    expect(codes(c.findings)).not.toContain('methodology-inferred');
    expect(codes(c.findings)).not.toContain('methodology-inferred-unapproved');
    expect(only(c.findings, 'risk-level-off-scale').length).toBeGreaterThan(0);
  });

  it('a workbook without a register keeps the default and says so', () => {
    const c = check({ sheets: [{ name: 'Notes', values: [['Nothing to see']] }] }, options);
    expect(codes(c.findings)).toContain('methodology-missing');
  });
});

describe('a register with no score or level column of the team\'s', () => {
  const rows: CellValue[][] = PAIRS.map(([l, i], k) => [id(k), threat(k), l, i, owner(k), 'Mitigate', '8.7']);
  const c = check(workbook(['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Risk owner', 'Treatment', 'Controls'], rows), options);

  it('takes L x I and the default bands, and says there was nothing to check them against', () => {
    expect(inferred(c.findings).message).toContain(
      'score = likelihood x impact; bands Low 1-4, Medium 5-12, High 15-25 (the default bands). The register has no score or level column of its own to check it against.',
    );
    expect(teamLevel(20)).toBe('Critical');
  });
});
