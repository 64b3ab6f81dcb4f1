/** Exit codes and the one kind of error the command reports to people. */

export const EXIT = {
  /** No error finding. */
  ok: 0,
  /** The workbook has at least one error finding. */
  findings: 1,
  /** The input cannot be used (or the command line is wrong): nothing was checked or written. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem the person can fix, said in one line (without the `riskbook: ` prefix). Anything
 * else thrown is a bug and is reported as one.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.unusable,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** `cannot read "x.xlsx": it is not an Excel workbook` */
export function cannotRead(displayPath: string, reason: string): CliError {
  return new CliError(`cannot read "${displayPath}": ${reason}`);
}
