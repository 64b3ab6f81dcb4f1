/** Entry point of `riskbook` (bundled to dist/cli/riskbook.js). */
import { EXIT } from './errors';
import { processConsole } from './io/console';
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

process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

void run(process.argv.slice(2), { console: processConsole() }, process.env).then((code) => {
  // Let stdout drain (a large --json report through a pipe) instead of calling process.exit().
  process.exitCode = code;
});
