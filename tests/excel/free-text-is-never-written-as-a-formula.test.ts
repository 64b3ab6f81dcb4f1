/**
 * Text from the register (threats, descriptions, notes) goes back into Excel as text, whatever it
 * starts with. Excel takes a string written to Range.values that starts with `=`, `+`, `-` or `@`
 * for a formula, and one that looks like a number, date or boolean for that; the host enters such
 * strings after an apostrophe, which Excel documents as "this is text" and does not keep.
 */
import type { WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { createFakeWorkbook, readFakeWorkbook } from '../support/fake-excel';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, GENERATED_SHEET, generateRegister } from '../support/register-generator';
import { ALL_RISKY_TEXTS, RISKY_TEXTS, riskyCases } from '../support/risky-text';
import { applyWithHost, readWithHost, runHost, withFakeExcel } from './support/excel-harness';

const RISKY = ["=cmd|' /C calc'!A0", '+44 20', '-5 days', '@here', "'quoted'", '=1+1', '-', '2026-11-23', '007', 'TRUE', '#N/A', ' 12', '50%'];

const EMPTY: WorkbookSnapshot = { sheets: [{ name: 'Notes', values: [] }] };

function notesPlan(): WorkbookPlan {
  return { sheets: [{ ...emptySheetPlan('Notes', 'update'), writes: [{ at: 'A1', cells: RISKY.map((t) => [t]) }] }], names: [] };
}

describe('free text written by the Excel host', () => {
  it('stays the same text, never a formula, number, date, boolean or error', async () => {
    const wb = createFakeWorkbook(EMPTY);
    await withFakeExcel(wb, (office) => applyWithHost(office, notesPlan()));
    const notes = wb.sheet('Notes')!;
    RISKY.forEach((text, row) => {
      const cell = notes.cell(row, 0);
      expect({ text, value: cell?.value, formula: cell?.formula, error: cell?.error }).toEqual({ text, value: text, formula: undefined, error: undefined });
    });
    expect(notes.cell(0, 0)?.quotePrefix).toBe(true);
  });

  it('reads back through the host as the same text with no formula', async () => {
    await withFakeExcel(createFakeWorkbook(EMPTY), async (office) => {
      await applyWithHost(office, notesPlan());
      const { snapshot } = await readWithHost(office);
      const sheet = snapshot.sheets[0]!;
      // Range.values returns error values as their text, so text that is exactly an error literal
      // reads back as that error (telling them apart would take valueTypes for every cell).
      const expected = RISKY.map((t): CellValue => (t === '#N/A' ? { error: '#N/A' } : t));
      expect(sheet.values.map((row) => row[0])).toEqual(expected);
      expect(sheet.formulas?.every((row) => row.every((f) => f === null))).toBe(true);
    });
  });

  it('would have become formulas and values had the host written the strings as they are', async () => {
    const wb = createFakeWorkbook(EMPTY);
    await withFakeExcel(wb, () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Notes').getRange(`A1:A${RISKY.length}`).values = RISKY.map((t) => [t]);
        await context.sync();
      }),
    );
    const notes = wb.sheet('Notes')!;
    expect([0, 1, 2, 3].map((r) => notes.cell(r, 0)?.formula)).toEqual(["=cmd|' /C calc'!A0", '=+44 20', '=-5 days', '=@here']);
    expect([7, 8, 9].map((r) => notes.cell(r, 0)?.value)).toEqual([46349, 7, true]);
  });

  it('keeps threats and notes of a recalculated register as text in every sheet Riskbook writes', async () => {
    const { snapshot } = generateRegister({ risks: 30, seed: 5 });
    const register = snapshot.sheets[0]!;
    const threat = GENERATED_HEADERS.indexOf('Threat');
    const notes = GENERATED_HEADERS.indexOf('Notes');
    const response = GENERATED_HEADERS.indexOf('Response');
    const values = register.values.map((row) => [...row]);
    // Risks to mitigate, so the Risk Treatment Plan copies their threats.
    const mitigated = values.filter((row, r) => r > GENERATED_HEADER_ROW && row[response] === 'Mitigate');
    expect(mitigated.length).toBeGreaterThanOrEqual(4);
    RISKY.slice(0, 4).forEach((text, i) => {
      const row = mitigated[i]!;
      row[threat] = text;
      row[notes] = text;
    });
    const seeded: WorkbookSnapshot = { ...snapshot, sheets: [{ ...register, name: GENERATED_SHEET, values: values as CellValue[][] }] };
    await withFakeExcel(seeded, async (office) => {
      const result = await runHost(office, { kind: 'generate', action: 'recalc' });
      expect(result.outcome.ok).toBe(true);
      const back = readFakeWorkbook(office.workbook);
      const formulas = back.sheets.flatMap((s) => (s.formulas ?? []).flat()).filter((f): f is string => f !== null);
      // What Excel would have made of them as formulas.
      const injected = new Set(["=cmd|' /C calc'!A0", '=+44 20', '=-5 days', '=@here']);
      expect(formulas.filter((f) => injected.has(f))).toEqual([]);
      // The RTP copies each threat: the copies are text.
      const rtp = back.sheets.find((s) => s.name === 'Risk Treatment Plan')!;
      const copied = rtp.values.flat();
      for (const text of RISKY.slice(0, 4)) expect(copied).toContain(text);
    });
  });
});

describe('every risky plan string, through the Excel host (tests/support/risky-text.ts)', () => {
  // One plan writes them all down a column of a sheet it replaces and of one it updates.
  const SHEETS_WRITTEN: [string, string][] = [
    ['a sheet the plan replaces', 'Generated'],
    ['a sheet the plan updates', 'Notes'],
  ];
  const plan: WorkbookPlan = {
    sheets: [
      { ...emptySheetPlan('Generated', 'replace'), writes: [{ at: 'A1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
      { ...emptySheetPlan('Notes', 'update'), writes: [{ at: 'A1', cells: ALL_RISKY_TEXTS.map((t) => [t]) }] },
    ],
    names: [],
  };
  const wb = createFakeWorkbook(EMPTY);
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    await withFakeExcel(wb, async (office) => {
      await applyWithHost(office, plan);
      snapshot = (await readWithHost(office)).snapshot;
    });
  });

  describe.each(SHEETS_WRITTEN)('on %s', (_label, name) => {
    const row = (text: string): number => ALL_RISKY_TEXTS.indexOf(text);

    it.each(riskyCases())('%s is stored as exactly that text, entered behind an apostrophe', (_shown, text) => {
      const cell = wb.sheet(name)!.cell(row(text), 0);
      expect({ value: cell?.value, formula: cell?.formula, error: cell?.error, quotePrefix: cell?.quotePrefix }).toEqual({
        value: text,
        formula: undefined,
        error: undefined,
        quotePrefix: true,
      });
    });

    it.each(riskyCases())('%s reads back through the host as exactly that text, no formula', (_shown, text) => {
      const sheet = snapshot.sheets.find((s) => s.name === name)!;
      expect({ value: sheet.values[row(text)]?.[0], formula: sheet.formulas?.[row(text)]?.[0] ?? null }).toEqual({ value: text, formula: null });
    });
  });

  it('would have made formulas of those starting with =, +, - or @ had the host written them as they are', async () => {
    const formulaStarts = RISKY_TEXTS.filter((t) => /^[=+\-@]/.test(t));
    const raw = createFakeWorkbook(EMPTY);
    await withFakeExcel(raw, () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Notes').getRange(`A1:A${formulaStarts.length}`).values = formulaStarts.map((t) => [t]);
        await context.sync();
      }),
    );
    const formulas = formulaStarts.map((_t, r) => raw.sheet('Notes')!.cell(r, 0)?.formula);
    expect(formulas).toEqual(formulaStarts.map((t) => (t.startsWith('=') ? t : `=${t}`)));
  });
});
