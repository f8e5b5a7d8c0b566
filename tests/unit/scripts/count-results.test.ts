// The CI summary must never look green when something broke: failed steps, crashed files,
// errors outside tests, a missing report and an empty run all count as failures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countResults, readResults, summaryLine } from '../../../scripts/count-results.mjs';

const ok = { exitCode: 0 };
const file = (name: string, statuses: string[], status = statuses.includes('failed') ? 'failed' : 'passed', message = '') => ({
  name,
  status,
  message,
  assertionResults: statuses.map((s, i) => ({ title: `t${i}`, status: s })),
});
const report = (files: unknown[], success = true) => ({ success, testResults: files });

describe('countResults', () => {
  it('counts passed and failed tests across files, ignoring skipped ones', () => {
    const r = countResults({
      report: report([file('a.test.ts', ['passed', 'passed', 'skipped']), file('b.test.ts', ['passed', 'failed', 'failed'])], false),
      steps: { build: ok, typecheck: ok, vitest: { exitCode: 1 } },
    });
    expect([r.passed, r.failed]).toEqual([3, 2]);
    expect(summaryLine(r)).toBe('3 passed, 2 failed');
  });

  it('counts a failed build or typecheck as one failure each', () => {
    const r = countResults({ report: report([file('a.test.ts', ['passed'])]), steps: { build: { exitCode: 1 }, typecheck: { exitCode: 2 }, vitest: ok } });
    expect([r.passed, r.failed]).toEqual([1, 2]);
    expect(r.problems).toEqual(['build failed (exit code 1)', 'typecheck failed (exit code 2)']);
  });

  it('counts a test file that crashed before its tests ran', () => {
    const r = countResults({
      report: report([file('a.test.ts', ['passed']), file('broken.test.ts', [], 'failed', 'Cannot find module x\n  at ...')], false),
      steps: { build: ok, typecheck: ok, vitest: { exitCode: 1 } },
    });
    expect([r.passed, r.failed]).toEqual([1, 1]);
    expect(r.problems).toEqual(['broken.test.ts failed outside its tests: Cannot find module x']);
  });

  it('counts an error outside any test (vitest exits non-zero with every test green)', () => {
    const r = countResults({ report: report([file('a.test.ts', ['passed'])], false), steps: { build: ok, typecheck: ok, vitest: { exitCode: 1 } } });
    expect([r.passed, r.failed]).toEqual([1, 1]);
  });

  it('fails a run with no tests or no report', () => {
    expect(countResults({ report: report([]), steps: { build: ok, typecheck: ok, vitest: ok } })).toMatchObject({ passed: 0, failed: 1, problems: ['vitest ran no tests'] });
    expect(countResults({ report: null, steps: { build: ok, typecheck: ok, vitest: { exitCode: 1 } } })).toMatchObject({ passed: 0, failed: 1 });
    expect(countResults({ report: { unexpected: true } })).toMatchObject({ passed: 0, failed: 1, problems: ['no usable vitest JSON report'] });
  });

  it('reports a clean run as clean', () => {
    const r = countResults({ report: report([file('a.test.ts', ['passed', 'passed'])]), steps: { build: ok, typecheck: ok, vitest: ok } });
    expect(r).toEqual({ passed: 2, failed: 0, problems: [] });
  });
});

describe('readResults', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads the report and steps, treating a missing or corrupt report as absent', async () => {
    dir = await mkdtemp(join(tmpdir(), 'placard-count-'));
    expect(readResults(dir)).toEqual({ report: null, steps: {} });
    await writeFile(join(dir, 'vitest.json'), '{ not json');
    await writeFile(join(dir, 'steps.json'), JSON.stringify({ build: { exitCode: 0 } }));
    expect(readResults(dir)).toEqual({ report: null, steps: { build: { exitCode: 0 } } });
  });
});
