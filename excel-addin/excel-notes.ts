/**
 * Cell notes (`Worksheet.notes`, ExcelApi 1.18). A note a person wrote is never replaced: the
 * notes already on the cells a plan annotates are read first, before any write (Office.js cannot
 * make a write depend on a value read in the same request), and the new text goes below them
 * (core/workbook/notes.ts).
 *
 * Below ExcelApi 1.18 a plan with notes is not applied at all: a note is where Riskbook keeps the
 * text a write replaces, so writing the cells without it would lose what a person typed.
 */
import { cellAddress, parseRange } from '../core/workbook/a1';
import { withNote } from '../core/workbook/notes';
import type { NoteSpec, WorkbookPlan } from '../core/workbook/plan';
import { REQUEST_BUDGET_BYTES, callBytes } from './excel-limits';
import type { SingleStep } from './excel-write-batches';
import { single } from './excel-write-batches';

export const NOTES_UNSUPPORTED =
  'This version of Excel cannot add cell notes (Microsoft 365 and Excel on the web can), and Riskbook keeps the text it replaces in a note: nothing was changed. Run it there, or use the riskbook command line on the file.';

export function planHasNotes(plan: WorkbookPlan): boolean {
  return plan.sheets.some((sp) => (sp.notes?.length ?? 0) > 0);
}

/** A note's cell in one spelling (`$b$5` is B5). */
function noteCell(cell: string): string {
  const at = parseRange(cell.replace(/\$/g, ''));
  if (!at || at.rows !== 1 || at.cols !== 1) throw new Error(`Bad note cell ${cell}`);
  return cellAddress(at.row, at.col);
}

/** A sheet that keeps its notes through the run (an `update` sheet), with the notes planned on it. */
export interface AnnotatedSheet {
  readonly key: string;
  readonly proxy: Excel.Worksheet;
  readonly notes: readonly NoteSpec[];
}

export interface NotesRead {
  /** Note text by sheet key and cell; a cell without a note is absent. */
  readonly notes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly syncs: number;
}

/** Reads the notes on the cells the plan annotates, in requests of bounded size. */
export async function readPlannedNotes(context: Excel.RequestContext, sheets: readonly AnnotatedSheet[]): Promise<NotesRead> {
  const found = new Map<string, Map<string, string>>();
  let pending: { key: string; cell: string; note: Excel.Note }[] = [];
  let bytes = 0;
  let syncs = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await context.sync();
    syncs++;
    for (const p of pending) {
      if (p.note.isNullObject) continue;
      let cells = found.get(p.key);
      if (!cells) found.set(p.key, (cells = new Map()));
      cells.set(p.cell, p.note.content);
    }
    pending = [];
    bytes = 0;
  };
  for (const s of sheets) {
    for (const n of s.notes) {
      const cell = noteCell(n.cell);
      const cost = callBytes(cell) * 2;
      if (bytes + cost > REQUEST_BUDGET_BYTES) await flush();
      const note = s.proxy.notes.getItemOrNullObject(cell);
      note.load('content');
      pending.push({ key: s.key, cell, note });
      bytes += cost;
    }
  }
  await flush();
  return { notes: found, syncs };
}

/** The calls that add a sheet's notes: a new note, or the text appended to the note the cell has. */
export function noteSteps(sheet: () => Excel.Worksheet, notes: readonly NoteSpec[], existing: ReadonlyMap<string, string> | undefined): SingleStep[] {
  // Two notes for one cell in a plan come out as one note, in plan order.
  const text = new Map<string, string | undefined>();
  const planned = new Map<string, string>();
  for (const n of notes) {
    const cell = noteCell(n.cell);
    if (!text.has(cell)) text.set(cell, existing?.get(cell));
    planned.set(cell, withNote(planned.get(cell) ?? text.get(cell), n.text));
  }
  return [...planned].map(([cell, content]) =>
    single(callBytes(cell, content), () => {
      if (text.get(cell) !== undefined) sheet().notes.getItem(cell).content = content;
      else sheet().notes.add(cell, content);
    }),
  );
}
