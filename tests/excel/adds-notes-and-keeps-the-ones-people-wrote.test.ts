/**
 * Cell notes in Excel (ExcelApi 1.18, `Worksheet.notes`): a plan's note is added to its cell, a
 * note a person wrote is kept with the new text below it, as the memory workbook does; an Excel
 * without notes gets nothing written at all, since a note keeps the text a write replaces.
 */
import { respond } from '../../core/actions';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createFakeWorkbook, fakeWorkbookState, readFakeWorkbook } from '../support/fake-excel';
import { NOW, applyWithHost, runHost, withFakeExcel } from './support/excel-harness';

const REGISTER = 'Risk register';

const USER: WorkbookSnapshot = {
  sheets: [
    {
      name: REGISTER,
      values: [
        ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls'],
        ['R-1', 'Unpatched servers', 'CTO', 4, 4, 'Mitigate', 'A.12.6.1'],
        ['R-2', 'Privileged misuse', 'CISO', 3, 4, 'Mitigate', 'A.9.2.3; 5.17'],
        ['R-3', 'Phishing', 'CFO', 4, 5, 'Mitigate', '5.17, 8.5'],
      ],
      notes: [
        { cell: 'G3', text: 'Agreed with the auditor' },
        { cell: 'B2', text: 'Raised by the pen test' },
      ],
    },
  ],
};

const PLAN: WorkbookPlan = {
  sheets: [
    {
      ...emptySheetPlan(REGISTER, 'update'),
      writes: [{ at: 'G2', cells: [['A.8.8'], ['A.8.2; 5.17']] }],
      notes: [
        { cell: 'G2', text: 'Was A.12.6.1' },
        { cell: 'G3', text: 'Was A.9.2.3; 5.17' },
      ],
    },
  ],
  names: [],
};

const byCell = (notes: readonly { cell: string; text: string }[] | undefined) => [...(notes ?? [])].sort((a, b) => a.cell.localeCompare(b.cell));

describe('a plan with notes, in an Excel that has them', () => {
  it('adds a note where there was none and appends below a note a person wrote, as the memory workbook does', async () => {
    const wb = createFakeWorkbook(USER);
    await withFakeExcel(wb, (office) => applyWithHost(office, PLAN), { apiVersion: '1.18' });
    const notes = wb.sheet(REGISTER)!.notes;
    expect(notes.get('G2')?.content).toBe('Was A.12.6.1');
    expect(notes.get('G3')?.content).toBe('Agreed with the auditor\n\nWas A.9.2.3; 5.17');
    expect(notes.get('B2')?.content).toBe('Raised by the pen test');
    const expected = MemoryWorkbook.fromSnapshot(USER);
    expected.apply(PLAN);
    expect(byCell(readFakeWorkbook(wb).sheets[0]!.notes)).toEqual(byCell(expected.snapshot().sheets[0]!.notes));
    expect(wb.sheet(REGISTER)!.at('G2')?.value).toBe('A.8.8');
  });

  it('reads the existing notes in one round trip before the first write', async () => {
    const wb = createFakeWorkbook(USER);
    const report = await withFakeExcel(wb, (office) => applyWithHost(office, PLAN), { apiVersion: '1.18' });
    expect(report.noteReads).toBe(1);
    const noteReads = report.run.executed.filter((op) => op.objectKind === 'Note' && op.kind === 'load');
    const firstWrite = report.run.executed.find((op) => op.write);
    expect(noteReads).toHaveLength(2);
    expect(noteReads.every((op) => op.sync < firstWrite!.sync)).toBe(true);
  });

  it('lifts and restores a protected sheet’s protection around the notes', async () => {
    const wb = createFakeWorkbook(USER);
    wb.sheet(REGISTER)!.protection = { protected: true, options: { allowSort: true }, password: null };
    // Values go into unlocked cells only; the notes need the protection lifted.
    await withFakeExcel(wb, (office) => applyWithHost(office, PLAN), { apiVersion: '1.18' });
    expect(wb.sheet(REGISTER)!.notes.get('G2')?.content).toBe('Was A.12.6.1');
    expect(wb.sheet(REGISTER)!.protection.protected).toBe(true);
  });
});

describe('a plan with notes, in an Excel without them (ExcelApi below 1.18)', () => {
  it('changes nothing and says why, rather than lose the text the notes would keep', async () => {
    const wb = createFakeWorkbook(USER);
    const before = fakeWorkbookState(wb);
    await expect(withFakeExcel(wb, (office) => applyWithHost(office, PLAN), { apiVersion: '1.13' })).rejects.toThrow('cannot add cell notes');
    expect(fakeWorkbookState(wb)).toBe(before);
  });

  it('answers the panel request with the reason, writing nothing', async () => {
    const wb = createFakeWorkbook(USER);
    const before = fakeWorkbookState(wb);
    const { outcome, run } = await withFakeExcel(wb, (office) => runHost(office, { kind: 'registerIdsTo2022' }), { apiVersion: '1.13' });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('nothing was changed') as string });
    expect(run.syncs.every((s) => s.writes === 0)).toBe(true);
    expect(fakeWorkbookState(wb)).toBe(before);
  });
});

describe('moving the register’s 2013 ids from the task pane', () => {
  it('writes the 2022 ids and the notes the core planned', async () => {
    const wb = createFakeWorkbook(USER);
    const { outcome } = await withFakeExcel(wb, (office) => runHost(office, { kind: 'registerIdsTo2022' }), { apiVersion: '1.18' });
    expect(outcome).toMatchObject({ ok: true, title: 'Control ids moved to Annex A 2022' });
    const s = wb.sheet(REGISTER)!;
    expect(s.at('G2')?.value).toBe('A.8.8');
    expect(s.at('G3')?.value).toBe('A.8.2; 5.17');
    expect(s.at('G4')?.value).toBe('5.17, 8.5');
    const date = NOW.slice(0, 10);
    expect(s.notes.get('G2')?.content).toBe(`Before the move to Annex A 2022 (Riskbook, ${date}): A.12.6.1`);
    expect(s.notes.get('G3')?.content).toBe(`Agreed with the auditor\n\nBefore the move to Annex A 2022 (Riskbook, ${date}): A.9.2.3; 5.17`);
    expect(s.notes.has('G4')).toBe(false);
    // The core's own answer, for the same workbook: the host wrote what it planned.
    const planned = respond(USER, { kind: 'registerIdsTo2022' }, { now: NOW }).plan!;
    expect(planned.sheets[0]!.notes).toHaveLength(2);
  });
});

describe('the fake’s notes behave as Office.js documents them', () => {
  async function errorCode(apiVersion: string, body: (context: Excel.RequestContext) => void): Promise<string | undefined> {
    return withFakeExcel(
      createFakeWorkbook(USER),
      async () => {
        try {
          await Excel.run(async (context) => {
            body(context);
            await context.sync();
          });
          return undefined;
        } catch (err) {
          return (err as { code?: string }).code;
        }
      },
      { apiVersion },
    );
  }
  const sheetOf = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(REGISTER);

  it('needs ExcelApi 1.18', async () => {
    expect(await errorCode('1.13', (c) => sheetOf(c).notes.add('A1', 'x'))).toBe('ApiNotFound');
    expect(await errorCode('1.18', (c) => sheetOf(c).notes.add('A1', 'x'))).toBeUndefined();
  });

  it('adds a note to one cell only, and one note per cell', async () => {
    expect(await errorCode('1.18', (c) => sheetOf(c).notes.add('A1:B2', 'x'))).toBe('InvalidCellAddress');
    expect(await errorCode('1.18', (c) => sheetOf(c).notes.add('G3', 'x'))).toBe('InvalidArgument');
  });

  it('answers a cell without a note with a null object, and a note’s content once loaded', async () => {
    await withFakeExcel(
      createFakeWorkbook(USER),
      async () => {
        await Excel.run(async (context) => {
          const none = sheetOf(context).notes.getItemOrNullObject('A1');
          const mine = sheetOf(context).notes.getItemOrNullObject('$G$3');
          mine.load('content');
          await context.sync();
          expect(none.isNullObject).toBe(true);
          expect(mine.isNullObject).toBe(false);
          expect(mine.content).toBe('Agreed with the auditor');
        });
      },
      { apiVersion: '1.18' },
    );
  });
});
