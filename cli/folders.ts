// Making the output folder for `placard render` and `placard batch`.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * Makes `path` and the folders above it that are missing, as `mkdirSync(path, { recursive: true })`
 * does, and fails the same way (ENOTDIR, EEXIST, EACCES…).
 */
export function makeFolders(path: string): void {
  // One level at a time by hand: Node 20's recursive mkdir never returns under /proc.
  const missing: string[] = [];
  for (let p = resolve(path); ; ) {
    try {
      if (statSync(p).isDirectory()) break;
      throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${p}'`), { code: 'EEXIST', path: p });
    } catch (e) {
      if (codeOf(e) !== 'ENOENT') throw e;
    }
    missing.push(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      // Made meanwhile by someone else: fine, if it is a folder.
      if (codeOf(e) !== 'EEXIST' || !statSync(dir).isDirectory()) throw e;
    }
  }
}
