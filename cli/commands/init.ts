/** `riskbook init OUT.xlsx`: a new, empty register workbook with the chosen method. */
import { initRegister } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
import { assertNotFolder, assertXlsxName, exists, writeFileAtomic } from '../io/write-output';
import { jsonReport } from '../output/findings-report';
import { progressFor } from '../output/progress';
import { applyPlanToXlsx } from '../xlsx/apply-plan-to-xlsx';
import { newWorkbook, saveWorkbook } from '../xlsx/workbook-io';
import type { CommandContext } from './common';
import { GENERATOR, parseNow, printOptions } from './common';
import type { PaperSize } from '../../core/workbook/plan';

export type Preset = '5x5' | '4x4' | '3x3';

export interface InitOptions {
  readonly preset?: Preset;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly paper?: PaperSize;
}

export async function runInit(out: string, opts: InitOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  assertXlsxName(out);
  await assertNotFolder(out);
  if (!opts.force && (await exists(out))) throw new CliError(`"${out}" already exists; add --force to replace it`);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const preset = opts.preset ?? '5x5';
  // The person's paper: from --paper, else their locale (Letter in the US, A4 elsewhere).
  const result = initRegister({ now, generator: GENERATOR, preset, ...printOptions(ctx, opts.paper) });
  const workbook = newWorkbook();
  workbook.creator = GENERATOR;
  workbook.created = new Date(now);
  const applied = await applyPlanToXlsx(workbook, result.plan);
  for (const w of applied.warnings) ctx.console.err(`riskbook: warning: ${w}\n`);
  progress.step(`Writing ${out}…`);
  await writeFileAtomic(out, await saveWorkbook(workbook));
  if (opts.json) ctx.console.out(jsonReport(result, { output: out, changes: [...result.changes] }));
  else ctx.console.out(`Created ${out} (${preset} method)\nNext: fill in the register, then run: riskbook check "${out}"\n`);
  // A new register is all to-dos (no risks, no applicability decided yet): they are not failures.
  return EXIT.ok;
}
