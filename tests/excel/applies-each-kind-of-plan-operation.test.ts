/**
 * Applying: every kind of operation a plan holds reaches Excel as plan.ts describes it, with the
 * same cells as core's MemoryWorkbook, and nothing the plan does not name is touched.
 */
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { PageSetupSpec, SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import { PRINT_MARGINS } from '../../core/workbook/print-layout';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { pointsFromCharacters } from '../../excel-addin/excel-sheet-content';
import type { FakeSheet } from '../support/fake-excel';
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { applyWithHost, normaliseWorkbook, withFakeExcel } from './support/excel-harness';

const REGISTER = 'Risk register';

const USER: WorkbookSnapshot = {
  sheets: [
    { name: 'Read me', values: [['Owned by the security team']] },
    {
      name: REGISTER,
      values: [
        ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Score', 'Notes'],
        ['R-1', 'Phishing', 4, 5, null, 'keep me'],
        ['R-2', 'Laptop theft', 2, 3, null, 'and me'],
      ],
    },
    { name: 'Lists', values: [['Mitigate'], ['Accept']], hidden: true },
  ],
  names: [{ name: 'RB_TreatmentOptions', reference: "'Lists'!$A$1:$A$2" }],
};

function update(partial: Partial<SheetPlan>): SheetPlan {
  return { ...emptySheetPlan(REGISTER, 'update'), ...partial };
}

function plan(...sheets: SheetPlan[]): WorkbookPlan {
  return { sheets, names: [] };
}

async function applied(p: WorkbookPlan, snapshot: WorkbookSnapshot = USER, apiVersion = '1.13'): Promise<ReturnType<typeof createFakeWorkbook>> {
  const wb = createFakeWorkbook(snapshot);
  await withFakeExcel(wb, (office) => applyWithHost(office, p), { apiVersion });
  return wb;
}

function sheet(wb: ReturnType<typeof createFakeWorkbook>, name: string): FakeSheet {
  const s = wb.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('cell blocks', () => {
  it('writes literals and formulas, leaves null cells alone and clears empty-text cells, as MemoryWorkbook does', async () => {
    const p = plan(update({ writes: [{ at: 'E2', cells: [[{ formula: '=C2*D2' }, null], [{ formula: '=C3*D3' }, '']] }, { at: 'A5', cells: [['R-3', 'Fire', 1, 2.5, true]] }] }));
    const wb = await applied(p);
    const expected = MemoryWorkbook.fromSnapshot(USER);
    expected.apply(p);
    expect(normaliseWorkbook(readFakeWorkbook(wb)).sheets).toEqual(normaliseWorkbook(expected.snapshot()).sheets);
    expect(sheet(wb, REGISTER).at('F2')?.value).toBe('keep me');
    expect(sheet(wb, REGISTER).at('F3')?.value ?? null).toBeNull();
    expect(sheet(wb, REGISTER).at('E2')?.formula).toBe('=C2*D2');
  });
});

describe('formats', () => {
  it('sets fill, font, wrap, alignment, borders and number format on the named range only', async () => {
    const wb = await applied(
      plan(
        update({
          formats: [
            { range: 'A1:F1', fill: '#D9D9D9', fontColor: '#1F1F1F', bold: true, italic: true, fontSize: 12, wrap: true, horizontalAlignment: 'center', verticalAlignment: 'middle', border: true },
            { range: 'E2:E3', numberFormat: '0.0' },
          ],
        }),
      ),
    );
    const s = sheet(wb, REGISTER);
    expect(s.formatAt(0, 3)).toEqual({
      fill: '#D9D9D9',
      fontColor: '#1F1F1F',
      bold: true,
      italic: true,
      fontSize: 12,
      wrapText: true,
      horizontalAlignment: 'Center',
      verticalAlignment: 'Center',
      borders: {
        EdgeTop: { style: 'Continuous', weight: 'Thin' },
        EdgeBottom: { style: 'Continuous', weight: 'Thin' },
        EdgeLeft: { style: 'Continuous', weight: 'Thin' },
        EdgeRight: { style: 'Continuous', weight: 'Thin' },
        InsideVertical: { style: 'Continuous', weight: 'Thin' },
      },
    });
    expect(s.formatAt(1, 0)).toEqual({});
    expect([s.at('E2')?.numberFormat, s.at('E3')?.numberFormat, s.at('E4')?.numberFormat]).toEqual(['0.0', '0.0', undefined]);
  });
});

describe('formats copied from another cell', () => {
  it('gives the cells the source cell’s format, then the plan’s own formats on top, the source unchanged', async () => {
    const wb = createFakeWorkbook(USER);
    sheet(wb, REGISTER).formats.push({ box: { row: 0, col: 0, rows: 1, cols: 6 }, props: { fill: '#385723', fontColor: '#FFFFFF', bold: true } });
    const p = plan(update({ writes: [{ at: 'G1', cells: [['Inherent score']] }], formatsLike: [{ range: 'G1', like: 'F1' }], formats: [{ range: 'G1', wrap: true }] }));
    await withFakeExcel(wb, (office) => applyWithHost(office, p), { apiVersion: '1.13' });
    expect(sheet(wb, REGISTER).formatAt(0, 6)).toEqual({ fill: '#385723', fontColor: '#FFFFFF', bold: true, wrapText: true });
    expect(sheet(wb, REGISTER).formatAt(0, 5)).toEqual({ fill: '#385723', fontColor: '#FFFFFF', bold: true });
  });

  it('is skipped where Excel lacks ExcelApi 1.9, leaving the plan’s own formats', async () => {
    const wb = createFakeWorkbook(USER);
    sheet(wb, REGISTER).formats.push({ box: { row: 0, col: 0, rows: 1, cols: 6 }, props: { fill: '#385723' } });
    const p = plan(update({ formatsLike: [{ range: 'G1', like: 'F1' }], formats: [{ range: 'G1', wrap: true }] }));
    await withFakeExcel(wb, (office) => applyWithHost(office, p), { apiVersion: '1.8' });
    expect(sheet(wb, REGISTER).formatAt(0, 6)).toEqual({ wrapText: true });
  });
});

describe('data validation', () => {
  it('sets list, whole, decimal and date rules with their blank, style and prompt settings', async () => {
    const wb = await applied(
      plan(
        update({
          validations: [
            { range: 'B2:B50', rule: { kind: 'list', namedRange: 'RB_TreatmentOptions' }, allowBlank: true, style: 'warning', prompt: 'Pick a treatment' },
            { range: 'C2:C50', rule: { kind: 'whole', min: 1, max: 5 }, allowBlank: false, style: 'stop' },
            { range: 'D2:D50', rule: { kind: 'decimal', min: 0, max: 1 }, allowBlank: true, style: 'stop' },
            { range: 'F2:F50', rule: { kind: 'date' }, allowBlank: true, style: 'warning' },
          ],
        }),
      ),
    );
    const s = sheet(wb, REGISTER);
    expect(s.validationAt('B2')?.rule).toEqual({ list: { inCellDropDown: true, source: '=RB_TreatmentOptions' } });
    expect(s.validationAt('B2')?.prompt).toEqual({ showPrompt: true, title: '', message: 'Pick a treatment' });
    expect(s.validationAt('B2')?.errorAlert?.style).toBe('Warning');
    expect(s.validationAt('C2')?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } });
    expect(s.validationAt('C2')?.ignoreBlanks).toBe(false);
    expect(s.validationAt('C2')?.errorAlert?.style).toBe('Stop');
    expect(s.validationAt('D50')?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: 'Between' } });
    expect(s.validationAt('F2')?.rule?.date?.operator).toBe('Between');
    expect(s.validationAt('B51')).toBeUndefined();
  });

  it('replaces its own rule when applied again and leaves the rest of an overlapping user rule in place', async () => {
    const wb = createFakeWorkbook(USER);
    sheet(wb, REGISTER).validations.push({ box: { row: 1, col: 1, rows: 100, cols: 1 }, rule: { list: { inCellDropDown: true, source: 'a,b' } }, ignoreBlanks: true });
    const p = plan(update({ validations: [{ range: 'B2:B50', rule: { kind: 'list', namedRange: 'RB_TreatmentOptions' }, allowBlank: true, style: 'warning' }] }));
    await withFakeExcel(wb, async (office) => {
      await applyWithHost(office, p);
      await applyWithHost(office, p);
    });
    const s = sheet(wb, REGISTER);
    expect(s.validations.filter((v) => v.rule?.list?.source === '=RB_TreatmentOptions')).toHaveLength(1);
    expect(s.validationAt('B51')?.rule).toEqual({ list: { inCellDropDown: true, source: 'a,b' } });
    expect(s.validationAt('B2')?.rule?.list?.source).toBe('=RB_TreatmentOptions');
  });
});

describe('conditional formats', () => {
  const rules: SheetPlan['conditionalFormats'] = [
    { range: 'E2:E3', formula: '=E2>=15', fill: '#FFC7CE', fontColor: '#9C0006', bold: true, stopIfTrue: true },
    { range: 'E2:E3', formula: '=E2>=5', fill: '#FFEB9C' },
  ];

  it('adds custom formula rules in plan order, with fill, font and stop-if-true', async () => {
    const wb = await applied(plan(update({ conditionalFormats: rules })));
    const cfs = sheet(wb, REGISTER).conditionalFormats;
    expect(cfs.map((c) => [c.type, c.formula, c.fill, c.fontColor, c.bold, c.stopIfTrue])).toEqual([
      ['Custom', '=E2>=15', '#FFC7CE', '#9C0006', true, true],
      ['Custom', '=E2>=5', '#FFEB9C', undefined, undefined, false],
    ]);
    expect(sheet(wb, REGISTER).conditionalFormatsOn('E2:E3')).toHaveLength(2);
  });

  it('leaves one copy of each rule when the same plan is applied twice, and the user\'s own rules alone', async () => {
    const wb = createFakeWorkbook(USER);
    sheet(wb, REGISTER).conditionalFormats.push({ id: 'user', type: 'Custom', box: { row: 1, col: 1, rows: 2, cols: 1 }, formula: '=LEN(B2)=0', fill: '#FF9999', stopIfTrue: false });
    const p = plan(update({ conditionalFormats: rules }));
    await withFakeExcel(wb, async (office) => {
      await applyWithHost(office, p);
      await applyWithHost(office, p);
    });
    expect(sheet(wb, REGISTER).conditionalFormats.map((c) => c.formula)).toEqual(['=E2>=15', '=E2>=5', '=LEN(B2)=0']);
  });
});

describe('names', () => {
  it('adds new names and re-points existing ones, with absolute quoted references', async () => {
    const wb = await applied({
      sheets: [],
      names: [
        { name: 'RB_TreatmentOptions', sheet: 'Lists', range: 'A1:A3' },
        { name: 'RB_Scores', sheet: REGISTER, range: 'E2:E3' },
      ],
    });
    expect(wb.names.get('rb_treatmentoptions')?.formula).toBe('=Lists!$A$1:$A$3');
    expect(wb.names.get('rb_scores')?.formula).toBe("='Risk register'!$E$2:$E$3");
  });
});

describe('sheet state and layout', () => {
  it('sets visibility, tab colour, frozen panes, column widths, row heights, merges, autofilter, print area and page layout', async () => {
    const p = plan(
      update({ hidden: false, tabColor: '#4472C4', frozenRows: 1, printArea: 'A1:T40', columnWidths: [{ col: 1, width: 40 }, { col: 2, width: 12 }, { col: 3, width: 12 }], rowHeights: [{ row: 1, height: 30 }, { row: 3, height: 45 }] }),
      { ...emptySheetPlan('Report', 'replace'), writes: [{ at: 'A1', cells: [['Title'], ['Body']] }], merges: ['A1:D1'], autoFilter: 'A2:D9', pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1, printTitleRows: '2:2' }, frozenRows: 2, frozenColumns: 1 },
      { ...emptySheetPlan('Lists', 'update'), hidden: false },
    );
    const wb = await applied(p);
    const reg = sheet(wb, REGISTER);
    expect(reg.tabColor).toBe('#4472C4');
    // The register's print area, the rest of its page setup left as it was.
    expect(reg.pageLayout).toMatchObject({ printArea: 'A1:T40', orientation: 'Portrait' });
    expect([reg.frozenRows, reg.frozenColumns]).toEqual([1, 0]);
    expect([...reg.columnWidths]).toEqual([
      [1, pointsFromCharacters(40)],
      [2, pointsFromCharacters(12)],
      [3, pointsFromCharacters(12)],
    ]);
    expect(pointsFromCharacters(40)).toBeCloseTo(210, 0);
    expect([...reg.rowHeights].sort()).toEqual([
      [1, 30],
      [3, 45],
    ]);
    const report = sheet(wb, 'Report');
    expect(report.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(report.autoFilter).toEqual({ row: 1, col: 0, rows: 8, cols: 4 });
    expect(report.pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$2:$2' });
    expect([report.frozenRows, report.frozenColumns]).toEqual([2, 1]);
    expect(sheet(wb, 'Lists').visibility).toBe('Visible');
  });

  it('keeps the frozen columns of an updated sheet when the plan names only rows', async () => {
    const wb = createFakeWorkbook(USER);
    sheet(wb, REGISTER).frozenColumns = 2;
    await withFakeExcel(wb, (office) => applyWithHost(office, plan(update({ frozenRows: 1 }))));
    expect([sheet(wb, REGISTER).frozenRows, sheet(wb, REGISTER).frozenColumns]).toEqual([1, 2]);
  });

  it('on ExcelApi 1.8 sets row heights per run of equal rows and skips page layout and autofilter', async () => {
    const p = plan({ ...emptySheetPlan('Report', 'replace'), writes: [{ at: 'A1', cells: [['x']] }], rowHeights: [{ row: 0, height: 30 }, { row: 1, height: 30 }, { row: 2, height: 45 }], autoFilter: 'A1:B2', printArea: 'A1:B2', pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1 } });
    const wb = createFakeWorkbook(USER);
    await withFakeExcel(
      wb,
      async (office) => {
        const { run } = await applyWithHost(office, p);
        expect(run.executed.filter((op) => op.member === 'rowHeight')).toHaveLength(2);
        expect(run.executed.some((op) => op.objectKind === 'PageLayout' || op.objectKind === 'AutoFilter' || op.member === 'suspendScreenUpdatingUntilNextSync')).toBe(false);
      },
      { apiVersion: '1.8' },
    );
    const report = sheet(wb, 'Report');
    expect([...report.rowHeights]).toEqual([
      [0, 30],
      [1, 30],
      [2, 45],
    ]);
    expect(report.autoFilter).toBeNull();
    expect(report.pageLayout.orientation).toBe('Portrait');
    expect(report.pageLayout.printArea).toBeNull();
  });

  it('puts generated sheets after the user sheets in the plan order, and creates missing sheets', async () => {
    const wb = await applied({
      sheets: [emptySheetPlan('Heatmap', 'replace'), { ...emptySheetPlan('Notes', 'update'), writes: [{ at: 'A1', cells: [['new']] }] }],
      names: [],
      sheetOrder: ['Heatmap', 'Lists'],
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Read me', REGISTER, 'Notes', 'Heatmap', 'Lists']);
    expect(sheet(wb, 'Notes').at('A1')?.value).toBe('new');
  });
});

describe('page setup', () => {
  /** How the core lays out a wide table: landscape, two pages across with its id and title repeated. */
  const WIDE: PageSetupSpec = {
    orientation: 'landscape',
    paperSize: 'A4',
    pagesWide: 2,
    printTitleRows: '4:4',
    printTitleColumns: 'A:B',
    printColumns: 'A:S',
    header: { left: ['Smith & Co'], center: [{ field: 'sheet' }], right: ['Internal'] },
    footer: { left: ['Riskbook · 2026-12-07'], center: ['Page ', { field: 'page' }, ' of ', { field: 'pages' }] },
    rowBreaks: [20, 41],
  };

  function report(pageSetup: PageSetupSpec, mode: SheetPlan['mode'] = 'replace'): SheetPlan {
    return { ...emptySheetPlan('Report', mode), writes: [{ at: 'A1', cells: [['Title'], ['Body']] }], pageSetup };
  }

  it('arrives whole: paper, margins in points, pages across then down, fit, print titles and area, header, footer and breaks', async () => {
    const wb = await applied(plan(report(WIDE)));
    const inPoints = (inches: number): number => inches * 72;
    expect(sheet(wb, 'Report').pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      margins: {
        left: inPoints(PRINT_MARGINS.left),
        right: inPoints(PRINT_MARGINS.right),
        top: inPoints(PRINT_MARGINS.top),
        bottom: inPoints(PRINT_MARGINS.bottom),
        header: inPoints(PRINT_MARGINS.header),
        footer: inPoints(PRINT_MARGINS.footer),
      },
      printOrder: 'OverThenDown',
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      printTitleColumns: '$A:$B',
      // Whole columns: rows added later print too.
      printArea: '$A:$S',
      headerFooterState: 'Default',
      // Excel's header code: a literal & doubled, &A the sheet, &P and &N the page and the pages.
      defaultForAllPages: { leftHeader: 'Smith && Co', centerHeader: '&A', rightHeader: 'Internal', leftFooter: 'Riskbook · 2026-12-07', centerFooter: 'Page &P of &N', rightFooter: '' },
      // Breaks before the 0-based rows 20 and 41: above rows 21 and 42.
      rowBreaks: [20, 41],
    });
  });

  it('prints at 100 % a sheet the plan fits to no width', async () => {
    const wb = await applied(plan(report({ orientation: 'portrait', paperSize: 'Letter', pagesWide: 0 })));
    expect(sheet(wb, 'Report').pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } });
  });

  it('costs no round trip of its own, and one call per break beside a fixed few', async () => {
    const without = await withFakeExcel(USER, async (office) => (await applyWithHost(office, plan(report({ ...WIDE, rowBreaks: [] })))).run);
    const withBreaks = await withFakeExcel(USER, async (office) => (await applyWithHost(office, plan(report(WIDE)))).run);
    expect(withBreaks.syncs).toHaveLength(without.syncs.length);
    const pageCalls = (run: typeof without): number => run.executed.filter((op) => ['PageLayout', 'HeaderFooterGroup', 'HeaderFooter', 'PageBreakCollection'].includes(op.objectKind)).length;
    expect(pageCalls(withBreaks) - pageCalls(without)).toBe(WIDE.rowBreaks!.length);
    expect(pageCalls(without)).toBeLessThanOrEqual(20);
  });

  it("replaces the breaks of a sheet updated in place, and leaves a sheet's header alone when the plan names none", async () => {
    const wb = createFakeWorkbook(USER);
    const reg = sheet(wb, REGISTER);
    reg.pageLayout.rowBreaks = [5];
    reg.pageLayout.defaultForAllPages.centerHeader = 'Risk register &D';
    await withFakeExcel(wb, (office) => applyWithHost(office, plan(update({ pageSetup: { orientation: 'landscape', paperSize: 'A4', pagesWide: 1, rowBreaks: [2] } }))));
    expect(reg.pageLayout.rowBreaks).toEqual([2]);
    expect(reg.pageLayout.defaultForAllPages.centerHeader).toBe('Risk register &D');
  });
});

describe('replace sheets', () => {
  it('rebuilds the sheet whole in its old place, keeps it hidden, and points names at the new sheet', async () => {
    const p: WorkbookPlan = {
      sheets: [{ ...emptySheetPlan('Lists', 'replace'), writes: [{ at: 'A1', cells: [['Mitigate'], ['Transfer'], ['Accept']] }] }],
      names: [{ name: 'RB_TreatmentOptions', sheet: 'Lists', range: 'A1:A3' }],
    };
    const wb = createFakeWorkbook(USER);
    const before = wb.sheet('Lists');
    await withFakeExcel(wb, (office) => applyWithHost(office, p));
    const lists = sheet(wb, 'Lists');
    expect(lists).not.toBe(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Read me', REGISTER, 'Lists']);
    expect(lists.visibility).toBe('Hidden');
    expect([lists.at('A2')?.value, lists.at('A3')?.value]).toEqual(['Transfer', 'Accept']);
    expect(wb.names.get('rb_treatmentoptions')?.formula).toBe('=Lists!$A$1:$A$3');
  });
});
