// The build output (dist/) that build and packaging tests check: `npm test` builds first; a bare
// `vitest run` on a fresh checkout builds here, so those checks never skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export function ensureBuilt(): void {
  if (existsSync(path.join(DIST, 'electron', 'main.cjs')) && existsSync(path.join(DIST, 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build these checks need failed:\n${build.stdout}\n${build.stderr}`);
}
