/**
 * Cell notes on .xlsx files: a plan's note is written as an Excel note, a note a person wrote is
 * kept with the new text appended below it (the person's runs keep their fonts, Excel's bold
 * author line among them), and notes are read into the snapshot as the memory workbook holds them.
 */
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { newWorkbook } from '../../cli/xlsx/workbook-io';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { roundTrip } from './support/xlsx-helpers';

function teamWorkbook() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Register');
  ws.addRows([['Risk ID', 'Controls'], ['R-1', 'A.12.6.1'], ['R-2', 'A.9.2.3'], ['R-3', 'A.12.4.1']]);
  ws.getCell('B3').note = 'Agreed with the auditor';
  // As Excel writes a note: the author's name in bold, then the text.
  ws.getCell('B4').note = { texts: [{ text: 'Dana:', font: { bold: true, size: 9 } }, { text: '\nCheck with IT', font: { size: 9 } }] };
  ws.getCell('A2').note = 'Raised in the pen test';
  return wb;
}

const plan: WorkbookPlan = {
  sheets: [
    {
      ...emptySheetPlan('Register', 'update'),
      writes: [{ at: 'B2', cells: [['A.8.8'], ['A.8.2'], ['A.8.15']] }],
      notes: [
        { cell: 'B2', text: 'Was A.12.6.1' },
        { cell: 'B3', text: 'Was A.9.2.3' },
        { cell: 'B4', text: 'Was A.12.4.1' },
      ],
    },
  ],
  names: [],
};

describe('notes written to an .xlsx file', () => {
  let saved: Awaited<ReturnType<typeof roundTrip>>;

  beforeAll(async () => {
    const wb = await roundTrip(teamWorkbook());
    await applyPlanToXlsx(wb, plan);
    saved = await roundTrip(wb);
  });

  it('adds a note where the cell had none', () => {
    expect(saved.getWorksheet('Register')!.getCell('B2').note).toBe('Was A.12.6.1');
  });

  it('keeps a note a person wrote and appends the new text below it', () => {
    expect(saved.getWorksheet('Register')!.getCell('B3').note).toBe('Agreed with the auditor\n\nWas A.9.2.3');
  });

  it('keeps the runs of an Excel note, author line and fonts, and appends after them', () => {
    const note = saved.getWorksheet('Register')!.getCell('B4').note as { texts: { text: string; font?: { bold?: boolean } }[] };
    expect(note.texts.map((t) => t.text).join('')).toBe('Dana:\nCheck with IT\n\nWas A.12.4.1');
    expect(note.texts[0]).toMatchObject({ text: 'Dana:', font: { bold: true } });
  });

  it('leaves the notes the plan does not name', () => {
    expect(saved.getWorksheet('Register')!.getCell('A2').note).toBe('Raised in the pen test');
  });

  it('reads back as the memory workbook says', async () => {
    const before = readXlsxSnapshot(await roundTrip(teamWorkbook()));
    const memory = MemoryWorkbook.fromSnapshot(before);
    memory.apply(plan);
    const byCell = (notes: readonly { cell: string; text: string }[] | undefined) => [...(notes ?? [])].sort((a, b) => a.cell.localeCompare(b.cell));
    expect(byCell(readXlsxSnapshot(saved).sheets[0]!.notes)).toEqual(byCell(memory.snapshot().sheets[0]!.notes));
  });
});

describe('notes read from an .xlsx file', () => {
  // Read from the workbook in memory: ExcelJS 4.4 drops, on load, a note whose cell the file has
  // no <c> element for (an empty cell without a style).
  it('reads a note on an empty cell, and none on a sheet without notes', () => {
    const wb = newWorkbook();
    wb.addWorksheet('A').getCell('C5').note = 'on an empty cell';
    wb.addWorksheet('B').getCell('A1').value = 'x';
    const snapshot = readXlsxSnapshot(wb);
    expect(snapshot.sheets[0]!.notes).toEqual([{ cell: 'C5', text: 'on an empty cell' }]);
    expect(snapshot.sheets[0]!.values).toEqual([]);
    expect(snapshot.sheets[1]).not.toHaveProperty('notes');
  });
});
