/**
 * How long a full "Recalculate & check" takes, and how much memory its result holds, for
 * registers of 100 to 100,000 risks. Prints a table; it asserts nothing (timings depend on the
 * machine, so they are watched, not tested).
 *
 *   npm run bench                                   the engine at 100 to 100,000 risks with the
 *                                                   growth exponent, a recalc after renumbering at
 *                                                   20,000 and the live heap at 50,000; the command
 *                                                   end to end on 1,000, 10,000 and 50,000-risk
 *                                                   files beside ExcelJS's full load and a streaming
 *                                                   read, with peak memory; the host calls of a
 *                                                   recalc and a check in the Excel and Sheets hosts
 *                                                   (fakes) at 100, 2,000 and 20,000 risks; then one
 *                                                   summary table (latest numbers: docs/benchmarks.md)
 *   npm run bench -- 100 1000                       the engine at these sizes only
 *
 * It runs bundled (build-bench.mjs), as the command runs: the engine is timed as hosts run it.
 *
 * The end-to-end part sets the command (check, recalc) beside ExcelJS loading the same file: the
 * engine's share should stay a small fraction of the file I/O.
 *
 * Without --expose-gc the heap delta also counts garbage not yet collected, and says so.
 */
import type { EngineRow } from './bench-engine';
import { engineRuns, growthExponent, measureEngine, measureLiveHeap, measureRenumbered, warmUp } from './bench-engine';
import type { HostRow } from './bench-hosts';
import { hostTable, measureHosts } from './bench-hosts';
import type { XlsxRow } from './bench-xlsx';
import { measureXlsx, phaseTable, xlsxTable } from './bench-xlsx';

const DEFAULT_SIZES = [100, 1_000, 5_000, 10_000, 20_000, 50_000, 100_000];
const RENUMBERED_RISKS = 20_000;
const LIVE_HEAP_RISKS = 50_000;

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

type Row = EngineRow;

function table(rows: readonly Row[]): string {
  const head = ['risks', 'runs', 'CPU (ms)', 'wall (ms)', 'first run wall (ms)', 'heap delta (MB)', 'findings', 'plan sheets'];
  const body = rows.map((r) => [
    r.risks.toLocaleString('en-GB'),
    String(engineRuns(r.risks)),
    r.cpuMs.toFixed(0),
    r.ms.toFixed(0),
    r.firstMs.toFixed(0),
    r.heapMb.toFixed(1),
    r.findings.toLocaleString('en-GB'),
    String(r.sheets),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** 50,000 is the size issue 13's budgets are stated at (docs/benchmarks.md). */
const XLSX_SIZES = [1_000, 10_000, 50_000];
const HOST_SIZES = [100, 2_000, 20_000];

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
      x ? x.recalc.ms.toFixed(0) : '-',
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
  warmUp();
  const rows: Row[] = [];
  for (const n of wanted) {
    rows.push(measureEngine(n));
    process.stderr.write(`  ${n.toLocaleString('en-GB')} risks done\n`);
  }
  console.log(`Riskbook bench: generate(snapshot, 'recalc'), Node ${process.version}`);
  console.log(table(rows));
  const exponent = growthExponent(rows);
  if (exponent !== null) console.log(`growth exponent of CPU time, 5,000 risks and up: ${exponent.toFixed(2)} (1 is linear, 2 quadratic)`);
  if (!gc) console.log('\n(no --expose-gc: heap deltas include uncollected garbage)');
  if (sizes.length > 0) return;

  const renumbered = measureRenumbered(RENUMBERED_RISKS);
  console.log(
    `\nrecalc of a recalculated ${RENUMBERED_RISKS.toLocaleString('en-GB')}-risk register, CPU median of 3: ` +
      `${renumbered.normalCpuMs.toFixed(0)} ms as it is, ${renumbered.renumberedCpuMs.toFixed(0)} ms with every id renumbered ` +
      `(${(renumbered.renumberedCpuMs / renumbered.normalCpuMs).toFixed(2)}x)`,
  );
  const heap = measureLiveHeap(LIVE_HEAP_RISKS);
  console.log(
    `engine at ${LIVE_HEAP_RISKS.toLocaleString('en-GB')} risks, live heap after full collections: ` +
      `${heap.baselineMb.toFixed(0)} MB with the snapshot built, peak ${heap.peakMb.toFixed(0)} MB during generate`,
  );

  const xlsxRows: XlsxRow[] = [];
  for (const n of XLSX_SIZES) {
    xlsxRows.push(await measureXlsx(n, n < 10_000 ? 3 : 1));
    process.stderr.write(`  ${n.toLocaleString('en-GB')}-risk file done\n`);
  }
  console.log(`\nriskbook on .xlsx files, end to end (fresh node process each, median of runs)`);
  console.log(xlsxTable(xlsxRows));
  console.log('\none recalc in one process, phase by phase (read is Riskbook\'s streaming reader; load and save are ExcelJS)');
  console.log(phaseTable(xlsxRows));

  // The 50,000-risk recalc runs in its own process while the host calls are counted here.
  const hostRows: HostRow[] = [];
  for (const n of HOST_SIZES) {
    hostRows.push(await measureHosts(n));
    process.stderr.write(`  ${n.toLocaleString('en-GB')} risks through the fake Excel and SpreadsheetApp done\n`);
  }
  console.log('\nhost calls per action: Excel host on the fake Excel, built Apps Script bundle on the fake SpreadsheetApp');
  console.log(hostTable(hostRows));
  console.log('\nsummary (engine: generate recalc in memory; CLI: riskbook recalc end to end; host calls as above)');
  console.log(summaryTable(rows, xlsxRows, hostRows));
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
