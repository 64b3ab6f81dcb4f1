/**
 * Riskbook owns only what it made: a sheet is Riskbook's by its marks (the stamp line under a
 * title it writes, the lists' headers, the settings title), never by its name. A team's own
 * sheet under a name Riskbook would use is left exactly as it is; Riskbook works beside it. A
 * team's own Statement of Applicability is the SoA in use whatever its name: every cell the team
 * typed stays, and Riskbook writes only its columns beside the table (team-soa-is-read-and-written-beside).
 */
import { check, generate } from '../../../core/engine';
import { resolveOwnSheets, roleOf } from '../../../core/ownership/own-sheets';
import { SHEETS } from '../../../core/workbook/names';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, LATER, applyPlan, threeRiskRegister } from '../engine/engine-fixtures';

/** Sheets a team plausibly keeps, under names Riskbook also uses. */
const TEAM_SHEETS: readonly SheetSnapshot[] = [
  { name: 'Lists', values: [['Departments', 'Sites'], ['Finance', 'Berlin'], ['IT', 'Lyon'], ['Sales', '=not a formula']] },
  { name: 'Heatmap', values: [['Board heatmap Q3'], [], ['', 'Low', 'High'], ['Likely', 2, 5], ['Rare', 7, 1]] },
  { name: 'Checks', values: [['Audit checklist'], ['Item', 'Done'], ['Access review', 'yes'], ['Backup test', 'no']] },
  { name: 'Dashboard', values: [['Security KPIs, Q3'], ['Metric', 'Value'], ['Phishing click rate', 0.04], ['Open incidents', 3]] },
  {
    name: 'Statement of Applicability',
    values: [
      ['Exported from our GRC tool'],
      ['Control', 'Theme', 'Applicability', 'Justification'],
      ['5.1', 'Organizational', 'Applicable', 'Policy set'],
      ['8.24', 'Technological', 'Applicable', 'Encryption at rest'],
    ],
  },
];

function withTeamSheets(...names: string[]): WorkbookSnapshot {
  const base = threeRiskRegister();
  return { sheets: [...base.sheets, ...TEAM_SHEETS.filter((s) => names.includes(s.name))] };
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** What a person sees of a sheet: its cells, its visibility and where it sits among the team's own sheets. */
function asTyped(s: SheetSnapshot | undefined): unknown {
  if (!s) return undefined;
  const values = s.values.map((row) => row.map((v) => (v === '' ? null : v)));
  while (values.length > 0 && values[values.length - 1]!.every((v) => v === null)) values.pop();
  return { values: values.map((row) => { const r = [...row]; while (r.length > 0 && r[r.length - 1] === null) r.pop(); return r; }), hidden: s.hidden ?? false };
}

/** The cells of `before`'s own rows and columns as they are in `after`: what the team typed. */
function teamPart(after: SheetSnapshot | undefined, before: SheetSnapshot): unknown {
  const width = Math.max(...before.values.map((r) => r.length));
  return asTyped(after && { ...after, values: after.values.slice(0, before.values.length).map((r) => r.slice(0, width)) });
}

describe('a team sheet under a name Riskbook uses', () => {
  const NOT_SOA = TEAM_SHEETS.filter((s) => s.name !== SHEETS.soa);
  it.each(NOT_SOA.map((s) => [s.name]))('"%s" is left exactly as it was by recalc, twice', (name) => {
    const before = withTeamSheets(name);
    const once = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    const twice = applyPlan(once, generate(once, 'recalc', { now: LATER }).plan);
    for (const after of [once, twice]) {
      expect(asTyped(sheetOf(after, name))).toEqual(asTyped(sheetOf(before, name)));
    }
  });

  it("a team's own SoA under Riskbook's name keeps every cell the team typed, twice, and is the SoA in use", () => {
    const before = withTeamSheets(SHEETS.soa);
    const first = generate(before, 'recalc', { now: NOW });
    const once = applyPlan(before, first.plan);
    const twice = applyPlan(once, generate(once, 'recalc', { now: LATER }).plan);
    const team = sheetOf(before, SHEETS.soa)!;
    for (const after of [once, twice]) expect(teamPart(sheetOf(after, SHEETS.soa), team)).toEqual(asTyped(team));
    expect(first.plan.sheets.filter((s) => s.role === 'soa')).toEqual([]);
    expect(first.findings.filter((f) => f.code === 'sheet-name-taken')).toEqual([]);
  });

  it('is never reordered: the team sheets keep their order ahead of Riskbook\'s', () => {
    const before = withTeamSheets('Lists', 'Heatmap', 'Checks', 'Statement of Applicability');
    const after = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    const team = after.sheets.map((s) => s.name).filter((n) => before.sheets.some((b) => b.name === n));
    expect(team).toEqual(before.sheets.map((s) => s.name));
    expect(after.sheets.slice(0, before.sheets.length).map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it('gets one sheet-name-taken finding naming both sheets; Riskbook builds its own under a free name', () => {
    const before = withTeamSheets('Heatmap', 'Checks');
    const result = generate(before, 'recalc', { now: NOW });
    const taken = result.findings.filter((f) => f.code === 'sheet-name-taken');
    expect(taken.map((f) => [f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ['Heatmap', 'A1'],
        ['Checks', 'A1'],
      ]),
    );
    expect(taken).toHaveLength(2);
    expect(taken.find((f) => f.sheet === 'Heatmap')!.message).toContain('"Riskbook Heatmap"');
    const planned = result.plan.sheets.map((s) => s.name);
    expect(planned).toEqual(expect.arrayContaining(['Riskbook Heatmap', 'Riskbook Checks']));
    expect(planned).not.toContain('Heatmap');
    expect(planned).not.toContain('Checks');
  });

  it('keeps its name on the next run too: Riskbook finds its own sheet by the stamp, not the name', () => {
    const before = withTeamSheets('Heatmap');
    const once = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    expect(resolveOwnSheets(once).names.heatmap).toBe('Riskbook Heatmap');
    const second = generate(once, 'recalc', { now: LATER });
    expect(second.plan.sheets.filter((s) => s.role === 'heatmap').map((s) => s.name)).toEqual(['Riskbook Heatmap']);
    expect(second.changes.join('; ')).not.toMatch(/Created[^;]*Heatmap/);
  });

  it('a Checks finding about Riskbook\'s heatmap links to Riskbook\'s sheet, not the team\'s', () => {
    const before = withTeamSheets('Heatmap');
    const once = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    const findings = check(once, { now: LATER }).findings;
    expect(findings.filter((f) => f.sheet === 'Heatmap').map((f) => f.code)).toEqual(['sheet-name-taken']);
  });
});

describe('the internal sheets', () => {
  it('take names no team would use', () => {
    const before = threeRiskRegister();
    const plan = generate(before, 'recalc', { now: NOW }).plan;
    const hidden = plan.sheets.filter((s) => s.hidden).map((s) => s.name);
    expect(hidden.sort()).toEqual(['Riskbook', 'Riskbook lists', 'Riskbook trail']);
    expect(plan.names.filter((n) => n.name === 'RB_LikelihoodKeys').map((n) => n.sheet)).toEqual(['Riskbook lists']);
  });

  it('a team "Lists" sheet is not hidden, and the dropdown names point at Riskbook\'s own lists', () => {
    const before = withTeamSheets('Lists');
    const after = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    expect(sheetOf(after, 'Lists')?.hidden ?? false).toBe(false);
    const keys = after.names?.find((n) => n.name === 'RB_LikelihoodKeys');
    expect(keys?.reference).toMatch(/^'Riskbook lists'!/);
  });
});

describe('workbooks generated by earlier versions', () => {
  /** What an earlier version left: every sheet under its usual name, the lists on "Lists". */
  function earlierVersionWorkbook(): WorkbookSnapshot {
    const first = applyPlan(threeRiskRegister(), generate(threeRiskRegister(), 'recalc', { now: NOW }).plan);
    return {
      ...first,
      sheets: first.sheets.map((s) => (s.name === SHEETS.lists ? { ...s, name: 'Lists' } : s)),
      names: first.names?.map((n) => ({ ...n, reference: n.reference.replace("'Riskbook lists'!", "'Lists'!") })),
    };
  }

  it('keep working: their stamped sheets are recognised and refreshed in place, no duplicates', () => {
    const earlier = earlierVersionWorkbook();
    const own = resolveOwnSheets(earlier);
    expect(own.names).toMatchObject({ lists: 'Lists', heatmap: 'Heatmap', soa: 'Statement of Applicability', checks: 'Checks', settings: 'Riskbook' });
    expect(own.displaced).toEqual([]);
    const next = generate(earlier, 'recalc', { now: LATER });
    const names = next.plan.sheets.map((s) => s.name);
    expect(names).toContain('Lists');
    expect(names).not.toContain('Riskbook lists');
    expect(next.findings.map((f) => f.code)).not.toContain('sheet-name-taken');
  });

  it('a stamped sheet whose title a person changed is still Riskbook\'s under its usual name', () => {
    const earlier = earlierVersionWorkbook();
    const heatmap = earlier.sheets.find((s) => s.name === 'Heatmap')!;
    const retitled = { ...heatmap, values: [['Our heatmap (board copy)'], ...heatmap.values.slice(1)] };
    expect(roleOf(retitled)).toBe('heatmap');
  });

  it('a copy a person made of a stamped sheet is not mistaken for the real one', () => {
    const earlier = earlierVersionWorkbook();
    const soa = earlier.sheets.find((s) => s.name === 'Statement of Applicability')!;
    const withCopy = { ...earlier, sheets: [{ ...soa, name: 'SoA 2025 (approved)' }, ...earlier.sheets] };
    expect(resolveOwnSheets(withCopy).names.soa).toBe('Statement of Applicability');
  });
});

describe('the Methodology', () => {
  it('a team document called "Methodology" in another layout is theirs; Riskbook writes its own beside it', () => {
    const doc: SheetSnapshot = { name: 'Methodology', values: [['How we assess risk'], ['We score asset value x likelihood x consequence.']] };
    const before: WorkbookSnapshot = { sheets: [...threeRiskRegister().sheets, doc] };
    const after = applyPlan(before, generate(before, 'recalc', { now: NOW }).plan);
    expect(asTyped(sheetOf(after, 'Methodology'))).toEqual(asTyped(doc));
    expect(resolveOwnSheets(after).names.methodology).toBe('Riskbook Methodology');
  });
});
