// CI reads one plain closing line, `N passed, N failed`, from the test run; skips are told above it.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests ? `${results.numPendingTests} skipped\n` : '';
    process.stdout.write(`\n${skipped}${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = PlainSummaryReporter;
