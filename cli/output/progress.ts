/**
 * Progress for long work, on stderr, only when someone is watching (stderr is a terminal) or
 * asked for it (--verbose). stdout stays clean for --json.
 */
import type { Console } from '../io/console';

export interface Progress {
  step(text: string): void;
}

export const SILENT: Progress = { step: () => undefined };

export function progressFor(console: Console, verbose: boolean): Progress {
  if (!verbose && !console.errIsTerminal) return SILENT;
  return { step: (text) => console.err(`${text}\n`) };
}
