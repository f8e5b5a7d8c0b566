// The build and start scripts run in a scratch copy of the project layout, so these tests never
// touch the real dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
let scratch: string;

function scratchWith(script: string): string {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'placard-scripts-'));
  mkdirSync(path.join(scratch, 'scripts'));
  copyFileSync(path.join(repo, 'scripts', script), path.join(scratch, 'scripts', script));
  return path.join(scratch, 'scripts', script);
}
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('scripts/build.mjs', () => {
  it('fails with a clear message when the renderer has no index.html', () => {
    const run = spawnSync(process.execPath, [scratchWith('build.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('renderer/index.html is missing');
    expect(run.stdout).toBe('');
  });
});

describe('scripts/start.mjs', () => {
  it('explains in one line, and exits 0, when the Electron runtime is absent', () => {
    // The scratch copy has no node_modules, so require('electron') cannot find a runtime.
    const run = spawnSync(process.execPath, [scratchWith('start.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Electron\'s runtime is not installed on this machine (its download is disabled); run "npm run web" to use Placard in a browser.',
    ]);
  });
});
