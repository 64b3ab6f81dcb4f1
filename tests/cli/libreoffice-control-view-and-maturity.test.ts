/**
 * LibreOffice as the referee of the Control view and the Maturity sheet: `riskbook recalc` writes
 * the example, the team works on 8.16 in the plan and the SoA (typed into the file, no second run),
 * and LibreOffice computes the view's live cells and the stated level. They must show what the
 * typed cells hold, and the level and statuses the core finds, as the formulas modelled in the core
 * tests (tests/core/outputs/live-formula.ts) say.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { maturityOf } from '../../core/engine';
import { parseCell } from '../../core/workbook/a1';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { CONTROL, EVERYTHING_ABOUT_816, assessedCriteria, everythingAbout, statedCriteria, statedLevel, workOn816 } from '../core/outputs/example-control-view';
import { libreOfficeMissing, recalculateWithLibreOffice } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { typeIntoXlsx } from '../support/snapshot-xlsx';
import { ROOT, runCli, tempDir } from './support/cli-build';

const describeWithLibreOffice = requires('the Control view and Maturity oracle tests', libreOfficeMissing()).describe;
const NOW = '2026-11-23T09:00:00Z';

/** The workbook as LibreOffice computed it: every cell its value, formulas set aside. */
function computed(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.map((s) => ({ ...s, formulas: [] })) };
}

describeWithLibreOffice('the Control view and the Maturity sheet, computed by LibreOffice', () => {
  it('shows everything about 8.16 as typed, and states the level and criteria the core finds', async () => {
    const dir = tempDir('lo-control-view');
    const recalculated = path.join(dir, 'example.xlsx');
    const cli = runCli(['recalc', path.join(ROOT, 'examples/acme-saas-register.xlsx'), '--out', recalculated, '--now', NOW]);
    expect([0, 1]).toContain(cli.code);
    const after = readXlsxSnapshot(await loadWorkbook(readFileSync(recalculated)));

    const wb = await loadWorkbook(readFileSync(recalculated));
    for (const e of workOn816(after)) {
      const at = parseCell(e.cell)!;
      typeIntoXlsx(wb, e.sheet, at.row, at.col, e.value, null);
    }
    const worked = path.join(dir, 'worked.xlsx');
    writeFileSync(worked, await saveWorkbook(wb));

    const out = recalculateWithLibreOffice(worked, path.join(dir, 'lo'));
    const lo = computed(readXlsxSnapshot(await loadWorkbook(readFileSync(out))));
    expect(everythingAbout(lo, CONTROL)).toEqual(EVERYTHING_ABOUT_816);
    expect(statedLevel(lo)).toBe(`${maturityOf(after, { now: NOW })!.level} · Initial`);
    expect(statedCriteria(lo)).toEqual(assessedCriteria(maturityOf(after, { now: NOW })!));
  }, 300_000);
});
