/**
 * Issues 11 and 12: registers teams really keep are adopted, and so are the SoAs and treatment
 * plans they keep beside them. Every file of the corpus (tests/corpus, see
 * its README) goes through the CLI's own path: the .xlsx is read into a snapshot, the engine
 * inspects it and maps it, and `recalc` is applied to the file. Each file's expectations (what a
 * careful reader understands of it) become aspects that pass or fail; an aspect listed as
 * pending must fail (the list only shrinks), every other must pass, and every cell of every
 * input sheet must be the same after `recalc`. One line per file says how far it was adopted.
 */
import { GENERATOR } from '../../cli/commands/common';
import { check, generate, inspect, mappingReport } from '../../core/engine';
import type { Finding } from '../../core/findings/finding';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { Aspect } from './adoption-aspects';
import { adoptionAspects, teamSheetAspects } from './adoption-aspects';
import type { CorpusEntry } from './corpus-entries';
import { corpusEntries } from './corpus-entries';
import { changedInputCells } from './input-cells';

const NOW = '2026-12-06T10:00';
/** Share of the fields the corpus files truly have that must be mapped to the right column. */
const FIELD_ACCURACY_FLOOR = 0.95;

jest.setTimeout(120_000);

interface Outcome {
  readonly aspects: readonly Aspect[];
  /** Cells a person typed that differ after `recalc`, as `Sheet!A1: before → after`. */
  readonly changed: readonly string[];
  /** The findings `recalc` reports, and those a fresh check of the workbook it leaves reports. */
  readonly reported: { readonly byRecalc: readonly Finding[]; readonly byCheckAfter: readonly Finding[] };
}

async function adopt(entry: CorpusEntry): Promise<Outcome> {
  const bytes = await entry.load();
  const workbook = await loadWorkbook(bytes);
  const before: WorkbookSnapshot = readXlsxSnapshot(workbook);
  const options = { now: NOW, generator: GENERATOR };
  const analysis = inspect(before, options);
  const aspects = [...adoptionAspects(entry.expect, analysis, mappingReport(before, options)), ...teamSheetAspects(entry.expect, before, analysis)];
  const result = generate(before, 'recalc', options);
  const inMemory = MemoryWorkbook.fromSnapshot(before);
  inMemory.apply(result.plan, { contentOnly: true });
  const reported = { byRecalc: result.findings, byCheckAfter: check(inMemory.snapshot(), options).findings };
  await applyPlanToXlsx(workbook, result.plan);
  const after = readXlsxSnapshot(await loadWorkbook(await saveWorkbook(workbook)));
  return { aspects, changed: changedInputCells(before, after), reported };
}

const entries = corpusEntries();
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const entry of entries) outcomes.set(entry.name, await adopt(entry));
  const lines = entries.map((entry) => {
    const o = outcomes.get(entry.name)!;
    const failed = o.aspects.filter((a) => !a.ok);
    const fields = o.aspects.filter((a) => a.name.startsWith('fields.'));
    const mapped = fields.filter((a) => a.ok).length;
    const soaFields = o.aspects.filter((a) => a.name.startsWith('soa.fields.'));
    const soa = soaFields.length ? `, SoA fields ${soaFields.filter((a) => a.ok).length}/${soaFields.length}` : '';
    return `${entry.name}: ${o.aspects.length - failed.length}/${o.aspects.length} aspects, fields ${mapped}/${fields.length}${soa}, ${o.changed.length} typed cells changed${failed.length ? `; not yet: ${failed.map((a) => a.name).join(', ')}` : ''}`;
  });
  console.log(`Adoption corpus (${entries.length} files)\n${lines.join('\n')}`);
});

test('the corpus has public registers, synthetic look-alikes and a workbook that is only an SoA', () => {
  expect(entries.filter((e) => e.expect.workbook.startsWith('public/')).length).toBeGreaterThanOrEqual(5);
  expect(entries.some((e) => e.expect.kind === 'soa')).toBe(true);
});

test('the corpus has team SoAs in both editions, alone and beside a register, and team plans keyed by id and by title', () => {
  const soas = entries.flatMap((e) => (e.expect.soa ? [{ soa: e.expect.soa, alone: e.expect.register === null }] : []));
  expect(soas.some((s) => s.soa.edition === '2013')).toBe(true);
  expect(soas.some((s) => s.soa.edition === '2022' && s.alone)).toBe(true);
  expect(soas.some((s) => !s.alone)).toBe(true);
  const plans = entries.flatMap((e) => (e.expect.plan ? [e.expect.plan] : []));
  expect(new Set(plans.map((p) => p.keyedBy))).toEqual(new Set(['id', 'title']));
});

describe.each(entries.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
  test('every aspect a careful reader expects holds, except the pending ones, which still fail', () => {
    const o = outcomes.get(entry.name)!;
    const pending = entry.expect.pending;
    const regressions = o.aspects.filter((a) => !a.ok && !(a.name in pending)).map((a) => `${a.name}: ${a.detail}`);
    const nowPassing = o.aspects.filter((a) => a.ok && a.name in pending).map((a) => `${a.name} passes now: remove it from "pending"`);
    const unknownPending = Object.keys(pending).filter((name) => !o.aspects.some((a) => a.name === name)).map((n) => `pending "${n}" names no aspect`);
    expect([...regressions, ...nowPassing, ...unknownPending]).toEqual([]);
  });

  test('every cell of every input sheet is the same after recalc', () => {
    expect(outcomes.get(entry.name)!.changed).toEqual([]);
  });

  test("recalc's findings are those a fresh check of the workbook it leaves reports (one analysis, carried over)", () => {
    const { byRecalc, byCheckAfter } = outcomes.get(entry.name)!.reported;
    expect(byRecalc).toEqual(byCheckAfter);
  });
});

test(`at least ${FIELD_ACCURACY_FLOOR * 100} % of the fields the files truly have are mapped to the right column`, () => {
  const fields = [...outcomes.values()].flatMap((o) => o.aspects.filter((a) => a.name.startsWith('fields.')));
  const right = fields.filter((a) => a.ok).length;
  console.log(`Field mapping: ${right}/${fields.length} right (${((100 * right) / Math.max(1, fields.length)).toFixed(1)} %)`);
  expect(right / Math.max(1, fields.length)).toBeGreaterThanOrEqual(FIELD_ACCURACY_FLOOR);
});
