/**
 * End-to-end timings of the `riskbook` command on real .xlsx files, next to the floor: the time
 * ExcelJS alone takes to load the same file. Each figure is a fresh `node` process, as a person or
 * a CI job runs it, so process start-up is in all three columns alike.
 */
import { spawn, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { generate } from '../core/engine';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { applyPlanToXlsx } from '../cli/xlsx/apply-plan-to-xlsx';
import { readXlsxSnapshot } from '../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../cli/xlsx/workbook-io';
import { GENERATED_NOW, generateRegister } from '../tests/support/register-generator';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist/cli/riskbook.js');
/** Loads a workbook with ExcelJS and nothing else: the floor any .xlsx host pays. */
const FLOOR = `const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{},e=>{console.error(e.message);process.exit(2)})`;

export interface XlsxRow {
  readonly risks: number;
  readonly fileKb: number;
  readonly floorMs: number;
  readonly checkMs: number;
  readonly recalcMs: number;
  /** In one process: where the time of a recalc goes. */
  readonly phases: Phases;
}

export interface Phases {
  readonly load: number;
  readonly snapshot: number;
  readonly engine: number;
  readonly apply: number;
  readonly save: number;
}

/** A recalc in this process, phase by phase: ExcelJS's part (load, save) against Riskbook's. */
async function recalcPhases(file: string): Promise<Phases> {
  const t = [performance.now()];
  const mark = (): void => void t.push(performance.now());
  const workbook = await loadWorkbook(readFileSync(file));
  mark();
  const snapshot = readXlsxSnapshot(workbook);
  mark();
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  mark();
  await applyPlanToXlsx(workbook, result.plan);
  mark();
  await saveWorkbook(workbook);
  mark();
  const d = (i: number): number => t[i + 1]! - t[i]!;
  return { load: d(0), snapshot: d(1), engine: d(2), apply: d(3), save: d(4) };
}

async function writeRegister(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && typeof v !== 'object') ws.getCell(r + 1, c + 1).value = v;
    }));
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

function timed(args: readonly string[], okCodes: readonly number[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (!okCodes.includes(run.status ?? -1)) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.split('\n')[0]}`);
  return ms;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureXlsx(risks: number, runs: number): Promise<XlsxRow> {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-bench-'));
  try {
    const file = path.join(dir, `register-${risks}.xlsx`);
    await writeRegister(generateRegister({ risks, seed: 2026, gapRate: 0.05 }).snapshot, file);
    const out = path.join(dir, 'out.xlsx');
    const repeat = (f: () => number): number => median(Array.from({ length: runs }, f));
    return {
      risks,
      fileKb: statSync(file).size / 1024,
      floorMs: repeat(() => timed(['-e', FLOOR, file], [0])),
      checkMs: repeat(() => timed([CLI, 'check', file, '--json', '--now', GENERATED_NOW], [0, 1])),
      recalcMs: repeat(() => timed([CLI, 'recalc', file, '--out', out, '--now', GENERATED_NOW, '--json'], [0, 1])),
      phases: await recalcPhases(file),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** KiB, from the process's own resourceUsage() as it exits: what `/usr/bin/time -v` calls maximum resident set size. */
const PEAK_RSS = `process.on('exit',()=>process.stderr.write('riskbook-bench-maxrss='+process.resourceUsage().maxRSS+'\\n'));require(process.argv[1])`;

export interface RssRow {
  readonly risks: number;
  readonly fileKb: number;
  readonly peakRssMb: number;
}

/**
 * Peak resident memory of one `riskbook recalc` on a generated register, in a fresh process. The
 * child runs while the caller goes on (the bench counts host calls meanwhile: counts, not times,
 * so sharing the CPU changes nothing either measures).
 */
export async function measurePeakRss(risks: number): Promise<RssRow> {
  const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-rss-'));
  try {
    const file = path.join(dir, `register-${risks}.xlsx`);
    await writeRegister(generateRegister({ risks, seed: 2026, gapRate: 0.05 }).snapshot, file);
    const args = ['-e', PEAK_RSS, CLI, 'recalc', file, '--out', path.join(dir, 'out.xlsx'), '--now', GENERATED_NOW, '--json'];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (![0, 1].includes(status ?? -1)) throw new Error(`riskbook recalc exited ${status}: ${stderr.split('\n')[0]}`);
    const kb = Number(/riskbook-bench-maxrss=(\d+)/.exec(stderr)?.[1]);
    if (!Number.isFinite(kb)) throw new Error('riskbook recalc did not report its peak memory');
    return { risks, fileKb: statSync(file).size / 1024, peakRssMb: kb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function xlsxTable(rows: readonly XlsxRow[]): string {
  const head = ['risks', 'file (KB)', 'ExcelJS load (ms)', 'check (ms)', 'check / load', 'recalc (ms)', 'recalc / load'];
  const body = rows.map((r) => [
    r.risks.toLocaleString('en-GB'),
    r.fileKb.toFixed(0),
    r.floorMs.toFixed(0),
    r.checkMs.toFixed(0),
    `${(r.checkMs / r.floorMs).toFixed(2)}x`,
    r.recalcMs.toFixed(0),
    `${(r.recalcMs / r.floorMs).toFixed(2)}x`,
  ]);
  return render(head, body);
}

/** Where one recalc's time goes: ExcelJS (load, save) against Riskbook (snapshot, engine, apply). */
export function phaseTable(rows: readonly XlsxRow[]): string {
  const head = ['risks', 'load', 'snapshot', 'engine', 'apply plan', 'save', 'engine share', 'Riskbook share'];
  const body = rows.map(({ risks, phases: p }) => {
    const total = p.load + p.snapshot + p.engine + p.apply + p.save;
    const ours = p.snapshot + p.engine + p.apply;
    return [risks.toLocaleString('en-GB'), ...[p.load, p.snapshot, p.engine, p.apply, p.save].map((ms) => `${ms.toFixed(0)} ms`), `${((100 * p.engine) / total).toFixed(0)} %`, `${((100 * ours) / total).toFixed(0)} %`];
  });
  return render(head, body);
}

function render(head: readonly string[], body: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
