#!/usr/bin/env node
// `npm run typecheck`: each room against its own tsconfig (core without the DOM and Node types,
// renderer without Node, electron/services without Electron, cli without the DOM), then tests,
// benchmarks and scripts. TypeScript 7 (the native compiler) checks; TypeScript 6 is installed
// beside it only because typescript-eslint needs its JavaScript API.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript7', 'bin', 'tsc');
export const PROJECTS = ['core', 'renderer', 'electron', 'electron/services', 'cli', '.'];

let failed = 0;
for (const project of PROJECTS) {
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(project, 'tsconfig.json'), '--noEmit'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`typecheck: ${project}/tsconfig.json failed`);
  }
}
process.exit(failed ? 1 : 0);
