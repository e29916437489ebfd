// Ends the browser-test run with one plain line, "e2e: N passed, N failed[, N skipped]",
// the closing line CI reads (Playwright's own summary has a different shape).
export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onEnd() {
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const t of this.suite.allTests()) {
      const o = t.outcome();
      if (o === 'skipped') n.skipped++;
      else if (o === 'expected' || o === 'flaky') n.passed++;
      else n.failed++;
    }
    const skipped = n.skipped ? `, ${n.skipped} skipped` : '';
    console.log(`e2e: ${n.passed} passed, ${n.failed} failed${skipped}`);
  }

  printsToStdio() {
    return true;
  }
}
