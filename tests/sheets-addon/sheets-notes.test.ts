/**
 * Cell notes in Google Sheets: a plan's note is added to its cell, a note a person wrote is kept
 * with the new text below it, as the memory workbook does, in batch calls (one getNotes and one
 * setNotes per column, never a call per cell).
 */
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { applyPlanToSheets } from '../../sheets-addon/sheets-apply-plan';
import { readWorkbook } from '../../sheets-addon/sheets-read-snapshot';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import type { FakeSheet } from '../support/fake-sheets/fake-sheet';
import { seedSnapshot, workbookSnapshot } from '../support/fake-sheets/seed';
import { loadAddon } from '../support/sheets-bundle';
import { NOW, okOutcome, request } from './sheets-test-kit';

const SERVICES = ['SpreadsheetApp', 'LockService', 'PropertiesService', 'HtmlService'] as const;
const REGISTER = 'Risk register';

function apply(google: FakeGoogle, plan: WorkbookPlan): void {
  const g = google.globals();
  const saved = SERVICES.map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
  for (const k of SERVICES) (globalThis as Record<string, unknown>)[k] = g[k];
  google.locks.held = 'document';
  try {
    const ss = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    applyPlanToSheets(ss, plan, readWorkbook(ss), { done: new Set(), canStart: () => true });
  } finally {
    google.locks.held = null;
    for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
  }
}

const USER: WorkbookSnapshot = {
  sheets: [
    {
      name: REGISTER,
      values: [
        ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls'],
        ['R-1', 'Unpatched servers', 'CTO', 4, 4, 'Mitigate', 'A.12.6.1'],
        ['R-2', 'Privileged misuse', 'CISO', 3, 4, 'Mitigate', 'A.9.2.3; 5.17'],
        ['R-3', 'Phishing', 'CFO', 4, 5, 'Mitigate', '5.17, 8.5'],
        ['R-4', 'Audit gaps', 'CISO', 2, 3, 'Mitigate', 'A.18.2.3'],
      ],
      notes: [
        { cell: 'G3', text: 'Agreed with the auditor' },
        { cell: 'G4', text: 'Not ours to move' },
        { cell: 'B2', text: 'Raised by the pen test' },
      ],
    },
  ],
};

const PLAN: WorkbookPlan = {
  sheets: [
    {
      ...emptySheetPlan(REGISTER, 'update'),
      writes: [{ at: 'G2', cells: [['A.8.8'], ['A.8.2; 5.17'], [null], ['A.5.36, A.8.8']] }],
      notes: [
        { cell: 'G2', text: 'Was A.12.6.1' },
        { cell: 'G3', text: 'Was A.9.2.3; 5.17' },
        { cell: 'G5', text: 'Was A.18.2.3' },
      ],
    },
  ],
  names: [],
};

const byCell = (notes: readonly { cell: string; text: string }[] | undefined) => [...(notes ?? [])].sort((a, b) => a.cell.localeCompare(b.cell));

describe('a plan with notes, applied in Sheets', () => {
  const google = new FakeGoogle();
  seedSnapshot(google.model, USER);
  google.log.reset();
  apply(google, PLAN);
  const counts = google.log.counts();

  it('adds notes and appends below a note a person wrote, as the memory workbook does', () => {
    const expected = MemoryWorkbook.fromSnapshot(USER);
    expected.apply(PLAN);
    expect(byCell(workbookSnapshot(google.model).sheets[0]!.notes)).toEqual(byCell(expected.snapshot().sheets[0]!.notes));
    const notes = google.model.find(REGISTER)!.notes;
    expect(notes.get('2,6')).toBe('Agreed with the auditor\n\nWas A.9.2.3; 5.17');
    expect(notes.get('3,6')).toBe('Not ours to move');
    expect(notes.get('1,1')).toBe('Raised by the pen test');
  });

  it('reads and writes the notes of a column in one call each, never one per cell', () => {
    expect(counts.byMethod['Range.getNotes']).toBe(1);
    expect(counts.byMethod['Range.setNotes']).toBe(1);
    expect(counts.byMethod['Range.getNote'] ?? 0).toBe(0);
    expect(counts.byMethod['Range.setNote'] ?? 0).toBe(0);
    expect(counts.byCategory['per-cell']).toBe(0);
  });
});

describe('the fake’s notes behave as Apps Script documents them', () => {
  it('clears a note set to an empty string', () => {
    const google = new FakeGoogle();
    seedSnapshot(google.model, USER);
    google.locks.held = 'document';
    const range = (google.spreadsheet.getSheetByName(REGISTER) as FakeSheet).getRange('G3');
    expect(range.getNote()).toBe('Agreed with the auditor');
    range.setNote('');
    expect(range.getNote()).toBe('');
    expect(google.model.find(REGISTER)!.notes.has('2,6')).toBe(false);
  });
});

describe('moving the register’s 2013 ids from the sidebar', () => {
  it('writes the 2022 ids and keeps the old text in each cell’s note', () => {
    const addon = loadAddon({ simulatedClock: true, startMs: Date.parse(NOW) });
    seedSnapshot(addon.google.model, USER);
    const outcome = okOutcome(request(addon, { kind: 'registerIdsTo2022' }));
    expect(outcome.title).toBe('Control ids moved to Annex A 2022');
    const sheet = workbookSnapshot(addon.google.model).sheets.find((s) => s.name === REGISTER)!;
    expect(sheet.values.map((row) => row[6])).toEqual(['Controls', 'A.8.8', 'A.8.2; 5.17', '5.17, 8.5', 'A.5.36, A.8.8']);
    const date = NOW.slice(0, 10);
    expect(byCell(sheet.notes)).toEqual(
      byCell([
        { cell: 'B2', text: 'Raised by the pen test' },
        { cell: 'G2', text: `Before the move to Annex A 2022 (Riskbook, ${date}): A.12.6.1` },
        { cell: 'G3', text: `Agreed with the auditor\n\nBefore the move to Annex A 2022 (Riskbook, ${date}): A.9.2.3; 5.17` },
        { cell: 'G4', text: 'Not ours to move' },
        { cell: 'G5', text: `Before the move to Annex A 2022 (Riskbook, ${date}): A.18.2.3` },
      ]),
    );
  });
});
