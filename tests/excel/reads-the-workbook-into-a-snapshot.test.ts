/**
 * Reading: what the Excel host hands the core is what the workbook holds, in the form the .xlsx
 * host gives (text, numbers, booleans, errors; canonical formulas; hidden sheets; merges; range
 * names), in two round trips for a workbook that fits the first read and in bounded blocks after.
 */
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { normaliseWorkbook, readWithHost, withFakeExcel } from './support/excel-harness';

function userWorkbook(): ReturnType<typeof createFakeWorkbook> {
  const wb = createFakeWorkbook({
    sheets: [
      {
        name: 'Risk register',
        values: [
          ['Acme – risk register'],
          ['Risk ID', 'Threat', 'Likelihood', 'Due', 'Accepted', 'Score', 'Check'],
          ['R-1', 'Phishing', 4, 46349, true, 20, { error: '#N/A' }],
        ],
        formulas: [[], [], [null, null, null, null, null, '=C3*5', '=_xlfn.XLOOKUP(A3,A:A,B:B)']],
        merges: ['A1:G1'],
      },
      { name: 'Lists', values: [['Mitigate'], ['Accept'], ['Avoid']], hidden: true },
      { name: 'Empty', values: [] },
    ],
    names: [
      { name: 'RB_TreatmentOptions', reference: 'Lists!$A$1:$A$3' },
      { name: 'RB_Broken', reference: '#REF!$A$1' },
      { name: 'RB_Two', reference: "'Lists'!$A$1,'Lists'!$A$3" },
    ],
  });
  // Text typed with an apostrophe: its value starts with `=` but it is no formula.
  wb.sheet('Risk register')!.ensure(3, 1).value = '=not a formula';
  wb.sheet('Risk register')!.ensure(3, 1).quotePrefix = true;
  return wb;
}

describe('the Excel host reads the workbook into a snapshot', () => {
  it('reads values, canonical formulas, errors, hidden sheets, merges and single-area range names', async () => {
    await withFakeExcel(userWorkbook(), async (office) => {
      const { snapshot, syncs, state } = await readWithHost(office);
      expect(syncs).toBe(2);
      const register = snapshot.sheets[0]!;
      expect(register.name).toBe('Risk register');
      expect(register.values[2]).toEqual(['R-1', 'Phishing', 4, 46349, true, 20, { error: '#N/A' }]);
      expect(register.formulas?.[2]).toEqual([null, null, null, null, null, '=C3*5', '=XLOOKUP(A3,A:A,B:B)']);
      expect(register.values[3]?.[1]).toBe('=not a formula');
      expect(register.formulas?.[3]?.[1]).toBeNull();
      expect(register.merges).toEqual(['A1:G1']);
      expect(snapshot.sheets.map((s) => [s.name, s.hidden])).toEqual([
        ['Risk register', false],
        ['Lists', true],
        ['Empty', false],
      ]);
      expect(snapshot.sheets[2]!.values).toEqual([]);
      expect(snapshot.names).toEqual([{ name: 'RB_TreatmentOptions', reference: "'Lists'!$A$1:$A$3" }]);
      expect([...state.names.keys()].sort()).toEqual(['rb_broken', 'rb_treatmentoptions', 'rb_two']);
    });
  });

  it('reads a sheet’s autofilter range and print area, and none on a sheet without them, in the same round trips', async () => {
    const wb = userWorkbook();
    wb.sheet('Risk register')!.autoFilter = { row: 1, col: 0, rows: 2, cols: 7 };
    wb.sheet('Risk register')!.pageLayout.printArea = '$A:$G, $J1:$K9';
    await withFakeExcel(wb, async (office) => {
      const { snapshot, syncs } = await readWithHost(office);
      expect(syncs).toBe(2);
      expect(snapshot.sheets[0]).toMatchObject({ autoFilter: 'A2:G3', printArea: 'A:G,J1:K9' });
      expect(snapshot.sheets[1]!.autoFilter).toBeUndefined();
      expect(snapshot.sheets[1]!.printArea).toBeUndefined();
    });
  });

  it('reads no merges where Excel lacks ExcelApi 1.13, and everything else the same', async () => {
    await withFakeExcel(
      userWorkbook(),
      async (office) => {
        const { snapshot } = await readWithHost(office);
        expect(snapshot.sheets[0]!.merges).toEqual([]);
        expect(snapshot.sheets[0]!.values[2]?.[0]).toBe('R-1');
        // One RangeAreas a sheet, its print area (1.9); none for merged areas (1.13).
        expect(office.lastRun.proxiesByKind.get('RangeAreas')).toBe(snapshot.sheets.length);
      },
      { apiVersion: '1.9' },
    );
  });

  it('gives back the snapshot a workbook was made from, for a 2,000-risk register, in two round trips', async () => {
    const { snapshot } = generateRegister({ risks: 2000, seed: 11, gapRate: 0.1 });
    await withFakeExcel(snapshot, async (office) => {
      const read = await readWithHost(office);
      expect(read.syncs).toBe(2);
      expect(normaliseWorkbook(read.snapshot)).toEqual(normaliseWorkbook(snapshot));
    });
  });

  it('reads a 20,000-risk register in blocks well under 5 million cells, each response within budget', async () => {
    const { snapshot } = generateRegister({ risks: 20000, seed: 12, gapRate: 0.05 });
    await withFakeExcel(snapshot, async (office) => {
      const read = await readWithHost(office);
      expect(read.syncs).toBeGreaterThan(2);
      expect(read.run.syncs).toHaveLength(read.syncs);
      for (const s of read.run.syncs) {
        expect(s.largestRead).toBeLessThanOrEqual(1_000_000);
        expect(s.responseBytes).toBeLessThan(4 * 1024 * 1024);
      }
      expect(normaliseWorkbook(read.snapshot)).toEqual(normaliseWorkbook(snapshot));
    });
  });

  it('reads again in smaller blocks when Excel finds a response too large', async () => {
    const { snapshot } = generateRegister({ risks: 2000, seed: 13 });
    await withFakeExcel(
      snapshot,
      async (office) => {
        const read = await readWithHost(office);
        expect(read.syncs).toBeGreaterThan(3);
        for (const s of read.run.syncs.slice(-1)) expect(s.responseBytes).toBeLessThanOrEqual(600 * 1024);
        expect(normaliseWorkbook(read.snapshot)).toEqual(normaliseWorkbook(snapshot));
      },
      { responseLimitBytes: 600 * 1024 },
    );
  });

  it('fails with one line when Excel returns no cells for a block, and changes nothing', async () => {
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Risks', values: [['Risk ID', 'Threat'], ['R-1', 'Phishing']] }] };
    await withFakeExcel(
      snapshot,
      async (office) => {
        await expect(readWithHost(office)).rejects.toThrow(/^Excel returned no cells for A1:B2[^\n]*$/);
      },
      { readCellLimit: 2 },
    );
  });
});
