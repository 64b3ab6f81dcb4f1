/** `riskbook map FILE`: which column Riskbook reads as which field, and which it leaves alone. */
import { summarize } from '../../core/findings/finding';
import { mappingReport } from '../engine';
import type { ExitCode } from '../errors';
import { EXIT } from '../errors';
import { assertNotEmpty, readInputSnapshot } from '../io/read-input';
import { findingsText } from '../output/findings-report';
import { mappingText } from '../output/mapping-report';
import { candidatesText } from '../output/register-candidates';
import { soaMappingText } from '../output/soa-mapping';
import { progressFor } from '../output/progress';
import type { CommandContext } from './common';
import { assertSheetExists, engineOptions, exitFor, parseNow, reportWidth } from './common';

export interface MapOptions {
  readonly sheet?: string;
  readonly json?: boolean;
  readonly now?: string;
  readonly verbose?: boolean;
}

export async function runMap(file: string, opts: MapOptions, ctx: CommandContext): Promise<ExitCode> {
  const now = parseNow(opts.now);
  const progress = progressFor(ctx.console, opts.verbose ?? false);
  const input = await readInputSnapshot(file, progress);
  assertNotEmpty(input);
  assertSheetExists(input, opts.sheet);
  const report = mappingReport(input.snapshot, engineOptions(now, opts.sheet));
  const summary = summarize(report.findings);
  if (opts.json) ctx.console.out(`${JSON.stringify(report, null, 2)}\n`);
  if (report.sheet === null && report.soa) {
    // A workbook that holds an SoA and no register: show how the SoA was read.
    if (!opts.json) ctx.console.out(soaMappingText(report.soa, false));
    return EXIT.ok;
  }
  if (report.sheet === null) {
    if (!opts.json) ctx.console.out(candidatesText(report, file, opts.sheet));
    ctx.console.err(`riskbook: no risk register found in "${file}".\n`);
    return EXIT.unusable;
  }
  if (!opts.json) {
    ctx.console.out(mappingText(report));
    if (report.soa) ctx.console.out(`\n${soaMappingText(report.soa, true)}`);
    if (report.findings.length > 0) {
      const text = findingsText({ findings: report.findings, summary, riskCount: 0, registerSheet: report.sheet }, reportWidth(ctx.console));
      // The register line is already above; show the findings and their summary.
      ctx.console.out(`\n${text.split('\n').slice(2).join('\n')}`);
    }
  }
  return exitFor(summary);
}
