/**
 * LibreOffice as the referee: `riskbook recalc` writes live formulas without cached results;
 * LibreOffice (an engine Riskbook never ships) computes them; every result must equal what the
 * core computes with its own functions. Skipped, with a message, where LibreOffice is missing,
 * and a failure on CI.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, findSheet, formulaAt, isCellError } from '../../core/workbook/snapshot';
import { libreOfficeMissing, recalculateWithLibreOffice } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { readZipEntry, readZipDirectory } from '../../cli/io/zip-directory';
import { writeScenario } from './fixtures';
import { ROOT, runCli, tempDir } from './support/cli-build';
import type { RegisterExpectations } from './support/core-expectations';
import { expectedCount, key, registerExpectations } from './support/core-expectations';

const NOW = '2025-04-01T09:00:00Z';
const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
const GENERATED_SHEETS = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));

const describeWithLibreOffice = requires('the formula oracle tests', libreOfficeMissing()).describe;

async function read(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

interface Cell {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

/** Formula cells of `after` that `before` did not have (the ones Riskbook wrote). */
function writtenFormulas(before: WorkbookSnapshot, after: WorkbookSnapshot): Cell[] {
  const cells: Cell[] = [];
  for (const sheet of after.sheets) {
    const old = findSheet(before, sheet.name);
    (sheet.formulas ?? []).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula !== null && (!old || formulaAt(old, r, c) !== formula)) cells.push({ sheet: sheet.name, row: r, col: c, formula });
      }),
    );
  }
  return cells;
}

function show(v: CellValue): string {
  return JSON.stringify(v);
}

describe.each([
  ['the example register', EXAMPLE],
  ['a register written every way people write levels', 'oracle-register'],
])('LibreOffice recomputes %s exactly as the core does', (_label, source) => {
  describeWithLibreOffice('', () => {
    let input: WorkbookSnapshot;
    let generated: WorkbookSnapshot;
    let computed: WorkbookSnapshot;
    let written: Cell[];
    let register: RegisterExpectations;
    let sheetXml: string[];

    beforeAll(async () => {
      const dir = tempDir('oracle');
      const inFile = source === EXAMPLE ? EXAMPLE : await writeScenario(dir, 'oracle-register');
      const outFile = path.join(dir, 'recalculated.xlsx');
      const cli = runCli(['recalc', inFile, '--out', outFile, '--now', NOW]);
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`recalc failed (${cli.code}): ${cli.stderr}`);
      input = await read(inFile);
      generated = await read(outFile);
      const out = readFileSync(outFile);
      const parts = readZipDirectory(out);
      sheetXml = parts.ok ? parts.entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)).map((e) => readZipEntry(out, e).toString('utf8')) : [];
      computed = await read(recalculateWithLibreOffice(outFile, path.join(dir, 'libreoffice')));
      written = writtenFormulas(input, generated);
      register = registerExpectations(generated);
    }, 180000);

    it('has formulas to referee, and LibreOffice computed every one without an error value', () => {
      expect(written.length).toBeGreaterThan(0);
      const errors = written
        .map((c) => ({ ...c, value: cellAt(findSheet(computed, c.sheet)!, c.row, c.col) }))
        .filter((c) => isCellError(c.value))
        .map((c) => `${c.sheet}!${c.row + 1}:${c.col + 1} ${c.formula} → ${show(c.value)}`);
      expect(errors).toEqual([]);
    });

    if (source === EXAMPLE) it('shows the worked example R-14 as the docs say: 20 High, residual 8 Medium', () => {
      const sheet = findSheet(computed, register.sheet)!;
      const header = (sheet.values[3] ?? []).map((v) => String(v ?? ''));
      const row = sheet.values.find((r) => r[0] === 'R-14')!;
      const at = (h: string): CellValue => row[header.indexOf(h)] ?? null;
      expect([at('Inherent score'), at('Inherent level'), at('Residual score'), at('Residual level')]).toEqual([20, 'High', 8, 'Medium']);
    });

    it('every rating, score and level in the register equals the core', () => {
      expect(register.counts.score).toBeGreaterThan(0);
      expect(register.counts.level).toBeGreaterThan(0);
      const sheet = findSheet(computed, register.sheet)!;
      const mismatches: string[] = [];
      for (const [k, expected] of register.values) {
        const [, address] = k.split('!');
        const cell = /^([A-Z]+)(\d+)$/.exec(address!)!;
        const row = Number(cell[2]) - 1;
        const col = cell[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const actual = cellAt(sheet, row, col);
        if (actual !== expected) mismatches.push(`${address}: LibreOffice ${show(actual)}, core ${show(expected)}`);
      }
      expect(mismatches).toEqual([]);
    });

    it('stores each formula column of the register as shared formulas, the cells LibreOffice computed above', () => {
      // ECMA-376 18.3.1.40: the top cell of a run holds the text with t="shared", ref and si;
      // the cells below hold the index only, and each index has exactly one text.
      const masters = sheetXml.flatMap((x) => [...x.matchAll(/<f t="shared" ref="([A-Z]+)(\d+):([A-Z]+)(\d+)" si="(\d+)">[^<]+<\/f>/g)]);
      const children = sheetXml.flatMap((x) => [...x.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f t="shared" si="(\d+)"\/>/g)]);
      expect(masters.length).toBeGreaterThan(0);
      expect(children.length).toBeGreaterThan(masters.length);
      const byIndex = new Map(masters.map((m) => [m[5], m]));
      expect(byIndex.size).toBe(masters.length);
      const outside = children.filter((c) => {
        const m = byIndex.get(c[3]);
        return !m || c[1] !== m[1] || Number(c[2]) <= Number(m[2]) || Number(c[2]) > Number(m[4]);
      });
      expect(outside.map((c) => c[0])).toEqual([]);
      expect(children.length + masters.length).toBeLessThanOrEqual(register.counts.rating + register.counts.score + register.counts.level);
    });

    it('every count (heatmap grids, movement table) equals the core\'s count of risks', () => {
      const known = (sheet: string, row: number, col: number): CellValue => {
        const k = key(sheet, row, col);
        if (register.values.has(k)) return register.values.get(k)!;
        const s = findSheet(generated, sheet);
        return s ? cellAt(s, row, col) : null;
      };
      const counts = written.flatMap((c) => {
        const expected = expectedCount(c.formula, c.sheet, known);
        return expected === null ? [] : [{ ...c, expected, actual: cellAt(findSheet(computed, c.sheet)!, c.row, c.col) }];
      });
      expect(counts.length).toBeGreaterThan(0);
      const mismatches = counts.filter((c) => c.actual !== c.expected).map((c) => `${c.sheet}!${c.row + 1}:${c.col + 1} ${c.formula}: LibreOffice ${show(c.actual)}, core ${c.expected}`);
      expect(mismatches).toEqual([]);
    });

    it('every value Riskbook wrote as a value (the SoA\'s derived columns among them) reads back unchanged', () => {
      const changed: string[] = [];
      for (const sheet of generated.sheets) {
        if (!GENERATED_SHEETS.has(sheet.name.toLowerCase())) continue;
        const after = findSheet(computed, sheet.name);
        sheet.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (formulaAt(sheet, r, c) !== null || v === null) return;
            const lo = after ? cellAt(after, r, c) : null;
            if (lo !== v) changed.push(`${sheet.name}!${r + 1}:${c + 1} ${show(v)} → ${show(lo)}`);
          }),
        );
      }
      expect(changed).toEqual([]);
    });
  });
});
