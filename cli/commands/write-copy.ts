/**
 * The commands that write their result to a new file only (`migrate-soa`, `move-register-ids`):
 * where it goes, and how the plan reaches it. The input is never overwritten.
 */
import type { WorkbookPlan } from '../../core/workbook/plan';
import { CliError } from '../errors';
import type { InputWorkbook } from '../io/read-input';
import { assertNotFolder, assertXlsxName, sameFile, writeFileAtomic } from '../io/write-output';
import type { Progress } from '../output/progress';
import { applyPlanToXlsx } from '../xlsx/apply-plan-to-xlsx';
import { saveWorkbook } from '../xlsx/workbook-io';
import type { CommandContext } from './common';

/** `--out`, checked: an .xlsx name, not a folder, not the input itself. */
export async function newFileTarget(command: string, file: string, out: string | undefined): Promise<string> {
  if (out === undefined) throw new CliError(`${command} needs --out FILE.xlsx: the result is written to a new file`);
  assertXlsxName(out);
  await assertNotFolder(out);
  if (await sameFile(out, file)) throw new CliError(`refusing to overwrite the input "${file}" with --out; write the result to a new file`);
  return out;
}

/** Applies the plan to the workbook read from `file` and writes it to `target`, saying what a copy cannot carry. */
export async function writePlannedCopy(input: InputWorkbook, plan: WorkbookPlan, file: string, target: string, ctx: CommandContext, progress: Progress): Promise<void> {
  progress.step('Applying changes…');
  const applied = await applyPlanToXlsx(input.workbook, plan);
  for (const w of applied.warnings) ctx.console.err(`riskbook: warning: ${w}\n`);
  const lost = input.lostOnCopy.join(', ');
  if (lost) ctx.console.err(`riskbook: note: "${target}" does not contain the ${lost} of "${file}" (Riskbook cannot copy them).\n`);
  progress.step(`Writing ${target}…`);
  await writeFileAtomic(target, await saveWorkbook(input.workbook));
}
