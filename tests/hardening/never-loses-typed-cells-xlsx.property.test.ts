/**
 * Issue 10, item 6, on the .xlsx host: the same promise as
 * never-loses-typed-cells.property.test.ts, through the CLI's own path. Each random workbook is
 * written to an .xlsx with ExcelJS; when it has a history, Riskbook recalculates that file first
 * (read-xlsx-snapshot → engine → apply-plan-to-xlsx → save) and the notes are then typed into the
 * file, as a person would. Then `check`, `recalc`, `soa`, `rtp` and `heatmap` each run on that file
 * (each from the same bytes), and the file is read back: every cell a person typed is the same, at
 * the same place or the same key, and every problem reported before a recalc (the earlier one and
 * this one) is still reported after it.
 */
import type * as ExcelJS from 'exceljs';
import * as fc from 'fast-check';
import { GENERATOR } from '../../cli/commands/common';
import type { GenerateAction } from '../../cli/engine';
import { check, generate } from '../../cli/engine';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { snapshotToXlsx, typeIntoXlsx } from '../support/snapshot-xlsx';
import type { Ledger, TeamCase } from '../support/team-workbooks';
import { HISTORY_NOW, TEAM_NOW, buildInitial, teamWorkbookSpec, typeHistoryNotes } from '../support/team-workbooks';
import type { Failure } from './typed-cells-actions';
import { assertProperty, replayParameters, lostAcross, reportFailures } from './typed-cells-actions';
import { typedCellViolations } from './typed-cells';

const NUM_RUNS = Number(process.env.RISKBOOK_TYPED_CELLS_XLSX_RUNS ?? 15);
/** Replays a reported failure: `RISKBOOK_TYPED_CELLS_SEED=<seed> RISKBOOK_TYPED_CELLS_PATH=<path> npx jest <this file>`. */
const REPLAY = replayParameters();
const ACTIONS: readonly (GenerateAction | 'check')[] = ['check', 'recalc', 'soa', 'rtp', 'heatmap'];

/** What `riskbook recalc|soa|rtp|heatmap FILE --out OUT` does, in process: the file read back afterwards. */
async function cliRun(file: Buffer, action: GenerateAction | 'check', now: string): Promise<{ before: WorkbookSnapshot; after: WorkbookSnapshot; workbook: ExcelJS.Workbook; out: Buffer }> {
  const workbook = await loadWorkbook(file);
  const before = readXlsxSnapshot(workbook);
  if (action === 'check') {
    check(before, { now, generator: GENERATOR });
    return { before, after: readXlsxSnapshot(await loadWorkbook(file)), workbook, out: file };
  }
  const result = generate(before, action, { now, generator: GENERATOR });
  await applyPlanToXlsx(workbook, result.plan);
  const out = await saveWorkbook(workbook);
  return { before, after: readXlsxSnapshot(await loadWorkbook(out)), workbook, out };
}

/** A case on the .xlsx host: the file the actions run on, and the ledger of whose each part is. */
async function xlsxCase(spec: TeamCase['spec']): Promise<{ c: TeamCase; file: Buffer; failures: Failure[] }> {
  const initial = buildInitial(spec);
  const failures: Failure[] = [];
  let file = await snapshotToXlsx(initial.snapshot);
  let ledger: Ledger = initial.ledger;
  let snapshot = readXlsxSnapshot(await loadWorkbook(file));
  let history: TeamCase['history'] = null;
  if (spec.history) {
    const first = await cliRun(file, 'recalc', HISTORY_NOW);
    const violations = typedCellViolations(first.before, first.after, initial.ledger);
    const lost = lostAcross(first.before, first.after, initial.ledger, HISTORY_NOW);
    if (violations.length > 0 || lost.length > 0) failures.push({ phase: 'the earlier recalc (before people typed their notes)', violations, lost });
    const typed = typeHistoryNotes(spec, first.before, initial.ledger, first.after);
    for (const n of typed.ledger.notes) {
      const v = n.value;
      typeIntoXlsx(first.workbook, n.sheet, n.row, n.col, v !== null && typeof v === 'object' ? null : v, v !== null && typeof v === 'object' ? v.formula : null);
    }
    file = await saveWorkbook(first.workbook);
    ledger = typed.ledger;
    snapshot = readXlsxSnapshot(await loadWorkbook(file));
    history = { after: first.after };
  }
  const c: TeamCase = { spec, initial: initial.snapshot, initialLedger: initial.ledger, snapshot, ledger, history };
  return { c, file, failures };
}

describe('never loses typed cells, .xlsx host through the CLI path (issue 10)', () => {
  it('keeps every cell a person typed through check, recalc, soa, rtp and heatmap, and every problem reported before a recalc', async () => {
    await assertProperty(
      fc.asyncProperty(teamWorkbookSpec, async (spec) => {
        const { c, file, failures } = await xlsxCase(spec);
        for (const action of ACTIONS) {
          const run = await cliRun(file, action, TEAM_NOW);
          const violations = typedCellViolations(run.before, run.after, c.ledger);
          const lost = action === 'recalc' ? lostAcross(run.before, run.after, c.ledger, TEAM_NOW) : [];
          if (violations.length > 0 || lost.length > 0) failures.push({ phase: `riskbook ${action}`, violations, lost });
        }
        if (failures.length > 0) throw new Error(reportFailures(c, failures, '.xlsx host'));
      }),
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: 40_000, ...REPLAY },
    );
  }, 120_000);
});
