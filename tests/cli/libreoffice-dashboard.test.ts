/**
 * LibreOffice as the referee of the Dashboard: `riskbook recalc` writes every figure as a live
 * formula; LibreOffice (an engine Riskbook never ships) computes them; each must equal the figure
 * the core computes itself (`dashboardOf`), and each bar must be as long as the core says.
 *
 * On the example; on a generated register with gaps after a cycle of work (statuses, owners and
 * due dates typed in the RTP, some dates as text, decisions and evidence in the SoA, in the
 * spellings people use); and on registers of the corpus that keep their own SoA and plan, write
 * values once over merged groups, or write in German. LibreOffice's TODAY() is today, so the core
 * is asked about today.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { dashboardOf } from '../../core/engine';
import type { DashboardFigures } from '../../core/outputs/dashboard-figures';
import { BAR_BLOCKS, DASHBOARD_LABELS as L, DASHBOARD_TILES, DASHBOARD_TILE_ROW, bandLabel, barLength } from '../../core/outputs/dashboard';
import { RTP_COLUMNS, RTP_HEADERS } from '../../core/outputs/rtp';
import { SOA_COLUMNS, SOA_HEADERS } from '../../core/outputs/soa';
import { SHEETS } from '../../core/workbook/names';
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { cellAt, findSheet, formulaAt, usedRowCount } from '../../core/workbook/snapshot';
import { libreOfficeMissing, recalculateAllWithLibreOffice } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { corpusEntries } from '../corpus/corpus-entries';
import { generateRegister } from '../support/register-generator';
import { snapshotToXlsx, typeIntoXlsx } from '../support/snapshot-xlsx';
import { ROOT, runCli, tempDir } from './support/cli-build';
import { workOfTheYear } from '../core/cycle/example-cycle';

const describeWithLibreOffice = requires('the Dashboard oracle tests', libreOfficeMissing()).describe;

/** Today in this machine's calendar, which is the day LibreOffice's TODAY() gives. */
function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T12:00:00Z`;
}
const NOW = todayIso();

async function read(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

function recalc(inFile: string, outFile: string): void {
  const cli = runCli(['recalc', inFile, '--out', outFile, '--now', NOW]);
  if (cli.code !== 0 && cli.code !== 1) throw new Error(`recalc failed (${cli.code}): ${cli.stderr}`);
}

/** A cycle of work on Riskbook's RTP and SoA, typed as people type it: variants of the dropdown words, dates as text. */
async function workOnPlanAndSoa(file: string): Promise<void> {
  const wb = await loadWorkbook(readFileSync(file));
  const rtpCol = (h: string): number => RTP_COLUMNS.findIndex((c) => c.header === h);
  const soaCol = (h: string): number => SOA_COLUMNS.findIndex((c) => c.header === h);
  const rtp = wb.getWorksheet(SHEETS.rtp)!;
  const firstRtpRow = 4;
  for (let i = 0; i < rtp.rowCount - firstRtpRow; i++) {
    const row = firstRtpRow + i;
    const type = (header: string, value: CellValue): void => typeIntoXlsx(wb, SHEETS.rtp, row, rtpCol(header), value, null);
    type(RTP_HEADERS.status, ['Done', 'done ', 'In progress', 'Cancelled', '', 'Not started', 'DONE'][i % 7] ?? null);
    type(RTP_HEADERS.dueDate, [46000, '2026-01-15', 47000, '2027-03-01', null, 46300.5][i % 6] ?? null);
    type(RTP_HEADERS.owner, i % 4 === 0 ? null : 'Dana Whitfield');
  }
  const firstSoaRow = 5;
  for (let i = 0; i < 93; i++) {
    const row = firstSoaRow + i;
    const type = (header: string, value: CellValue): void => typeIntoXlsx(wb, SHEETS.soa, row, soaCol(header), value, null);
    type(SOA_HEADERS.applicable, ['Yes', 'No', 'y', 'yes', null, 'N'][i % 6] ?? null);
    if (i % 5 === 0) type(SOA_HEADERS.reasonLegal, i % 10 === 0 ? 'Yes' : 'Y');
    if (i % 6 === 1 && i % 4 !== 1) type(SOA_HEADERS.exclusionJustification, 'No such processing');
    if (i % 9 === 0) type(SOA_HEADERS.justification, 'Customer contracts require it');
    type(SOA_HEADERS.implementationStatus, ['Implemented', 'implemented', 'Partially implemented', null][i % 4] ?? null);
    if (i % 3 === 0) type(SOA_HEADERS.evidence, `EV-${i}`);
  }
  writeFileSync(file, await saveWorkbook(wb));
}

/** A new assessment cycle started on the file, then a year of work typed into its register (tests/core/cycle). */
async function aYearIntoACycle(file: string): Promise<void> {
  const started = runCli(['new-cycle', file, '--in-place', '--now', NOW]);
  if (started.code !== 0 && started.code !== 1) throw new Error(`new-cycle failed (${started.code}): ${started.stderr}`);
  const wb = await loadWorkbook(readFileSync(file));
  for (const e of workOfTheYear()) {
    const value = e.value === '' ? null : e.value;
    typeIntoXlsx(wb, e.sheet, Number(/\d+/.exec(e.cell)![0]) - 1, columnIndex(/^[A-Z]+/.exec(e.cell)![0]), value, null);
  }
  writeFileSync(file, await saveWorkbook(wb));
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

type Shown = number | '—';

/** Every figure a panel of the computed Dashboard shows, by its label (band rows and the total by `label · inherent` / `· residual`). */
function shownFigures(sheet: ReturnType<typeof findSheet> & object, bands: readonly string[]): { figures: Map<string, Shown>; bars: Map<string, number>; shares: Map<string, number> } {
  const figures = new Map<string, Shown>();
  const bars = new Map<string, number>();
  const shares = new Map<string, number>();
  const twoColumn = new Set([...bands, L.allLevels]);
  for (let r = DASHBOARD_TILE_ROW + 1; r < usedRowCount(sheet); r++) {
    for (const p of [0, 6]) {
      const label = cellAt(sheet, r, p);
      const value = cellAt(sheet, r, p + 1);
      if (typeof label !== 'string' || !(typeof value === 'number' || value === '—')) continue;
      const bar = cellAt(sheet, r, p + 2);
      if (twoColumn.has(label)) {
        figures.set(`${label} · inherent`, value);
        figures.set(`${label} · residual`, cellAt(sheet, r, p + 3) as Shown);
        for (const [stage, col] of [['inherent', p + 2], ['residual', p + 4]] as const) {
          const drawn = cellAt(sheet, r, col);
          if (/REPT\(/.test(formulaAt(sheet, r, col) ?? '')) bars.set(`${label} · ${stage}`, typeof drawn === 'string' ? drawn.length : 0);
        }
        continue;
      }
      figures.set(label, value);
      if (/REPT\(/.test(formulaAt(sheet, r, p + 2) ?? '')) bars.set(label, typeof bar === 'string' ? bar.length : 0);
      const share = cellAt(sheet, r, p + 3);
      if (/^=IF\(AND\(ISNUMBER/.test(formulaAt(sheet, r, p + 3) ?? '') && typeof share === 'number') shares.set(label, share);
    }
  }
  return { figures, bars, shares };
}

/** The same, as the core computes them; each bar against the longest of its section, each share of its whole. */
function coreFigures(f: DashboardFigures): { figures: Map<string, Shown>; bars: Map<string, number>; shares: Map<string, number> } {
  const figures = new Map<string, Shown>();
  const bars = new Map<string, number>();
  const shares = new Map<string, number>();
  const shown = (n: number | null): Shown => (n === null ? '—' : n);
  const put = (label: string, value: number | null, longest?: number, whole?: number): void => {
    figures.set(label, shown(value));
    if (longest !== undefined && value !== null) bars.set(label, barLength(value, longest));
    if (whole !== undefined && value !== null && whole > 0) shares.set(label, value / whole);
  };
  const longestLevel = Math.max(0, ...f.levels.flatMap((l) => [l.inherent, l.residual]));
  for (const l of f.levels) {
    put(`${bandLabel(l.band)} · inherent`, l.inherent, longestLevel);
    put(`${bandLabel(l.band)} · residual`, l.residual, longestLevel);
  }
  if (f.levels.length > 0) {
    figures.set(`${L.allLevels} · inherent`, f.levels.reduce((n, l) => n + l.inherent, 0));
    figures.set(`${L.allLevels} · residual`, f.levels.reduce((n, l) => n + l.residual, 0));
  }
  put(L.assessed, f.assessed);
  put(L.treated, f.treatment.treated, f.assessed, f.assessed);
  put(L.accepted, f.treatment.accepted, f.assessed, f.assessed);
  put(L.open, f.treatment.open, f.assessed, f.assessed);
  put(L.aboveAppetite, f.aboveAppetite, f.assessed, f.assessed);
  put(L.reviewsOverdue, f.reviewsOverdue);
  if (f.plan) {
    put(L.actions, f.plan.actions);
    put(L.done, f.plan.done, f.plan.actions, f.plan.actions);
    put(L.overdue, f.plan.overdue, f.plan.actions, f.plan.actions);
    put(L.withoutOwner, f.plan.withoutOwner, f.plan.actions, f.plan.actions);
  }
  if (f.soa) {
    const whole = f.soa.controls;
    put(L.controls, whole);
    put(L.decided, f.soa.decided, whole, whole);
    put(L.justified, f.soa.justified, whole, whole);
    put(L.implemented, f.soa.implemented, whole, whole);
    put(L.withEvidence, f.soa.withEvidence, whole, whole);
  }
  if (f.cycle) {
    const c = f.cycle;
    const longest = Math.max(c.new, c.modified, c.unchanged, c.closed);
    put(L.cycleNew, c.new, longest);
    put(L.cycleModified, c.modified, longest);
    put(L.cycleUnchanged, c.unchanged, longest);
    put(L.cycleClosed, c.closed, longest);
  }
  const longestFinding = Math.max(f.findings.errors, f.findings.warnings, f.findings.infos);
  put(L.errors, f.findings.errors, longestFinding);
  put(L.warnings, f.findings.warnings, longestFinding);
  put(L.infos, f.findings.infos, longestFinding);
  return { figures, bars, shares };
}

function tileValue(f: DashboardFigures, figure: (typeof DASHBOARD_TILES)[number]['figure']): Shown {
  switch (figure) {
    case 'assessed':
      return f.assessed;
    case 'aboveAppetite':
      return f.aboveAppetite;
    case 'reviewsOverdue':
      return f.reviewsOverdue ?? '—';
    case 'actionsOverdue':
      return f.plan?.overdue ?? '—';
    case 'errors':
      return f.findings.errors;
  }
}

const CORPUS = [
  'cenedril_isms', 'register-with-team-soa-and-plan', 'register-with-team-soa-named-like-riskbooks', 'register-with-plan-by-title',
  'vertical-merges-grouped-by-asset', 'german-register', 'cenedril_rr_de',
];

interface Case {
  readonly label: string;
  /** Writes the register to recalculate into `dir` and returns its path. */
  readonly input: (dir: string) => Promise<string>;
  /** A cycle of work between a first and the measured recalculation. */
  readonly work?: (file: string) => Promise<void>;
}

const CASES: readonly Case[] = [
  { label: 'the example register', input: async () => path.join(ROOT, 'examples/acme-saas-register.xlsx') },
  {
    label: 'a generated register with gaps, after a cycle of work on its plan and SoA',
    input: async (dir) => {
      const file = path.join(dir, 'generated.xlsx');
      writeFileSync(file, await snapshotToXlsx(generateRegister({ risks: 240, seed: 14, gapRate: 0.3 }).snapshot));
      return file;
    },
    work: workOnPlanAndSoa,
  },
  {
    label: 'the example a year into an assessment cycle: risks re-rated, reviewed, closed and added',
    input: async () => path.join(ROOT, 'examples/acme-saas-register.xlsx'),
    work: aYearIntoACycle,
  },
  // Registers of the corpus: teams keeping their own SoA and plan (one under Riskbook's usual SoA
  // name, one keying its plan by title), values written once over merged groups, German words.
  ...corpusEntries()
    .filter((e) => CORPUS.includes(e.name))
    .map((e) => ({
      label: `${e.name} (corpus)`,
      input: async (dir: string) => {
        const file = path.join(dir, `${e.name}.xlsx`);
        writeFileSync(file, await e.load());
        return file;
      },
    })),
];

describeWithLibreOffice('LibreOffice computes every Dashboard figure as the core does', () => {
  const results = new Map<string, { computed: WorkbookSnapshot; core: DashboardFigures }>();

  beforeAll(async () => {
    const dir = tempDir('dashboard');
    const outputs: string[] = [];
    const generated: WorkbookSnapshot[] = [];
    for (const [i, c] of CASES.entries()) {
      const source = await c.input(dir);
      const out = path.join(dir, `case-${i}.xlsx`);
      if (c.work) {
        const first = path.join(dir, `case-${i}-first.xlsx`);
        recalc(source, first);
        await c.work(first);
        recalc(first, out);
      } else {
        recalc(source, out);
      }
      outputs.push(out);
      generated.push(await read(out));
    }
    const computed = recalculateAllWithLibreOffice(outputs, path.join(dir, 'libreoffice'));
    for (const [i, c] of CASES.entries()) {
      const core = dashboardOf(generated[i]!, { now: NOW });
      if (!core) throw new Error(`${c.label}: the core finds no register`);
      results.set(c.label, { computed: await read(computed[i]!), core });
    }
  }, 600000);

  describe.each(CASES.map((c) => [c.label]))('%s', (label) => {
    const dashboard = (): { sheet: NonNullable<ReturnType<typeof findSheet>>; core: DashboardFigures } => {
      const r = results.get(label)!;
      const sheet = findSheet(r.computed, SHEETS.dashboard);
      if (!sheet) throw new Error('no Dashboard sheet');
      return { sheet, core: r.core };
    };

    it('shows each figure the core computes, and no other', () => {
      const { sheet, core } = dashboard();
      const shown = shownFigures(sheet, core.levels.map((l) => bandLabel(l.band)));
      expect(Object.fromEntries(shown.figures)).toEqual(Object.fromEntries(coreFigures(core).figures));
    });

    it('draws each bar as long as the core says, and shows each share of its whole', () => {
      const { sheet, core } = dashboard();
      const shown = shownFigures(sheet, core.levels.map((l) => bandLabel(l.band)));
      const expected = coreFigures(core);
      expect(Object.fromEntries(shown.bars)).toEqual(Object.fromEntries(expected.bars));
      expect([...shown.bars.values()].every((n) => n <= BAR_BLOCKS)).toBe(true);
      expect([...shown.shares.keys()].sort()).toEqual([...expected.shares.keys()].sort());
      for (const [k, v] of expected.shares) expect(shown.shares.get(k)).toBeCloseTo(v, 9);
    });

    it('repeats the headline figures in the tiles across the top', () => {
      const { sheet, core } = dashboard();
      expect(DASHBOARD_TILES.map((t) => cellAt(sheet, DASHBOARD_TILE_ROW, t.col))).toEqual(DASHBOARD_TILES.map((t) => tileValue(core, t.figure)));
    });
  });

  it('counts something on every register: the example has figures in every section', () => {
    const core = results.get(CASES[0]!.label)!.core;
    expect(core.assessed).toBeGreaterThan(0);
    expect(core.plan?.actions).toBeGreaterThan(0);
    expect(core.soa?.controls).toBe(93);
    expect(core.findings.errors).toBeGreaterThan(0);
    // The cycle of work leaves something in every count of the plan and the SoA.
    const worked = results.get(CASES[1]!.label)!.core;
    expect(worked.plan).toEqual(expect.objectContaining({ done: expect.any(Number), overdue: expect.any(Number) }));
    expect([worked.plan!.done, worked.plan!.overdue, worked.plan!.withoutOwner, worked.soa!.decided, worked.soa!.justified, worked.soa!.implemented, worked.soa!.withEvidence, worked.reviewsOverdue].every((n) => (n ?? 0) > 0)).toBe(true);
    expect(worked.soa!.justified).toBeLessThan(worked.soa!.decided);
    // A year into the cycle every mark is counted, and the closed risk named.
    const cycled = results.get(CASES[2]!.label)!.core.cycle;
    expect(cycled).toEqual(expect.objectContaining({ new: 1, modified: 1, unchanged: 38, closed: 1, closedIds: ['R-40'] }));
  });
});
