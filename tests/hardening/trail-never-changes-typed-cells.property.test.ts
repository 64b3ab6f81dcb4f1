/**
 * Riskbook's trail never changes a cell a person typed (issue 15): whatever approvals people
 * enter, change, clear and enter again on the register, the RTP, the SoA and the Methodology,
 * whatever they type between runs (evidence, effectiveness, statuses, ratings, treatments, text a
 * spreadsheet would take for a formula) and however many days pass, every run leaves each cell a
 * person typed as they typed it, found again by its row's key and its column's header. Even a
 * person's edit of the hidden trail itself only makes Riskbook record the approvals afresh.
 *
 * The one cell Riskbook writes beside the approvals, the SoA version an approval raises, is
 * Riskbook's to raise (update-trail.ts) and is not typed here.
 */
import * as fc from 'fast-check';
import { generate } from '../../core/engine';
import { MemoryWorkbook } from '../../core/workbook/memory-workbook';
import { cellAddress } from '../../core/workbook/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { threeRiskRegister } from '../core/engine/engine-fixtures';

const NUM_RUNS = Number(process.env.RISKBOOK_TRAIL_RUNS ?? 25);

/** Where people type, and the headers of their cells there. */
const PLACES = {
  register: {
    sheet: 'Risk register',
    key: ['Risk ID'],
    headers: ['Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Last review', 'Team notes', 'Approved by', 'Approval date', 'Acceptance rationale'],
  },
  rtp: {
    sheet: 'Risk Treatment Plan',
    key: ['Risk ID', 'Control ID'],
    headers: ['Action', 'Action owner', 'Due date', 'Resources', 'Status', 'Expected residual level', 'Approved by', 'Approval date', 'Effectiveness review date', 'Effectiveness result', 'Evidence'],
  },
  soa: {
    sheet: 'Statement of Applicability',
    key: ['Control ID'],
    headers: ['Applicable', 'Reason: legal', 'Justification', 'Exclusion justification', 'Implementation status', 'Implementation notes', 'Evidence reference', 'Control owner', 'Last reviewed'],
  },
} as const;

/** Labels with their value to the right: the SoA's approval and the Methodology's governance. */
const LABELLED = [
  { sheet: 'Statement of Applicability', labels: ['Approved by', 'Approved on'] },
  { sheet: 'Methodology', labels: ['Owner', 'Approved by', 'Approved on', 'Effective date', 'Roles and responsibilities', 'Risk appetite statement'] },
] as const;

const TEXTS = ['CISO', 'cfo', 'ISMS board', 'Done', 'done', 'In progress', 'Cancelled', 'Implemented', 'Planned', 'Not effective', 'Effective', 'Yes', 'No', 'Mitigate', 'Accept', '5.17', '8.16, 5.1', '3', 'Likely', '=SUM(1,2)', '+44 20', 'CHG-1042', 'See wiki'];
const DATES = [46000, 46296, 46347, 46500, 46800];

const value: fc.Arbitrary<CellValue> = fc.oneof(fc.constantFrom<CellValue>(...TEXTS), fc.constantFrom<CellValue>(...DATES), fc.constant<CellValue>(''), fc.integer({ min: 1, max: 5 }));

type Edit =
  | { readonly kind: 'table'; readonly place: keyof typeof PLACES; readonly pick: number; readonly header: number; readonly value: CellValue }
  | { readonly kind: 'label'; readonly at: number; readonly label: number; readonly value: CellValue }
  | { readonly kind: 'trail'; readonly pick: number; readonly value: CellValue };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('table' as const), place: fc.constantFrom<keyof typeof PLACES>('register', 'rtp', 'soa'), pick: fc.nat(), header: fc.nat(), value }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('label' as const), at: fc.nat(), label: fc.nat(), value }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('trail' as const), pick: fc.nat(), value }) },
);

/** Sessions of typing, each followed by a recalculation some days later. */
const sessions = fc.array(fc.record({ edits: fc.array(edit, { maxLength: 8 }), days: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 4 });

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function find(sheet: SheetSnapshot, text: string): { row: number; col: number } | null {
  for (let row = 0; row < sheet.values.length; row++) {
    const col = (sheet.values[row] ?? []).findIndex((v) => typeof v === 'string' && v.trim() === text);
    if (col >= 0) return { row, col };
  }
  return null;
}

/** The rows of a keyed table by their key, and the column of each header. */
function table(snapshot: WorkbookSnapshot, place: keyof typeof PLACES): { keys: { key: string; row: number }[]; col: (header: string) => number } {
  const p = PLACES[place];
  const sheet = sheetOf(snapshot, p.sheet);
  const head = find(sheet, p.key[0])!;
  const header = sheet.values[head.row] ?? [];
  const col = (h: string): number => header.findIndex((v) => v === h);
  const keyCols = p.key.map(col);
  const keys: { key: string; row: number }[] = [];
  for (let row = head.row + 1; row < sheet.values.length; row++) {
    const parts = keyCols.map((c) => sheet.values[row]?.[c]);
    if (typeof parts[0] !== 'string' || parts[0].trim() === '') continue;
    keys.push({ key: parts.map((v) => (v === null || v === undefined ? '' : String(v))).join(' · '), row });
  }
  return { keys, col };
}

/** A cell as a person reads it back: blank is blank however a host stores it. */
function shown(v: CellValue | undefined): CellValue {
  return v === undefined || v === null || v === '' ? null : v;
}

interface Typed {
  readonly where: string;
  readonly value: CellValue;
  /** Where the cell is now, found again by key and header; null when its row or label is gone. */
  readonly locate: (snapshot: WorkbookSnapshot) => { sheet: string; row: number; col: number } | null;
}

function typeCell(book: MemoryWorkbook, sheet: string, row: number, col: number, value: CellValue): void {
  const cell = typeof value === 'object' && value !== null ? value.error : value;
  book.apply({ sheets: [{ name: sheet, mode: 'update', writes: [{ at: cellAddress(row, col), cells: [[cell === null ? '' : cell]] }], formats: [], validations: [], conditionalFormats: [] }], names: [] });
}

/** Applies one edit as a person would, and says which cell it typed (none for the trail, Riskbook's own). */
function applyEdit(book: MemoryWorkbook, e: Edit): Typed | null {
  const snapshot = book.snapshot();
  if (e.kind === 'trail') {
    const trail = snapshot.sheets.find((s) => s.name === 'Riskbook trail');
    if (!trail || trail.values.length <= 4) return null;
    const row = 4 + (e.pick % (trail.values.length - 4));
    typeCell(book, trail.name, row, e.pick % 7, e.value);
    return null;
  }
  if (e.kind === 'label') {
    const { sheet, labels } = LABELLED[e.at % LABELLED.length]!;
    const label = labels[e.label % labels.length]!;
    const at = find(sheetOf(snapshot, sheet), label);
    if (!at) return null;
    typeCell(book, sheet, at.row, at.col + 1, e.value);
    const locate = (s: WorkbookSnapshot) => {
      const now = find(sheetOf(s, sheet), label);
      return now ? { sheet, row: now.row, col: now.col + 1 } : null;
    };
    return { where: `${sheet} "${label}"`, value: e.value, locate };
  }
  const p = PLACES[e.place];
  const t = table(snapshot, e.place);
  if (t.keys.length === 0) return null;
  const { key, row } = t.keys[e.pick % t.keys.length]!;
  const header = p.headers[e.header % p.headers.length]!;
  const col = t.col(header);
  if (col < 0) return null;
  typeCell(book, p.sheet, row, col, e.value);
  const locate = (s: WorkbookSnapshot) => {
    const now = table(s, e.place);
    const found = now.keys.find((k) => k.key === key);
    const c = now.col(header);
    return found && c >= 0 ? { sheet: p.sheet, row: found.row, col: c } : null;
  };
  return { where: `${p.sheet} ${key} "${header}"`, value: e.value, locate };
}

describe("Riskbook's trail never changes a cell a person typed", () => {
  it('keeps every approval, evidence, status and statement typed, through runs days apart', () => {
    fc.assert(
      fc.property(sessions, (plan) => {
        const book = MemoryWorkbook.fromSnapshot(threeRiskRegister());
        let day = Date.parse('2026-11-20T09:00:00Z');
        const run = (): void => {
          const r = generate(book.snapshot(), 'recalc', { now: new Date(day).toISOString(), preset: '5x5' });
          book.apply(r.plan);
        };
        run();
        // The latest value typed in each cell, by where it is.
        const typed = new Map<string, Typed>();
        for (const session of plan) {
          for (const e of session.edits) {
            const t = applyEdit(book, e);
            if (t) typed.set(t.where, t);
          }
          day += session.days * 86_400_000;
          run();
          const after = book.snapshot();
          expect(after.sheets.find((s) => s.name === 'Riskbook trail')?.hidden).toBe(true);
          for (const t of typed.values()) {
            const at = t.locate(after);
            // A row whose key a person changed (a register edit renamed no id here) is still there: kept, orphaned or not.
            expect({ where: t.where, found: at !== null }).toEqual({ where: t.where, found: true });
            const now = at ? sheetOf(after, at.sheet).values[at.row]?.[at.col] : undefined;
            expect({ where: t.where, value: shown(now) }).toEqual({ where: t.where, value: shown(t.value) });
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 180_000);
});
