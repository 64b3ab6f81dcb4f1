// CI reads one plain closing line from the test run: `N passed, N failed, N skipped` (.ci/run finds
// it with `^[0-9]+ passed, [0-9]+ failed` and prints it again last). Under CI (`CI` set, as
// .ci/run sets it) a skipped test is a failure: the line above it says so and the run fails.
// A run filtered by test name (`-t`) skips the tests it leaves out, so it is exempt.

/** True under CI: `CI` set to anything but empty, `false` or `0` (tests/support/prerequisite.ts). */
function isCi(env) {
  const value = String(env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

class PlainSummaryReporter {
  constructor(globalConfig = {}, _options, _context, env = process.env, out = process.stdout) {
    this._filtered = Boolean(globalConfig.testNamePattern);
    this._env = env;
    this._out = out;
    this._error = undefined;
  }

  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + (results.numTodoTests ?? 0);
    this._error = undefined;
    let note = '';
    if (skipped > 0 && isCi(this._env) && !this._filtered) {
      this._error = new Error(`${skipped} test(s) skipped under CI, where a skipped test is a failure (see the skipped tests above)`);
      note = `${this._error.message}\n`;
    }
    this._out.write(`\n${note}${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  /** Jest fails the run when a reporter has an error to report. */
  getLastError() {
    return this._error;
  }
}

module.exports = PlainSummaryReporter;
