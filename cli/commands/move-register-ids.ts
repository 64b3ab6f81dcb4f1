/**
 * `riskbook move-register-ids FILE --out OUT.xlsx`: replace the ISO/IEC 27001:2013 control ids in
 * the register's Controls cells by their 2022 successors. It is the one command that writes into
 * a column the team typed, so it runs only when asked, writes a new file, and changes only the
 * cells that cite a 2013 id, each keeping its old text in a cell note.
 */
import type { ExitCode } from '../errors';
import { EXIT } from '../errors';
import { registerIdsTo2022 } from '../engine';
import { assertNotEmpty, readInputWorkbook } from '../io/read-input';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import { progressFor } from '../output/progress';
import type { CommandContext } from './common';
import { newFileTarget, writePlannedCopy } from './write-copy';
import { assertSheetExists, engineOptions, exitFor, noRegisterLine, parseNow, reportWidth } from './common';

export interface MoveRegisterIdsOptions {
  readonly out?: string;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly all?: boolean;
}

export async function runMoveRegisterIds(file: string, opts: MoveRegisterIdsOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await newFileTarget('move-register-ids', file, opts.out);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputWorkbook(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  progress.step('Reading the Controls cells…');
  const result = registerIdsTo2022(input.snapshot, engineOptions(now, opts.sheet));
  if (!result.usable) {
    if (opts.json) ctx.console.out(jsonReport(result));
    ctx.console.err(`riskbook: ${noRegisterLine(file, result.findings)}\n`);
    return EXIT.unusable;
  }
  const report = findingsText(result, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE);
  if (result.moved === 0) {
    // Nothing to move: no copy is written, since it would only differ by what ExcelJS cannot carry.
    if (opts.json) ctx.console.out(jsonReport(result, { changes: [...result.changes], moved: 0 }));
    else ctx.console.out(`${[...result.changes.map((c) => `${c}.`), '', report].join('\n')}No file written.\n`);
    return exitFor(result.summary);
  }
  await writePlannedCopy(input, result.plan, file, target, ctx, progress);
  if (opts.json) {
    ctx.console.out(jsonReport(result, { output: target, changes: [...result.changes], moved: result.moved }));
  } else {
    const changes = ['Changes:', ...result.changes.map((c) => `- ${c}`), ''];
    ctx.console.out(`${result.title}\n\n${[...changes, report].join('\n')}Wrote ${target}\n`);
  }
  return exitFor(result.summary);
}
