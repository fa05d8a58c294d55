// Prints one plain closing line, "tests: N passed, N failed, N skipped", after jest's own summary,
// so CI tooling that reads the last line gets the counts whatever the runner.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryLineReporter;
