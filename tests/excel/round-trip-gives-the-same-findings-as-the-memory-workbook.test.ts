/**
 * The equivalence oracle: the plan the core makes, applied to Excel by the host and read back,
 * gives the workbook core's MemoryWorkbook gives for the same plan: same cells, same names, and
 * so the same findings from check(). Run twice, as a person would, it still agrees.
 */
import { respond } from '../../core/actions';
import { check } from '../../core/engine';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { GENERATOR } from '../../excel-addin/excel-run-request';
import { readFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { NOW, normaliseWorkbook, readWithHost, runHost, withFakeExcel } from './support/excel-harness';

function memoryAfter(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const plan = respond(snapshot, { kind: 'generate', action: 'recalc' }, { now: NOW, generator: GENERATOR }).plan;
  if (!plan) throw new Error('the core planned nothing');
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(plan);
  return wb.snapshot();
}

describe('a recalculation applied through the Excel host', () => {
  it('applies the plan the core makes for the workbook as it is', async () => {
    const { snapshot } = generateRegister({ risks: 150, seed: 31, gapRate: 0.3 });
    await withFakeExcel(snapshot, async (office) => {
      const { report } = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(report.plan).toEqual(respond(snapshot, { kind: 'generate', action: 'recalc' }, { now: NOW, generator: GENERATOR }).plan);
    });
  });

  it('reads back as the MemoryWorkbook after the same plan, and check() finds the same, run once and twice', async () => {
    const { snapshot } = generateRegister({ risks: 150, seed: 31, gapRate: 0.3 });
    const once = memoryAfter(snapshot);
    const twice = memoryAfter(once);
    await withFakeExcel(snapshot, async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      const read = (await readWithHost(office)).snapshot;
      expect(normaliseWorkbook(read)).toEqual(normaliseWorkbook(once));
      const findings = check(read, { now: NOW }).findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings).toEqual(check(once, { now: NOW }).findings);

      await runHost(office, { kind: 'generate', action: 'recalc' });
      const again = readFakeWorkbook(office.workbook);
      expect(normaliseWorkbook(again)).toEqual(normaliseWorkbook(twice));
      expect(check(again, { now: NOW }).findings).toEqual(check(twice, { now: NOW }).findings);
    });
  });
});
