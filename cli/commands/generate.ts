/**
 * `riskbook recalc|soa|rtp|heatmap FILE`: apply the engine's plan and write the result to a new
 * file (--out) or, atomically, over the input (--in-place). The input is never touched otherwise.
 */
import { realpath } from 'fs/promises';
import type { GenerateAction } from '../engine';
import { generate } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
import { assertNotEmpty, readInputWorkbook } from '../io/read-input';
import { assertNotFolder, assertXlsxName, sameFile, writeFileAtomic } from '../io/write-output';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import { progressFor } from '../output/progress';
import { applyPlanToXlsx } from '../xlsx/apply-plan-to-xlsx';
import { saveWorkbook } from '../xlsx/workbook-io';
import type { CommandContext } from './common';
import { assertSheetExists, engineOptions, exitFor, noRegisterLine, parseNow, reportWidth } from './common';

export interface GenerateOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly force?: boolean;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly all?: boolean;
}

async function outputPath(action: GenerateAction, file: string, opts: GenerateOptions): Promise<string> {
  if (opts.out !== undefined && opts.inPlace) throw new CliError('use either --out FILE or --in-place, not both');
  // Through a symbolic link, update the file it points at rather than replace the link.
  if (opts.inPlace) return realpath(file).catch(() => file);
  if (opts.out === undefined) throw new CliError(`${action} needs --out FILE.xlsx (a new file) or --in-place (update "${file}")`);
  assertXlsxName(opts.out);
  await assertNotFolder(opts.out);
  if (await sameFile(opts.out, file)) {
    throw new CliError(`refusing to overwrite the input "${file}" with --out; use --in-place to update it`);
  }
  return opts.out;
}

export async function runGenerate(action: GenerateAction, file: string, opts: GenerateOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await outputPath(action, file, opts);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputWorkbook(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  const lost = input.lostOnCopy.join(', ');
  if (opts.inPlace && lost && !opts.force) {
    throw new CliError(`refusing to update "${file}" in place: Riskbook cannot copy its ${lost}; write a copy with --out, or add --force`);
  }
  progress.step('Computing…');
  const result = generate(input.snapshot, action, engineOptions(now, opts.sheet));
  if (!result.usable) {
    if (opts.json) ctx.console.out(jsonReport(result));
    ctx.console.err(`riskbook: ${noRegisterLine(file, result.findings)}\n`);
    return EXIT.unusable;
  }
  progress.step('Applying changes…');
  const applied = await applyPlanToXlsx(input.workbook, result.plan);
  for (const w of applied.warnings) ctx.console.err(`riskbook: warning: ${w}\n`);
  if (lost) ctx.console.err(`riskbook: note: "${target}" does not contain the ${lost} of "${file}" (Riskbook cannot copy them).\n`);
  progress.step(`Writing ${target}…`);
  await writeFileAtomic(target, await saveWorkbook(input.workbook));
  if (opts.json) {
    ctx.console.out(jsonReport(result, { output: target, changes: [...result.changes] }));
  } else {
    const changes = result.changes.length ? ['Changes:', ...result.changes.map((c) => `- ${c}`), ''] : [];
    const report = findingsText(result, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE);
    ctx.console.out(`${[...changes, report].join('\n')}Wrote ${target}\n`);
  }
  return exitFor(result.summary);
}
