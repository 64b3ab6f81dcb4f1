/**
 * `generate` reports on the workbook as its plan leaves it without reading that workbook whole
 * again: it carries its first look at the register into the second (engine.ts `RegisterPass`) and
 * leaves the register's formula columns out of the workbook it looks at. Whatever it saves, its
 * findings must be the findings of a plain `check` of the workbook the plan leaves, formulas and
 * all. Held on every register of the adoption corpus and on a generated one with gaps.
 */
import { check, generate } from '../../core/engine';
import { contentAfter } from '../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { streamXlsxSnapshot } from '../../cli/xlsx/stream-xlsx-snapshot';
import { corpusEntries } from './corpus-entries';
import { GENERATED_NOW, generateRegister } from '../support/register-generator';

const options = { now: GENERATED_NOW };

function agrees(snapshot: WorkbookSnapshot): void {
  const generated = generate(snapshot, 'recalc', options);
  const after = contentAfter(snapshot, generated.plan);
  const checked = check(after, options);
  expect(generated.findings).toEqual(checked.findings);
  expect(generated.riskCount).toBe(checked.riskCount);
}

describe("generate's findings are a check of its result", () => {
  const entries = corpusEntries();

  it.each(entries.map((e) => [e.name, e] as const))('%s', async (_, entry) => {
    agrees(await streamXlsxSnapshot(await entry.load()));
  });

  it('a generated register of 2,000 risks with gaps, merged values and 2013 ids', () => {
    agrees(generateRegister({ risks: 2_000, seed: 7, gapRate: 0.05 }).snapshot);
  });
});
