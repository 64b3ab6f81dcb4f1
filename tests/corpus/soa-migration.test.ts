/**
 * Issue 12: every team SoA of the corpus is carried into Riskbook's SoA the way `migrate-soa` and
 * the panel do it. A 2013 SoA becomes a 2022 one in which each decision traces to its 2013 source
 * ids and every control left open (predecessors that disagree, a control new in 2022) is flagged at
 * its Applicable cell; a 2022 SoA is copied. The team's sheets come out exactly as they went in.
 */
import { cellsOf } from '../../core/findings/report';
import { GENERATOR } from '../../cli/commands/common';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { CARRIED_FROM_HEADER, NEW_IN_2022, seedSoa } from '../../core/team-soa/seed-soa';
import { cellAddress } from '../../core/workbook/a1';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { findSheet } from '../../core/workbook/snapshot';
import { corpusEntries } from './corpus-entries';
import { changedInputCells } from './input-cells';

const NOW = '2026-12-06T10:00';
jest.setTimeout(120_000);

interface Migrated {
  readonly before: WorkbookSnapshot;
  readonly after: WorkbookSnapshot;
  readonly findings: readonly { code: string; sheet: string; cell: string }[];
}

async function migrate(load: () => Promise<Buffer>): Promise<Migrated> {
  const workbook = await loadWorkbook(await load());
  const before = readXlsxSnapshot(workbook);
  const result = seedSoa(before, { now: NOW, generator: GENERATOR });
  expect(result.usable).toBe(true);
  await applyPlanToXlsx(workbook, result.plan);
  const after = readXlsxSnapshot(await loadWorkbook(await saveWorkbook(workbook)));
  return { before, after, findings: result.findings };
}

/** Riskbook's SoA rows by control id, each as header → value, with the row's Applicable cell. */
function soaRows(snapshot: WorkbookSnapshot): Map<string, { cells: Record<string, CellValue>; applicableCell: string }> {
  const sheet = findSheet(snapshot, SHEETS.soa)!;
  const header = sheet.values.findIndex((row) => row[0] === 'Control ID');
  const headers = (sheet.values[header] ?? []).map((v) => String(v ?? ''));
  const rows = new Map<string, { cells: Record<string, CellValue>; applicableCell: string }>();
  for (let r = header + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (typeof row[0] !== 'string' || row[0] === '') continue;
    rows.set(row[0], { cells: Object.fromEntries(headers.map((h, c) => [h, row[c] ?? null])), applicableCell: cellAddress(r, headers.indexOf('Applicable')) });
  }
  return rows;
}

const withSoa = corpusEntries().filter((e) => e.expect.soa);

describe.each(withSoa.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
  let migrated: Migrated;
  beforeAll(async () => {
    migrated = await migrate(entry.load);
  });

  test("leaves every cell of the team's sheets as it was", () => {
    expect(changedInputCells(migrated.before, migrated.after)).toEqual([]);
  });

  test('gives each of the 93 controls a row, and flags every one left undecided at its Applicable cell', () => {
    const rows = soaRows(migrated.after);
    expect(rows.size).toBeGreaterThanOrEqual(93);
    const flagged = new Set(
      migrated.findings
        .filter((f) => ['soa-migration-conflict', 'soa-migration-new-control', 'soa-applicability-missing'].includes(f.code) && f.sheet === SHEETS.soa)
        .flatMap((f) => cellsOf(f)),
    );
    const open = [...rows.values()].filter((r) => r.cells.Applicable === null || r.cells.Applicable === '');
    expect(open.filter((r) => !flagged.has(r.applicableCell)).map((r) => r.cells['Control ID'])).toEqual([]);
  });

  if (entry.expect.soa?.edition === '2013') {
    test('traces every carried decision to its 2013 source ids, and names each control new in 2022', () => {
      const rows = [...soaRows(migrated.after).values()].filter((r) => /^[5-8]\.\d+$/.test(String(r.cells['Control ID'])));
      const untraced = rows.filter((r) => {
        const from = String(r.cells[CARRIED_FROM_HEADER] ?? '');
        return !(from === NEW_IN_2022 || /^A\.\d+\.\d+\.\d+/.test(from) || from.startsWith('Not in the 2013 SoA'));
      });
      expect(untraced.map((r) => r.cells['Control ID'])).toEqual([]);
      const decided = rows.filter((r) => r.cells.Applicable !== null && r.cells.Applicable !== '');
      expect(decided.every((r) => /^A\.\d+\.\d+\.\d+/.test(String(r.cells[CARRIED_FROM_HEADER])))).toBe(true);
      expect(migrated.findings.filter((f) => f.code === 'soa-migration-new-control')).toHaveLength(11);
    });
  }
});
