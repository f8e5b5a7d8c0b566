// The build output (dist/) that build and packaging tests check: `npm test` builds first; a bare
// `vitest run` on a fresh checkout builds here, so those checks never skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export function ensureBuilt(): void {
  if (existsSync(path.join(DIST, 'electron', 'main.cjs')) && existsSync(path.join(DIST, 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build these checks need failed:\n${build.stdout}\n${build.stderr}`);
}

/**
 * The renderer build's entry chunk and every chunk it imports statically: what the first screen
 * loads (file names under assets/). The start benchmark and the build tests read it.
 */
export function eagerChunks(rendererDir: string): string[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script\b[^>]*\bsrc="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${rendererDir}/index.html`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(rendererDir, 'assets', file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}
