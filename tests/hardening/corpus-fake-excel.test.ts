/**
 * The hostile corpus through the Excel host: the fake Excel installed over each case, then the
 * host's own entry `runRequest({ kind: 'generate', action: 'recalc' })`. Size cases run at the
 * smaller size the corpus gives for the fakes (the fake keeps every cell as an object).
 */
import type { ActionOutcome } from '../../core/actions';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { runRequest } from '../../excel-addin/excel-run-request';
import { createFakeWorkbook, installFakeOffice, readFakeWorkbook } from '../support/fake-excel';
import { CORPUS_NOW, hostileCorpus } from '../support/hostile-corpus';
import { casesFor, expectFindingOrOneLineError, expectWorkbookKept } from './corpus-checks';

const cases = casesFor('fake-excel', hostileCorpus());

describe('hostile corpus, Excel host on the fake Excel', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const wb = createFakeWorkbook(c.forFakes ?? c.snapshot);
    for (const name of c.protectedSheets ?? []) wb.sheet(name)!.protection.protected = true;
    const before = readFakeWorkbook(wb);
    const office = installFakeOffice(globalThis, wb);
    let outcome: ActionOutcome | undefined;
    let failure: unknown;
    let plan: WorkbookPlan | null = null;
    try {
      outcome = await runRequest({ kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW, onReport: (r) => (plan = r.plan) });
    } catch (err) {
      failure = err;
    } finally {
      office.uninstall();
    }
    if (failure !== undefined) {
      // The host's documented failure: one line a person can read, never a stack or a raw error.
      const message = failure instanceof Error ? failure.message : String(failure);
      expect({ case: c.name, message: message.split(/\r?\n/).length }).toEqual({ case: c.name, message: 1 });
      expect(c.protectedSheets?.length ?? 0).toBeGreaterThan(0);
    } else {
      expectFindingOrOneLineError(outcome!);
    }
    expectWorkbookKept(c, before, readFakeWorkbook(wb), plan);
    // A sheet the person protected is still protected afterwards.
    for (const name of c.protectedSheets ?? []) expect({ name, protected: wb.sheet(name)!.protection.protected }).toEqual({ name, protected: true });
  });
});
