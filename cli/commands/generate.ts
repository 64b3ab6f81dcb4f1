/**
 * `riskbook recalc|soa|rtp|heatmap|new-cycle FILE`: apply the engine's plan and write the result
 * to a new file (--out) or, atomically, over the input (--in-place). The input is never touched
 * otherwise.
 */
import { realpath } from 'fs/promises';
import type * as ExcelJS from 'exceljs';
import type { EngineOptions, GenerateAction } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
import { partsLostOnCopy } from '../io/input-kind';
import { assertEverySheetLoaded, loadWorkbookFrom, openInput } from '../io/read-input';
import { assertNotFolder, assertXlsxName, sameFile, writeFileAtomic } from '../io/write-output';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import type { Progress } from '../output/progress';
import { progressFor } from '../output/progress';
import { applyPlanToXlsx } from '../xlsx/apply-plan-to-xlsx';
import { saveWorkbook } from '../xlsx/workbook-io';
import type { CommandContext } from './common';
import { engineOptions, exitFor, noRegisterLine, parseNow, printOptions, reportWidth } from './common';
import type { Planner, Report } from './planning';
import { planAside, plansAside } from './planning';
import type { PaperSize } from '../../core/workbook/plan';

export interface GenerateOptions {
  readonly out?: string;
  readonly inPlace?: boolean;
  readonly force?: boolean;
  readonly sheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly all?: boolean;
  readonly paper?: PaperSize;
}

async function outputPath(command: string, file: string, opts: GenerateOptions): Promise<string> {
  if (opts.out !== undefined && opts.inPlace) throw new CliError('use either --out FILE or --in-place, not both');
  // Through a symbolic link, update the file it points at rather than replace the link.
  if (opts.inPlace) return realpath(file).catch(() => file);
  if (opts.out === undefined) throw new CliError(`${command} needs --out FILE.xlsx (a new file) or --in-place (update "${file}")`);
  assertXlsxName(opts.out);
  await assertNotFolder(opts.out);
  if (await sameFile(opts.out, file)) {
    throw new CliError(`refusing to overwrite the input "${file}" with --out; use --in-place to update it`);
  }
  return opts.out;
}

/** A value or the error that stopped it, so a rejection waits for its turn to be reported. */
type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * The file read, planned, and the plan applied to ExcelJS's model. The plan is worked out on a
 * worker thread while this one loads the model (planning.ts), or, in-process, before the model
 * is loaded, so the engine's heap stays small. A problem with reading or planning is reported
 * before one with loading. The plan stays inside this step: ExcelJS's save, the peak of a large
 * recalc's memory, does not need it, and once the step returns it can be collected.
 */
async function applied(
  planner: Planner,
  file: string,
  opts: GenerateOptions,
  now: string,
  print: Partial<EngineOptions>,
  progress: Progress,
): Promise<{ readonly usable: false; readonly report: Report } | { readonly usable: true; readonly report: Report; readonly workbook: ExcelJS.Workbook; readonly lost: string; readonly warnings: readonly string[] }> {
  const { data, entries } = await openInput(file, progress);
  progress.step('Reading and computing…');
  const planning = planAside({ path: file, data, planner, sheet: opts.sheet, options: engineOptions(now, opts.sheet, print) });
  const loading = plansAside() ? settled(loadWorkbookFrom(file, data)) : null;
  const { plan, report, sheetNames, readLine } = await planning;
  progress.step(readLine);
  const lost = partsLostOnCopy(entries).join(', ');
  if (opts.inPlace && lost && !opts.force) {
    throw new CliError(`refusing to update "${file}" in place: Riskbook cannot copy its ${lost}; write a copy with --out, or add --force`);
  }
  if (!report.usable) return { usable: false, report };
  const load = await (loading ?? settled(loadWorkbookFrom(file, data)));
  if (!load.ok) throw load.error;
  const workbook = load.value;
  assertEverySheetLoaded(file, workbook, sheetNames);
  progress.step('Applying changes…');
  const { warnings } = await applyPlanToXlsx(workbook, plan);
  return { usable: true, report, workbook, lost, warnings };
}

export async function runGenerate(action: GenerateAction, file: string, opts: GenerateOptions, ctx: CommandContext): Promise<ExitCode> {
  return runPlanned(action, { kind: 'generate', action }, file, opts, ctx);
}

/** A command that recalculates with something of its own (`new-cycle`), written as `recalc` writes. */
export async function runPlanned(command: string, planner: Planner, file: string, opts: GenerateOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await outputPath(command, file, opts);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const step = await applied(planner, file, opts, now, printOptions(ctx, opts.paper), progress);
  const { report } = step;
  if (!step.usable) {
    if (opts.json) ctx.console.out(jsonReport(report));
    ctx.console.err(`riskbook: ${noRegisterLine(file, report.findings)}\n`);
    return EXIT.unusable;
  }
  for (const w of step.warnings) ctx.console.err(`riskbook: warning: ${w}\n`);
  if (step.lost) ctx.console.err(`riskbook: note: "${target}" does not contain the ${step.lost} of "${file}" (Riskbook cannot copy them).\n`);
  progress.step(`Writing ${target}…`);
  await writeFileAtomic(target, await saveWorkbook(step.workbook));
  if (opts.json) {
    ctx.console.out(jsonReport(report, { output: target, changes: [...report.changes] }));
  } else {
    const changes = report.changes.length ? ['Changes:', ...report.changes.map((c) => `- ${c}`), ''] : [];
    const text = findingsText(report, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE);
    ctx.console.out(`${[...changes, text].join('\n')}Wrote ${target}\n`);
  }
  return exitFor(report.summary);
}
