/**
 * What the browser test serves in place of office.js (bundled by esbuild into one classic script):
 * the fake Office and Excel (tests/support/fake-excel) over a workbook made from the snapshot the
 * test puts in `window.__riskbookSnapshot` just before this code. It runs where office.js would,
 * before the task pane's bundle, and leaves `window.riskbookFake` for the test to read the
 * workbook back.
 */
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { FakeOfficeOptions } from '../support/fake-excel';
import { createFakeWorkbook, installFakeOffice, readFakeWorkbook } from '../support/fake-excel';

/** What the test reads through `page.evaluate`: plain JSON only. */
export interface FakeWindowHandle {
  sheetNames(): string[];
  snapshot(): WorkbookSnapshot;
  /** What `Range.select()` last selected, as the task pane asked for it. */
  selection(): { sheet: string; cell: string } | null;
  activeSheet(): string | null;
  /** Excel.run calls so far. */
  runs(): number;
}

interface StubWindow {
  __riskbookSnapshot?: WorkbookSnapshot;
  __riskbookOfficeOptions?: FakeOfficeOptions;
  riskbookFake?: FakeWindowHandle;
}

const host = window as unknown as StubWindow & typeof globalThis;
const seed = host.__riskbookSnapshot;
if (!seed) throw new Error('office-stub: window.__riskbookSnapshot is missing');

const workbook = createFakeWorkbook(seed);
const office = installFakeOffice(host, workbook, host.__riskbookOfficeOptions ?? {});

host.riskbookFake = {
  sheetNames: () => workbook.sheets.map((s) => s.name),
  snapshot: () => readFakeWorkbook(workbook),
  selection: () => (workbook.selection ? { sheet: workbook.selection.sheet, cell: workbook.selection.address } : null),
  activeSheet: () => workbook.activeSheet?.name ?? null,
  runs: () => office.runs.length,
};
