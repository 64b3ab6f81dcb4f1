/**
 * `riskbook new-cycle FILE --out OUT.xlsx` (or --in-place): start a new assessment cycle. The
 * register as it stands becomes the baseline its risks are marked New, Modified or Unchanged
 * against from then on, in a column of Riskbook's (core/cycle); the workbook is recalculated and
 * the Change log says how the last cycle ended. Written as `recalc` writes.
 */
import type { ExitCode } from '../errors';
import type { CommandContext } from './common';
import type { GenerateOptions } from './generate';
import { runPlanned } from './generate';

export async function runNewCycle(file: string, opts: GenerateOptions, ctx: CommandContext): Promise<ExitCode> {
  return runPlanned('new-cycle', { kind: 'new-cycle' }, file, opts, ctx);
}
