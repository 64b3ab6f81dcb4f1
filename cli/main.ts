/** Entry point of `riskbook` (bundled to dist/cli/riskbook.js). */
import { setFlagsFromString } from 'v8';
import { EXIT } from './errors';
import { processConsole } from './io/console';
import { planOnWorkerThreads, servePlanning } from './commands/planning';
import { run } from './program';

/** Last resort: an error escaping every handler is still one line, never a stack trace. */
function fatal(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(
    process.env.RISKBOOK_DEBUG
      ? `riskbook: unexpected error: ${e.stack ?? e.message}\n`
      : `riskbook: unexpected error: ${e.message.split('\n')[0]} (set RISKBOOK_DEBUG=1 for details)\n`,
  );
  process.exit(EXIT.unusable);
}

// Stacks point into the TypeScript sources when someone is debugging (the bundle has a source map).
if (process.env.RISKBOOK_DEBUG) process.setSourceMapsEnabled(true);

/**
 * The old generation may grow to 1.5 times what the last full collection kept, not V8's default
 * of up to four times. A recalc holds ExcelJS's model of the whole workbook (about 800 MB at
 * 50,000 risks) while it turns out as much again in garbage while saving; V8's default let that
 * pile up to 1.7 GB before collecting, this keeps it near 1.25 GB for the same time
 * (docs/benchmarks.md). V8 reads the flag at each collection, so setting it here takes effect.
 */
setFlagsFromString('--heap-growing-percent=50');

// A reader that stops early (`riskbook check … | head`) closes the pipe: that is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fatal(err);
});

process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

// The bundle is also the planning thread's script (commands/planning.ts): started as one, it plans
// and replies instead of running a command.
if (!servePlanning()) {
  planOnWorkerThreads(__filename);
  void run(process.argv.slice(2), { console: processConsole() }, process.env).then((code) => {
    // Let stdout drain (a large --json report through a pipe) instead of calling process.exit().
    process.exitCode = code;
  });
}
