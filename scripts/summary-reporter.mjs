// Prints "N passed, N failed, N skipped" as the very last line of a test run: the line CI reads.
// A test file that fails to load, or a browser error outside any test, counts as a failure.

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) {
    count(child, totals);
  }
}

export function summaryReporter() {
  let line;
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) {
          count(session.testResults, totals);
        }
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
        }
      }
      line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      process.once('exit', () => console.log(line));
    },
  };
}
