// CI reads one plain closing line, `N passed, N failed`, from the test run.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${failed} failed` +
        (results.numPendingTests ? `, ${results.numPendingTests} skipped` : '') +
        '\n',
    );
  }
}
module.exports = PlainSummaryReporter;
