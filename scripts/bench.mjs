#!/usr/bin/env node
// Runs the benchmarks in bench/: every bench/*.bench.* file, or only those whose name contains one
// of the arguments (`npm run bench -- drag`). Each benchmark prints exactly one line on stdout:
//   BENCH <name> <value> <unit> ratio=<value/baseline> vs=<baseline>
// Details go to stderr. TypeScript benchmarks run through tsx. Exit code 1 if any benchmark fails.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const files = readdirSync(benchDir)
  .filter((f) => /\.bench\.(mjs|js|ts|mts)$/.test(f))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();

if (!files.length) {
  console.error(`no benchmark in bench/ matches ${filters.length ? filters.join(', ') : '*.bench.*'}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const full = path.join(benchDir, file);
  const args = /\.m?ts$/.test(file) ? ['--import', 'tsx', full] : [full];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const lines = (run.stdout ?? '').split('\n').filter((l) => l.startsWith('BENCH '));
  if (run.status !== 0 || lines.length !== 1) {
    failed++;
    console.error(`bench ${file} failed (exit ${run.status}, ${lines.length} BENCH lines)`);
    continue;
  }
  console.log(lines[0]);
}
process.exit(failed ? 1 : 0);
