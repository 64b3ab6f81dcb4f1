/**
 * The `riskbook` bundle plans a recalculation on a worker thread while its main thread loads
 * ExcelJS's model (cli/commands/planning.ts); run in-process, as the other tests run it, the same
 * command plans first on one thread. Both must say and write the same: the same exit code, the
 * same report, the same one-line errors in the same order of precedence, and the same workbook,
 * part for part.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readZipDirectory, readZipEntry } from '../../cli/io/zip-directory';
import { run } from '../../cli/program';
import { newWorkbook, saveWorkbook } from '../../cli/xlsx/workbook-io';
import { writeBadFile, writeScenario } from './fixtures';
import { ROOT, runCli, tempDir } from './support/cli-build';
import { capture } from './support/captured-console';

const NOW = '2026-11-23T09:00:00Z';
let dir: string;

beforeAll(() => {
  dir = tempDir('second-thread');
});

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly parts: Record<string, string> | null;
}

function partsOf(file: string): Record<string, string> | null {
  if (!existsSync(file)) return null;
  const data = readFileSync(file);
  const zip = readZipDirectory(data);
  if (!zip.ok) throw new Error(`${file} is not a readable zip: ${zip.problem}`);
  return Object.fromEntries(zip.entries.map((e) => [e.name, readZipEntry(data, e).toString('utf8')]));
}

/** One command, by the bundle and in-process, each writing its own copy (named alike, so the report reads alike). */
async function both(args: (out: string) => string[], label: string): Promise<{ bundle: Outcome; inProcess: Outcome }> {
  const outs = [path.join(dir, 'bundle', `${label}.xlsx`), path.join(dir, 'in-process', `${label}.xlsx`)] as const;
  const same = (text: string, out: string): string => text.split(out).join('OUT.xlsx');
  const b = runCli(args(outs[0]));
  const c = capture();
  const code = await run(args(outs[1]), { console: c }, {});
  return {
    bundle: { code: b.code, stdout: same(b.stdout, outs[0]), stderr: same(b.stderr, outs[0]), parts: partsOf(outs[0]) },
    inProcess: { code, stdout: same(c.stdout, outs[1]), stderr: same(c.stderr, outs[1]), parts: partsOf(outs[1]) },
  };
}

async function workbookFile(name: string, rows: readonly (readonly string[])[]): Promise<string> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const row of rows) ws.addRow([...row]);
  const file = path.join(dir, name);
  writeFileSync(file, await saveWorkbook(wb));
  return file;
}

describe('a recalculation planned on a second thread', () => {
  it('writes the example as the in-process command writes it, part for part, with the same report', async () => {
    const input = path.join(dir, 'example.xlsx');
    copyFileSync(path.join(ROOT, 'examples/acme-saas-register.xlsx'), input);
    const { bundle, inProcess } = await both((out) => ['recalc', input, '--out', out, '--now', NOW, '--all'], 'example');
    expect(bundle.code).toBe(inProcess.code);
    expect(bundle.stdout).toBe(inProcess.stdout);
    expect(bundle.stderr).toBe(inProcess.stderr);
    expect(bundle.parts).not.toBeNull();
    expect(bundle.parts).toEqual(inProcess.parts);
  });

  it('starts a new cycle as the in-process command does', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const { bundle, inProcess } = await both((out) => ['new-cycle', input, '--out', out, '--now', NOW], 'new-cycle');
    expect(bundle.code).toBe(inProcess.code);
    expect(bundle.stdout).toBe(inProcess.stdout);
    expect(bundle.parts).toEqual(inProcess.parts);
  });

  it.each([
    ['a damaged file', async () => writeBadFile(dir, 'truncated.xlsx'), [] as string[]],
    ['an empty workbook', async () => workbookFile('empty.xlsx', []), []],
    ['a workbook without a register', async () => workbookFile('no-register.xlsx', [['Shopping list'], ['Milk'], ['Bread']]), []],
    ['a sheet named that is not there', async () => writeScenario(dir, 'register-three-risks'), ['--sheet', 'Nope']],
  ])('stops on %s with the same one line and exit code, writing nothing', async (label, make, extra) => {
    const input = await make();
    const { bundle, inProcess } = await both((out) => ['recalc', input, '--out', out, '--now', NOW, ...extra], label.replace(/\W+/g, '-'));
    expect(bundle.code).toBe(2);
    expect(bundle.code).toBe(inProcess.code);
    expect(bundle.stderr).toBe(inProcess.stderr);
    expect(bundle.stderr.trim().split('\n')).toHaveLength(1);
    expect(bundle.stderr).toMatch(/^riskbook: /);
    expect(bundle.parts).toBeNull();
    expect(inProcess.parts).toBeNull();
  });
});
