/**
 * The bridge the panel talks to: each request is one Excel.run; problems a person can fix come
 * back as `ok: false`; failures of Excel reject with one line fit to show; selecting a finding's
 * cell activates its sheet.
 */
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createExcelBridge } from '../../excel-addin/excel-bridge';
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { generateRegister } from '../support/register-generator';
import { withFakeExcel, writeSyncs } from './support/excel-harness';

const NO_REGISTER: WorkbookSnapshot = { sheets: [{ name: 'Budget', values: [['Line', 'Amount'], ['Rent', 1200]] }] };

function oneLine(err: unknown): string {
  expect(err).toBeInstanceOf(Error);
  const message = (err as Error).message;
  expect(message).not.toMatch(/[\r\n]/);
  return message;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
}

describe('the Excel bridge', () => {
  it('is the excel host and answers a status request in one Excel.run of two reads, writing nothing', async () => {
    const { snapshot } = generateRegister({ risks: 25, seed: 4 });
    await withFakeExcel(snapshot, async (office) => {
      const bridge = createExcelBridge();
      expect(bridge.host).toBe('excel');
      const outcome = await bridge.request({ kind: 'status' });
      expect(outcome.ok && outcome.status.register?.risks).toBe(25);
      expect(office.runs).toHaveLength(1);
      expect(office.lastRun.syncs).toHaveLength(2);
      expect(writeSyncs(office.lastRun)).toHaveLength(0);
    });
  });

  it('recalculates in one Excel.run and reports what it did', async () => {
    const { snapshot } = generateRegister({ risks: 25, seed: 4 });
    await withFakeExcel(snapshot, async (office) => {
      const outcome = await createExcelBridge().request({ kind: 'generate', action: 'recalc' });
      expect(outcome.ok && outcome.title).toBe('Recalculated and checked traceability');
      expect(office.runs).toHaveLength(1);
      expect(office.workbook.sheet('Statement of Applicability')).toBeDefined();
    });
  });

  it('resolves a problem the person can fix as ok: false and leaves the workbook alone', async () => {
    const wb = createFakeWorkbook(NO_REGISTER);
    const before = readFakeWorkbook(wb);
    await withFakeExcel(wb, async (office) => {
      const outcome = await createExcelBridge().request({ kind: 'generate', action: 'recalc' });
      expect(outcome.ok).toBe(false);
      expect(writeSyncs(office.lastRun)).toHaveLength(0);
    });
    expect(readFakeWorkbook(wb)).toEqual(before);
  });

  it('rejects with one line when Excel fails, saying nothing was changed', async () => {
    const { snapshot } = generateRegister({ risks: 10, seed: 4 });
    await withFakeExcel(snapshot, async (office) => {
      office.excel.failWhen({ when: (op) => op.kind === 'load', code: 'GeneralException' });
      const err = await rejection(createExcelBridge().request({ kind: 'status' }));
      expect(oneLine(err)).toBe('Riskbook stopped while reading the workbook: Excel reported GeneralException. Nothing was changed.');
    });
  });

  it('rejects with one line on an Excel older than ExcelApi 1.8, before touching the workbook', async () => {
    await withFakeExcel(
      NO_REGISTER,
      async (office) => {
        const err = await rejection(createExcelBridge().request({ kind: 'status' }));
        expect(oneLine(err)).toMatch(/too old for Riskbook/);
        expect(office.runs).toHaveLength(0);
      },
      { apiVersion: '1.7' },
    );
  });

  it('rejects with one line when the workbook structure is protected and sheets must be added', async () => {
    const { snapshot } = generateRegister({ risks: 10, seed: 4 });
    const wb = createFakeWorkbook(snapshot);
    wb.structureProtected = true;
    await withFakeExcel(wb, async (office) => {
      const err = await rejection(createExcelBridge().request({ kind: 'generate', action: 'recalc' }));
      expect(oneLine(err)).toMatch(/structure is protected/);
      expect(writeSyncs(office.lastRun)).toHaveLength(0);
    });
  });

  it('selects a finding\'s cell on its sheet in one round trip', async () => {
    const wb = createFakeWorkbook({ sheets: [{ name: 'Budget', values: [] }, { name: 'Risk register', values: [['x']] }] });
    await withFakeExcel(wb, async (office) => {
      await createExcelBridge().selectCells('Risk register', ['K10']);
      expect(office.lastRun.syncs).toHaveLength(1);
    });
    expect(wb.activeSheet?.name).toBe('Risk register');
    expect(wb.selection).toEqual({ sheet: 'Risk register', address: 'K10' });
  });

  it('selects every range of a grouped finding at once where Excel selects range areas (ExcelApi 1.18)', async () => {
    const wb = createFakeWorkbook({ sheets: [{ name: 'Budget', values: [] }, { name: 'Risk Treatment Plan', values: [['x']] }] });
    await withFakeExcel(
      wb,
      async (office) => {
        await createExcelBridge().selectCells('Risk Treatment Plan', ['I5:I74', 'I80', 'I82:I83']);
        expect(office.lastRun.syncs).toHaveLength(1);
      },
      { apiVersion: '1.18' },
    );
    expect(wb.activeSheet?.name).toBe('Risk Treatment Plan');
    expect(wb.selection).toEqual({ sheet: 'Risk Treatment Plan', address: 'I5:I74, I80, I82:I83' });
  });

  it('selects the first range of a grouped finding on an Excel that cannot select several (the manifest admits ExcelApi 1.8)', async () => {
    for (const apiVersion of ['1.8', '1.9', '1.17']) {
      const wb = createFakeWorkbook({ sheets: [{ name: 'Risk Treatment Plan', values: [['x']] }] });
      await withFakeExcel(wb, () => createExcelBridge().selectCells('Risk Treatment Plan', ['I5:I74', 'I80']), { apiVersion });
      expect(wb.selection).toEqual({ sheet: 'Risk Treatment Plan', address: 'I5:I74' });
    }
  });

  it('rejects selecting a cell on a sheet that is gone, or at no address, with one line', async () => {
    await withFakeExcel(NO_REGISTER, async () => {
      const bridge = createExcelBridge();
      expect(oneLine(await rejection(bridge.selectCells('Checks', ['A1'])))).toBe('There is no sheet named "Checks" any more.');
      expect(oneLine(await rejection(bridge.selectCells('Budget', ['A1', 'not a cell'])))).toBe('"not a cell" is not a cell address.');
    });
  });
});
