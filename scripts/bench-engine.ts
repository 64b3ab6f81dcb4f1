/**
 * The engine alone, in memory: how its time grows with the register (the fitted exponent says
 * whether it stays linear), what a recalc after every id was renumbered costs beside a normal one
 * (the orphaned-row paths that were quadratic), and the live heap at its peak.
 *
 * Times are CPU time of this process (user + system, so the garbage collector's helper threads
 * count), which holds up better than wall time on a shared machine; wall time is printed beside.
 */
import { spawnSync } from 'child_process';
import { generate } from '../core/engine';
import { ROOT, benchScript } from './bench-paths';
import { MemoryWorkbook } from '../core/workbook/memory-workbook';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { GENERATED_NOW, GENERATED_SHEET, generateRegister } from '../tests/support/register-generator';

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

export interface EngineRow {
  readonly risks: number;
  readonly ms: number;
  readonly cpuMs: number;
  /** Wall time of the first run at this size, which pays for the heap growing to it. */
  readonly firstMs: number;
  /** What the result holds once the garbage is collected. */
  readonly heapMb: number;
  readonly findings: number;
  readonly sheets: number;
}

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function runOnce(snapshot: WorkbookSnapshot): Omit<EngineRow, 'risks'> {
  const before = heapUsed();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  const ms = performance.now() - start;
  const cpuTime = cpuMs(cpu);
  // Measured while `result` is still alive, so the delta is what the analysis and plan hold.
  const heap = heapUsed() - before;
  return { ms, cpuMs: cpuTime, firstMs: ms, heapMb: heap / (1024 * 1024), findings: result.findings.length, sheets: result.plan.sheets.length };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** How many runs the engine's row at this size is the median of. */
export function engineRuns(risks: number): number {
  return risks < 10_000 ? 5 : risks <= 50_000 ? 3 : 1;
}

/**
 * The median of a few runs: on a shared 2-core machine one run of the same work varies by 15 %
 * or more from the next. The first run is kept beside it: it also pays for growing the heap.
 */
export function measureEngine(risks: number): EngineRow {
  // A few deliberate gaps, so the rules produce findings as a real register would.
  const { snapshot } = generateRegister({ risks, seed: 2026, gapRate: 0.05 });
  const runs = engineRuns(risks);
  const results = Array.from({ length: runs }, () => runOnce(snapshot));
  const last = results[results.length - 1]!;
  return { ...last, risks, ms: median(results.map((r) => r.ms)), cpuMs: median(results.map((r) => r.cpuMs)), firstMs: results[0]!.ms };
}

export function warmUp(): void {
  runOnce(generateRegister({ risks: 100, seed: 1 }).snapshot);
}

/**
 * The slope of log(CPU time) against log(risks), least squares over the sizes given: 1 is
 * linear, 2 quadratic. Sizes below 5,000 are left out, where fixed costs hide the growth.
 */
export function growthExponent(rows: readonly EngineRow[]): number | null {
  const points = rows.filter((r) => r.risks >= 5_000).map((r) => [Math.log(r.risks), Math.log(r.cpuMs)] as const);
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  const sxy = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const sxx = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return sxy / sxx;
}

export interface RenumberedRow {
  readonly risks: number;
  /** A second recalc of a recalculated register, nothing changed. */
  readonly normalCpuMs: number;
  /** The same, after every risk id was renamed: every RTP row is orphaned and every risk new. */
  readonly renumberedCpuMs: number;
}

function recalculated(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const wb = MemoryWorkbook.fromSnapshot(snapshot);
  wb.apply(generate(snapshot, 'recalc', { now: GENERATED_NOW }).plan);
  return wb.snapshot();
}

export function measureRenumbered(risks: number): RenumberedRow {
  const once = recalculated(generateRegister({ risks, seed: 2026, gapRate: 0.05 }).snapshot);
  const wb = MemoryWorkbook.fromSnapshot(once);
  for (const row of wb.sheet(GENERATED_SHEET)!.values) {
    if (typeof row[0] === 'string' && /^R-\d+$/.test(row[0])) row[0] = row[0].replace('R-', 'RISK-');
  }
  const renumbered = wb.snapshot();
  const time = (snapshot: WorkbookSnapshot): number => {
    gc?.();
    const cpu = process.cpuUsage();
    generate(snapshot, 'recalc', { now: GENERATED_NOW });
    return cpuMs(cpu);
  };
  // Paired and alternated, so a busy spell on the machine falls on both alike.
  const normal: number[] = [];
  const moved: number[] = [];
  for (let i = 0; i < 3; i++) {
    normal.push(time(once));
    moved.push(time(renumbered));
  }
  return { risks, normalCpuMs: median(normal), renumberedCpuMs: median(moved) };
}

export interface LiveHeapRow {
  readonly risks: number;
  /** Live heap with the snapshot built, before the engine runs. */
  readonly baselineMb: number;
  /** The largest live heap a full garbage collection left during the run. */
  readonly peakMb: number;
}

/**
 * The engine's peak live heap, in a child process that traces its garbage collections: what a
 * full collection leaves is what was alive, and the largest of those during `generate` is the
 * peak (a lower bound: it is sampled at each full collection).
 */
export function measureLiveHeap(risks: number): LiveHeapRow {
  const child = benchScript('bench-engine-child');
  const run = spawnSync(process.execPath, ['--trace-gc', '--expose-gc', ...child.nodeArgs, child.file, String(risks)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`live heap run exited ${run.status}: ${run.stderr.split('\n')[0]}`);
  const lines = run.stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('engine-start'));
  const end = lines.findIndex((l) => l.startsWith('engine-end'));
  const baselineMb = Number(/engine-start (\d+(?:\.\d+)?)/.exec(lines[start] ?? '')?.[1]);
  let peakMb = baselineMb;
  for (const line of lines.slice(start, end)) {
    const m = /Mark-Compact[^,]*?-> ([\d.]+) \(/.exec(line);
    if (m) peakMb = Math.max(peakMb, Number(m[1]));
  }
  return { risks, baselineMb, peakMb };
}
