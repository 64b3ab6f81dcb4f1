/** The hostile corpus through the in-memory host: respond(recalc) and apply to a MemoryWorkbook. */
import type { PanelRequest } from '../../core/actions';
import { respond } from '../../core/actions';
import { parseRange } from '../../core/workbook/a1';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { COL, CORPUS_NOW, hostileCorpus } from '../support/hostile-corpus';
import { casesFor, expectFindingOrOneLineError, expectWorkbookKept } from './corpus-checks';
import { badSheetReferences, changedUserCells, ownedColumns, planTexts, textsNotKept } from './user-cells';

const cases = casesFor('memory', hostileCorpus());

describe('hostile corpus, in-memory host', () => {
  it('has at least 40 cases', () => {
    expect(hostileCorpus().length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const response = respond(c.snapshot, { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW });
    expectFindingOrOneLineError(response.outcome);
    const wb = MemoryWorkbook.fromSnapshot(c.snapshot);
    if (response.plan) wb.apply(response.plan);
    expectWorkbookKept(c, c.snapshot, wb.snapshot(), response.plan);
  });
});

describe('hostile corpus, every other panel request', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const snapshot = c.forFakes ?? c.snapshot;
    const first = snapshot.sheets[0]!.name;
    const requests: PanelRequest[] = [
      { kind: 'status' },
      { kind: 'generate', action: 'soa' },
      { kind: 'generate', action: 'rtp' },
      { kind: 'generate', action: 'heatmap' },
      { kind: 'previewSheet', sheet: first },
      { kind: 'adoptSheet', sheet: first },
    ];
    for (const request of requests) {
      const response = respond(snapshot, request, { now: CORPUS_NOW });
      if (!response.outcome.ok) expect(response.outcome.message).not.toMatch(/\n|\r/);
      const wb = MemoryWorkbook.fromSnapshot(snapshot);
      if (response.plan) wb.apply(response.plan, { contentOnly: true });
      expect(changedUserCells(snapshot, wb.snapshot(), ownedColumns(snapshot, CORPUS_NOW))).toEqual([]);
    }
  });
});

describe('the user-cell comparer', () => {
  const c = hostileCorpus().find((x) => x.name === 'injection-in-free-text')!;
  it('notices a changed user cell', () => {
    const wb = MemoryWorkbook.fromSnapshot(c.snapshot);
    wb.sheets[0]!.values[3]![COL.notes] = 'changed';
    expect(changedUserCells(c.snapshot, wb.snapshot(), ownedColumns(c.snapshot, CORPUS_NOW))).toHaveLength(1);
  });

  it('notices text that became a formula and a sheet name left unquoted', () => {
    const plan = respond(c.snapshot, { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW }).plan;
    const wb = MemoryWorkbook.fromSnapshot(c.snapshot);
    wb.apply(plan!);
    const texts = planTexts(plan);
    const [sheetName, cells] = [...texts].find(([, m]) => m.size > 0)!;
    const [key] = [...cells.keys()];
    const [r, col] = key!.split(',').map(Number) as [number, number];
    const sheet = wb.sheet(sheetName)!;
    sheet.formulas[r]![col] = '=HYPERLINK("http://evil.example")';
    expect(textsNotKept(plan, wb.snapshot()).length).toBeGreaterThan(0);
    expect(badSheetReferences("=COUNTIFS(Risk register!A1,1)+HYPERLINK(\"#Nope!A1\")", ['Risk register'])).toHaveLength(2);
  });
});

describe('a stray cell a million rows down', () => {
  it('does not stretch the register dropdowns, formats and rules over a million rows', () => {
    const c = hostileCorpus().find((x) => x.name === 'million-row-used-range')!;
    const plan = respond(c.snapshot, { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW }).plan!;
    const register = plan.sheets.find((s) => s.name === 'Risk register')!;
    const ranges = [...register.formats, ...register.validations, ...register.conditionalFormats].map((x) => x.range);
    expect(ranges.length).toBeGreaterThan(0);
    expect(Math.max(...ranges.map((r) => parseRange(r)!.rows))).toBeLessThan(1000);
  });
});
