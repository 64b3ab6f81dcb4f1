/**
 * `riskbook check big.xlsx --all | head` closes the pipe before the report is written: the command
 * stops, quietly, as command-line tools do, instead of printing "unexpected error: write EPIPE".
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { ROOT, cliBundle } from './support/cli-build';

it('a reader that stops early ends the command without an error', async () => {
  const child = spawn(process.execPath, [cliBundle(), '--help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Like `… | true`: the reader is gone before the first line.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});

it('the report still goes out whole to a reader that reads it all', async () => {
  const child = spawn(process.execPath, [cliBundle(), 'check', path.join(ROOT, 'examples/acme-saas-register.xlsx'), '--all'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  expect(stdout).toMatch(/\d+ errors?, \d+ warnings?( \(\d+ to do\))?, \d+ info/);
});
