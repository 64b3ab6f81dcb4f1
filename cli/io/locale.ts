/**
 * Where the person running the command is, for the paper generated sheets print on (Letter in
 * the countries whose offices use it, A4 elsewhere; core/outputs/print-frame.ts).
 *
 * On Linux and macOS the locale lives in the environment, and POSIX gives paper a category of its
 * own: LC_ALL, else LC_PAPER, else LANG. The "C" and "POSIX" locales, and an environment that sets
 * none, say nothing about where anyone is, although Node's Intl then reports en-US. Windows keeps
 * the locale in the user's settings, which Intl reads, so there Intl's answer stands.
 */

/** `en_GB.UTF-8` or `de_DE@euro` as the BCP 47 tag it names (`en-GB`, `de-DE`). */
function bcp47(posix: string): string {
  return posix.replace(/[.@].*$/u, '').replace(/_/gu, '-');
}

/** The person's locale as a BCP 47 tag, or undefined when nothing says. */
export function personLocale(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const posix = [env.LC_ALL, env.LC_PAPER, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  if (posix !== undefined) {
    const tag = bcp47(posix.trim());
    return tag === '' || tag === 'C' || tag === 'POSIX' ? undefined : tag;
  }
  return platform === 'win32' ? Intl.DateTimeFormat().resolvedOptions().locale : undefined;
}
