/**
 * `riskbook migrate-soa FILE --out OUT.xlsx`: build Riskbook's Statement of Applicability from
 * the one the team keeps, in the same workbook beside it. A 2013 SoA is carried to the 2022
 * controls (with the source ids in a "Carried from (2013)" column); a 2022 SoA is copied as it is.
 * The team's sheet is left exactly as it was, and the input file is never written.
 */
import type { ExitCode } from '../errors';
import { EXIT } from '../errors';
import { seedSoa } from '../engine';
import { assertNotEmpty, readInputWorkbook } from '../io/read-input';
import { DEFAULT_PER_CODE, findingsText, jsonReport } from '../output/findings-report';
import { progressFor } from '../output/progress';
import type { CommandContext } from './common';
import { newFileTarget, writePlannedCopy } from './write-copy';
import { assertSheetExists, engineOptions, exitFor, parseNow, printOptions, reportWidth } from './common';
import type { PaperSize } from '../../core/workbook/plan';

export interface MigrateSoaOptions {
  readonly out?: string;
  /** The sheet that holds the register, when it is not found by its header row. */
  readonly sheet?: string;
  /** The team's SoA sheet, when it is not the one found. */
  readonly soaSheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
  readonly all?: boolean;
  readonly paper?: PaperSize;
}

/** The one stderr line when there is no SoA to take the decisions from. */
function noSoaLine(file: string, soaSheet: string | undefined): string {
  const what = 'a control id column with Annex A ids (2022 or 2013) and an applicability, justification or status column';
  return soaSheet === undefined
    ? `no Statement of Applicability found in "${file}": no sheet has ${what}`
    : `"${soaSheet}" in "${file}" is not read as a Statement of Applicability: it needs ${what}`;
}

export async function runMigrateSoa(file: string, opts: MigrateSoaOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const target = await newFileTarget('migrate-soa', file, opts.out);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputWorkbook(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  assertSheetExists(input, opts.soaSheet);
  progress.step('Carrying the decisions…');
  const result = seedSoa(input.snapshot, { ...engineOptions(now, opts.sheet, printOptions(ctx, opts.paper)), ...(opts.soaSheet !== undefined ? { teamSoaSheet: opts.soaSheet } : {}) });
  if (!result.usable || !result.teamSoa) {
    if (opts.json) ctx.console.out(jsonReport(result));
    ctx.console.err(`riskbook: ${noSoaLine(file, opts.soaSheet)}\n`);
    return EXIT.unusable;
  }
  await writePlannedCopy(input, result.plan, file, target, ctx, progress);
  if (opts.json) {
    ctx.console.out(jsonReport(result, { output: target, changes: [...result.changes], teamSoa: result.teamSoa, soaSheet: result.soaSheet }));
  } else {
    const changes = ['Changes:', ...result.changes.map((c) => `- ${c}`), ''];
    const report = findingsText(result, reportWidth(ctx.console), opts.all ? Infinity : DEFAULT_PER_CODE);
    ctx.console.out(`${result.title}\n\n${[...changes, report].join('\n')}Wrote ${target}\n`);
  }
  return exitFor(result.summary);
}
