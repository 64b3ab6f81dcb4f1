/**
 * Builds the `riskbook` bundle once per jest worker (esbuild, well under a second) and runs it
 * as a child process, exactly as a person's shell would.
 * RISKBOOK_TEST_CLI=path runs a bundle built elsewhere (e.g. dist/cli/riskbook.js) instead.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');

let built: string | undefined;

export function cliBundle(): string {
  if (built) return built;
  if (process.env.RISKBOOK_TEST_CLI) {
    built = path.resolve(ROOT, process.env.RISKBOOK_TEST_CLI);
    return built;
  }
  const file = path.join(ROOT, 'tests/.tmp', `cli-${process.env.JEST_WORKER_ID ?? '0'}`, 'riskbook.js');
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--quiet', '--outfile', path.relative(ROOT, file)], { cwd: ROOT, stdio: 'pipe' });
  built = file;
  return file;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; script?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [options.script ?? cliBundle(), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 120000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A fresh folder under tests/.tmp (git-ignored) for one test file's files; removed afterwards unless KEEP_TEST_FILES is set. */
export function tempDir(label: string): string {
  const base = path.join(ROOT, 'tests/.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, `${label}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  if (process.env.KEEP_TEST_FILES) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
