/**
 * Cell notes in the reference workbook: a plan's note is added to the cell, a note a person wrote
 * is never replaced (the new text goes below it, after a blank line), and the snapshot lists the
 * notes of a sheet that has any.
 */
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import { withNote } from '../../../core/workbook/notes';
import { emptySheetPlan } from '../../../core/workbook/plan';
import type { NoteSpec, WorkbookPlan } from '../../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';

const register: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Register',
      values: [['Risk ID', 'Controls'], ['R-1', 'A.12.6.1'], ['R-2', 'A.9.2.3']],
      notes: [{ cell: 'B3', text: 'Agreed with the auditor' }],
    },
    { name: 'Other', values: [['x']] },
  ],
};

function notesPlan(sheet: string, notes: NoteSpec[], mode: 'update' | 'replace' = 'update'): WorkbookPlan {
  return { sheets: [{ ...emptySheetPlan(sheet, mode), notes }], names: [] };
}

describe('notes in a plan', () => {
  it('adds a note to a cell that has none', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    wb.apply(notesPlan('Register', [{ cell: 'B2', text: 'Was A.12.6.1' }]));
    expect(wb.snapshot().sheets[0]!.notes).toEqual([
      { cell: 'B3', text: 'Agreed with the auditor' },
      { cell: 'B2', text: 'Was A.12.6.1' },
    ]);
  });

  it('keeps a note a person wrote and appends the new text below it', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    wb.apply(notesPlan('Register', [{ cell: 'b3', text: 'Was A.9.2.3' }]));
    expect(wb.sheet('Register')!.notes.get('B3')).toBe('Agreed with the auditor\n\nWas A.9.2.3');
  });

  it('adds the notes of a content-only apply too, which the engine reads back', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    wb.apply(notesPlan('Register', [{ cell: 'A1', text: 'n' }]), { contentOnly: true });
    expect(wb.sheet('Register')!.notes.get('A1')).toBe('n');
  });

  it('starts a replaced sheet without the old sheet’s notes', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    wb.apply(notesPlan('Register', [{ cell: 'A1', text: 'new' }], 'replace'));
    expect(wb.snapshot().sheets[0]!.notes).toEqual([{ cell: 'A1', text: 'new' }]);
  });

  it('lists no notes on a sheet that has none', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    expect(wb.snapshot().sheets[1]).not.toHaveProperty('notes');
  });

  it('refuses a note on a range, a programming error', () => {
    const wb = MemoryWorkbook.fromSnapshot(register);
    expect(() => wb.apply(notesPlan('Register', [{ cell: 'A1:B2', text: 'n' }]))).toThrow('Bad note cell A1:B2');
  });
});

describe('withNote, the rule every host applies', () => {
  it.each([
    [undefined, 'new'],
    [null, 'new'],
    ['', 'new'],
    ['  \n', 'new'],
    ['Mine', 'Mine\n\nnew'],
    ['Mine\n\nand more', 'Mine\n\nand more\n\nnew'],
  ])('a cell with note %j ends with %j', (existing, after) => {
    expect(withNote(existing, 'new')).toBe(after);
  });
});
