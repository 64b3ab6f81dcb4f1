/**
 * Reading an .xlsx into a WorkbookSnapshot: every value type the core can meet, formulas in
 * canonical form, and the sheet structure (hidden sheets and rows, merges, named ranges).
 */
import type * as ExcelJS from 'exceljs';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { newWorkbook } from '../../cli/xlsx/workbook-io';
import { serialFromIso } from '../../core/dates';
import { cellAt, formulaAt, findSheet } from '../../core/workbook/snapshot';
import { roundTrip } from './support/xlsx-helpers';

async function readBack(build: (wb: ExcelJS.Workbook) => void) {
  const wb = newWorkbook();
  build(wb);
  return readXlsxSnapshot(await roundTrip(wb));
}

function formula(text: string, result?: unknown): ExcelJS.CellValue {
  return (result === undefined ? { formula: text } : { formula: text, result }) as ExcelJS.CellValue;
}

describe('reading cell values', () => {
  it('reads numbers, text, booleans and blanks as plain values', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.addRow(['R-001', 4, true, null, 0.25]);
      ws.addRow(['', 'Owner', false]);
    });
    const s = snap.sheets[0]!;
    expect(s.values[0]).toEqual(['R-001', 4, true, null, 0.25]);
    expect(s.values[1]).toEqual([null, 'Owner', false]);
  });

  it('turns rich text and hyperlinks into their plain text', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = { richText: [{ text: 'Phishing ', font: { bold: true } }, { text: 'of staff' }] };
      ws.getCell('B1').value = { text: 'Evidence folder', hyperlink: 'https://intranet.example/evidence' };
      ws.getCell('C1').value = { text: { richText: [{ text: 'Policy ' }, { text: 'A.5.1' }] }, hyperlink: 'https://x.example' } as unknown as ExcelJS.CellValue;
    });
    expect(snap.sheets[0]!.values[0]).toEqual(['Phishing of staff', 'Evidence folder', 'Policy A.5.1']);
  });

  it('reads dates as serial numbers counted from 1899-12-30, whatever the local time zone', async () => {
    const tz = process.env.TZ;
    // Far from UTC on both sides of midnight: a local-time conversion would shift the day.
    process.env.TZ = 'Pacific/Kiritimati';
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = new Date(Date.UTC(2025, 2, 31));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('B1').value = new Date(Date.UTC(2025, 2, 31, 18, 0, 0));
      ws.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('C1').value = 45747;
    });
    process.env.TZ = tz;
    const row = snap.sheets[0]!.values[0]!;
    expect(row[0]).toBe(serialFromIso('2025-03-31'));
    expect(row[1]).toBe(serialFromIso('2025-03-31')! + 0.75);
    expect(row[2]).toBe(45747);
  });

  it('reads dates of a 1904-based workbook on the 1900 serial scale the core uses', async () => {
    const snap = await readBack((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = new Date(Date.UTC(2024, 11, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(snap.sheets[0]!.values[0]![0]).toBe(serialFromIso('2024-12-01'));
  });

  it('keeps error values apart from text', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('C1').value = '#N/A';
      ws.getCell('D1').value = formula('1/0', { error: '#DIV/0!' });
    });
    expect(snap.sheets[0]!.values[0]).toEqual([{ error: '#N/A' }, { error: '#REF!' }, '#N/A', { error: '#DIV/0!' }]);
  });
});

describe('reading formulas', () => {
  it('gives the canonical formula beside its cached result, or null when none was saved', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = 4;
      ws.getCell('B1').value = 5;
      ws.getCell('C1').value = formula('A1*B1', 20);
      ws.getCell('D1').value = formula('A1+B1');
    });
    const s = snap.sheets[0]!;
    expect(formulaAt(s, 0, 2)).toBe('=A1*B1');
    expect(cellAt(s, 0, 2)).toBe(20);
    expect(formulaAt(s, 0, 3)).toBe('=A1+B1');
    expect(cellAt(s, 0, 3)).toBeNull();
    expect(formulaAt(s, 0, 0)).toBeNull();
  });

  it('reads a cached result of 0, FALSE or empty text as that value, not as a missing one', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Heatmap');
      ws.getCell('A1').value = formula('COUNTIFS(B1:B9,"L5/I5")', 0);
      ws.getCell('A2').value = formula('1>2', false);
      ws.getCell('A3').value = formula('IFERROR(1/0,"")', '');
    });
    const s = snap.sheets[0]!;
    expect([cellAt(s, 0, 0), cellAt(s, 1, 0), cellAt(s, 2, 0)]).toEqual([0, false, null]);
    expect(formulaAt(s, 0, 0)).toBe('=COUNTIFS(B1:B9,"L5/I5")');
  });

  it('strips the _xlfn. and _xlws. prefixes a file carries, but not inside text', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = formula('_xlfn.TEXTJOIN(", ",TRUE,B1:C1)', 'a, b');
      ws.getCell('A2').value = formula('_xlfn._xlws.SORT(B1:C1)');
      ws.getCell('A3').value = formula('IF(B1="_xlfn.x",1,_xlfn.MAXIFS(B1:B2,C1:C2,">0"))');
    });
    const s = snap.sheets[0]!;
    expect(formulaAt(s, 0, 0)).toBe('=TEXTJOIN(", ",TRUE,B1:C1)');
    expect(formulaAt(s, 1, 0)).toBe('=SORT(B1:C1)');
    expect(formulaAt(s, 2, 0)).toBe('=IF(B1="_xlfn.x",1,MAXIFS(B1:B2,C1:C2,">0"))');
  });

  it('resolves every cell of a shared formula (a column filled down in Excel) to its own formula', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risk register');
      ws.getCell('D2').value = { formula: 'IFERROR(B2*C2,"")&" AB12"&$F$1&\'Other sheet\'!A2', result: '20 AB12', shareType: 'shared', ref: 'D2:D4' } as ExcelJS.CellValue;
      ws.getCell('D3').value = { sharedFormula: 'D2', result: '6 AB12' } as ExcelJS.CellValue;
      ws.getCell('D4').value = { sharedFormula: 'D2', result: '' } as ExcelJS.CellValue;
    });
    const s = snap.sheets[0]!;
    expect(formulaAt(s, 1, 3)).toBe('=IFERROR(B2*C2,"")&" AB12"&$F$1&\'Other sheet\'!A2');
    expect(formulaAt(s, 2, 3)).toBe('=IFERROR(B3*C3,"")&" AB12"&$F$1&\'Other sheet\'!A3');
    expect(formulaAt(s, 3, 3)).toBe('=IFERROR(B4*C4,"")&" AB12"&$F$1&\'Other sheet\'!A4');
    expect(cellAt(s, 2, 3)).toBe('6 AB12');
  });
});

describe('reading sheet structure', () => {
  it('reads hidden and very hidden sheets as hidden', async () => {
    const snap = await readBack((wb) => {
      wb.addWorksheet('Risks').getCell('A1').value = 'x';
      wb.addWorksheet('Lists', { state: 'hidden' }).getCell('A1').value = 'x';
      wb.addWorksheet('Config', { state: 'veryHidden' }).getCell('A1').value = 'x';
    });
    expect(snap.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Risks', false],
      ['Lists', true],
      ['Config', true],
    ]);
  });

  it('lists hidden rows (1-based) and still reads them', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.addRow(['ID']);
      ws.addRow(['R-001']);
      ws.addRow(['R-002']);
      ws.getRow(3).hidden = true;
    });
    expect(snap.sheets[0]!.hiddenRows).toEqual([3]);
    expect(snap.sheets[0]!.values[2]).toEqual(['R-002']);
  });

  it('reads merged areas, with the covered cells empty', async () => {
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = 'ACME risk register';
      ws.mergeCells('A1:F1');
      ws.getCell('A3').value = 'Cloud';
      ws.mergeCells('A3:A5');
    });
    const s = snap.sheets[0]!;
    expect([...s.merges!].sort()).toEqual(['A1:F1', 'A3:A5']);
    expect(s.values[0]).toEqual(['ACME risk register']);
    expect(cellAt(s, 3, 0)).toBeNull();
  });

  it('keeps sheet names with spaces, apostrophes and non-ASCII letters, and finds them in named ranges', async () => {
    const snap = await readBack((wb) => {
      wb.addWorksheet("Bob's risks – été ✓").getCell('A1').value = 'Likely';
      wb.addWorksheet('Lists').getCell('A1').value = 'x';
      wb.definedNames.add("'Bob''s risks – été ✓'!$A$1:$A$5", 'RB_Levels');
      wb.definedNames.add('Lists!$A$1', 'RB_One');
    });
    expect(snap.sheets[0]!.name).toBe("Bob's risks – été ✓");
    expect(findSheet(snap, "BOB'S RISKS – ÉTÉ ✓")?.values[0]).toEqual(['Likely']);
    expect(snap.names).toEqual([
      { name: 'RB_Levels', reference: "'Bob''s risks – été ✓'!$A$1:$A$5" },
      { name: 'RB_One', reference: "'Lists'!$A$1" },
    ]);
  });
});

describe('reading large or unusual files quickly', () => {
  it('bounds a sheet to its last row with content, however far formatting reaches', async () => {
    const started = Date.now();
    const snap = await readBack((wb) => {
      const ws = wb.addWorksheet('Risks');
      ws.getCell('A1').value = 'ID';
      ws.getCell('A2').value = 'R-001';
      ws.getCell('Z1048576').numFmt = '0.00';
      ws.getRow(500000).hidden = true;
      ws.getCell('B500000').numFmt = '@';
    });
    expect(snap.sheets[0]!.values).toEqual([['ID'], ['R-001']]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads a user file with whole-column drop-downs without expanding them cell by cell', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet('Risks');
    ws.getCell('A1').value = 'Likelihood';
    for (const col of ['B', 'C', 'D', 'E', 'F']) {
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${col}1:${col}1048576`,
        { type: 'list', allowBlank: true, formulae: ['"Low,Medium,High"'] },
      );
    }
    const started = Date.now();
    const back = await roundTrip(wb);
    const model = (back.getWorksheet('Risks') as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(['B1:B1048576', 'C1:C1048576', 'D1:D1048576', 'E1:E1048576', 'F1:F1048576']);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
