#!/usr/bin/env node
// `npm test`: build, typecheck (each room), lint, then every vitest project (unit and e2e), writing a JSON report
// to test-results/ and ending with one line "N passed, N failed" (see count-results.mjs).
// Every step runs even when an earlier one failed, so one run shows all that is broken.
// Extra arguments go to vitest: `npm test -- tests/unit/core` runs only those files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORT_FILE, STEPS_FILE, countResults, readResults, summaryLine } from './count-results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitestBin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

mkdirSync(resultsDir, { recursive: true });
// A report left over from an earlier run must never be counted as this one.
rmSync(path.join(resultsDir, REPORT_FILE), { force: true });
rmSync(path.join(resultsDir, STEPS_FILE), { force: true });

function run(name, command, args) {
  console.log(`\n> ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) console.error(`${name}: could not start: ${result.error.message}`);
  return { exitCode: result.status ?? null };
}

const steps = {};
steps.build = run('build', npm, ['run', '--silent', 'build']);
steps.typecheck = run('typecheck', npm, ['run', '--silent', 'typecheck']);
steps.lint = run('lint', npm, ['run', '--silent', 'lint']);
steps.vitest = run('vitest', process.execPath, [
  vitestBin,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(resultsDir, REPORT_FILE)}`,
  ...process.argv.slice(2),
]);
writeFileSync(path.join(resultsDir, STEPS_FILE), JSON.stringify(steps, null, 2) + '\n');

const result = countResults(readResults(resultsDir));
for (const problem of result.problems) console.error(`test: ${problem}`);
console.log(summaryLine(result));
process.exit(result.failed > 0 ? 1 : 0);
