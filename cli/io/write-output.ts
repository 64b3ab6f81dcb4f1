/** Writing a workbook so that a crash or a full disk never leaves a half-written file behind. */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { CliError } from '../errors';

/**
 * Writes beside the target, then renames over it: the rename is atomic on one file system, so
 * the target is either the old file or the complete new one.
 */
export async function writeFileAtomic(target: string, data: Buffer): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.riskbook-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    // Keep the permissions of a file being replaced (an in-place update, or a re-run).
    const previous = await fs.stat(target).catch(() => null);
    if (previous) await fs.chmod(temp, previous.mode & 0o7777);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw new CliError(`cannot write "${target}": ${writeFailure(err as NodeJS.ErrnoException)}`);
  }
}

function writeFailure(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EBUSY':
      return 'the file is in use (is it open in Excel?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (is it open in another program?)';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return err.message;
  }
}

/** True when both paths name the same file (hard links, symlinks and case-insensitive disks too). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

export function assertXlsxName(p: string): void {
  if (!/\.xlsx$/i.test(p)) throw new CliError(`the output must be an .xlsx file, got "${p}"`);
}

export async function assertNotFolder(p: string): Promise<void> {
  const stat = await fs.stat(p).catch(() => null);
  if (stat?.isDirectory()) throw new CliError(`cannot write "${p}": it is a folder`);
}
