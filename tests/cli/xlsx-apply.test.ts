/**
 * Applying plans to .xlsx files: the result, read back from the saved file, must be what the
 * reference MemoryWorkbook says, and everything the plan does not name must be left as it was.
 */
import type * as ExcelJS from 'exceljs';
import { ValueType } from 'exceljs';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { NAMES, SHEETS } from '../../core/workbook/names';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, formulaAt, findSheet } from '../../core/workbook/snapshot';
import { ALL_RISKY_TEXTS, RISKY_TEXTS, riskyCases } from '../support/risky-text';
import { REGISTER_ROWS, listsNames, listsSheetPlan, registerPlan, registerUpdatePlan } from './support/sample-plans';
import { filePart, normaliseWorkbook, roundTrip } from './support/xlsx-helpers';

const REGISTER = 'Risk register';

/** The user's own workbook: a register with a merged title, notes, styles and rules of their own. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const intro = wb.addWorksheet('Read me');
  intro.getCell('A1').value = 'Owned by the security team. Do not sort.';
  intro.getCell('A1').note = 'Reviewed quarterly';
  const ws = wb.addWorksheet(REGISTER);
  REGISTER_ROWS.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && typeof v !== 'object') ws.getCell(r + 1, c + 1).value = v;
  }));
  ws.mergeCells('A1:H1');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getRow(2).font = { bold: true };
  ws.getCell('B3').note = 'Confirmed by the SOC';
  ws.getColumn(8).width = 42;
  ws.getCell('H3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.push({
    ref: 'C3:C6',
    rules: [{ type: 'expression', formulae: ['LEN(C3)=0'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF9999' } } } }],
  });
  (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('C3:C6', {
    type: 'list',
    allowBlank: true,
    formulae: ['"CFO,CTO,IT lead"'],
  });
  return wb;
}

/** Loads the workbook as from disk, applies the plan, saves: the file, and the file loaded again. */
async function applyToFile(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<{ file: Buffer; back: ExcelJS.Workbook }> {
  const loaded = await roundTrip(wb);
  await applyPlanToXlsx(loaded, plan, { protectionSpinCount: 1 });
  const file = await saveWorkbook(loaded);
  return { file, back: await loadWorkbook(file) };
}

async function applyAndReload(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  return (await applyToFile(wb, plan)).back;
}

function dataValidations(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
}

function conditionalFormats(ws: ExcelJS.Worksheet): { ref: string; rules: { formulae?: string[]; stopIfTrue?: boolean; priority?: number; style?: Partial<ExcelJS.Style> }[] }[] {
  return (ws as unknown as { conditionalFormattings: ReturnType<typeof conditionalFormats> }).conditionalFormattings;
}

describe('the saved file matches the reference workbook', () => {
  it('gives the same values and formulas as MemoryWorkbook for a register plan', async () => {
    const original = await roundTrip(userWorkbook());
    const before = readXlsxSnapshot(original);
    const plan = registerPlan(REGISTER);
    const expected = MemoryWorkbook.fromSnapshot(before);
    expected.apply(plan);
    const after = readXlsxSnapshot(await applyAndReload(original, plan));
    expect(normaliseWorkbook(after)).toEqual(normaliseWorkbook(expected.snapshot()));
  });

  describe('keeps every plan string as the same text, in the file and on reading back', () => {
    // Down a column of a generated sheet (replaced) and of the register (updated), in one plan.
    const AT: [string, string, number][] = [
      ['a sheet the plan replaces', 'Notes', 0],
      ['the register, updated', REGISTER, 9],
    ];
    let file: Buffer;
    let back: ExcelJS.Workbook;
    let snapshot: WorkbookSnapshot;
    beforeAll(async () => {
      const plan: WorkbookPlan = {
        sheets: [
          { ...emptySheetPlan('Notes', 'replace'), writes: [{ at: 'A1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
          { ...emptySheetPlan(REGISTER, 'update'), writes: [{ at: 'J1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
        ],
        names: [],
      };
      ({ file, back } = await applyToFile(userWorkbook(), plan));
      snapshot = readXlsxSnapshot(back);
    });

    describe.each(AT)('on %s', (_label, sheetName, col) => {
      const row = (text: string): number => ALL_RISKY_TEXTS.indexOf(text);

      it.each(riskyCases())('%s: ExcelJS reads back a string cell with exactly that text', (_shown, text) => {
        const cell = back.getWorksheet(sheetName)!.getCell(row(text) + 1, col + 1);
        expect({ type: cell.type, value: cell.value, formula: cell.formula }).toEqual({ type: ValueType.String, value: text, formula: undefined });
      });

      it.each(riskyCases())('%s: the snapshot reader reads back exactly that text and no formula', (_shown, text) => {
        const sheet = findSheet(snapshot, sheetName)!;
        expect({ value: cellAt(sheet, row(text), col), formula: formulaAt(sheet, row(text), col) }).toEqual({ value: text, formula: null });
      });

      // Text format, so that editing the cell in Excel does not turn it into a formula either.
      it.each(riskyCases(RISKY_TEXTS))('%s: the cell is formatted as text', (_shown, text) => {
        expect(back.getWorksheet(sheetName)!.getCell(row(text) + 1, col + 1).numFmt).toBe('@');
      });
    });

    it('writes no formula into the file', () => {
      for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) expect(filePart(file, part)).not.toContain('<f>');
    });

    it('keeps carriage returns anywhere in a text, and text that looks like an escape of the file format', async () => {
      // XML readers turn a raw carriage return into a line feed; Excel writes it as _x000D_.
      const texts = ['a\rb', 'line\r\nbreak', 'ends\r', '_x0041_ stays', '__x000D_x'];
      const plan: WorkbookPlan = { sheets: [{ ...emptySheetPlan('Notes', 'replace'), writes: [{ at: 'A1', cells: texts.map((t) => [t]) }] }], names: [] };
      const saved = await applyToFile(newWorkbook(), plan);
      const sheet = findSheet(readXlsxSnapshot(saved.back), 'Notes')!;
      expect(texts.map((_t, r) => cellAt(sheet, r, 0))).toEqual(texts);
      expect(filePart(saved.file, 'xl/sharedStrings.xml')).toContain('a_x000D_b');
    });
  });

  it('writes TEXTJOIN with _xlfn. in the file and reads it back canonical', async () => {
    const plan: WorkbookPlan = {
      sheets: [{
        ...emptySheetPlan('Statement of Applicability', 'replace'),
        writes: [{ at: 'A1', cells: [['R-001', 'R-002', { formula: '=TEXTJOIN(", ",TRUE,A1:B1)' }, { formula: '=IFERROR(MAX(1,2),"")' }]] }],
      }],
      names: [],
    };
    const { file, back } = await applyToFile(newWorkbook(), plan);
    const xml = filePart(file, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<f>_xlfn.TEXTJOIN(&quot;, &quot;,TRUE,A1:B1)</f>');
    expect(xml).toContain('<f>IFERROR(MAX(1,2),&quot;&quot;)</f>');
    const sheet = readXlsxSnapshot(back).sheets[0]!;
    expect(formulaAt(sheet, 0, 2)).toBe('=TEXTJOIN(", ",TRUE,A1:B1)');
    // No cached result: the spreadsheet program computes it.
    expect(cellAt(sheet, 0, 2)).toBeNull();
  });

  it('asks Excel to recalculate everything on open', async () => {
    const { file } = await applyToFile(newWorkbook(), { sheets: [emptySheetPlan('Checks', 'replace')], names: [] });
    expect(filePart(file, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });
});

describe('what the plan does not name stays as it was', () => {
  it('keeps user sheets, cells, notes, merges, widths, fills, rules and drop-downs', async () => {
    const original = await roundTrip(userWorkbook());
    const back = await applyAndReload(original, registerPlan(REGISTER));
    const before = readXlsxSnapshot(original);
    const after = readXlsxSnapshot(back);
    expect(findSheet(after, 'Read me')).toEqual(findSheet(before, 'Read me'));
    const ws = back.getWorksheet(REGISTER)!;
    expect(back.getWorksheet('Read me')!.getCell('A1').note).toBe('Reviewed quarterly');
    expect(ws.getCell('B3').note).toBe('Confirmed by the SOC');
    expect(findSheet(after, REGISTER)!.merges).toEqual(['A1:H1']);
    expect(ws.getColumn(8).width).toBe(42);
    expect(ws.getCell('H3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('H5').value).toBe('=not a formula');
    expect(dataValidations(ws)['C3:C6']).toMatchObject({ type: 'list', formulae: ['"CFO,CTO,IT lead"'] });
    expect(conditionalFormats(ws).find((cf) => cf.ref === 'C3:C6')?.rules[0]?.formulae).toEqual(['LEN(C3)=0']);
    // Untouched cells of the register read exactly as before.
    const reg = (s: typeof after) => findSheet(s, REGISTER)!.values.map((row) => row.filter((_v, c) => c !== 5 && c !== 6));
    expect(reg(after)).toEqual(reg(before));
  });

  it('styles a plan cell without restyling the user cells that shared its style', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(REGISTER);
    for (const a of ['A1', 'A2', 'A3']) {
      ws.getCell(a).value = 'x';
      ws.getCell(a).font = { italic: true };
    }
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan(REGISTER, 'update'), formats: [{ range: 'A2', bold: true, fill: '#FF0000' }] }],
      names: [],
    };
    const back = await applyAndReload(wb, plan);
    const out = back.getWorksheet(REGISTER)!;
    expect(out.getCell('A2').font).toMatchObject({ italic: true, bold: true });
    expect(out.getCell('A1').font?.bold).toBeFalsy();
    expect((out.getCell('A3').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  it('keeps the other cells of a filled-down formula when the plan overwrites its first cell', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(REGISTER);
    ws.getCell('A2').value = 2;
    ws.getCell('A3').value = 3;
    ws.getCell('A4').value = 4;
    ws.getCell('B2').value = { formula: 'A2*10', result: 20, shareType: 'shared', ref: 'B2:B4' } as ExcelJS.CellValue;
    ws.getCell('B3').value = { sharedFormula: 'B2', result: 30 } as ExcelJS.CellValue;
    ws.getCell('B4').value = { sharedFormula: 'B2', result: 40 } as ExcelJS.CellValue;
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan(REGISTER, 'update'), writes: [{ at: 'B2', cells: [[{ formula: '=A2*100' }]] }] }],
      names: [],
    };
    const sheet = readXlsxSnapshot(await applyAndReload(wb, plan)).sheets[0]!;
    expect([formulaAt(sheet, 1, 1), formulaAt(sheet, 2, 1), formulaAt(sheet, 3, 1)]).toEqual(['=A2*100', '=A3*10', '=A4*10']);
  });

  it('null leaves a cell as it is and an empty string clears it', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(REGISTER);
    ws.addRow(['keep', 'clear', 'replace']);
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan(REGISTER, 'update'), writes: [{ at: 'A1', cells: [[null, '', 7]] }] }],
      names: [],
    };
    const sheet = readXlsxSnapshot(await applyAndReload(wb, plan)).sheets[0]!;
    expect(sheet.values[0]).toEqual(['keep', null, 7]);
  });
});

describe('replacing a generated sheet', () => {
  it('swaps the new sheet in at the old position and drops everything the old one had', async () => {
    const wb = newWorkbook();
    wb.addWorksheet(REGISTER).getCell('A1').value = 'Risk ID';
    const old = wb.addWorksheet(SHEETS.soa);
    old.getCell('A1').value = 'old SoA';
    old.getCell('Z99').value = 'stale';
    old.mergeCells('A1:C1');
    wb.addWorksheet('After').getCell('A1').value = 'user';
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan(SHEETS.soa, 'replace'), writes: [{ at: 'A1', cells: [['Control', 'Applicable']] }] }],
      names: [],
    };
    const snap = readXlsxSnapshot(await applyAndReload(wb, plan));
    expect(snap.sheets.map((s) => s.name)).toEqual([REGISTER, SHEETS.soa, 'After']);
    expect(findSheet(snap, SHEETS.soa)!.values).toEqual([['Control', 'Applicable']]);
    expect(findSheet(snap, SHEETS.soa)!.merges).toEqual([]);
  });

  it('leaves the old sheet intact when building the new one fails', async () => {
    const wb = await roundTrip(userWorkbook());
    const lists = wb.addWorksheet(SHEETS.lists);
    lists.getCell('A1').value = 'previous lists';
    const broken: SheetPlan = { ...listsSheetPlan(), formats: [{ range: 'not a range', bold: true }] };
    await expect(applyPlanToXlsx(wb, { sheets: [broken], names: [] })).rejects.toThrow(/Bad format range/);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Read me', REGISTER, SHEETS.lists]);
    expect(wb.getWorksheet(SHEETS.lists)!.getCell('A1').value).toBe('previous lists');
  });

  it('puts generated sheets after the user sheets in the plan order', async () => {
    const wb = newWorkbook();
    wb.addWorksheet(SHEETS.heatmap);
    wb.addWorksheet(REGISTER);
    const plan: WorkbookPlan = {
      sheets: [emptySheetPlan(SHEETS.soa, 'replace'), emptySheetPlan(SHEETS.heatmap, 'replace')],
      names: [],
      sheetOrder: [SHEETS.soa, SHEETS.heatmap],
    };
    const back = await applyAndReload(wb, plan);
    expect(back.worksheets.map((s) => s.name)).toEqual([REGISTER, SHEETS.soa, SHEETS.heatmap]);
  });
});

describe('sheet settings', () => {
  const settings: SheetPlan = {
    ...emptySheetPlan(SHEETS.rtp, 'replace'),
    tabColor: '#1F4E79',
    frozenRows: 3,
    frozenColumns: 1,
    columnWidths: [{ col: 0, width: 12 }, { col: 3, width: 40 }],
    writes: [{ at: 'A3', cells: [['Action', 'Owner', 'Due', 'Notes']] }],
    formats: [
      { range: 'A3:D3', bold: true, italic: true, fill: '#DDEBF7', fontColor: '#1F4E79', wrap: true, horizontalAlignment: 'center', verticalAlignment: 'middle', border: true, fontSize: 12 },
      { range: 'C4:C50', numberFormat: 'yyyy-mm-dd' },
    ],
    merges: ['A1:D1'],
    autoFilter: 'A3:D50',
    pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1, printTitleRows: '1:3', printColumns: 'A:C' },
    protection: { protected: true, editableRanges: ['D4:D6'] },
  };

  it('sets formats, widths, frozen panes, merges, filter, tab colour and page setup', async () => {
    const ws = (await applyAndReload(newWorkbook(), { sheets: [settings], names: [] })).getWorksheet(SHEETS.rtp)!;
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(4).width).toBe(40);
    const head = ws.getCell('B3');
    expect(head.font).toMatchObject({ bold: true, italic: true, size: 12, color: { argb: 'FF1F4E79' } });
    expect(head.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(head.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(head.border?.top).toEqual({ style: 'thin' });
    expect(ws.getCell('C10').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.autoFilter).toBe('A3:D50');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    // The print area is whole columns, so rows added later print too.
    expect(ws.pageSetup.printArea).toBe('A:C');
  });

  it('protects the sheet without a password, leaving the editable cells unlocked', async () => {
    const { file, back } = await applyToFile(newWorkbook(), { sheets: [settings], names: [] });
    const ws = back.getWorksheet(SHEETS.rtp)!;
    const xml = filePart(file, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toContain('hashValue');
    expect(ws.getCell('D5').protection).toMatchObject({ locked: false });
    expect(ws.getCell('A5').protection?.locked).not.toBe(false);
  });

  it('hides a sheet and keeps the active tab on a visible one', async () => {
    const wb = newWorkbook();
    wb.addWorksheet(REGISTER);
    const plan: WorkbookPlan = { sheets: [{ ...emptySheetPlan(SHEETS.lists, 'replace'), hidden: true }], names: [], sheetOrder: [SHEETS.lists] };
    const loaded = await roundTrip(wb);
    loaded.views = [{ activeTab: 1, firstSheet: 0, x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' }] as ExcelJS.WorkbookView[];
    await applyPlanToXlsx(loaded, plan);
    const file = await saveWorkbook(loaded);
    const back = await loadWorkbook(file);
    expect(back.getWorksheet(SHEETS.lists)!.state).toBe('hidden');
    expect(filePart(file, 'xl/workbook.xml')).toMatch(/activeTab="0"|<workbookView(?![^>]*activeTab)/);
  });
});

describe('drop-downs and validation', () => {
  it('writes list validation from a named range, never an inline list', async () => {
    const plan: WorkbookPlan = {
      sheets: [
        listsSheetPlan(),
        { ...emptySheetPlan(REGISTER, 'update'), validations: [{ range: 'I3:I202', rule: { kind: 'list', namedRange: NAMES.treatmentOptions }, allowBlank: true, style: 'stop', prompt: 'Choose a treatment' }] },
      ],
      names: listsNames(),
    };
    const back = await applyAndReload(userWorkbook(), plan);
    const dv = dataValidations(back.getWorksheet(REGISTER)!)['I3:I202'];
    expect(dv).toMatchObject({ type: 'list', formulae: [NAMES.treatmentOptions], allowBlank: true, showErrorMessage: true, errorStyle: 'stop', showInputMessage: true, prompt: 'Choose a treatment' });
  });

  it('writes whole-number, decimal and date rules over bounded ranges', async () => {
    const plan: WorkbookPlan = {
      sheets: [{
        ...emptySheetPlan('Inputs', 'replace'),
        validations: [
          { range: 'A2:A101', rule: { kind: 'whole', min: 1, max: 5 }, allowBlank: true, style: 'stop' },
          { range: 'B2:B101', rule: { kind: 'decimal', min: 0, max: 1 }, allowBlank: false, style: 'warning' },
          { range: 'C2:C101', rule: { kind: 'date' }, allowBlank: true, style: 'stop' },
        ],
      }],
      names: [],
    };
    const back = await applyAndReload(newWorkbook(), plan);
    const model = dataValidations(back.getWorksheet('Inputs')!);
    expect(Object.keys(model).sort()).toEqual(['A2:A101', 'B2:B101', 'C2:C101']);
    expect(model['A2:A101']).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5] });
    expect(model['B2:B101']).toMatchObject({ type: 'decimal', formulae: [0, 1], errorStyle: 'warning' });
    expect(model['C2:C101']).toMatchObject({ type: 'date', operator: 'between' });
  });

  it('refuses a whole-column range', async () => {
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan('Inputs', 'replace'), validations: [{ range: 'A1:A1048576', rule: { kind: 'whole', min: 1, max: 5 }, allowBlank: true, style: 'stop' }] }],
      names: [],
    };
    await expect(applyPlanToXlsx(newWorkbook(), plan)).rejects.toThrow(/whole column/);
    const colPlan: WorkbookPlan = { sheets: [{ ...plan.sheets[0]!, validations: [{ ...plan.sheets[0]!.validations[0]!, range: 'A:A' }] }], names: [] };
    await expect(applyPlanToXlsx(newWorkbook(), colPlan)).rejects.toThrow(/bounded/);
  });

  it('replaces a user rule only where the plan sets one, and writes no overlapping rules', async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet(REGISTER);
    ws.getCell('A1').value = 'Likelihood';
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('D2:D1048576', {
      type: 'list', allowBlank: true, formulae: ['"Low,High"'],
    });
    const plan = { sheets: [registerUpdatePlan(REGISTER)], names: [] };
    const { file, back } = await applyToFile(wb, plan);
    expect(Object.keys(dataValidations(back.getWorksheet(REGISTER)!)).sort()).toEqual(['D2', 'D203:D1048576', 'D3:E202']);
    const xml = filePart(file, 'xl/worksheets/sheet1.xml');
    expect(xml.match(/<dataValidation /g)).toHaveLength(3);
  });
});

describe('conditional formats', () => {
  it('writes expression rules without the leading = and with the fill as a differential format', async () => {
    const back = await applyAndReload(userWorkbook(), registerPlan(REGISTER));
    const rules = conditionalFormats(back.getWorksheet(REGISTER)!).filter((cf) => cf.ref === 'G3:G6');
    expect(rules.map((cf) => cf.rules[0]!.formulae)).toEqual([['G3="Low"'], ['G3="Medium"'], ['G3="High"'], ['G3="Critical"']]);
    expect(rules[2]!.rules[0]!.style?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } });
    expect(rules[3]!.rules[0]!.style?.font).toMatchObject({ bold: true });
    // After the user's own rule, in plan order.
    const priorities = rules.map((cf) => cf.rules[0]!.priority!);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(Math.min(...priorities)).toBeGreaterThan(1);
  });

  it('adds nothing when the same plan is applied twice', async () => {
    const once = await applyAndReload(userWorkbook(), registerPlan(REGISTER));
    const twice = await applyAndReload(once, registerPlan(REGISTER));
    expect(conditionalFormats(twice.getWorksheet(REGISTER)!)).toHaveLength(5);
  });

  it('carries stopIfTrue into the file', async () => {
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan('Checks', 'replace'), conditionalFormats: [{ range: 'A1:A9', formula: '=A1="error"', fill: '#FFC7CE', stopIfTrue: true }] }],
      names: [],
    };
    const { file, back } = await applyToFile(newWorkbook(), plan);
    expect(filePart(file, 'xl/worksheets/sheet1.xml')).toMatch(/<cfRule type="expression"[^>]*stopIfTrue="1"/);
    expect(conditionalFormats(back.getWorksheet('Checks')!)[0]!.rules[0]!.stopIfTrue).toBe(true);
  });
});

describe('named ranges', () => {
  it('writes absolute references with the sheet quoted, replacing a name of the same spelling', async () => {
    const wb = newWorkbook();
    wb.addWorksheet("Bob's lists").getCell('A1').value = 'x';
    wb.definedNames.add("'Bob''s lists'!$Z$1", NAMES.yesNo);
    const plan: WorkbookPlan = {
      sheets: [],
      names: [
        { name: NAMES.yesNo, sheet: "Bob's lists", range: 'A1:A2' },
        { name: NAMES.treatmentOptions, sheet: "Bob's lists", range: 'B2:B5' },
      ],
    };
    const { file, back } = await applyToFile(wb, plan);
    expect(readXlsxSnapshot(back).names).toEqual([
      { name: NAMES.yesNo, reference: "'Bob''s lists'!$A$1:$A$2" },
      { name: NAMES.treatmentOptions, reference: "'Bob''s lists'!$B$2:$B$5" },
    ]);
    expect(filePart(file, 'xl/workbook.xml')).toContain('<definedName name="RB_YesNo">&apos;Bob&apos;&apos;s lists&apos;!$A$1:$A$2</definedName>');
  });
});

describe('the reference workload (2,000 risks x 30 columns)', () => {
  it('is applied and saved within 5 s, and read back within 5 s', async () => {
    const rows: PlanCell[][] = [];
    for (let r = 0; r < 2000; r++) {
      rows.push(Array.from({ length: 30 }, (_, c) => (c === 0 ? `R-${r + 1}` : c % 3 === 0 ? (r % 5) + 1 : `Risk ${r + 1}, column ${c}: free text as people type it`)));
    }
    const plan: WorkbookPlan = {
      sheets: [
        listsSheetPlan(),
        { ...emptySheetPlan(REGISTER, 'replace'), writes: [{ at: 'A3', cells: rows }], formats: [{ range: 'A3:AD2002', wrap: true, border: true }] },
        registerUpdatePlan(REGISTER, 2000),
      ],
      names: listsNames(),
    };
    let started = Date.now();
    const wb = newWorkbook();
    await applyPlanToXlsx(wb, plan);
    const file = await saveWorkbook(wb);
    expect(Date.now() - started).toBeLessThan(5000);
    started = Date.now();
    const snap = readXlsxSnapshot(await loadWorkbook(file));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(findSheet(snap, REGISTER)!.values).toHaveLength(2002);
  });
});

describe('saving', () => {
  it('produces a file ExcelJS, and so Excel, can open again', async () => {
    const wb = await roundTrip(userWorkbook());
    await applyPlanToXlsx(wb, registerPlan(REGISTER));
    const buffer = await saveWorkbook(wb);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
  });
});
