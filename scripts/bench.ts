/**
 * How long a full "Recalculate & check" takes, and how much memory its result holds, for
 * registers of 100 to 50,000 risks. Prints a table; it asserts nothing (timings depend on the
 * machine, so they are watched, not tested).
 *
 *   npm run bench                                   the engine at 100 to 50,000 risks, the command
 *                                                   end to end on 1,000 and 10,000-risk files, and
 *                                                   the host calls of a recalc and a check in the
 *                                                   Excel and Sheets hosts (fakes) at 100, 2,000 and
 *                                                   20,000 risks, the peak memory of riskbook recalc
 *                                                   on a 50,000-risk file; then one summary table
 *                                                   (latest numbers: docs/benchmarks.md)
 *   npm run bench -- 100 1000                       the engine at these sizes only
 *
 * The end-to-end part sets the command (check, recalc) beside ExcelJS loading the same file: the
 * engine's share should stay a small fraction of the file I/O.
 *
 * Without --expose-gc the heap delta also counts garbage not yet collected, and says so.
 */
import { generate } from '../core/engine';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { GENERATED_NOW, generateRegister } from '../tests/support/register-generator';
import type { HostRow } from './bench-hosts';
import { hostTable, measureHosts } from './bench-hosts';
import type { XlsxRow } from './bench-xlsx';
import { measurePeakRss, measureXlsx, phaseTable, xlsxTable } from './bench-xlsx';

const DEFAULT_SIZES = [100, 1_000, 10_000, 50_000];
/** Small registers run fast enough for noise to dominate: take the median of a few runs. */
const RUNS_BELOW_10K = 5;

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

interface Row {
  readonly risks: number;
  readonly ms: number;
  readonly heapMb: number;
  readonly findings: number;
  readonly sheets: number;
}

function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

function runOnce(snapshot: WorkbookSnapshot): { ms: number; heap: number; findings: number; sheets: number } {
  const before = heapUsed();
  const start = performance.now();
  const result = generate(snapshot, 'recalc', { now: GENERATED_NOW });
  const ms = performance.now() - start;
  // Measured while `result` is still alive, so the delta is what the analysis and plan hold.
  const heap = heapUsed() - before;
  return { ms, heap, findings: result.findings.length, sheets: result.plan.sheets.length };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(risks: number): Row {
  // A few deliberate gaps, so the rules produce findings as a real register would.
  const { snapshot } = generateRegister({ risks, seed: 2026, gapRate: 0.05 });
  const runs = risks < 10_000 ? RUNS_BELOW_10K : 1;
  const results = Array.from({ length: runs }, () => runOnce(snapshot));
  const last = results[results.length - 1]!;
  return {
    risks,
    ms: median(results.map((r) => r.ms)),
    heapMb: last.heap / (1024 * 1024),
    findings: last.findings,
    sheets: last.sheets,
  };
}

function table(rows: readonly Row[]): string {
  const head = ['risks', 'time (ms)', 'heap delta (MB)', 'findings', 'plan sheets'];
  const body = rows.map((r) => [
    r.risks.toLocaleString('en-GB'),
    r.ms.toFixed(1),
    r.heapMb.toFixed(1),
    r.findings.toLocaleString('en-GB'),
    String(r.sheets),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const XLSX_SIZES = [1_000, 10_000];
const HOST_SIZES = [100, 2_000, 20_000];
/** docs/benchmarks.md states the memory budget of `riskbook recalc` at this size. */
const RSS_RISKS = 50_000;

/** One row per size: the engine, the command end to end, and each spreadsheet host's calls. */
function summaryTable(engine: readonly Row[], xlsx: readonly XlsxRow[], hosts: readonly HostRow[]): string {
  const sizes = [...new Set([...engine, ...xlsx, ...hosts].map((r) => r.risks))].sort((a, b) => a - b);
  const head = ['risks', 'engine (ms)', 'CLI recalc (ms)', 'Excel syncs recalc/check', 'Excel largest request', 'Sheets data calls recalc/check', 'Sheets all calls recalc/check'];
  const body = sizes.map((n) => {
    const e = engine.find((r) => r.risks === n);
    const x = xlsx.find((r) => r.risks === n);
    const h = hosts.find((r) => r.risks === n);
    return [
      n.toLocaleString('en-GB'),
      e ? e.ms.toFixed(0) : '-',
      x ? x.recalcMs.toFixed(0) : '-',
      h ? `${h.excel.recalc.syncs} / ${h.excel.check.syncs}` : '-',
      h ? `${(Math.max(h.excel.recalc.largestRequest, h.excel.check.largestRequest) / (1024 * 1024)).toFixed(2)} MB` : '-',
      h ? `${h.sheets.recalc.data} / ${h.sheets.check.data}` : '-',
      h ? `${h.sheets.recalc.all} / ${h.sheets.check.all}` : '-',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const wanted = sizes.length > 0 ? sizes : DEFAULT_SIZES;
  // Warm-up, so the first row does not pay for compiling the engine.
  runOnce(generateRegister({ risks: 100, seed: 1 }).snapshot);
  const rows: Row[] = [];
  for (const n of wanted) {
    rows.push(measure(n));
    process.stderr.write(`  ${n.toLocaleString('en-GB')} risks done\n`);
  }
  console.log(`Riskbook bench: generate(snapshot, 'recalc'), Node ${process.version}`);
  console.log(table(rows));
  if (!gc) console.log('\n(no --expose-gc: heap deltas include uncollected garbage)');
  if (sizes.length > 0) return;

  const xlsxRows: XlsxRow[] = [];
  for (const n of XLSX_SIZES) {
    xlsxRows.push(await measureXlsx(n, n < 10_000 ? 3 : 1));
    process.stderr.write(`  ${n.toLocaleString('en-GB')}-risk file done\n`);
  }
  console.log(`\nriskbook on .xlsx files, end to end (fresh node process each, median of runs)`);
  console.log(xlsxTable(xlsxRows));
  console.log('\none recalc in one process, phase by phase (load and save are ExcelJS)');
  console.log(phaseTable(xlsxRows));

  // The 50,000-risk recalc runs in its own process while the host calls are counted here.
  const peak = measurePeakRss(RSS_RISKS);
  const hostRows: HostRow[] = [];
  for (const n of HOST_SIZES) {
    hostRows.push(await measureHosts(n));
    process.stderr.write(`  ${n.toLocaleString('en-GB')} risks through the fake Excel and SpreadsheetApp done\n`);
  }
  console.log('\nhost calls per action: Excel host on the fake Excel, built Apps Script bundle on the fake SpreadsheetApp');
  console.log(hostTable(hostRows));
  const rss = await peak;
  console.log(
    `\nriskbook recalc on a ${RSS_RISKS.toLocaleString('en-GB')}-risk file (${(rss.fileKb / 1024).toFixed(1)} MB): ` +
      `peak RSS ${rss.peakRssMb.toFixed(0)} MB (budget in docs/benchmarks.md)`,
  );
  console.log('\nsummary (engine: generate recalc in memory; CLI: riskbook recalc end to end; host calls as above)');
  console.log(summaryTable(rows, xlsxRows, hostRows));
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
