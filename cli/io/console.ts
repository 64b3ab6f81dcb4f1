/** Where the command writes, injected so tests and the entry point agree on one seam. */
export interface Console {
  /** Report text for people or machines (`--json`). */
  out(text: string): void;
  /** Errors, warnings and progress. */
  err(text: string): void;
  /** Whether stderr is a terminal: progress is shown there without --verbose. */
  readonly errIsTerminal: boolean;
  /** Width of the terminal stdout goes to, when it is one. */
  readonly outColumns: number | undefined;
}

export function processConsole(): Console {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    outColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
