/**
 * `riskbook recalc|soa|rtp|heatmap`: the output file holds the engine's plan, applied; the input
 * is never touched unless --in-place asks for it, and then it is replaced atomically.
 */
import { copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readXlsxSnapshot } from '../../cli/xlsx/read-xlsx-snapshot';
import { loadWorkbook } from '../../cli/xlsx/workbook-io';
import { NAMES, SHEETS } from '../../core/workbook/names';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { findSheet } from '../../core/workbook/snapshot';
import { writeBadFile, writeScenario } from './fixtures';
import { runCli, sha256, tempDir } from './support/cli-build';

const NOW = '2025-04-01T09:00:00Z';
let dir: string;

beforeAll(() => {
  dir = tempDir('generate');
});

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(await loadWorkbook(readFileSync(file)));
}

function allFormulas(snap: WorkbookSnapshot, sheet: string): string[] {
  return (findSheet(snap, sheet)?.formulas ?? []).flat().filter((f): f is string => typeof f === 'string');
}

describe('recalc --out', () => {
  it('writes live score formulas into a copy and leaves the input byte for byte', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const before = sha256(input);
    const out = path.join(dir, 'recalc', 'register.riskbook.xlsx');
    const run = runCli(['recalc', input, '--out', out, '--now', NOW]);
    // 0 or 1 by the findings on the result (a fresh treatment plan has no due dates yet, say).
    expect([0, 1]).toContain(run.code);
    expect(sha256(input)).toBe(before);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(run.stdout).toMatch(/\d+ errors?, \d+ warnings?( \(\d+ to do\))?, \d+ info/);
    const snap = await snapshotOf(out);
    expect(allFormulas(snap, 'Risk register').some((f) => f.includes(NAMES.scoreMatrix))).toBe(true);
    expect(snap.names?.map((n) => n.name)).toContain(NAMES.scoreMatrix);
    // The user's own columns and text are still there, unchanged.
    const reg = findSheet(snap, 'Risk register')!;
    expect(reg.values[5]?.[10]).toBe('=not a formula');
    expect(reg.merges).toContain('A1:K1');
  });

  it('exits 1 when the recalculated register still has an error finding, and still writes the copy', async () => {
    const input = await writeScenario(dir, 'register-owner-missing');
    const out = path.join(dir, 'owner-missing.out.xlsx');
    const run = runCli(['recalc', input, '--out', out, '--now', NOW]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(run.stdout).toMatch(/^ERROR +Risk register!E6 +risk-owner-missing$/m);
    expect(run.stdout).toContain(`Wrote ${out}`);
  });

  it('lists five findings of a kind and counts the rest, unless --all', async () => {
    // Six levels off the scale, each its own cell and cause (what repeats for one cause is one finding).
    const input = await writeScenario(dir, 'oracle-register');
    const out = path.join(dir, 'counted.out.xlsx');
    const short = runCli(['recalc', input, '--out', out, '--now', NOW]);
    const shown = short.stdout.match(/risk-level-off-scale$/gm) ?? [];
    expect(shown).toHaveLength(5);
    expect(short.stdout).toMatch(/… and 1 more risk-level-off-scale finding/);
    const all = runCli(['recalc', input, '--out', out, '--now', NOW, '--all']);
    expect((all.stdout.match(/risk-level-off-scale$/gm) ?? []).length).toBe(6);
    expect(all.stdout).not.toContain('… and');
  });

  it('with --json prints one JSON object naming the output and the changes', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const out = path.join(dir, 'json.out.xlsx');
    const run = runCli(['recalc', input, '--out', out, '--json', '--now', NOW]);
    const report = JSON.parse(run.stdout) as { summary: unknown; output: string; changes: string[] };
    expect(report.output).toBe(out);
    expect(Array.isArray(report.changes)).toBe(true);
    expect(Object.keys(report).slice(0, 2)).toEqual(['findings', 'summary']);
  });

  it('refuses to write over the input, even through another spelling of its path', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const before = sha256(input);
    const sneaky = path.join(dir, '.', '..', path.basename(dir), path.basename(input));
    const run = runCli(['recalc', input, '--out', sneaky]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^riskbook: refusing to overwrite the input .* use --in-place/);
    expect(sha256(input)).toBe(before);
  });

  it('needs exactly one of --out and --in-place, and an .xlsx output', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    expect(runCli(['recalc', input])).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --out FILE\.xlsx .* or --in-place/) });
    expect(runCli(['recalc', input, '--in-place', '--out', path.join(dir, 'x.xlsx')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/either --out FILE or --in-place/) });
    expect(runCli(['recalc', input, '--out', path.join(dir, 'x.csv')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/must be an \.xlsx file/) });
  });

  it('writes nothing when the input cannot be used', async () => {
    const input = await writeBadFile(dir, 'truncated.xlsx');
    const out = path.join(dir, 'never.xlsx');
    const run = runCli(['recalc', input, '--out', out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const noRegister = await writeScenario(dir, 'no-register');
    expect(runCli(['recalc', noRegister, '--out', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('recalc --in-place', () => {
  it('replaces the input with the result through a temporary file, keeping its permissions', async () => {
    const input = path.join(dir, 'in-place.xlsx');
    copyFileSync(await writeScenario(dir, 'register-three-risks'), input);
    const mode = statSync(input).mode & 0o777;
    const before = sha256(input);
    const run = runCli(['recalc', input, '--in-place', '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    expect(sha256(input)).not.toBe(before);
    expect(statSync(input).mode & 0o777).toBe(mode);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(allFormulas(await snapshotOf(input), 'Risk register').length).toBeGreaterThan(0);
  });

  it('is idempotent: a second run gives the same values and formulas (the change log aside)', async () => {
    const input = path.join(dir, 'twice.xlsx');
    copyFileSync(await writeScenario(dir, 'register-three-risks'), input);
    const withoutLog = (s: WorkbookSnapshot) => s.sheets.filter((sh) => sh.name !== SHEETS.changeLog);
    runCli(['recalc', input, '--in-place', '--now', NOW]);
    const once = await snapshotOf(input);
    runCli(['recalc', input, '--in-place', '--now', NOW]);
    const twice = await snapshotOf(input);
    expect(withoutLog(twice)).toEqual(withoutLog(once));
    expect(twice.names).toEqual(once.names);
  });

  it('through a symbolic link, updates the file the link points at and keeps the link', async () => {
    const target = path.join(dir, 'linked-target.xlsx');
    copyFileSync(await writeScenario(dir, 'register-three-risks'), target);
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(target, link);
    const before = sha256(target);
    expect([0, 1]).toContain(runCli(['recalc', link, '--in-place', '--now', NOW]).code);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha256(target)).not.toBe(before);
  });

  it('refuses when the copy would lose charts or pivot tables, unless forced', async () => {
    const input = path.join(dir, 'with-chart.xlsx');
    writeFileSync(input, await withExtraPart(await writeScenario(dir, 'register-three-risks'), 'xl/charts/chart1.xml'));
    const before = sha256(input);
    const run = runCli(['recalc', input, '--in-place']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to update .* in place: Riskbook cannot copy its charts/);
    expect(sha256(input)).toBe(before);
    const copy = runCli(['recalc', input, '--out', path.join(dir, 'chart-copy.xlsx'), '--now', NOW]);
    expect([0, 1]).toContain(copy.code);
    expect(copy.stderr).toMatch(/riskbook: note: .* does not contain the charts/);
  });
});

describe('soa, rtp and heatmap', () => {
  it.each([
    ['soa', SHEETS.soa],
    ['rtp', SHEETS.rtp],
    ['heatmap', SHEETS.heatmap],
  ])('%s writes its sheet after the user sheets and leaves the input alone', async (command, sheet) => {
    const input = await writeScenario(dir, 'register-three-risks');
    const before = sha256(input);
    const out = path.join(dir, `${command}.xlsx`);
    const run = runCli([command, input, '--out', out, '--now', NOW]);
    expect([0, 1]).toContain(run.code);
    expect(sha256(input)).toBe(before);
    const snap = await snapshotOf(out);
    const names = snap.sheets.map((s) => s.name);
    expect(names).toContain(sheet);
    expect(names[0]).toBe('Risk register');
  });
});

describe('progress', () => {
  it('goes to stderr with --verbose and never into --json output', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const out = path.join(dir, 'verbose.xlsx');
    const run = runCli(['recalc', input, '--out', out, '--json', '--verbose', '--now', NOW]);
    expect(run.stderr).toMatch(/Reading workbook… 1 sheet, \d+ rows/);
    expect(run.stderr).toMatch(/Writing /);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('is silent when stderr is not a terminal and --verbose is not given', async () => {
    const input = await writeScenario(dir, 'register-three-risks');
    const run = runCli(['recalc', input, '--out', path.join(dir, 'quiet.xlsx'), '--now', NOW]);
    expect(run.stderr).toBe('');
  });
});

/** The same .xlsx with one more (empty) part, as if Excel had saved a chart in it. */
async function withExtraPart(file: string, part: string): Promise<Buffer> {
  const wb = await loadWorkbook(readFileSync(file));
  const { saveWorkbook } = await import('../../cli/xlsx/workbook-io');
  const zip = await saveWorkbook(wb);
  return appendStoredEntry(zip, part, '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
}

/** Rewrites a zip's central directory with one more stored entry at the end of the data. */
function appendStoredEntry(zip: Buffer, name: string, content: string): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdStart = zip.readUInt32LE(eocd + 16);
  const data = Buffer.from(content);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(cdStart, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  end.writeUInt32LE(cdSize + 46 + nameBuf.length, 12);
  end.writeUInt32LE(cdStart + 30 + nameBuf.length + data.length, 16);
  return Buffer.concat([zip.subarray(0, cdStart), local, nameBuf, data, zip.subarray(cdStart, cdStart + cdSize), central, nameBuf, end]);
}
