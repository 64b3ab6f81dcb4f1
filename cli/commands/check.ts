/** `riskbook check FILE`: read-only report of every finding. */
import { check } from '../engine';
import type { ExitCode } from '../errors';
import { EXIT } from '../errors';
import { assertNotEmpty, readInputSnapshot } from '../io/read-input';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import { progressFor } from '../output/progress';
import type { CommandContext } from './common';
import { assertSheetExists, engineOptions, exitFor, noRegisterLine, parseNow, reportWidth } from './common';

export interface CheckOptions {
  readonly sheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly all?: boolean;
}

export async function runCheck(file: string, opts: CheckOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputSnapshot(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  progress.step('Checking…');
  const result = check(input.snapshot, engineOptions(now, opts.sheet));
  if (opts.json) ctx.console.out(jsonReport(result));
  if (!result.usable) {
    ctx.console.err(`riskbook: ${noRegisterLine(file, result.findings)}\n`);
    return EXIT.unusable;
  }
  if (!opts.json) ctx.console.out(findingsText(result, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE));
  return exitFor(result.summary);
}
