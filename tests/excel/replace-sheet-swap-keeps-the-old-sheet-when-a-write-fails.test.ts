/**
 * A `replace` sheet is built beside the old one and swapped in only at the end: when Excel fails
 * part-way, at any point of the write, the previous Statement of Applicability is still there with
 * every cell a person typed, no half-built sheet is left behind, and the person gets one line.
 */
import type { OperationInfo } from '../support/fake-excel';
import { readFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { runHost, withFakeExcel } from './support/excel-harness';
import { SHEETS } from '../../core/workbook/names';

const SOA = SHEETS.soa;

function isBuildSheet(op: OperationInfo): boolean {
  return op.sheet?.startsWith('Riskbook build') ?? false;
}

/** Failure points along the write of a regenerated SoA, from the first cell to the swap itself. */
const FAILURES: readonly [string, (op: OperationInfo) => boolean][] = [
  ['while writing the new sheet\'s cells', (op) => isBuildSheet(op) && op.objectKind === 'Range' && op.member === 'values'],
  ['while formatting the new sheet', (op) => isBuildSheet(op) && op.objectKind === 'RangeFill'],
  ['when the old sheet steps aside', (op) => op.objectKind === 'Worksheet' && op.member === 'name' && op.sheet === SOA],
  ['when the new sheet takes the name', (op) => op.objectKind === 'Worksheet' && op.member === 'name' && isBuildSheet(op)],
  ['when the old sheet is deleted', (op) => op.objectKind === 'Worksheet' && op.member === 'delete' && (op.sheet?.startsWith('Riskbook previous') ?? false)],
];

describe('a failure while regenerating the Statement of Applicability', () => {
  it.each(FAILURES)('%s leaves the previous sheet intact and no temporary sheet', async (_when, failing) => {
    const { snapshot } = generateRegister({ risks: 40, seed: 21 });
    await withFakeExcel(snapshot, async (office) => {
      const first = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(first.outcome.ok).toBe(true);
      // A justification a person typed into the SoA: the sheet must come back with it.
      const soa = office.workbook.sheet(SOA)!;
      soa.ensure(7, 5).value = 'Typed by the CISO';
      const before = readFakeWorkbook(office.workbook);
      const names = new Map([...office.workbook.names].map(([k, n]) => [k, n.formula]));

      office.excel.failWhen({ when: failing, code: 'GeneralException' });
      const error: unknown = await runHost(office, { kind: 'generate', action: 'soa' }).then(
        () => null,
        (err: unknown) => err,
      );

      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toMatch(/^Riskbook stopped while writing to the workbook: Excel reported GeneralException\. Sheets it was rebuilding keep their previous content\./);
      expect(message).not.toMatch(/\n|\bat \w/);
      const after = readFakeWorkbook(office.workbook);
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      expect(after.sheets.find((s) => s.name === SOA)).toEqual(before.sheets.find((s) => s.name === SOA));
      expect(office.workbook.sheet(SOA)!.at('F8')?.value).toBe('Typed by the CISO');
      expect(new Map([...office.workbook.names].map(([k, n]) => [k, n.formula]))).toEqual(names);
    });
  });

  it('swaps the new sheet in, in the old one\'s place, when nothing fails', async () => {
    const { snapshot } = generateRegister({ risks: 40, seed: 21 });
    await withFakeExcel(snapshot, async (office) => {
      await runHost(office, { kind: 'generate', action: 'recalc' });
      const old = office.workbook.sheet(SOA)!;
      old.ensure(7, 5).value = 'Typed by the CISO';
      const order = office.workbook.sheets.map((s) => s.name);
      const again = await runHost(office, { kind: 'generate', action: 'soa' });
      expect(again.outcome.ok).toBe(true);
      const soa = office.workbook.sheet(SOA)!;
      expect(soa).not.toBe(old);
      expect(office.workbook.sheets.map((s) => s.name)).toEqual(order);
      // The core carries a person's column over by control id; the host must not lose it.
      expect(readFakeWorkbook(office.workbook).sheets.find((s) => s.name === SOA)!.values.flat()).toContain('Typed by the CISO');
    });
  });
});
