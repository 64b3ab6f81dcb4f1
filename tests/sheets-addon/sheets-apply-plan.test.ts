/**
 * The Sheets plan applier on plans made for the purpose: the parts of the plan contract today's
 * generated plans barely use (protection, whole-number rules, overlapping formats on a person's
 * sheet, merges that clash, cells far apart), against the fake, with the fake's services as the
 * globals the server code expects.
 */
import { respond } from '../../core/actions';
import { parseRange } from '../../core/workbook/a1';
import type { FormulaFill, SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { applyPlanToSheets } from '../../sheets-addon/sheets-apply-plan';
import { readWorkbook } from '../../sheets-addon/sheets-read-snapshot';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import { FakeRange } from '../support/fake-sheets/fake-range';
import type { Rect } from '../support/fake-sheets/model';
import { overlaps } from '../support/fake-sheets/model';
import { formatAt, seedSnapshot, workbookSnapshot } from '../support/fake-sheets/seed';
import { GENERATED_SHEET, generateRegister } from '../support/register-generator';
import { NOW, plainSheets } from './sheets-test-kit';

const SERVICES = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'HtmlService'] as const;

function apply(google: FakeGoogle, plan: WorkbookPlan) {
  const g = google.globals();
  const saved = SERVICES.map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
  for (const k of SERVICES) (globalThis as Record<string, unknown>)[k] = g[k];
  google.locks.held = 'document';
  try {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    return applyPlanToSheets(ss, plan, readWorkbook(ss), { done: new Set(), canStart: () => true });
  } finally {
    google.locks.held = null;
    for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
  }
}

function sheetPlan(name: string, mode: SheetPlan['mode'], extra: Partial<SheetPlan>): SheetPlan {
  return { name, mode, writes: [], formats: [], validations: [], conditionalFormats: [], ...extra };
}

const BEFORE: WorkbookSnapshot = {
  sheets: [
    { name: 'Register', values: [['Title'], [], ['Id', 'Owner', 'Score', 'Notes'], ['R1', 'Dana', null, 'keep me'], ['R2', 'Sam', null, 'me too']] },
    { name: 'Hidden', values: [['x']], hidden: true },
  ],
};

function setup(): FakeGoogle {
  const google = new FakeGoogle();
  seedSnapshot(google.model, BEFORE);
  google.model.find('Register')!.merges = [{ row: 0, col: 0, rows: 1, cols: 3 }];
  return google;
}

describe('a sheet a person owns, updated', () => {
  const plan: WorkbookPlan = {
    names: [],
    sheets: [
      sheetPlan('Register', 'update', {
        writes: [
          { at: 'C3', cells: [['Score'], [{ formula: '=LEN(B4)' }], [null]] },
          { at: 'Z2000', cells: [['far away']] },
        ],
        formats: [
          { range: 'A3:D3', bold: true, fill: '#D9D9D9' },
          { range: 'C3', fill: '#FF0000' },
          { range: 'C4:C5', numberFormat: '0.0', verticalAlignment: 'top' },
        ],
        validations: [{ range: 'C4:C20', rule: { kind: 'whole', min: 1, max: 25 }, allowBlank: true, style: 'stop', prompt: 'A whole score' }],
        conditionalFormats: [],
        merges: ['A1:B1'],
        frozenRows: 3,
        tabColor: '#1F3864',
        columnWidths: [{ col: 0, width: 10 }, { col: 1, width: 10 }, { col: 2, width: 20 }],
        hidden: false,
        protection: { protected: true, editableRanges: ['B4:B20'] },
      }),
      sheetPlan('Hidden', 'update', { hidden: false }),
    ],
  };
  let google: FakeGoogle;
  let result: ReturnType<typeof apply>;
  beforeAll(() => {
    google = setup();
    result = apply(google, plan);
  });
  const register = () => google.model.find('Register')!;

  it('writes the cells named, and nothing between far-apart blocks', () => {
    const expected = MemoryWorkbook.fromSnapshot(BEFORE);
    expected.apply(plan);
    expect(plainSheets(workbookSnapshot(google.model))).toEqual(plainSheets(expected.snapshot()));
    expect(register().cell(3, 3)?.v).toBe('keep me');
    // Two blocks far apart are two calls, not one over the 2,000 rows between them.
    expect(google.log.count('Range.setValues')).toBe(2);
    expect(register().maxRows).toBe(2000);
  });

  it('lets a later format win where formats overlap, and leaves other formats alone', () => {
    expect(formatAt(register(), 'C3')).toMatchObject({ bold: true, background: '#FF0000' });
    expect(formatAt(register(), 'D3')).toMatchObject({ bold: true, background: '#D9D9D9' });
    expect(formatAt(register(), 'C4')).toMatchObject({ numberFormat: '0.0', verticalAlignment: 'top' });
    expect(formatAt(register(), 'D4')).toBeUndefined();
  });

  it('stands in for a whole-number rule with a formula on the top-left cell', () => {
    const rule = register().validation(3, 2)!;
    expect(rule.criteria).toBe('CUSTOM_FORMULA');
    expect(rule.args[0]).toBe('=AND(ISNUMBER(C4),C4=INT(C4),C4>=1,C4<=25)');
    expect(rule.allowInvalid).toBe(false);
    expect(rule.helpText).toBe('A whole score');
    expect(register().validation(19, 2)).toBe(rule);
  });

  it('protects with a warning only, leaving the editable ranges open', () => {
    const [p] = register().protections;
    expect(p).toMatchObject({ type: 'SHEET', warningOnly: true });
    expect(p!.unprotected.map((u) => u.rect)).toEqual([{ row: 3, col: 1, rows: 17, cols: 1 }]);
  });

  it('does not merge over a merge that is there, and says so', () => {
    expect(register().merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(result.warnings).toEqual(['Register: cells A1:B1 were not merged because A1:C1 is already merged.']);
  });

  it('lays the sheet out: frozen rows, tab colour, widths in pixels, shown', () => {
    expect(register()).toMatchObject({ frozenRows: 3, tabColor: '#1F3864' });
    expect([...register().columnWidths]).toEqual([[0, 75], [1, 75], [2, 145]]);
    expect(google.model.find('Hidden')!.hidden).toBe(false);
  });

  it('lifts its own protection when the plan says so', () => {
    apply(google, { names: [], sheets: [sheetPlan('Register', 'update', { protection: { protected: false } })] });
    expect(register().protections).toEqual([]);
  });
});

describe('columns Riskbook appends beside a person’s table', () => {
  let google: FakeGoogle;
  beforeAll(() => {
    google = setup();
    const register = google.model.find('Register')!;
    for (let col = 0; col < 4; col++) Object.assign(register.editFormat(2, col), { background: '#385723', fontColor: '#FFFFFF', bold: true });
    register.filter = { row: 2, col: 0, rows: 3, cols: 4 };
  });
  const register = () => google.model.find('Register')!;

  it('reads the person’s filter with the sheet', () => {
    const g = google.globals();
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    expect(readWorkbook(ss).snapshot.sheets.find((s) => s.name === 'Register')!.autoFilter).toBe('A3:D5');
  });

  it('gives a new header the format of the person’s header, then the plan’s own on top', () => {
    apply(google, {
      names: [],
      sheets: [sheetPlan('Register', 'update', {
        writes: [{ at: 'E3', cells: [['Inherent score']] }],
        formatsLike: [{ range: 'E3', like: 'D3' }],
        formats: [{ range: 'E3', wrap: true }],
        autoFilter: 'A3:E5',
      })],
    });
    expect(formatAt(register(), 'E3')).toEqual({ background: '#385723', fontColor: '#FFFFFF', bold: true, wrap: 'WRAP' });
    // The copy is the new cell's own: the person's header is as it was.
    expect(formatAt(register(), 'D3')).toEqual({ background: '#385723', fontColor: '#FFFFFF', bold: true });
    expect(register().filter).toEqual({ row: 2, col: 0, rows: 3, cols: 5 });
  });
});

describe('a generated sheet', () => {
  it('keeps text keys text in cells the plan formats as plain text', () => {
    const google = setup();
    apply(google, {
      names: [{ name: 'RB_Keys', sheet: 'Keys', range: 'A1:A3' }],
      sheets: [
        sheetPlan('Keys', 'replace', {
          writes: [{ at: 'A1', cells: [['4'], [4], ['=not a formula']] }],
          formats: [{ range: 'A1', numberFormat: '@' }],
          hidden: true,
        }),
      ],
    });
    const keys = google.model.find('Keys')!;
    expect(keys.cell(0, 0)).toEqual({ v: '4', f: null });
    expect(keys.cell(1, 0)).toEqual({ v: 4, f: null });
    expect(keys.cell(2, 0)).toEqual({ v: '=not a formula', f: null });
    expect(keys.hidden).toBe(true);
    expect(google.model.names.get('RB_Keys')?.sheet).toBe(keys);
  });

  it("leaves the tabs in the order MemoryWorkbook does where the team's and Riskbook's interleave", () => {
    const interleaved: WorkbookSnapshot = {
      sheets: [{ name: 'Team A', values: [['a']] }, { name: 'Methodology', values: [['m']] }, { name: 'Team B', values: [['b']] }],
    };
    const plan: WorkbookPlan = {
      names: [],
      sheets: [sheetPlan('Risk register 2', 'update', { writes: [{ at: 'A1', cells: [['new']] }] }), sheetPlan('Checks', 'replace', { writes: [{ at: 'A1', cells: [['c']] }] })],
      sheetOrder: ['Methodology', 'Checks'],
    };
    const google = new FakeGoogle();
    seedSnapshot(google.model, interleaved);
    apply(google, plan);
    const reference = MemoryWorkbook.fromSnapshot(interleaved);
    reference.apply(plan);
    expect(google.model.sheets.map((s) => s.name)).toEqual(reference.sheets.map((s) => s.name));
    expect(reference.sheets.map((s) => s.name)).toEqual(['Team A', 'Team B', 'Risk register 2', 'Methodology', 'Checks']);
  });

  it('grows a new sheet to hold a plan longer than the 1,000 rows Sheets starts with', () => {
    const google = setup();
    const cells = Array.from({ length: 2500 }, (_, i) => [`row ${i + 1}`]);
    apply(google, { names: [], sheets: [sheetPlan('Long', 'replace', { writes: [{ at: 'A1', cells }] })] });
    const long = google.model.find('Long')!;
    expect(long.maxRows).toBe(2500);
    expect(long.cell(2499, 0)?.v).toBe('row 2500');
  });
});

/** Every range `setValues` wrote on `sheet` while `run` ran. */
function valuesWritten(sheet: string, run: () => void): Rect[] {
  const spy = jest.spyOn(FakeRange.prototype, 'setValues');
  try {
    run();
    return (spy.mock.contexts as FakeRange[]).filter((r) => r.sheet.name === sheet).map((r) => r.rect);
  } finally {
    spy.mockRestore();
  }
}

const fillRects = (fills: readonly FormulaFill[]): Rect[] => fills.flatMap((f) => f.ranges.map((a1) => parseRange(a1)!));

describe('formula fills', () => {
  // A column block around the fill, null where the fill goes: read empty, those cells are the
  // holes a person's sheet has rewritten empty to save calls, and a fresh sheet clears.
  const fill: FormulaFill = { formula: '=LEN(B4)*$C$1', at: 'E4', ranges: ['E4:E5', 'E7:E1500'] };
  const writes = [{ at: 'E3', cells: [['Double'], [null], [null], [null], [null], ['below']] }];

  it.each(['update', 'replace'] as const)('writes each fill after the cells, on %s, sized to hold it, as MemoryWorkbook does', (mode) => {
    const google = setup();
    const plan: WorkbookPlan = { names: [], sheets: [sheetPlan('Register', mode, { writes, fills: [fill] })] };
    const written = valuesWritten('Register', () => apply(google, plan));
    const expected = MemoryWorkbook.fromSnapshot(BEFORE);
    expected.apply(plan);
    expect(plainSheets(workbookSnapshot(google.model))).toEqual(plainSheets(expected.snapshot()));
    const register = google.model.find('Register')!;
    expect(register.maxRows).toBe(1500);
    expect(register.cell(4, 4)?.f).toBe('=LEN(B5)*$C$1');
    expect(register.cell(1499, 4)?.f).toBe('=LEN(B1500)*$C$1');
    expect(google.log.count('RangeList.setFormulaR1C1')).toBe(1);
    if (mode === 'update') expect(written.filter((r) => fillRects([fill]).some((f) => overlaps(f, r)))).toEqual([]);
  });
});

describe('a register of thousands of risks, recalculated', () => {
  const { snapshot } = generateRegister({ risks: 3000, gapRate: 0.1 });
  const { plan } = respond(snapshot, { kind: 'generate', action: 'recalc' }, { now: NOW });
  const fills = plan!.sheets.find((s) => s.name === GENERATED_SHEET)!.fills ?? [];
  let google: FakeGoogle;
  let written: Rect[];
  beforeAll(() => {
    google = new FakeGoogle();
    seedSnapshot(google.model, snapshot);
    google.log.reset();
    written = valuesWritten(GENERATED_SHEET, () => apply(google, plan!));
  });

  it('writes each formula column in one call, however many ranges the rows that are not risks split it into', () => {
    expect(fills.length).toBeGreaterThanOrEqual(3);
    expect(fills.every((f) => f.ranges.length > 10)).toBe(true);
    expect(google.log.count('RangeList.setFormulaR1C1')).toBe(fills.length);
  });

  it('never writes a formula column through setValues', () => {
    expect(written.filter((r) => fillRects(fills).some((f) => overlaps(f, r)))).toEqual([]);
  });

  it('leaves in every cell of the register the formula MemoryWorkbook leaves', () => {
    const expected = MemoryWorkbook.fromSnapshot(snapshot);
    expected.apply(plan!);
    const register = (s: WorkbookSnapshot) => plainSheets(s).find((p) => p.name === GENERATED_SHEET);
    expect(register(workbookSnapshot(google.model))).toEqual(register(expected.snapshot()));
  });
});
