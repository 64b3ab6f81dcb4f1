/**
 * The promise of every regenerated sheet, checked on random tables: whatever a person typed in a
 * user column, or in a column they added anywhere, is still there after regeneration under the
 * same key; rows whose key left are kept; rows with no key (headings, second lines) stay under
 * the keyed row they were under, unmarked; notes below the table stay as far below it; and
 * regenerating twice changes nothing but the stamp.
 */
import * as fc from 'fast-check';
import { renderTableSheet } from '../../../core/outputs/layout';
import type { ColumnDef, FreshRow, KeyedTableSpec } from '../../../core/outputs/preserve';
import { locateTable, mergeKeyedTable } from '../../../core/outputs/preserve';
import type { PlanCell, SheetPlan } from '../../../core/workbook/plan';
import type { CellValue, WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { usedRowCount } from '../../../core/workbook/snapshot';
import { parseStampLine, stampLine } from '../../../core/workbook/stamp';
import { STAMP, applied, stampAt } from './fixtures';

const SHEET = 'Table';
const ORPHANED = 'Orphaned: no longer in the register';
const COLUMNS: readonly ColumnDef[] = [
  { header: 'Key', kind: 'derived', width: 8 },
  { header: 'Label', kind: 'derived', width: 20 },
  { header: 'Note', kind: 'user', width: 20 },
  { header: 'Owner', kind: 'user', width: 12 },
  { header: 'Due', kind: 'user', width: 12, numberFormat: 'yyyy-mm-dd' },
  { header: 'Row status', kind: 'derived', width: 20 },
];
const USER_HEADERS = ['Note', 'Owner', 'Due'] as const;
const SPEC: KeyedTableSpec = {
  columns: COLUMNS,
  headerRow: 3,
  keyHeader: 'Key',
  key: (cell) => (cell('Key') === null || cell('Key') === '' ? null : String(cell('Key'))),
  rows: 'derived',
  status: { header: 'Row status', orphaned: ORPHANED, unkeyed: 'Kept as typed: no key' },
};

type Typed = string | number | boolean | null | { formula: string };

function regenerate(workbook: WorkbookSnapshot | undefined, fresh: readonly FreshRow[], stamp = STAMP): SheetPlan {
  const existing = workbook?.sheets.find((s) => s.name === SHEET);
  const table = mergeKeyedTable(existing, SPEC, fresh);
  return renderTableSheet({
    name: SHEET,
    table,
    columns: COLUMNS,
    frame: [
      { kind: 'title', text: 'Property table', row: 0 },
      { kind: 'stamp', text: stampLine(stamp), row: 1 },
    ],
  }).sheet;
}

const KEYS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'];
const text = fc.string({ maxLength: 12 });
const typedCell: fc.Arbitrary<Typed> = fc.oneof(
  text,
  fc.constantFrom('=1+1', '+44 20 7946 0000', '-', '@here', '  padded  '),
  fc.integer({ min: 40000, max: 50000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ formula: '=TODAY()+30' }, { formula: '=LEN("x")' }),
);
const freshRows = fc
  .uniqueArray(fc.constantFrom(...KEYS), { maxLength: KEYS.length })
  .chain((keys) =>
    fc.tuple(...keys.map((key) => fc.record({ label: text, owner: fc.option(text, { nil: null }) }).map(({ label, owner }) => ({ key, label, owner })))),
  )
  .map((rows): FreshRow[] => rows.map((r) => ({ key: r.key, cells: { Key: r.key, Label: r.label, 'Row status': '', Owner: r.owner } })));

const extraColumn = fc.record({
  header: fc.stringMatching(/^X-[A-Za-z0-9 ]{1,8}$/),
  position: fc.nat({ max: 8 }),
  cells: fc.dictionary(fc.constantFrom(...KEYS), typedCell),
});

interface Edits {
  readonly user: Record<string, Partial<Record<(typeof USER_HEADERS)[number], Typed>>>;
  readonly extras: { header: string; position: number; cells: Record<string, Typed> }[];
  readonly notesAbove: string[];
  readonly notesAt: number;
  /** Rows a person typed below the table: a second row for a key, or a row with no key yet. */
  readonly rowsBelow: { key: string | null; note: Typed }[];
  /** Rows with no key a person inserted under a keyed row (a second line) or under the header (a heading). */
  readonly rowsBetween: { after: string | null; note: string }[];
  /** Notes typed below the table after `gapBelow` empty rows. */
  readonly notesBelow: string[];
  readonly gapBelow: number;
}
const edits: fc.Arbitrary<Edits> = fc.record({
  user: fc.dictionary(fc.constantFrom(...KEYS), fc.record({ Note: typedCell, Owner: typedCell, Due: typedCell }, { requiredKeys: [] })),
  extras: fc.uniqueArray(extraColumn, { maxLength: 3, selector: (c) => c.header.toLowerCase() }),
  notesAbove: fc.array(fc.stringMatching(/^note [a-z]{1,6}$/), { maxLength: 3 }),
  notesAt: fc.nat({ max: 3 }),
  rowsBelow: fc.array(fc.record({ key: fc.option(fc.constantFrom(...KEYS), { nil: null }), note: typedCell }), { maxLength: 3 }),
  rowsBetween: fc.array(fc.record({ after: fc.option(fc.constantFrom(...KEYS), { nil: null }), note: fc.stringMatching(/^(HEADING|and then) [a-z]{1,6}$/) }), { maxLength: 3 }),
  notesBelow: fc.array(fc.stringMatching(/^note below [a-z]{1,6}$/), { maxLength: 2 }),
  gapBelow: fc.integer({ min: 1, max: 3 }),
});

/** A person's edits, made directly on the sheet as a host would read them back. */
function applyEdits(workbook: WorkbookSnapshot, e: Edits): WorkbookSnapshot {
  const sheet = workbook.sheets.find((s) => s.name === SHEET)!;
  const values: CellValue[][] = sheet.values.map((r) => [...r]);
  const formulas: (string | null)[][] = values.map((r, i) => r.map((_, j) => sheet.formulas?.[i]?.[j] ?? null));
  const set = (r: number, c: number, v: Typed): void => {
    while (values[r]!.length <= c) values[r]!.push(null);
    while (formulas[r]!.length <= c) formulas[r]!.push(null);
    if (v !== null && typeof v === 'object') {
      values[r]![c] = null;
      formulas[r]![c] = v.formula;
    } else {
      values[r]![c] = v;
      formulas[r]![c] = null;
    }
  };
  const header = locateTable(sheet, 'Key')!.headerRow;
  const rowOf = (key: string) => values.findIndex((r, i) => i > header && r[0] === key);
  for (const [key, cells] of Object.entries(e.user)) {
    const r = rowOf(key);
    if (r < 0) continue;
    for (const [h, v] of Object.entries(cells)) set(r, COLUMNS.findIndex((c) => c.header === h), v as Typed);
  }
  const noteCol = COLUMNS.findIndex((c) => c.header === 'Note');
  for (const between of e.rowsBetween) {
    const r = between.after === null ? header + 1 : rowOf(between.after) + 1;
    if (r === 0) continue;
    values.splice(r, 0, []);
    formulas.splice(r, 0, []);
    set(r, noteCol, between.note);
  }
  for (const extra of e.rowsBelow) {
    // Typing nothing makes no row; empty rows below the table are what notesBelow leaves.
    if (extra.key === null && (extra.note === null || extra.note === '')) continue;
    const r = values.length;
    values.push([]);
    formulas.push([]);
    set(r, 0, extra.key);
    set(r, noteCol, extra.note);
  }
  if (e.notesBelow.length > 0) {
    for (let i = 0; i < e.gapBelow; i++) {
      values.push([]);
      formulas.push([]);
    }
    for (const note of e.notesBelow) {
      values.push([]);
      formulas.push([]);
      set(values.length - 1, noteCol, note);
    }
  }
  for (const extra of e.extras) {
    const at = Math.min(extra.position, Math.max(...values.map((r) => r.length)));
    for (let r = 0; r < values.length; r++) {
      while (values[r]!.length < at) values[r]!.push(null);
      while (formulas[r]!.length < at) formulas[r]!.push(null);
      values[r]!.splice(at, 0, null);
      formulas[r]!.splice(at, 0, null);
    }
    set(header, at, extra.header);
    for (const [key, v] of Object.entries(extra.cells)) {
      const r = rowOf(key);
      if (r >= 0) set(r, at, v);
    }
  }
  const at = Math.min(e.notesAt, header);
  values.splice(at, 0, ...e.notesAbove.map((n) => [n] as CellValue[]));
  formulas.splice(at, 0, ...e.notesAbove.map(() => [null] as (string | null)[]));
  return { ...workbook, sheets: workbook.sheets.map((s) => (s.name === SHEET ? { ...s, values, formulas } : s)) };
}

const NO_KEY = '(no key)';

/** Cells by key and header, as typed (a formula as its text, empty as null), above the last `notesBelow` rows. */
function readByKey(workbook: WorkbookSnapshot, notesBelow: number): Map<string, Map<string, Typed>[]> {
  const sheet = workbook.sheets.find((s) => s.name === SHEET)!;
  const location = locateTable(sheet, 'Key')!;
  const headers = (sheet.values[location.headerRow] ?? []).map((v) => (v === null ? '' : String(v)));
  const keyCol = headers.indexOf('Key');
  const out = new Map<string, Map<string, Typed>[]>();
  for (let r = location.headerRow + 1; r < usedRowCount(sheet) - notesBelow; r++) {
    const values = sheet.values[r] ?? [];
    if (!values.some((v) => v !== null && v !== '') && !(sheet.formulas?.[r] ?? []).some((f) => f)) continue;
    const key = typeof values[keyCol] === 'string' && values[keyCol] !== '' ? (values[keyCol] as string) : NO_KEY;
    const cells = new Map<string, Typed>();
    headers.forEach((h, c) => {
      const f = sheet.formulas?.[r]?.[c];
      const v = sheet.values[r]?.[c] ?? null;
      cells.set(h, f ? { formula: f } : v === '' ? null : (v as Typed));
    });
    out.set(key, [...(out.get(key) ?? []), cells]);
  }
  return out;
}

const normalize = (v: Typed | undefined): Typed => (v === undefined || v === '' ? null : v);

/**
 * Each row with no key, as the keyed row it sits under (`key#n`, the n-th row of that key; `top`
 * when none is above it) and its note: what must not change when the table is regenerated.
 */
function unkeyedPlaces(workbook: WorkbookSnapshot, notesBelow: number): string[] {
  const sheet = workbook.sheets.find((s) => s.name === SHEET)!;
  const location = locateTable(sheet, 'Key')!;
  const headers = (sheet.values[location.headerRow] ?? []).map((v) => (v === null ? '' : String(v)));
  const keyCol = headers.indexOf('Key');
  const noteCol = headers.indexOf('Note');
  const seen = new Map<string, number>();
  let host = 'top';
  const out: string[] = [];
  for (let r = location.headerRow + 1; r < usedRowCount(sheet) - notesBelow; r++) {
    const values = sheet.values[r] ?? [];
    if (!values.some((v) => v !== null && v !== '') && !(sheet.formulas?.[r] ?? []).some((f) => f)) continue;
    const key = values[keyCol];
    if (typeof key === 'string' && key !== '') {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      host = `${key}#${n}`;
      continue;
    }
    out.push(`${host} <- ${JSON.stringify(sheet.formulas?.[r]?.[noteCol] ?? values[noteCol] ?? null)}`);
  }
  return out.sort();
}

/** The notes below the table: the last rows of the sheet, and how many empty rows sit above them. */
function notesBelow(workbook: WorkbookSnapshot, count: number): { gap: number; notes: CellValue[] } {
  const sheet = workbook.sheets.find((s) => s.name === SHEET)!;
  const end = usedRowCount(sheet);
  const notes = sheet.values.slice(end - count, end).map((r) => r.find((v) => v !== null && v !== '') ?? null);
  let gap = 0;
  for (let r = end - count - 1; r >= 0 && !(sheet.values[r] ?? []).some((v) => v !== null && v !== '') && !(sheet.formulas?.[r] ?? []).some((f) => f); r--) gap++;
  return { gap, notes };
}

function withoutStamp(plan: SheetPlan): SheetPlan {
  const strip = (c: PlanCell): PlanCell => (typeof c === 'string' && parseStampLine(c) ? '<stamp>' : c);
  return { ...plan, writes: plan.writes.map((w) => ({ ...w, cells: w.cells.map((r) => r.map(strip)) })) };
}

describe('keyed-table merge (property)', () => {
  it('keeps every user cell under its key, keeps departed keys as orphans, and is idempotent', () => {
    fc.assert(
      fc.property(freshRows, freshRows, edits, (before, after, e) => {
        const first = applied({ sheets: [] }, regenerate(undefined, before));
        const typed = applyEdits(first, e);
        const typedByKey = readByKey(typed, e.notesBelow.length);

        const plan = regenerate(typed, after);
        const result = applied(typed, plan);
        const byKey = readByKey(result, e.notesBelow.length);

        const afterKeys = new Set(after.map((f) => f.key));
        const userHeaders = [...USER_HEADERS, ...e.extras.map((x) => x.header)];
        const typedCells = (row: Map<string, Typed>) => userHeaders.map((h) => normalize(row.get(h)));
        for (const [key, rows] of typedByKey) {
          // Every row of the key (people may add a second one), in order, with what was typed in it.
          const now = byKey.get(key) ?? [];
          // Rows with no key move with the keyed row above them, so their order among themselves may change.
          const inOrder = (list: Map<string, Typed>[]) => (key === NO_KEY ? list.map((r) => JSON.stringify(typedCells(r))).sort() : list.map(typedCells));
          expect(inOrder(now)).toEqual(inOrder(rows));
          // A row with no key is the person's: never marked.
          const status = key === NO_KEY || afterKeys.has(key) ? null : ORPHANED;
          for (const is of now) expect(is.get('Row status')).toEqual(status);
        }
        // Headings and second lines stay under the row they were under; notes below stay below.
        expect(unkeyedPlaces(result, e.notesBelow.length)).toEqual(unkeyedPlaces(typed, e.notesBelow.length));
        if (e.notesBelow.length > 0) {
          expect(notesBelow(typed, e.notesBelow.length).notes).toEqual(e.notesBelow);
          expect(notesBelow(result, e.notesBelow.length)).toEqual(notesBelow(typed, e.notesBelow.length));
        }
        for (const f of after) {
          const is = byKey.get(f.key)?.[0];
          expect(is?.get('Label')).toEqual(normalize(f.cells['Label'] as Typed));
        }
        // The people's notes above the table are still there, in order.
        const column = result.sheets[0]!.values.map((r) => r[0]);
        for (const note of e.notesAbove) expect(column).toContain(note);

        const again = regenerate(result, after, stampAt('2025-12-31T23:59:00Z'));
        expect(withoutStamp(again)).toEqual(withoutStamp(plan));
        expect(regenerate(result, after)).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });
});
