/**
 * Prints one plain closing line, `vitest: N passed, N failed, N skipped`, that CI can read
 * whatever reporter it knows. Skips are counted and shown, never folded into passes; a file
 * or suite that failed outside its tests (a hook, an import) and unhandled errors count as
 * failures too, so the line never says 0 failed on a red run.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      const failedSuites = [...module.children.allSuites()].filter((suite) => suite.state() === 'failed' && suite.errors().length > 0).length;
      const moduleErrors = module.errors().length;
      counts.failed += failedTests + (failedTests === 0 ? failedSuites + moduleErrors : 0);
      if (failedTests === 0 && failedSuites === 0 && moduleErrors === 0 && module.state() === 'failed') counts.failed++;
    }
    process.stdout.write(`\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
