/**
 * Year on year (issue 15, item 7) on the engine and the in-memory host: starting a new assessment
 * cycle snapshots the register; from then on each risk is marked New, Modified or Unchanged in a
 * column of Riskbook's before its rating keys, closed risks are counted and named on the Dashboard,
 * and the next new cycle's Change log entry says how the last one ended.
 */
import { respond } from '../../../core/actions';
import { startCycle } from '../../../core/cycle/start-cycle';
import { dashboardOf, generate } from '../../../core/engine';
import { DASHBOARD_LABELS } from '../../../core/outputs/dashboard';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt, usedRowCount } from '../../../core/workbook/snapshot';
import type { Edit } from '../trail/example-approvals';
import { CHANGE_HEADER, REGISTER, headers, marks, workOfTheYear } from './example-cycle';
import { exampleSnapshot } from '../../support/example-register';


function typed(book: MemoryWorkbook, edits: readonly Edit[]): void {
  book.apply({ sheets: [{ name: REGISTER, mode: 'update', writes: edits.map((e) => ({ at: e.cell, cells: [[e.value as string | number]] })), formats: [], validations: [], conditionalFormats: [] }], names: [] });
}

function sheetTexts(snapshot: WorkbookSnapshot, name: string): string[] {
  const s = snapshot.sheets.find((x) => x.name === name)!;
  const out: string[] = [];
  for (let r = 0; r < usedRowCount(s); r++) for (const v of s.values[r] ?? []) if (typeof v === 'string') out.push(v);
  return out;
}

function lastLogEntry(snapshot: WorkbookSnapshot): { action: string; summary: string } {
  const s = snapshot.sheets.find((x) => x.name === 'Change log')!;
  const r = usedRowCount(s) - 1;
  return { action: String(cellAt(s, r, 1)), summary: String(cellAt(s, r, 2)) };
}

describe('assessment cycles on the example register', () => {
  let book: MemoryWorkbook;
  const recalc = (day: string) => {
    const r = generate(book.snapshot(), 'recalc', { now: `${day}T09:00:00Z` });
    book.apply(r.plan);
    return r;
  };
  const newCycle = (day: string) => {
    const r = startCycle(book.snapshot(), { now: `${day}T09:00:00Z` });
    expect(r.usable).toBe(true);
    book.apply(r.plan);
    return r;
  };

  beforeAll(async () => {
    book = MemoryWorkbook.fromSnapshot(await exampleSnapshot());
  });

  it('before any cycle the register has no cycle column and the Dashboard no cycle figures', () => {
    recalc('2026-01-10');
    const after = book.snapshot();
    expect(headers(after)).not.toContain(CHANGE_HEADER);
    expect(dashboardOf(after, { now: '2026-01-10' })?.cycle).toBeUndefined();
  });

  it('a new cycle snapshots the register on a hidden sheet: every risk Unchanged, none closed', () => {
    const started = newCycle('2026-01-15');
    expect(started.title).toBe('New assessment cycle started');
    expect(started.ended).toBeNull();
    const after = book.snapshot();
    expect(after.sheets.find((s) => s.name === 'Riskbook cycle')?.hidden).toBe(true);
    const m = marks(after);
    expect(Object.keys(m)).toHaveLength(40);
    expect(new Set(Object.values(m))).toEqual(new Set(['Unchanged']));
    expect(lastLogEntry(after)).toEqual({ action: 'Start a new assessment cycle', summary: expect.stringContaining("New assessment cycle begun on 2026-01-15: the register's 40 risk(s) are its baseline") });
  });

  it('the cycle column goes before the rating keys, which stay the last columns', () => {
    const h = headers(book.snapshot());
    const last = h.length - 1;
    expect(h.slice(last - 2)).toEqual([CHANGE_HEADER, 'Inherent rating', 'Residual rating']);
    // The keys moved: each holds its formulas in its new column, and none is left in the cycle's.
    const s = book.snapshot().sheets.find((x) => x.name === REGISTER)!;
    const f = (row: number, col: number): string | null => s.formulas?.[row]?.[col] ?? null;
    expect(f(4, last - 1)).toMatch(/^=/);
    expect(f(4, last)).toMatch(/^=/);
    expect(f(4, last - 2)).toBeNull();
  });

  it('marks each risk against the cycle after a year of work, counts them on the Dashboard and names the closed one', () => {
    typed(book, workOfTheYear());
    const run = recalc('2026-12-05');
    const after = book.snapshot();
    const m = marks(after);
    expect(m['R-31']).toBe('Modified');
    expect(m['R-41']).toBe('New');
    // A new review date is the cycle's routine, not a change to the risk.
    expect(m['R-02']).toBe('Unchanged');
    expect(m['R-40']).toBeUndefined();
    // R-40's row is no risk any more: its old mark is cleared, nothing stays behind.
    expect(Object.keys(m).filter((k) => k.startsWith('row '))).toEqual([]);
    expect(Object.values(m).filter((v) => v === 'Unchanged')).toHaveLength(38);
    const figures = dashboardOf(after, { now: '2026-12-05' })?.cycle;
    expect(figures).toEqual(expect.objectContaining({ new: 1, modified: 1, unchanged: 38, closed: 1, closedIds: ['R-40'] }));
    const dashboard = sheetTexts(after, 'Dashboard');
    expect(dashboard).toEqual(expect.arrayContaining(['Since the cycle began on 2026-01-15', DASHBOARD_LABELS.cycleClosed, 'Closed: R-40']));
    expect(run.findings.filter((f) => f.code === 'cycle-change-typed-over')).toEqual([]);
  });

  it('the next new cycle logs how the last one ended, its closed risk by name, and starts again from Unchanged', () => {
    const started = newCycle('2027-01-12');
    expect(started.ended).toEqual({ new: 1, modified: 1, unchanged: 38, closed: 1 });
    const after = book.snapshot();
    expect(lastLogEntry(after).summary).toContain('The cycle begun on 2026-01-15 ended with 1 new, 1 modified, 38 unchanged and 1 closed risk(s) (closed: R-40 (Customer data sent to a third-party model provider))');
    expect(new Set(Object.values(marks(after)))).toEqual(new Set(['Unchanged']));
    expect(dashboardOf(after, { now: '2027-01-12' })?.cycle).toEqual(expect.objectContaining({ new: 0, modified: 0, unchanged: 40, closed: 0 }));
  });

  it('a second recalculation changes nothing in the register', () => {
    const before = book.snapshot().sheets.find((s) => s.name === REGISTER);
    recalc('2027-01-12');
    expect(book.snapshot().sheets.find((s) => s.name === REGISTER)?.values).toEqual(before?.values);
  });

  it('a panel asks for it as a request of its own, and without a register is told why', () => {
    const answered = respond(book.snapshot(), { kind: 'newCycle' }, { now: '2027-02-01T09:00:00Z' });
    expect(answered.outcome).toEqual(expect.objectContaining({ ok: true, title: 'New assessment cycle started' }));
    const empty = respond({ sheets: [{ name: 'Sheet1', values: [] }] }, { kind: 'newCycle' }, { now: '2027-02-01T09:00:00Z' });
    expect(empty).toEqual({ plan: null, outcome: expect.objectContaining({ ok: false, message: expect.stringMatching(/^No risk register found/) }) });
  });
});
