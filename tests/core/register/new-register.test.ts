/**
 * A new register (`riskbook init`, the panels' "new register"): a document control block above
 * the table that Riskbook reads back once filled, an autofilter and a frozen header, and a page
 * setup chosen like every sheet Riskbook lays out.
 */
import { maxOf } from '../../../core/arrays';
import { generate, initRegister, inspect } from '../../../core/engine';
import { readDocumentFields } from '../../../core/register/document-fields';
import { NEW_REGISTER_HEADERS } from '../../../core/register/new-register';
import { PRESET_NAMES, presetMethodology } from '../../../core/methodology/presets';
import { columnIndex, columnLetter, parseRange } from '../../../core/workbook/a1';
import { widthForWords } from '../../../core/workbook/text-fit';
import type { SheetPlan } from '../../../core/workbook/plan';
import { BODY_FONT_PT, MIN_PRINT_PT, choosePrintLayout } from '../../../core/workbook/print-layout';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { NOW, applyPlan, sheet, typeInto } from '../engine/engine-fixtures';

const REGISTER = 'Risk register';
const planned = initRegister({ now: NOW });
const created = applyPlan({ sheets: [] }, planned.plan);
const registerPlans = planned.plan.sheets.filter((sp) => sp.name === REGISTER);
const own = registerPlans[0]!;
const headerRow = (): number => sheet(created, REGISTER).values.findIndex((row) => row[0] === NEW_REGISTER_HEADERS[0]);

/** The cells the plan marks "type here" (a fill and a border), as 0-based [row, col]. */
const valueCells = own.formats.filter((f) => f.border === true && f.fill !== undefined).map((f) => parseRange(f.range)!);

/** The workbook after a person types `value` in the first "type here" cell right of `label` above the table. */
function filledIn(workbook: WorkbookSnapshot, entries: Record<string, CellValue>): WorkbookSnapshot {
  let out = workbook;
  for (const [label, value] of Object.entries(entries)) {
    const values = sheet(out, REGISTER).values;
    const row = values.findIndex((r, i) => i < headerRow() && r.includes(label));
    expect(row).toBeGreaterThanOrEqual(0);
    const labelCol = values[row]!.indexOf(label);
    const cell = valueCells.filter((v) => v.row === row && v.col > labelCol).sort((a, b) => a.col - b.col)[0];
    expect(cell).toBeDefined();
    out = typeInto(out, REGISTER, row, cell!.col, value);
  }
  return out;
}

describe('A new register', () => {
  it('has a document control block above the table with a cell to fill beside each label', () => {
    const above = sheet(created, REGISTER).values.slice(0, headerRow()).flat();
    for (const label of ['Organisation', 'Owner', 'Version', 'Classification', 'Approved by', 'Approved on']) expect(above).toContain(label);
    // Nothing is filled in for the team: no field reads yet.
    expect(readDocumentFields(sheet(created, REGISTER), headerRow())).toEqual({});
  });

  it('reads the block back as the register’s document fields once the team fills it in', () => {
    const filled = filledIn(created, {
      Organisation: 'Acme Cloud Ltd', Owner: 'CISO', Version: '1.2', Classification: 'Internal', 'Approved by': 'Security Steering Group', 'Approved on': 46327,
    });
    expect(readDocumentFields(sheet(filled, REGISTER), headerRow())).toEqual({
      organisation: 'Acme Cloud Ltd', owner: 'CISO', version: '1.2', classification: 'Internal', approvedBy: 'Security Steering Group', approvedOn: '2026-11-01',
    });
  });

  it('is found with its header below the block, and the block is not read as risks', () => {
    const filled = filledIn(created, { Organisation: 'Acme Cloud Ltd', Owner: 'CISO' });
    const found = inspect(filled, { now: NOW });
    expect(found.location).toMatchObject({ sheet: REGISTER, headerRow: headerRow() });
    expect(found.risks).toEqual([]);
    const withRisk = typeInto(typeInto(filled, REGISTER, headerRow() + 1, 0, 'R-01'), REGISTER, headerRow() + 1, 2, 'Phishing');
    expect(generate(withRisk, 'recalc', { now: NOW }).riskCount).toBe(1);
  });

  it('filters and freezes its header, over the columns Riskbook appends too', () => {
    const header = headerRow();
    expect(own.frozenRows).toBe(header + 1);
    const filter = parseRange(own.autoFilter!)!;
    expect(filter.row).toBe(header);
    const lastWritten = registerPlans.flatMap((sp) => sp.writes.map((w) => parseRange(w.at)!.col + (w.cells[0]?.length ?? 1) - 1));
    expect(filter.col + filter.cols - 1).toBe(maxOf(lastWritten));
    expect(filter.rows).toBeGreaterThan(1);
  });

  it('prints one page wide at a legible size, on A4 or Letter, with the header row repeated on every page', () => {
    const headerRows = `${headerRow() + 1}:${headerRow() + 1}`;
    for (const [locale, paper] of [['en-GB', 'A4'], ['en-US', 'Letter']] as const) {
      const setup = initRegister({ now: NOW, locale }).plan.sheets.find((sp) => sp.name === REGISTER)!.pageSetup!;
      expect(setup).toMatchObject({ paperSize: paper, pagesWide: 1, printTitleRows: headerRows });
      expect(setup.footer?.center).toEqual(['Page ', { field: 'page' }, ' of ', { field: 'pages' }]);
      // Every column that prints, the appended ones included, at the layout the core chooses.
      const printed = columnIndex(setup.printColumns!.split(':')[1]!) + 1;
      const widths: number[] = Array.from({ length: printed }, () => 8.43);
      for (const sp of registerPlans as SheetPlan[]) for (const c of sp.columnWidths ?? []) if (c.col < printed) widths[c.col] = c.width;
      const layout = choosePrintLayout({ widths, keyColumns: 1, paper, prefer: 'landscape' });
      expect(layout).toMatchObject({ orientation: setup.orientation, pagesWide: 1 });
      expect(layout.scale * BODY_FONT_PT).toBeGreaterThanOrEqual(MIN_PRINT_PT);
    }
  });

  it('prints every column a person reads and leaves out only the rating keys, which come last', () => {
    const setup = own.pageSetup!;
    const headers = sheet(created, REGISTER).values[headerRow()]!;
    const printed = columnIndex(setup.printColumns!.split(':')[1]!) + 1;
    expect(headers.slice(0, printed)).toEqual([...NEW_REGISTER_HEADERS, 'Inherent score', 'Inherent level', 'Residual score', 'Residual level']);
    expect(headers.slice(printed)).toEqual(['Inherent rating', 'Residual rating']);
  });
});

describe('The new register’s columns', () => {
  const widths = new Map<number, number>();
  for (const sp of registerPlans as SheetPlan[]) for (const c of sp.columnWidths ?? []) widths.set(c.col, c.width);
  const headers = sheet(created, REGISTER).values[headerRow()]!.map(String);
  const column = (header: string): number => headers.indexOf(header);

  it('hold their header’s words in bold without breaking one', () => {
    const broken = headers.filter((h, col) => widthForWords(h, true) > widths.get(col)!);
    expect(broken).toEqual([]);
  });

  it('hold every label of every preset method in the likelihood and impact columns, and a date in the date columns', () => {
    const too = (header: string, words: readonly string[]): string[] => words.filter((w) => widthForWords(w) > widths.get(column(header))!);
    for (const preset of PRESET_NAMES) {
      const m = presetMethodology(preset);
      for (const header of ['Likelihood', 'Residual likelihood']) expect(too(header, m.likelihood.map((l) => l.label))).toEqual([]);
      for (const header of ['Impact', 'Residual impact']) expect(too(header, m.impact.map((l) => l.label))).toEqual([]);
      for (const header of ['Inherent level', 'Residual level']) expect(too(header, m.bands.map((b) => b.name))).toEqual([]);
    }
    for (const header of ['Approval date', 'Last review']) expect(too(header, ['2026-11-02'])).toEqual([]);
  });

  it('show a date as a date however it is typed', () => {
    for (const header of ['Approval date', 'Last review']) {
      const col = columnLetter(column(header));
      expect(own.formats).toContainEqual(expect.objectContaining({ range: expect.stringMatching(new RegExp(`^${col}${headerRow() + 2}:${col}\\d+$`, 'u')), numberFormat: 'yyyy-mm-dd' }));
    }
  });
});
