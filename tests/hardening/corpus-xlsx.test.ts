/**
 * The hostile corpus through the .xlsx host in-process: each case written to an .xlsx with
 * ExcelJS, then the engine's own path (load → readXlsxSnapshot → generate → applyPlanToXlsx →
 * save) and read back. A handful also go through the built `riskbook` binary for exit codes and
 * one-line stderr.
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { respond } from '../../core/actions';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { isCellError } from '../../core/workbook/snapshot';
import { applyPlanToXlsx } from '../../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { runCli } from '../cli/support/cli-build';
import type { HostileCase } from '../support/hostile-corpus';
import { CORPUS_NOW, hostileCorpus } from '../support/hostile-corpus';
import { casesFor, expectFindingOrOneLineError, expectWorkbookKept } from './corpus-checks';

// A million-row sheet takes tens of seconds to write, read and check on two cores while the other
// Jest worker runs a fault sweep: the timeout is for a hang, not a budget (those are in npm run bench).
jest.setTimeout(240_000);

const corpus = hostileCorpus();
const cases = casesFor('xlsx', corpus).filter((c) => {
  if (c.notInXlsx) console.warn(`not an .xlsx case: ${c.name} (${c.notInXlsx})`);
  return !c.notInXlsx;
});

/** What an .xlsx can hold of a value: no NaN or infinities (ExcelJS writes them as #NUM!). */
function xlsxValue(v: CellValue): CellValue {
  if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!' };
  return v;
}

/** Writes a snapshot as a person's .xlsx: values, formulas, hidden rows, merges, names, protection. */
async function snapshotToXlsx(c: HostileCase): Promise<Buffer> {
  const s: WorkbookSnapshot = c.snapshot;
  const wb = new ExcelJS.Workbook();
  for (const sheet of s.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const vrow = sheet.values[r] ?? [];
      const frow = sheet.formulas?.[r] ?? [];
      for (let c2 = 0; c2 < Math.max(vrow.length, frow.length); c2++) {
        const v = xlsxValue(vrow[c2] ?? null);
        const f = frow[c2] ?? null;
        if (f) {
          ws.getCell(r + 1, c2 + 1).value = { formula: f.replace(/^=/, ''), result: v === null || isCellError(v) ? undefined : v } as ExcelJS.CellFormulaValue;
          continue;
        }
        if (v === null || v === '') continue;
        const cell = ws.getCell(r + 1, c2 + 1);
        cell.value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        if (c.dateCells?.some(([sn, rr, cc]) => sn === sheet.name && rr === r && cc === c2) && typeof v === 'number') {
          cell.value = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
          cell.numFmt = 'yyyy-mm-dd';
        }
      }
    }
    for (const hr of sheet.hiddenRows ?? []) ws.getRow(hr).hidden = true;
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    if (c.protectedSheets?.includes(sheet.name)) await ws.protect('', {});
  }
  for (const n of s.names ?? []) wb.definedNames.add(n.reference, n.name);
  return saveWorkbook(wb);
}

describe('hostile corpus, .xlsx host in-process', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = await snapshotToXlsx(c);
    const workbook = await loadWorkbook(file);
    // What the host read is the "before": the comparison is of the file's cells, not the corpus's.
    const before = readXlsxSnapshot(workbook);
    const response = respond(before, { kind: 'generate', action: 'recalc' }, { now: CORPUS_NOW });
    expectFindingOrOneLineError(response.outcome);
    if (response.plan) await applyPlanToXlsx(workbook, response.plan);
    const after = readXlsxSnapshot(await loadWorkbook(await saveWorkbook(workbook)));
    expectWorkbookKept(c, before, after, response.plan);
  });
});

const CLI_CASES: readonly { name: string; command: string; codes: readonly number[] }[] = [
  { name: 'injection-in-free-text', command: 'recalc', codes: [0, 1] },
  { name: 'no-register', command: 'check', codes: [2] },
  { name: 'empty-workbook', command: 'recalc', codes: [2] },
  { name: 'error-values-everywhere', command: 'check', codes: [0, 1] },
  { name: 'sheet-name-with-apostrophe', command: 'recalc', codes: [0, 1] },
  { name: 'methodology-band-gap', command: 'check', codes: [1] },
];

describe('hostile corpus, riskbook binary', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'riskbook-corpus-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CLI_CASES.map((c) => [c.name, c.command, c] as const))('%s (%s)', async (name, command, spec) => {
    const c = corpus.find((x) => x.name === name)!;
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, await snapshotToXlsx(c));
    const args = command === 'recalc' ? [command, file, '--out', path.join(dir, `${name}.out.xlsx`)] : [command, file];
    const run = runCli(args);
    expect(spec.codes).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at |Error: .*\n.*at /);
    if (run.code === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['zero bytes', Buffer.alloc(0)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a zip that is not a workbook', Buffer.from('504b0506000000000000000000000000000000000000', 'hex')],
    ['text with a formula', Buffer.from('=cmd|\' /C calc\'!A0,Risk ID\n')],
  ])('an unreadable file (%s) exits 2 with one line', (_what, bytes) => {
    const file = path.join(dir, 'broken.xlsx');
    writeFileSync(file, bytes);
    for (const args of [['check', file], ['recalc', file, '--out', path.join(dir, 'broken.out.xlsx')]]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
