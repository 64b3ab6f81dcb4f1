/**
 * `check` and `map` only read, through the streaming reader, so they never load ExcelJS or the
 * JSZip it brings: loading those (and patching ExcelJS) was most of every command's start-up.
 * A command that writes loads them when it first needs them.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ROOT, runCli, tempDir } from './support/cli-build';

const EXAMPLE = path.join(ROOT, 'examples/acme-saas-register.xlsx');
let dir: string;
let probe: string;

beforeAll(() => {
  dir = tempDir('start-up');
  probe = path.join(dir, 'probe.cjs');
  // Preloaded into the command's process: on exit, lists every module it loaded.
  writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.MODULES_OUT, Object.keys(require.cache).join('\\n')));\n");
});

/** The packages a run of the command loaded, by name. */
function packagesLoaded(args: string[], label: string): Set<string> {
  const out = path.join(dir, `${label}.modules`);
  const run = runCli(args, { env: { NODE_OPTIONS: `--require "${probe}"`, MODULES_OUT: out } });
  expect([0, 1]).toContain(run.code);
  const names = readFileSync(out, 'utf8')
    .split('\n')
    .map((file) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined);
  return new Set(names);
}

describe('start-up', () => {
  it.each([
    ['check', ['check', EXAMPLE]],
    ['map', ['map', EXAMPLE]],
    ['--version', ['--version']],
  ])('%s loads neither ExcelJS nor JSZip', (label, args) => {
    const loaded = packagesLoaded(args, label);
    expect(loaded.has('commander')).toBe(true);
    expect(loaded.has('exceljs')).toBe(false);
    expect(loaded.has('jszip')).toBe(false);
  });

  it('recalc, which writes, loads ExcelJS', () => {
    const loaded = packagesLoaded(['recalc', EXAMPLE, '--out', path.join(dir, 'out.xlsx'), '--now', '2026-01-05T09:00:00Z'], 'recalc');
    expect(loaded.has('exceljs')).toBe(true);
  });
});
