/**
 * The fake Excel enforces what real Office.js enforces, so a host that passes against it has not
 * relied on anything Excel would refuse: queued operations, PropertyNotLoaded, null objects,
 * non-transactional batches, payload limits, Excel's entry rules, protection state.
 */
import type { FakeOffice, FakeWorkbook } from '../support/fake-excel';
import { FakeRichApiError, createFakeWorkbook, enter } from '../support/fake-excel';
import { withFakeExcel } from './support/excel-harness';

function workbook(): FakeWorkbook {
  return createFakeWorkbook({ sheets: [{ name: 'Data', values: [['a', 1], ['b', 2]] }, { name: 'Other', values: [] }] });
}

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    return err instanceof FakeRichApiError ? err.code : `not an Office error: ${String(err)}`;
  }
}

describe('the fake Excel queues operations until sync', () => {
  it('applies a write only when the sync runs it', async () => {
    await withFakeExcel(workbook(), async (office) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('C1').values = [['x']];
        expect(office.workbook.sheet('Data')!.at('C1')).toBeUndefined();
        await context.sync();
        expect(office.workbook.sheet('Data')!.at('C1')?.value).toBe('x');
      });
    });
  });

  it('throws PropertyNotLoaded for a property read before load, and before sync', async () => {
    await withFakeExcel(workbook(), async () => {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
        expect(() => range.values).toThrow(/not available/);
        range.load('values');
        expect(() => range.values).toThrow(/not available/);
        await context.sync();
        expect(range.values).toEqual([
          ['a', 1],
          ['b', 2],
        ]);
        expect(() => range.formulas).toThrow(/not available/);
      });
    });
  });

  it('answers *OrNullObject with a proxy whose isNullObject is known only after sync', async () => {
    await withFakeExcel(workbook(), async () => {
      await Excel.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
        const present = context.workbook.worksheets.getItemOrNullObject('Data');
        const empty = context.workbook.worksheets.getItem('Other').getUsedRangeOrNullObject(true);
        expect(() => missing.isNullObject).toThrow(/not available/);
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        expect(present.isNullObject).toBe(false);
        expect(empty.isNullObject).toBe(true);
      });
    });
  });

  it('fails getItem of a missing sheet with ItemNotFound at sync', async () => {
    await withFakeExcel(workbook(), async () => {
      const result = Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
        await context.sync();
      });
      expect(await code(result)).toBe('ItemNotFound');
    });
  });

  it('keeps the operations before a failing one: a batch is not a transaction', async () => {
    await withFakeExcel(workbook(), async (office) => {
      const result = Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('C1').values = [['first']];
        sheet.getRange('C2:D2').values = [['wrong size']];
        sheet.getRange('C3').values = [['never']];
        await context.sync();
      });
      expect(await code(result)).toBe('InvalidArgument');
      expect(office.workbook.sheet('Data')!.at('C1')?.value).toBe('first');
      expect(office.workbook.sheet('Data')!.at('C3')).toBeUndefined();
    });
  });

  it('counts syncs, proxies and request bytes, and an implicit last sync of Excel.run', async () => {
    await withFakeExcel(workbook(), async (office: FakeOffice) => {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1:A2');
        range.load('values');
        await context.sync();
        range.values = [['x'.repeat(1000)], ['y']];
      });
      const run = office.lastRun;
      expect(run.syncs).toHaveLength(2);
      expect(run.proxiesByKind.get('Range')).toBe(1);
      expect(run.syncs[1]!.requestBytes).toBeGreaterThan(1000);
      expect(run.syncs[1]!.writes).toBe(1);
    });
  });

  it('rejects a request over the 5 MB payload limit of Excel on the web', async () => {
    await withFakeExcel(workbook(), async () => {
      const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
      const result = Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:A6000').values = big;
        await context.sync();
      });
      expect(await code(result)).toBe('RequestPayloadSizeLimitExceeded');
    });
  });

  it('measures a request in UTF-8 bytes, as it travels: Chinese text weighs three bytes a character', async () => {
    await withFakeExcel(workbook(), async (office) => {
      // 1,700,000 characters: under 5 MB as UTF-16 units, 5.1 MB as UTF-8.
      const chinese = Array.from({ length: 1700 }, () => ['风'.repeat(1000)]);
      const result = Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:A1700').values = chinese;
        await context.sync();
      });
      expect(await code(result)).toBe('RequestPayloadSizeLimitExceeded');
      expect(office.lastRun.syncs[0]!.requestBytes).toBeGreaterThan(3 * 1700 * 1000);
      expect(office.lastRun.syncs[0]!.failure).toBe('RequestPayloadSizeLimitExceeded');
      expect(office.workbook.sheet('Data')!.at('A1')?.value).toBe('a');
    });
  });

  it('rejects a response over the limit, and answers null for reads over the cell limit', async () => {
    await withFakeExcel(
      workbook(),
      async () => {
        expect(
          await code(
            Excel.run(async (context) => {
              context.workbook.worksheets.getItem('Data').getRange('A1:B2').load('values');
              await context.sync();
            }),
          ),
        ).toBe('ResponsePayloadSizeLimitExceeded');
      },
      { responseLimitBytes: 10 },
    );
    await withFakeExcel(
      workbook(),
      async () => {
        await Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
          range.load('values');
          await context.sync();
          expect(range.values).toBeNull();
        });
      },
      { readCellLimit: 3 },
    );
  });

  it('answers ApiNotFound for an API above the supported requirement set', async () => {
    await withFakeExcel(
      workbook(),
      async () => {
        expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
        expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
        const result = Excel.run(async (context) => {
          context.workbook.application.suspendScreenUpdatingUntilNextSync();
          await context.sync();
        });
        expect(await code(result)).toBe('ApiNotFound');
      },
      { apiVersion: '1.8' },
    );
  });
});

describe('the fake Excel selects several ranges as Excel does', () => {
  const selectAreas = (address: string): Promise<void> =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRanges(address).select();
      await context.sync();
    });

  it('gets range areas from a comma- or semicolon-separated list (ExcelApi 1.9) and selects them all (1.18)', async () => {
    const wb = workbook();
    await withFakeExcel(wb, () => selectAreas('A1:A3, C5;D7:E8'), { apiVersion: '1.18' });
    expect(wb.selection).toEqual({ sheet: 'Data', address: 'A1:A3, C5, D7:E8' });
    expect(wb.activeSheet?.name).toBe('Data');
  });

  it('counts and addresses the areas it got', async () => {
    await withFakeExcel(
      workbook(),
      () =>
        Excel.run(async (context) => {
          const areas = context.workbook.worksheets.getItem('Data').getRanges('A1:A3,C5').load('areaCount,address');
          await context.sync();
          expect([areas.areaCount, areas.address]).toEqual([2, 'Data!A1:A3, Data!C5']);
        }),
      { apiVersion: '1.9' },
    );
  });

  it('answers ApiNotFound for getRanges below ExcelApi 1.9, and for selecting areas below 1.18', async () => {
    await withFakeExcel(workbook(), async () => expect(await code(selectAreas('A1,C5'))).toBe('ApiNotFound'), { apiVersion: '1.8' });
    const wb = workbook();
    await withFakeExcel(wb, async () => expect(await code(selectAreas('A1,C5'))).toBe('ApiNotFound'), { apiVersion: '1.17' });
    expect(wb.selection).toBeNull();
  });

  it('answers InvalidArgument for an address list with a part that is no range', async () => {
    await withFakeExcel(workbook(), async () => expect(await code(selectAreas('A1,not a range'))).toBe('InvalidArgument'), { apiVersion: '1.18' });
  });
});

describe('the fake Excel stores what is typed as Excel does', () => {
  it('turns strings starting with =, + or - (and @) into formulas, and numbers, dates and booleans into values', () => {
    expect(enter('=SUM(A1)', undefined)).toEqual({ kind: 'formula', formula: '=SUM(A1)' });
    expect(enter('+44 20', undefined)).toEqual({ kind: 'formula', formula: '=+44 20' });
    expect(enter('-5 days', undefined)).toEqual({ kind: 'formula', formula: '=-5 days' });
    expect(enter('@here', undefined)).toEqual({ kind: 'formula', formula: '=@here' });
    expect(enter('-5', undefined)).toEqual({ kind: 'number', value: -5 });
    expect(enter('1,234.5', undefined)).toEqual({ kind: 'number', value: 1234.5 });
    expect(enter('50%', undefined)).toEqual({ kind: 'number', value: 0.5 });
    expect(enter('2026-11-23', undefined)).toEqual({ kind: 'number', value: 46349 });
    expect(enter('true', undefined)).toEqual({ kind: 'boolean', value: true });
    expect(enter('#N/A', undefined)).toEqual({ kind: 'error', code: '#N/A' });
    expect(enter('Phishing', undefined)).toEqual({ kind: 'text', text: 'Phishing', quotePrefix: false });
  });

  it('keeps what follows a leading apostrophe as text, without the apostrophe, and honours the text format', () => {
    expect(enter("'=cmd|' /C calc'!A0", undefined)).toEqual({ kind: 'text', text: "=cmd|' /C calc'!A0", quotePrefix: true });
    expect(enter("''quoted", undefined)).toEqual({ kind: 'text', text: "'quoted", quotePrefix: true });
    expect(enter('=1+1', '@')).toEqual({ kind: 'text', text: '=1+1', quotePrefix: false });
  });

  it('reads a formula and a quote-prefixed text back as Range.values and Range.formulas do', async () => {
    await withFakeExcel(workbook(), async () => {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('C1:D1');
        range.values = [['=A1&"!"', "'=A1"]];
        range.load('values,formulas');
        await context.sync();
        // The fake does not calculate: a formula written by the API reads as '' until Excel would.
        expect(range.values).toEqual([['', '=A1']]);
        expect(range.formulas).toEqual([['=A1&"!"', '=A1']]);
      });
    });
  });
});

describe('the fake Excel refuses what Excel refuses', () => {
  it('throws AccessDenied when protecting a protected sheet or unprotecting an unprotected one', async () => {
    const wb = workbook();
    wb.sheet('Data')!.protection = { protected: true, options: {}, password: null };
    await withFakeExcel(wb, async () => {
      expect(await code(Excel.run(async (c) => c.workbook.worksheets.getItem('Data').protection.protect()))).toBe('AccessDenied');
      expect(await code(Excel.run(async (c) => c.workbook.worksheets.getItem('Other').protection.unprotect()))).toBe('AccessDenied');
    });
  });

  it('refuses writes to locked cells of a protected sheet but takes them in unlocked cells', async () => {
    const wb = workbook();
    const data = wb.sheet('Data')!;
    data.protection = { protected: true, options: {}, password: null };
    data.formats.push({ box: { row: 4, col: 0, rows: 1, cols: 1 }, props: { locked: false } });
    await withFakeExcel(wb, async () => {
      expect(await code(Excel.run(async (c) => void (c.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']])))).toBe('AccessDenied');
      expect(await code(Excel.run(async (c) => void (c.workbook.worksheets.getItem('Data').getRange('A5').values = [['x']])))).toBeUndefined();
    });
    expect(data.at('A1')?.value).toBe('a');
    expect(data.at('A5')?.value).toBe('x');
  });

  it('refuses a list validation whose source names nothing, and an inline list over 255 characters', async () => {
    await withFakeExcel(workbook(), async () => {
      const missing = Excel.run(async (c) => {
        c.workbook.worksheets.getItem('Data').getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source: '=RB_Nothing' } };
      });
      expect(await code(missing)).toBe('InvalidArgument');
      const long = Excel.run(async (c) => {
        c.workbook.worksheets.getItem('Data').getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(200) } };
      });
      expect(await code(long)).toBe('InvalidArgument');
    });
  });

  it('refuses text over 32,767 characters and a sheet name with [ or ], changing nothing', async () => {
    const wb = workbook();
    await withFakeExcel(wb, async () => {
      const long = Excel.run(async (c) => void (c.workbook.worksheets.getItem('Data').getRange('A1:A2').values = [['ok'], ['x'.repeat(32768)]]));
      expect(await code(long)).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void (c.workbook.worksheets.getItem('Data').getRange('A2').values = [["'" + 'x'.repeat(32767)]])))).toBeUndefined();
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.add('Risks [2025]')))).toBe('InvalidArgument');
    });
    expect(wb.sheet('Data')!.at('A1')?.value).toBe('a');
  });

  it('refuses "History", the sheet name Excel reserves, in any case', async () => {
    await withFakeExcel(workbook(), async (office) => {
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.add('History')))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void (c.workbook.worksheets.getItem('Other').name = 'history')))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.add('History 2025')))).toBeUndefined();
      expect(office.workbook.sheets.map((s) => s.name)).toEqual(['Data', 'Other', 'History 2025']);
    });
  });

  it('refuses to delete a very hidden sheet until it is hidden or visible', async () => {
    const wb = workbook();
    wb.sheet('Other')!.visibility = 'VeryHidden';
    await withFakeExcel(wb, async (office) => {
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.getItem('Other').delete()))).toBe('InvalidOperation');
      expect(office.workbook.sheet('Other')).toBeDefined();
      const shownFirst = Excel.run(async (c) => {
        const sheet = c.workbook.worksheets.getItem('Other');
        sheet.visibility = 'Hidden';
        sheet.delete();
      });
      expect(await code(shownFirst)).toBeUndefined();
      expect(office.workbook.sheet('Other')).toBeUndefined();
    });
  });

  it('refuses a duplicate sheet name, and hiding or deleting the last visible sheet', async () => {
    await withFakeExcel(workbook(), async () => {
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.add('data')))).toBe('ItemAlreadyExists');
      const hideAll = Excel.run(async (c) => {
        c.workbook.worksheets.getItem('Data').visibility = 'Hidden';
        c.workbook.worksheets.getItem('Other').visibility = 'Hidden';
      });
      expect(await code(hideAll)).toBe('InvalidOperation');
    });
  });

  it('refuses print titles that are not whole rows or columns, a negative margin, a zoom out of range, a break above the first row', async () => {
    const wb = workbook();
    await withFakeExcel(wb, async () => {
      const layout = (c: Excel.RequestContext): Excel.PageLayout => c.workbook.worksheets.getItem('Data').pageLayout;
      expect(await code(Excel.run(async (c) => layout(c).setPrintTitleRows('A1:D1')))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => layout(c).setPrintTitleColumns('A1:B9')))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => layout(c).setPrintTitleColumns('$A:$B')))).toBeUndefined();
      expect(await code(Excel.run(async (c) => layout(c).setPrintMargins('Points', { left: -1 })))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void (layout(c).zoom = { scale: 5 })))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void (layout(c).zoom = { horizontalFitToPages: 1.5, verticalFitToPages: 0 })))).toBe('InvalidArgument');
      expect(await code(Excel.run(async (c) => void c.workbook.worksheets.getItem('Data').horizontalPageBreaks.add('A1')))).toBe('InvalidArgument');
    });
    expect(wb.sheet('Data')!.pageLayout).toMatchObject({ printTitleRows: null, printTitleColumns: '$A:$B', zoom: { scale: 100 }, rowBreaks: [] });
  });

  it('keeps margins in points whatever unit they were given in, and leaves those not given as they were', async () => {
    const wb = workbook();
    await withFakeExcel(wb, async () => {
      await Excel.run(async (c) => c.workbook.worksheets.getItem('Data').pageLayout.setPrintMargins('Inches', { left: 0.5, top: 1 }));
      const read = await Excel.run(async (c) => {
        const layout = c.workbook.worksheets.getItem('Data').pageLayout;
        layout.load('leftMargin,topMargin,rightMargin');
        await c.sync();
        return [layout.leftMargin, layout.topMargin, layout.rightMargin];
      });
      expect(read).toEqual([36, 72, 50.4]);
    });
  });

  it('rewrites references when a sheet is renamed and turns them into #REF! when it is deleted', async () => {
    const wb = createFakeWorkbook({
      sheets: [
        { name: 'Lists', values: [['x']] },
        { name: 'Use', values: [], formulas: [["=Lists!A1&\"Lists!A1\""]] },
      ],
      names: [{ name: 'RB_X', reference: "'Lists'!$A$1" }],
    });
    await withFakeExcel(wb, async () => {
      await Excel.run(async (c) => {
        c.workbook.worksheets.getItem('Lists').name = 'Old lists';
      });
      expect(wb.sheet('Use')!.at('A1')?.formula).toBe(`='Old lists'!A1&"Lists!A1"`);
      expect(wb.names.get('rb_x')?.formula).toBe(`='Old lists'!$A$1`);
      await Excel.run(async (c) => {
        c.workbook.worksheets.getItem('Old lists').delete();
      });
      expect(wb.sheet('Use')!.at('A1')?.formula).toBe(`=#REF!A1&"Lists!A1"`);
      expect(wb.names.get('rb_x')?.formula).toBe('=#REF!$A$1');
    });
  });
});
