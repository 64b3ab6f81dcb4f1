/**
 * The command line run in-process with a scripted engine: how outcomes become exit codes and
 * stderr lines, including the engine failing outright.
 */
import { existsSync } from 'fs';
import { writeScenario } from './fixtures';
import { tempDir } from './support/cli-build';

const engine = {
  VERSION: '9.9.9-test',
  check: jest.fn(),
  generate: jest.fn(),
  initRegister: jest.fn(),
  mappingReport: jest.fn(),
};
// The command reaches the core only through cli/engine.ts: scripting that one seam keeps the real
// engine out of this test. (A virtual mock of core/engine was not always applied once other test
// files had run in the same worker, and then the real engine answered.)
jest.mock('../../cli/engine', () => engine);

import { run } from '../../cli/program';
import { capture } from './support/captured-console';

let file: string;

beforeAll(async () => {
  file = await writeScenario(tempDir('program'), 'register-three-risks');
});

beforeEach(() => jest.resetAllMocks());

const usable = { findings: [], summary: { errors: 0, warnings: 0, infos: 0, total: 0 }, usable: true, registerSheet: 'Risk register', riskCount: 3 };

describe('exit codes and stderr', () => {
  it('an unexpected engine failure is one line and exit 2, with the stack only under RISKBOOK_DEBUG', async () => {
    engine.check.mockImplementation(() => {
      throw new Error('boom\nsecond line');
    });
    const quiet = capture();
    expect(await run(['check', file], { console: quiet }, {})).toBe(2);
    expect(quiet.stderr).toBe('riskbook: unexpected error: boom (set RISKBOOK_DEBUG=1 for details)\n');
    expect(quiet.stdout).toBe('');
    const debug = capture();
    expect(await run(['check', file], { console: debug }, { RISKBOOK_DEBUG: '1' })).toBe(2);
    expect(debug.stderr).toMatch(/^riskbook: unexpected error: Error: boom[\s\S]*\n\s+at /);
  });

  it('passes --now, --sheet and the generator to the engine', async () => {
    engine.check.mockReturnValue(usable);
    const c = capture();
    await run(['check', file, '--now', '2025-03-31', '--sheet', 'Risk register'], { console: c }, {});
    expect(engine.check).toHaveBeenCalledWith(expect.anything(), {
      now: '2025-03-31T00:00:00.000Z',
      registerSheet: 'Risk register',
      generator: 'Riskbook 9.9.9-test',
    });
  });

  it('defaults --now to the current time', async () => {
    engine.check.mockReturnValue(usable);
    const before = Date.now();
    await run(['check', file], { console: capture() }, {});
    const now = Date.parse((engine.check.mock.calls[0]![1] as { now: string }).now);
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('maps error findings to 1 and none to 0', async () => {
    const error = { severity: 'error', code: 'risk-owner-missing', sheet: 'Risk register', cell: 'E6', message: 'Risk R-003 has no risk owner.', fix: 'Name the person.' };
    engine.check.mockReturnValue({ ...usable, findings: [error], summary: { errors: 1, warnings: 0, infos: 0, total: 1 } });
    expect(await run(['check', file], { console: capture() }, {})).toBe(1);
    engine.check.mockReturnValue(usable);
    expect(await run(['check', file], { console: capture() }, {})).toBe(0);
  });

  it('shows progress on a terminal without --verbose, on stderr only', async () => {
    engine.check.mockReturnValue(usable);
    const tty = { ...capture(), errIsTerminal: true };
    const c = Object.assign(tty, { out: (t: string) => void (tty.stdout += t), err: (t: string) => void (tty.stderr += t) });
    await run(['check', file, '--json'], { console: c }, {});
    expect(c.stderr).toMatch(/Reading workbook… 1 sheet, 6 rows/);
    expect(() => JSON.parse(c.stdout)).not.toThrow();
  });

  it('generate commands: 0 without error findings, 1 with, and the file is written either way', async () => {
    const dir = tempDir('program-generate');
    const plan = { sheets: [{ name: 'Heatmap', mode: 'replace', writes: [{ at: 'A1', cells: [['Heatmap']] }], formats: [], validations: [], conditionalFormats: [] }], names: [] };
    engine.generate.mockReturnValue({ ...usable, plan, changes: ['Built the heatmap'] });
    const ok = capture();
    expect(await run(['heatmap', file, '--out', `${dir}/ok.xlsx`], { console: ok }, {})).toBe(0);
    expect(ok.stdout).toBe(
      `Changes:\n- Built the heatmap\n\nRegister "Risk register": 3 risks\n\nNo findings.\n\n0 errors, 0 warnings, 0 info\nWrote ${dir}/ok.xlsx\n`,
    );
    expect(engine.generate).toHaveBeenCalledWith(expect.anything(), 'heatmap', expect.objectContaining({ generator: 'Riskbook 9.9.9-test' }));
    engine.generate.mockReturnValue({ ...usable, summary: { errors: 2, warnings: 0, infos: 0, total: 2 }, plan, changes: [] });
    expect(await run(['heatmap', file, '--out', `${dir}/errors.xlsx`], { console: capture() }, {})).toBe(1);
    expect(existsSync(`${dir}/errors.xlsx`)).toBe(true);
  });

  it('generate commands write nothing when the engine finds no register', async () => {
    const dir = tempDir('program-unusable');
    engine.generate.mockReturnValue({ ...usable, usable: false, registerSheet: null, riskCount: 0, plan: { sheets: [], names: [] }, changes: [] });
    const c = capture();
    expect(await run(['soa', file, '--out', `${dir}/soa.xlsx`], { console: c }, {})).toBe(2);
    expect(existsSync(`${dir}/soa.xlsx`)).toBe(false);
    expect(c.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('init exits 0 once the workbook exists, whatever the new register still lacks', async () => {
    const dir = tempDir('program-init');
    const error = { severity: 'error', code: 'soa-applicability-missing', sheet: 'Statement of Applicability', cell: 'D6', message: 'm', fix: 'f' };
    engine.initRegister.mockReturnValue({ ...usable, findings: [error], summary: { errors: 1, warnings: 0, infos: 0, total: 1 }, plan: { sheets: [{ name: 'Risk register', mode: 'update', writes: [{ at: 'A1', cells: [['Risk ID']] }], formats: [], validations: [], conditionalFormats: [] }], names: [] }, changes: [] });
    const c = capture();
    expect(await run(['init', `${dir}/new.xlsx`, '--preset', '3x3', '--now', '2025-01-01'], { console: c }, {})).toBe(0);
    expect(engine.initRegister).toHaveBeenCalledWith({ now: '2025-01-01T00:00:00.000Z', generator: 'Riskbook 9.9.9-test', preset: '3x3' });
    expect(existsSync(`${dir}/new.xlsx`)).toBe(true);
  });

  it('prints the engine version', async () => {
    const c = capture();
    expect(await run(['--version'], { console: c }, {})).toBe(0);
    expect(c.stdout).toBe('9.9.9-test\n');
  });
});
