/**
 * Issue 15's Done-when on the engine and the in-memory host: approvals recorded when first seen,
 * stale once what they approved changes; the SoA's changes since its approved version listed and
 * reported until it is approved again, which raises its version; the team's edits in the Change log.
 */
import { generate } from '../../../core/engine';
import type { Finding } from '../../../core/findings/finding';
import { MemoryWorkbook } from '../../../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { cellAt } from '../../../core/workbook/snapshot';
import { parseCell } from '../../../core/workbook/a1';
import { serialFromIso } from '../../../core/dates';
import type { Edit } from './example-approvals';
import { R31, R31_STALE, SOA, SOA_51_CHANGED, approveR31AndTheSoa, besideLabel, changeR31AndExclude51, soaCell } from './example-approvals';
import { exampleSnapshot } from '../../support/example-register';


function typed(book: MemoryWorkbook, edits: readonly Edit[]): void {
  const bySheet = new Map<string, Edit[]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  book.apply({ sheets: [...bySheet].map(([name, es]) => ({ name, mode: 'update', writes: es.map((e) => ({ at: e.cell, cells: [[e.value as string | number]] })), formats: [], validations: [], conditionalFormats: [] })), names: [] });
}

function value(snapshot: WorkbookSnapshot, sheet: string, cell: string): unknown {
  const at = parseCell(cell)!;
  return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
}

const byCode = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe('approvals on the example register', () => {
  let book: MemoryWorkbook;
  const run = (day: string) => {
    const r = generate(book.snapshot(), 'recalc', { now: `${day}T09:00:00Z` });
    book.apply(r.plan);
    return r;
  };

  beforeAll(async () => {
    book = MemoryWorkbook.fromSnapshot(await exampleSnapshot());
  });

  it('first run: no approval is stale, and the SoA carries its version and approval labels', () => {
    const first = run('2026-11-23');
    expect(byCode(first.findings, 'approval-stale')).toEqual([]);
    expect(byCode(first.findings, 'soa-changed-since-approval')).toEqual([]);
    const after = book.snapshot();
    expect(value(after, SOA, besideLabel(after, SOA, 'SoA version'))).toBe('1.0');
    expect(value(after, SOA, besideLabel(after, SOA, 'Approved by'))).toBeNull();
    // A treated risk with no residual rating: R-25, to be avoided, and R-22.
    expect(byCode(first.findings, 'residual-missing').flatMap((f) => f.cells ?? [f.cell])).toEqual(['L27', 'L30']);
  });

  it('approving R-31 and the SoA records them: nothing stale yet', () => {
    typed(book, approveR31AndTheSoa(book.snapshot()));
    const second = run('2026-11-23');
    expect(byCode(second.findings, 'approval-stale')).toEqual([]);
    expect(byCode(second.findings, 'soa-changed-since-approval')).toEqual([]);
    expect(byCode(second.findings, 'acceptance-unacceptable-unapproved')).toEqual([]);
    const after = book.snapshot();
    expect(value(after, SOA, besideLabel(after, SOA, 'Approved by'))).toBe('CISO');
  });

  it('changing R-31 and excluding 5.1 makes R-31\'s approval stale and lists 5.1 as changed', () => {
    typed(book, changeR31AndExclude51(book.snapshot()));
    const third = run('2026-11-24');
    expect(byCode(third.findings, 'approval-stale')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Risk register', cell: R31.approvedBy, message: R31_STALE }),
    ]);
    const [changed] = byCode(third.findings, 'soa-changed-since-approval');
    expect(changed?.message).toMatch(SOA_51_CHANGED);
    const after = book.snapshot();
    expect(changed?.cell).toBe(besideLabel(after, SOA, 'Approved on'));
    expect(changed?.cells).toEqual(expect.arrayContaining([soaCell(after, '5.1', 'Applicable')]));
    // Listed above the SoA's table: control, field, was, now.
    const soa = after.sheets.find((s) => s.name === SOA)!;
    const listed = soa.values.filter((r) => r[0] === '5.1' && r[1] === 'Applicable').map((r) => r.slice(0, 4));
    expect(listed).toEqual([['5.1', 'Applicable', 'Yes', 'No']]);
  });

  it('logs the team\'s edits between the runs in the Change log', () => {
    const log = book.snapshot().sheets.find((s) => s.name === 'Change log')!;
    const edits = log.values.filter((r) => r[1] === 'Edits since the last run').map((r) => r[2]);
    expect(edits[edits.length - 1]).toBe('Edits since the last run: register: 1 risk(s) changed (R-31); SoA: 2 decision(s) changed (5.1 Applicable Yes → No, 5.1 Exclusion justification (blank) → Policies moved to the group ISMS)');
  });

  it('approving the SoA again raises its version and empties the list; entering R-31\'s approval again records it anew', () => {
    const after = book.snapshot();
    const day = serialFromIso('2026-11-25')!;
    typed(book, [
      { sheet: SOA, cell: besideLabel(after, SOA, 'Approved on'), value: day },
      { sheet: 'Risk register', cell: R31.approvalDate, value: day },
    ]);
    const fourth = run('2026-11-25');
    expect(byCode(fourth.findings, 'soa-changed-since-approval')).toEqual([]);
    expect(byCode(fourth.findings, 'approval-stale')).toEqual([]);
    const now = book.snapshot();
    expect(value(now, SOA, besideLabel(now, SOA, 'SoA version'))).toBe('1.1');
    const soa = now.sheets.find((s) => s.name === SOA)!;
    expect(soa.values.some((r) => r[0] === '5.1' && r[1] === 'Applicable' && r[2] === 'Yes')).toBe(false);
  });
});
