// Counts the tests each engine ran and writes the counts to TEST_SUMMARY_FILE, for
// scripts/test.mjs to print one plain "N passed, N failed" line after the run.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function summaryFileReporter(file = process.env.TEST_SUMMARY_FILE) {
  return {
    stop({ sessions }) {
      if (!file) return;
      const byEngine = {};
      for (const session of sessions) {
        const counts = (byEngine[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 });
        countSuite(session.testResults, counts);
        // a file that failed to load or threw outside a test has errors but maybe no failed test
        if (session.errors.length > 0 || (session.passed === false && !session.testResults)) counts.brokenFiles += 1;
      }
      writeFileSync(file, JSON.stringify(byEngine));
    },
  };
}
