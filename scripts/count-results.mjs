#!/usr/bin/env node
// Turns a test run into one line, "N passed, N failed", for people and CI. Reads vitest's JSON
// report and the status of the steps before it (build, typecheck, lint). A failed step, a test file
// that crashed before its tests ran, vitest failing outside any test, a missing report and a
// run with no tests each count as one failure, so a broken run can never look green.
// Usage: node scripts/count-results.mjs [results-dir]   (default: test-results)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPORT_FILE = 'vitest.json';
export const STEPS_FILE = 'steps.json';

/**
 * @param {{ report: unknown, steps?: Record<string, { exitCode: number | null }> }} input
 *   report: parsed vitest JSON (null when missing); steps: exit codes of build, typecheck, lint, vitest.
 * @returns {{ passed: number, failed: number, problems: string[] }}
 */
export function countResults({ report, steps = {} }) {
  const problems = [];
  let passed = 0;
  let failed = 0;

  for (const [name, step] of Object.entries(steps)) {
    if (name === 'vitest') continue;
    if (step?.exitCode !== 0) {
      failed += 1;
      problems.push(`${name} failed (exit code ${step?.exitCode ?? 'none'})`);
    }
  }

  const files = report && typeof report === 'object' && Array.isArray(report.testResults) ? report.testResults : null;
  if (!files) {
    failed += 1;
    problems.push('no usable vitest JSON report');
  } else {
    let failedInTests = 0;
    for (const file of files) {
      const assertions = Array.isArray(file.assertionResults) ? file.assertionResults : [];
      for (const a of assertions) {
        if (a.status === 'passed') passed += 1;
        else if (a.status === 'failed') failedInTests += 1;
      }
      // A file that failed without a failing test crashed on import, in a hook, or with an error.
      if (file.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
        failedInTests += 1;
        problems.push(`${file.name ?? 'a test file'} failed outside its tests: ${String(file.message ?? '').split('\n')[0]}`);
      }
    }
    failed += failedInTests;
    if (passed + failedInTests === 0) {
      failed += 1;
      problems.push('vitest ran no tests');
    }
    const vitestExit = steps.vitest?.exitCode;
    if (failedInTests === 0 && (report.success === false || (vitestExit !== undefined && vitestExit !== 0))) {
      failed += 1;
      problems.push(`vitest reported failure outside any test (exit code ${vitestExit ?? 'unknown'}, e.g. an unhandled error)`);
    }
  }
  return { passed, failed, problems };
}

export function readResults(dir) {
  const load = (name) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
  };
  return { report: load(REPORT_FILE), steps: load(STEPS_FILE) ?? {} };
}

export function summaryLine({ passed, failed }) {
  return `${passed} passed, ${failed} failed`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'test-results');
  const result = countResults(readResults(dir));
  for (const problem of result.problems) console.error(`count-results: ${problem}`);
  console.log(summaryLine(result));
  process.exit(result.failed > 0 ? 1 : 0);
}
