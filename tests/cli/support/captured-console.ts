/** The command's console seam, capturing what an in-process run prints. */
import type { Console } from '../../../cli/io/console';

export function capture(): Console & { stdout: string; stderr: string } {
  const c = {
    stdout: '',
    stderr: '',
    errIsTerminal: false,
    outColumns: undefined,
    out: (t: string) => void (c.stdout += t),
    err: (t: string) => void (c.stderr += t),
  };
  return c;
}
