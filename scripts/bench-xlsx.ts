/**
 * End-to-end timings of the `riskbook` command on real .xlsx files, next to the floor: the time
 * ExcelJS alone takes to load the same file. Each figure is a fresh `node` process, as a person or
 * a CI job runs it, so process start-up is in all three columns alike.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { generate } from '../core/engine';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { applyPlanToXlsx } from '../cli/xlsx/apply-plan-to-xlsx';
import { streamXlsxSnapshot } from '../cli/xlsx/stream-xlsx-snapshot';
import { loadWorkbook, saveWorkbook } from '../cli/xlsx/workbook-io';
import { GENERATED_NOW, generateRegister } from '../tests/support/register-generator';
import { ROOT } from './bench-paths';

const CLI = path.join(ROOT, 'dist/cli/riskbook.js');
/** Loads a workbook with ExcelJS and nothing else: the floor any .xlsx host pays for the full model. */
const FLOOR = `const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{},e=>{console.error(e.message);process.exit(2)})`;
/** Reads every row with ExcelJS's streaming reader and keeps nothing: the floor of a read-only command. */
const STREAM_FLOOR = `const E=require('exceljs');(async()=>{for await(const ws of new E.stream.xlsx.WorkbookReader(process.argv[1],{})){for await(const row of ws){void row}}})().catch(e=>{console.error(e.message);process.exit(2)})`;
/** Runs a script and reports its peak resident memory as it exits (KiB, process.resourceUsage().maxRSS). */
const WITH_RSS = `process.on('exit',()=>process.stderr.write('riskbook-bench-maxrss='+process.resourceUsage().maxRSS+'\\n'));`;

/** A time and the process's peak resident memory. */
export interface Run {
  readonly ms: number;
  readonly rssMb: number;
}

export interface XlsxRow {
  readonly risks: number;
  readonly fileKb: number;
  readonly floor: Run;
  readonly stream: Run;
  readonly check: Run;
  readonly recalc: Run;
  /** In one process: where the time of a recalc goes. */
  readonly phases: Phases;
}

export interface Phases {
  /** Riskbook's streaming reader: the file into the snapshot the engine reads. */
  readonly snapshot: number;
  /** ExcelJS's model, which only a command that writes loads, to apply the plan to. */
  readonly load: number;
  readonly engine: number;
  readonly apply: number;
  readonly save: number;
}

/** A recalc in this process, phase by phase: ExcelJS's part (load, save) against Riskbook's. */
async function recalcPhases(file: string): Promise<Phases> {
  const data = readFileSync(file);
  const t = [performance.now()];
  const mark = (): void => void t.push(performance.now());
  const snapshot = await streamXlsxSnapshot(data);
  mark();
  const workbook = await loadWorkbook(data);
  mark();
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  mark();
  await applyPlanToXlsx(workbook, result.plan);
  mark();
  await saveWorkbook(workbook);
  mark();
  const d = (i: number): number => t[i + 1]! - t[i]!;
  return { snapshot: d(0), load: d(1), engine: d(2), apply: d(3), save: d(4) };
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

/** `script` with `args` in a fresh node process: its wall time and peak memory. */
function timed(script: string, args: readonly string[], okCodes: readonly number[]): Run {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-e', `${WITH_RSS}${script}`, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (!okCodes.includes(run.status ?? -1)) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.split('\n')[0]}`);
  const kb = Number(/riskbook-bench-maxrss=(\d+)/.exec(run.stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

/** Runs the built command line: under `node -e`, process.argv is [node, riskbook.js, …] as from the shell. */
const CLI_SCRIPT = `require(process.argv[1])`;

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
    const repeat = (f: () => Run): Run => {
      const all = Array.from({ length: runs }, f);
      const ms = median(all.map((r) => r.ms));
      return all.find((r) => r.ms === ms)!;
    };
    return {
      risks,
      fileKb: statSync(file).size / 1024,
      floor: repeat(() => timed(FLOOR, [file], [0])),
      stream: repeat(() => timed(STREAM_FLOOR, [file], [0])),
      check: repeat(() => timed(CLI_SCRIPT, [CLI, 'check', file, '--json', '--now', GENERATED_NOW], [0, 1])),
      recalc: repeat(() => timed(CLI_SCRIPT, [CLI, 'recalc', file, '--out', out, '--now', GENERATED_NOW, '--json'], [0, 1])),
      phases: await recalcPhases(file),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function xlsxTable(rows: readonly XlsxRow[]): string {
  const head = ['risks', 'file (KB)', 'ExcelJS load', 'streaming read', 'check', 'check / load', 'recalc', 'recalc / load'];
  const cell = (r: Run): string => `${r.ms.toFixed(0)} ms, ${r.rssMb.toFixed(0)} MB`;
  const body = rows.map((r) => [
    r.risks.toLocaleString('en-GB'),
    r.fileKb.toFixed(0),
    cell(r.floor),
    cell(r.stream),
    cell(r.check),
    `${(r.check.ms / r.floor.ms).toFixed(2)}x`,
    cell(r.recalc),
    `${(r.recalc.ms / r.floor.ms).toFixed(2)}x`,
  ]);
  return render(head, body);
}

/** Where one recalc's time goes: ExcelJS (load, save) against Riskbook (snapshot, engine, apply). */
export function phaseTable(rows: readonly XlsxRow[]): string {
  const head = ['risks', 'read (Riskbook)', 'load (ExcelJS)', 'engine', 'apply plan', 'save', 'engine share', 'Riskbook share'];
  const body = rows.map(({ risks, phases: p }) => {
    const total = p.load + p.snapshot + p.engine + p.apply + p.save;
    const ours = p.snapshot + p.engine + p.apply;
    return [risks.toLocaleString('en-GB'), ...[p.snapshot, p.load, p.engine, p.apply, p.save].map((ms) => `${ms.toFixed(0)} ms`), `${((100 * p.engine) / total).toFixed(0)} %`, `${((100 * ours) / total).toFixed(0)} %`];
  });
  return render(head, body);
}

function render(head: readonly string[], body: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
