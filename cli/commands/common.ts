/** Options and outcomes every command shares. */
import type { FindingSummary } from '../../core/findings/finding';
import { findSheet } from '../../core/workbook/snapshot';
import type { EngineOptions } from '../engine';
import type { PaperSize } from '../../core/workbook/plan';
import { VERSION } from '../engine';
import type { ExitCode } from '../errors';
import { CliError, EXIT } from '../errors';
export { parseNow } from './now';
import type { Console } from '../io/console';
import type { InputSnapshot } from '../io/read-input';

export interface CommandContext {
  readonly console: Console;
  /** The person's locale (BCP 47), which chooses the paper where the register names none (io/locale.ts). */
  readonly locale?: string;
}

/** `--paper`: the paper a person chose for the sheets a command lays out. */
export const PAPERS: readonly PaperSize[] = ['A4', 'Letter'];

/**
 * What the engine needs to choose the paper of the sheets it lays out: the person's choice
 * (`--paper`) if any, and their locale for a register that names no paper.
 */
export function printOptions(ctx: CommandContext, paper: PaperSize | undefined): Partial<EngineOptions> {
  return { ...(ctx.locale !== undefined ? { locale: ctx.locale } : {}), ...(paper !== undefined ? { paper } : {}) };
}

/** What the generated sheets' stamp line names as their author. */
export const GENERATOR = `Riskbook ${VERSION}`;

export function engineOptions(now: string, sheet: string | undefined, extra: Partial<EngineOptions> = {}): EngineOptions {
  return { now, generator: GENERATOR, ...(sheet !== undefined ? { registerSheet: sheet } : {}), ...extra };
}

/** --sheet must name a sheet that exists; say which ones do. */
export function assertSheetExists(input: InputSnapshot, sheet: string | undefined): void {
  if (sheet === undefined || findSheet(input.snapshot, sheet)) return;
  const names = input.snapshot.sheets.map((s) => `"${s.name}"`).join(', ');
  throw new CliError(`there is no sheet named "${sheet}" in "${input.path}" (its sheets: ${names})`);
}

export function exitFor(summary: FindingSummary): ExitCode {
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** The one stderr line when the engine found no register to work on. */
export function noRegisterLine(path: string, findings: readonly { severity: string; message: string }[]): string {
  const reason = findings.find((f) => f.severity === 'error')?.message ?? 'no sheet looks like a risk register.';
  return `no risk register found in "${path}": ${reason} riskbook map "${path}" shows the closest rows and what they lack.`;
}

export function reportWidth(console: Console): number {
  return Math.min(console.outColumns ?? 100, 100);
}
