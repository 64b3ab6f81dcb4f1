/**
 * `riskbook recalc|soa|rtp|heatmap FILE`: apply the engine's plan and write the result to a new
 * file (--out) or, atomically, over the input (--in-place). The input is never touched otherwise.
 */
import { realpath } from 'fs/promises';
import type * as ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { GenerateAction, PlanResult } from '../engine';
import { generate } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
import { assertNotEmpty, readInputWorkbook } from '../io/read-input';
import { assertNotFolder, assertXlsxName, sameFile, writeFileAtomic } from '../io/write-output';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import type { Progress } from '../output/progress';
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

/** The file read and its plan made. The snapshot stays inside: nothing after this step needs it. */
async function planFor(action: GenerateAction, file: string, opts: GenerateOptions, now: string, progress: Progress): Promise<{ workbook: ExcelJS.Workbook; lost: string; result: PlanResult }> {
  const input = await readInputWorkbook(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  const lost = input.lostOnCopy.join(', ');
  if (opts.inPlace && lost && !opts.force) {
    throw new CliError(`refusing to update "${file}" in place: Riskbook cannot copy its ${lost}; write a copy with --out, or add --force`);
  }
  progress.step('Computing…');
  return { workbook: input.workbook, lost, result: generate(input.snapshot, action, engineOptions(now, opts.sheet)) };
}

export async function runGenerate(action: GenerateAction, file: string, opts: GenerateOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await outputPath(action, file, opts);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const { workbook, lost, result } = await planFor(action, file, opts, now, progress);
  if (!result.usable) {
    if (opts.json) ctx.console.out(jsonReport(result));
    ctx.console.err(`riskbook: ${noRegisterLine(file, result.findings)}\n`);
    return EXIT.unusable;
  }
  // The report keeps the findings; the plan, as large as the sheets it writes, is let go once
  // applied, before ExcelJS's save (the peak of a large recalc's memory).
  const { plan, ...report } = result;
  let toApply: WorkbookPlan | undefined = plan;
  progress.step('Applying changes…');
  const applied = await applyPlanToXlsx(workbook, toApply);
  toApply = undefined;
  for (const w of applied.warnings) ctx.console.err(`riskbook: warning: ${w}\n`);
  if (lost) ctx.console.err(`riskbook: note: "${target}" does not contain the ${lost} of "${file}" (Riskbook cannot copy them).\n`);
  progress.step(`Writing ${target}…`);
  await writeFileAtomic(target, await saveWorkbook(workbook));
  if (opts.json) {
    ctx.console.out(jsonReport(report, { output: target, changes: [...report.changes] }));
  } else {
    const changes = report.changes.length ? ['Changes:', ...report.changes.map((c) => `- ${c}`), ''] : [];
    const text = findingsText(report, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE);
    ctx.console.out(`${[...changes, text].join('\n')}Wrote ${target}\n`);
  }
  return exitFor(report.summary);
}
