/**
 * The closing line CI reads, `N passed, N failed, N skipped`, and a skipped test failing the run
 * under CI. .ci/run finds the line with `^[0-9]+ passed, [0-9]+ failed`.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

interface Results {
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  numPendingTests: number;
  numTodoTests: number;
}

interface Reporter {
  onRunComplete(contexts: unknown, results: Results): void;
  getLastError(): Error | undefined;
}

type ReporterClass = new (
  globalConfig: { testNamePattern?: string },
  options: unknown,
  context: unknown,
  env: NodeJS.ProcessEnv,
  out: { write(text: string): void },
) => Reporter;

// The reporter is plain CommonJS, as Jest loads it from jest.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PlainSummaryReporter = require('./plain-summary-reporter.js') as ReporterClass;

const CI_LINE = /^[0-9]+ passed, [0-9]+ failed/m;

function run(results: Partial<Results>, env: NodeJS.ProcessEnv = {}, globalConfig: { testNamePattern?: string } = {}): { text: string; error: Error | undefined } {
  let text = '';
  const reporter = new PlainSummaryReporter(globalConfig, {}, {}, env, { write: (t) => (text += t) });
  reporter.onRunComplete(new Set(), { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 0, numPendingTests: 0, numTodoTests: 0, ...results });
  return { text, error: reporter.getLastError() };
}

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1)!;

describe('the plain summary line', () => {
  it('says how many passed, failed and were skipped', () => {
    const { text, error } = run({ numPassedTests: 40, numFailedTests: 2, numPendingTests: 3 });
    expect(lastLine(text)).toBe('40 passed, 2 failed, 3 skipped');
    expect(text).toMatch(CI_LINE);
    expect(error).toBeUndefined();
  });

  it('counts suites that failed to run as failed, and todo tests as skipped', () => {
    expect(lastLine(run({ numPassedTests: 5, numFailedTests: 1, numRuntimeErrorTestSuites: 2, numTodoTests: 1 }).text)).toBe('5 passed, 3 failed, 1 skipped');
  });

  it('still reads `N passed, N failed` first when nothing was skipped', () => {
    const { text } = run({ numPassedTests: 12 });
    expect(lastLine(text)).toBe('12 passed, 0 failed, 0 skipped');
    expect(CI_LINE.exec(text)![0]).toBe('12 passed, 0 failed');
  });
});

describe('a skipped test under CI', () => {
  it('fails the run, and says why above the summary line', () => {
    const { text, error } = run({ numPassedTests: 10, numPendingTests: 2 }, { CI: 'true' });
    expect(error?.message).toBe('2 test(s) skipped under CI, where a skipped test is a failure (see the skipped tests above)');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([error!.message, '10 passed, 0 failed, 2 skipped']);
  });

  it('does not fail a run with nothing skipped, nor one outside CI', () => {
    expect(run({ numPassedTests: 10 }, { CI: 'true' }).error).toBeUndefined();
    expect(run({ numPassedTests: 10, numPendingTests: 2 }, { CI: 'false' }).error).toBeUndefined();
    expect(run({ numPassedTests: 10, numPendingTests: 2 }, {}).error).toBeUndefined();
  });

  it('does not fail a run filtered by test name, which skips the tests it leaves out', () => {
    expect(run({ numPassedTests: 1, numPendingTests: 30 }, { CI: 'true' }, { testNamePattern: 'escap' }).error).toBeUndefined();
  });

  it('reports afresh on each run', () => {
    let text = '';
    const reporter = new PlainSummaryReporter({}, {}, {}, { CI: 'true' }, { write: (t) => (text += t) });
    const base = { numPassedTests: 1, numFailedTests: 0, numRuntimeErrorTestSuites: 0, numTodoTests: 0 };
    reporter.onRunComplete(new Set(), { ...base, numPendingTests: 1 });
    expect(reporter.getLastError()).toBeDefined();
    reporter.onRunComplete(new Set(), { ...base, numPendingTests: 0 });
    expect(reporter.getLastError()).toBeUndefined();
    expect(lastLine(text)).toBe('1 passed, 0 failed, 0 skipped');
  });
});

describe('.ci/run', () => {
  // The lines of .ci/run from finding the summary to printing it, run in bash on a test log.
  const script = readFileSync(path.join(__dirname, '../../.ci/run'), 'utf8');
  const tail = script.slice(script.indexOf('summary=$(grep'), script.lastIndexOf('echo "$summary"') + 'echo "$summary"'.length);

  function ciSummary(log: string, auditRc: number): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'riskbook-ci-run-'));
    try {
      const file = path.join(dir, 'log');
      writeFileSync(file, log);
      const out = execFileSync('bash', ['-c', `set -uo pipefail\nlog=${JSON.stringify(file)}\nrc=0\naudit_rc=${auditRc}\n${tail}`], { encoding: 'utf8' });
      return lastLine(out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('sets CI itself, so prerequisites and skips are enforced', () => {
    expect(script).toMatch(/^export CI=true$/m);
    expect(script.indexOf('export CI=true')).toBeLessThan(script.indexOf('npm test'));
  });

  it('prints the whole closing line again, skipped tests included', () => {
    expect(ciSummary(`PASS a.test.ts\n${run({ numPassedTests: 40, numFailedTests: 1, numPendingTests: 2 }).text}`, 0)).toBe('40 passed, 1 failed, 2 skipped');
  });

  it('counts an audit failure as one more failure and keeps the rest of the line', () => {
    expect(ciSummary(run({ numPassedTests: 40, numFailedTests: 1, numPendingTests: 2 }).text, 1)).toBe('40 passed, 2 failed, 2 skipped');
    expect(ciSummary(run({ numPassedTests: 7 }).text, 1)).toBe('7 passed, 1 failed, 0 skipped');
    expect(ciSummary('10 passed, 0 failed\n', 1)).toBe('10 passed, 1 failed');
  });

  it('reports one failure when no test ran (type check or lint failed)', () => {
    expect(ciSummary('error TS2322: nope\n', 0)).toBe('0 passed, 1 failed, 0 skipped');
    expect(ciSummary('error TS2322: nope\n', 1)).toBe('0 passed, 2 failed, 0 skipped');
  });
});
