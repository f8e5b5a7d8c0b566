import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolders } from '../../../cli/folders';

const dir = mkdtempSync(join(tmpdir(), 'placard-folders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (run: () => void) => {
  try {
    run();
    return 'made';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code;
  }
};

describe('makeFolders', () => {
  it('makes the folder and the missing ones above it, and accepts one that is there', () => {
    const deep = join(dir, 'a', 'b', 'c');
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(codeOf(() => makeFolders(deep))).toBe('made');
    expect(codeOf(() => makeFolders(dir))).toBe('made');
  });

  it('fails as mkdir does when a file is in the way', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(codeOf(() => makeFolders(file))).toBe('EEXIST');
    expect(codeOf(() => makeFolders(join(file, 'sub', 'deeper')))).toBe('ENOTDIR');
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });

  // Node 20's mkdirSync(recursive) loops forever there; a child process, so a regression fails on its timeout instead of hanging the run.
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('returns with an error for a folder under /proc', () => {
    const script = `import('${join(process.cwd(), 'cli/folders.ts')}').then((m) => { try { m.makeFolders('/proc/placard-out/x'); console.log('made'); } catch (e) { console.log(e.code); } })`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.stdout.trim()).toBe('ENOENT');
  }, 70_000);
});
