import { ANNEX_A_CATALOGUE } from '../../core/annex-a/catalogue';
import { serialFromIso } from '../../core/dates';
import { parseLevel } from '../../core/methodology/levels';
import { DEFAULT_METHODOLOGY } from '../../core/methodology/presets';
import { locateRegister } from '../../core/register/locate-register';
import { readRisks } from '../../core/register/read-risks';
import { registerCellOf, riskRules } from '../../core/rules/risk-rules';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { GapKind } from './register-generator';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, GENERATED_NOW, generateRegister } from './register-generator';

const GAP_CODES: Readonly<Record<Exclude<GapKind, 'blank-row'>, string>> = {
  'owner-missing': 'risk-owner-missing',
  'control-2013': 'control-2013-id',
  'control-unknown': 'control-unknown',
  'accepted-high-unapproved': 'acceptance-unacceptable-unapproved',
  'mitigate-without-controls': 'mitigate-without-controls',
  'review-overdue': 'review-overdue',
};

/** Register and risk-rule findings of a snapshot, as the engine would raise them. */
function findingsOf(snapshot: WorkbookSnapshot) {
  const location = locateRegister(snapshot).location;
  if (!location) throw new Error('generated register not found');
  const read = readRisks(snapshot, location, DEFAULT_METHODOLOGY, ANNEX_A_CATALOGUE);
  const rules = riskRules({
    risks: read.risks,
    methodology: DEFAULT_METHODOLOGY,
    sheet: location.sheet,
    cellOf: registerCellOf(location),
    now: serialFromIso(GENERATED_NOW)!,
    // As the engine asks: a rationale only where the register has a column for it.
    hasColumn: (field) => location.mapping[field] !== undefined,
  });
  return { risks: read.risks, findings: [...read.findings, ...rules] };
}

describe('the register generator', () => {
  it('gives the same register for the same seed, and another for another seed', () => {
    expect(generateRegister({ risks: 50, seed: 7, gapRate: 0.2 })).toEqual(generateRegister({ risks: 50, seed: 7, gapRate: 0.2 }));
    expect(generateRegister({ risks: 50, seed: 7 }).snapshot).not.toEqual(generateRegister({ risks: 50, seed: 8 }).snapshot);
  });

  it('lays the register out like the Acme example: header on row 4, one row per risk', () => {
    const { snapshot } = generateRegister({ risks: 120, seed: 3 });
    const sheet = snapshot.sheets[0]!;
    expect(sheet.values[GENERATED_HEADER_ROW]).toEqual([...GENERATED_HEADERS]);
    expect(sheet.values).toHaveLength(GENERATED_HEADER_ROW + 1 + 120);
    expect(sheet.values[GENERATED_HEADER_ROW + 120]?.[0]).toBe('R-120');
  });

  it('writes every likelihood and impact on the default 5 x 5 scale, in mixed styles', () => {
    const { snapshot } = generateRegister({ risks: 200, seed: 11 });
    const rows = snapshot.sheets[0]!.values.slice(GENERATED_HEADER_ROW + 1);
    const likelihoods = rows.map((r) => r[6] ?? null);
    const impacts = rows.map((r) => r[7] ?? null);
    for (const cell of likelihoods) expect(parseLevel(DEFAULT_METHODOLOGY.likelihood, cell).kind).toBe('level');
    for (const cell of impacts) expect(parseLevel(DEFAULT_METHODOLOGY.impact, cell).kind).toBe('level');
    const styleOf = (c: unknown): string =>
      typeof c === 'number' ? 'number' : /^\d$/.test(String(c)) ? 'digit text' : String(c).includes(' - ') ? 'option' : 'label';
    expect(new Set([...likelihoods, ...impacts].map(styleOf))).toEqual(new Set(['number', 'digit text', 'option', 'label']));
  });

  it('is clean when no gaps are asked for', () => {
    const { risks, findings } = findingsOf(generateRegister({ risks: 300, seed: 5 }).snapshot);
    expect(risks).toHaveLength(300);
    expect(findings).toEqual([]);
  });

  it('raises exactly the finding of each gap it puts in', () => {
    const { snapshot, gaps } = generateRegister({ risks: 400, seed: 9, gapRate: 0.25 });
    const { risks, findings } = findingsOf(snapshot);
    expect(risks).toHaveLength(400);
    const expected = [...gaps]
      .filter(([, kind]) => kind !== 'blank-row')
      .map(([id, kind]) => `${id} ${GAP_CODES[kind as Exclude<GapKind, 'blank-row'>]}`)
      .sort();
    const raised = findings.map((f) => `${/R-\d+/.exec(f.message)?.[0]} ${f.code}`).sort();
    expect(raised).toEqual(expected);
    expect(new Set(gaps.values()).size).toBe(7);
  });
});
