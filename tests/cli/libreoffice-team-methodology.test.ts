/**
 * LibreOffice as the referee for a register whose Methodology is the team's own: a lookup matrix
 * weighted toward impact, bands of the team's, tables moved down by rows the team inserted and
 * notes beside them. `riskbook recalc` keeps that sheet as it is and points the named ranges at
 * the team's tables; every score and level LibreOffice computes through them must equal the core.
 * A second file with a hole in the matrix and a band minimum typed as "five" shows what the
 * spreadsheet makes of cells the core reports.
 */
import * as ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { check } from '../../core/engine';
import { NAMES } from '../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, findSheet } from '../../core/workbook/snapshot';
import { libreOfficeMissing, recalculateWithLibreOffice } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { runCli, tempDir } from './support/cli-build';
import { registerExpectations } from './support/core-expectations';

const NOW = '2025-04-01T09:00:00Z';
const describeWithLibreOffice = requires('the team Methodology oracle tests', libreOfficeMissing()).describe;

type Row = (string | number | null)[];

const REGISTER: Row[] = [
  ['Risk ID', 'Threat', 'Risk owner', 'Likelihood', 'Impact', 'Treatment', 'Controls', 'Residual likelihood', 'Residual impact', 'Last review'],
  ['R-01', 'Phishing', 'Dana', 3, 3, 'Mitigate', '5.17', 1, 3, null],
  ['R-02', 'Laptop theft', 'Sam', 'Remote', 'Severe', 'Mitigate', '8.1', 1, 1, null],
  ['R-03', 'Region outage', 'Alex', '2 - Occasional', 2, 'Accept', null, null, null, null],
  ['R-04', 'Insider misuse', 'Dana', 'Frequent', 'Low', 'Mitigate', '6.1', 'Remote', 'Moderate', null],
  ['R-05', 'Ransomware', 'Alex', 2, 3, 'Mitigate', '8.7', 2, 1, null],
];

/** ACME's hand-typed 3 x 3 method, laid out its own way, with notes beside the tables. */
function methodologyRows(defects: boolean): Row[] {
  return [
    ['ACME risk method'],
    ['Owner: the CISO', null, null, null, 'Reviewed every January'],
    [],
    ['Settings'],
    ['Version', '4.1'],
    ['Scoring method', 'Lookup matrix'],
    ['Impact dimensions', ''],
    ['Impact rule', 'Highest (max)'],
    ['Review interval (days)', 365],
    [],
    ['Likelihood scale'],
    ['Value', 'Label', 'Description', null, 'From our incident log'],
    [1, 'Remote', 'Once in a decade'],
    [2, 'Occasional', 'Every few years'],
    [3, 'Frequent', 'Every year'],
    [],
    ['Impact scale'],
    [1, 'Low', 'Handled in the team'],
    [2, 'Moderate', 'Customers notice'],
    [3, 'Severe', 'Regulator notices'],
    [],
    [null, null, null, null, null, 'The board asked for impact to weigh more.'],
    ['Score matrix'],
    ['Likelihood (rows) / Impact (columns)', '1 - Low', '2 - Moderate', '3 - Severe'],
    ['1 - Remote', 1, 3, 6],
    ['2 - Occasional', 2, 4, defects ? null : 7, null, 'Agreed 2024-11'],
    ['3 - Frequent', 3, 5, 9],
    [],
    ['Risk bands'],
    ['Band', 'Min score', 'Max score', 'Colour', 'Decision', 'Why'],
    ['Low', 1, 2, '#C6EFCE', 'Acceptable', 'Owner may accept'],
    ['Medium', defects ? 'five' : 3, 5, '#FFEB9C', 'Tolerable', 'CISO signs off'],
    ['High', 6, 9, '#FFC7CE', 'Unacceptable', 'Board is told'],
    [],
    ['Notes'],
    ['Approved by the ISMS committee on 2025-02-01.'],
  ];
}

async function writeWorkbook(file: string, defects: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet('Risk register');
  REGISTER.forEach((r) => reg.addRow(r.map((v, c) => (c === 9 && v === null ? new Date(Date.UTC(2025, 0, 10)) : v))));
  const method = wb.addWorksheet('Methodology');
  methodologyRows(defects).forEach((r, i) => r.forEach((v, c) => {
    if (v !== null) method.getCell(i + 1, c + 1).value = v;
  }));
  writeFileSync(file, await saveWorkbook(wb));
}

async function read(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

function registerColumn(snapshot: WorkbookSnapshot, header: string): CellValue[] {
  const sheet = findSheet(snapshot, 'Risk register')!;
  const col = (sheet.values[0] ?? []).findIndex((v) => v === header);
  if (col < 0) throw new Error(`no column ${header}`);
  return sheet.values.slice(1, 1 + REGISTER.length - 1).map((_, i) => cellAt(sheet, 1 + i, col));
}

describeWithLibreOffice('LibreOffice scores through the named ranges on a team\'s own Methodology', () => {
  let input: WorkbookSnapshot;
  let generated: WorkbookSnapshot;
  let computed: WorkbookSnapshot;
  let brokenIn: WorkbookSnapshot;
  let brokenOut: WorkbookSnapshot;
  let broken: WorkbookSnapshot;

  beforeAll(async () => {
    const dir = tempDir('team-methodology');
    const files = await Promise.all([false, true].map(async (defects) => {
      const inFile = path.join(dir, defects ? 'broken.xlsx' : 'team.xlsx');
      await writeWorkbook(inFile, defects);
      const outFile = path.join(dir, defects ? 'broken-out.xlsx' : 'team-out.xlsx');
      const cli = runCli(['recalc', inFile, '--out', outFile, '--now', NOW]);
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`recalc failed (${cli.code}): ${cli.stderr}`);
      return { inFile, outFile, lo: recalculateWithLibreOffice(outFile, path.join(dir, defects ? 'lo-broken' : 'lo-team')) };
    }));
    [input, generated, computed] = await Promise.all([read(files[0]!.inFile), read(files[0]!.outFile), read(files[0]!.lo)]);
    [brokenIn, brokenOut, broken] = await Promise.all([read(files[1]!.inFile), read(files[1]!.outFile), read(files[1]!.lo)]);
  }, 240000);

  it('leaves the team\'s Methodology cells as they were in the file', () => {
    const before = findSheet(input, 'Methodology')!;
    const after = findSheet(generated, 'Methodology')!;
    const changed: string[] = [];
    before.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && cellAt(after, r, c) !== v) changed.push(`${r + 1}:${c + 1} ${JSON.stringify(v)} -> ${JSON.stringify(cellAt(after, r, c))}`);
    }));
    expect(changed).toEqual([]);
  });

  it('names the team\'s tables where they are', () => {
    const ref = (name: string): string | undefined => generated.names?.find((n) => n.name === name)?.reference.replace(/\$/g, '');
    expect(ref(NAMES.scoreMatrix)).toMatch(/!B25:D27$/);
    expect(ref(NAMES.bandMins)).toMatch(/!B31:B33$/);
  });

  it('computes every score and level as the core does', () => {
    const expected = registerExpectations(generated);
    expect(expected.counts.score).toBeGreaterThan(0);
    const sheet = findSheet(computed, expected.sheet)!;
    const mismatches: string[] = [];
    for (const [k, want] of expected.values) {
      const cell = /!([A-Z]+)(\d+)$/.exec(k)!;
      const col = cell[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const got = cellAt(sheet, Number(cell[2]) - 1, col);
      if (got !== want) mismatches.push(`${k}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
    // The team's weights: Frequent x Low is 3, Occasional x Moderate 4, Remote x Severe 6.
    expect(registerColumn(computed, 'Inherent score')).toEqual([9, 6, 4, 3, 7]);
  });

  it('with a hole and a minimum typed as "five": the same cells reported before and after, the sheet as typed', () => {
    const findings = (w: WorkbookSnapshot): string[] => check(w, { now: NOW }).findings.filter((f) => f.sheet === 'Methodology').map((f) => `${f.code}@${f.cell}`);
    // The team's sheet records no approval anywhere, so the finding stands at its top; the run adds
    // the Governance labels below the team's tables, and from then on it points at the value to fill in.
    expect(findings(brokenIn)).toEqual(['methodology-matrix-incomplete@D26', 'methodology-invalid-value@B32', 'methodology-unapproved@A1']);
    expect(findings(brokenOut)).toEqual(['methodology-matrix-incomplete@D26', 'methodology-invalid-value@B32', 'methodology-unapproved@B40']);
    expect(cellAt(findSheet(brokenOut, 'Methodology')!, 39, 0)).toBe('Approved by');
    expect(cellAt(findSheet(brokenOut, 'Methodology')!, 39, 1)).toBeNull();
    expect(cellAt(findSheet(brokenOut, 'Methodology')!, 31, 1)).toBe('five');
    expect(cellAt(findSheet(brokenOut, 'Methodology')!, 25, 3)).toBeNull();
  });

  it('with those defects, shows the problem as the spreadsheet sees it, where the findings explain it', () => {
    // R-05 (Occasional x Severe) lands on the hole: the spreadsheet scores the empty cell 0 and
    // finds no band below the lowest min, so no level; the core scores it Likelihood x Impact
    // (6, High) meanwhile and reports the hole at D26. With Medium's min unreadable, MATCH skips
    // the text and a 4 falls to Low, as the core (which drops that band) has it too.
    expect(registerColumn(broken, 'Inherent score')).toEqual([9, 6, 4, 3, 0]);
    expect(registerColumn(broken, 'Inherent level')).toEqual(['High', 'High', 'Low', 'Low', null]);
  });
});
