import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from '../../../../electron/services/documents';
import { removeStaleTemps, removeStaleTempsUnder } from '../../../../electron/services/atomic-write';
import { MAX_ARCHIVE_BYTES } from '../../../../core/bundle';
import { clearRecovery, listRecoveries, readRecovery, recoveryFileName, writeRecovery } from '../../../../electron/services/recovery';
import { pngBytes, sampleDesign } from '../../../helpers/hostile-corpus';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'placard-recovery-'));
  dir = path.join(root, 'recovery');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('recovery copies', () => {
  it('lists nothing when the folder does not exist', async () => {
    expect(await listRecoveries(dir)).toEqual([]);
  });

  it('writes, lists newest first, reads back and clears', async () => {
    const design = sampleDesign('doc_rec');
    const bytes = encodeDocument(design, new Map([['logo', pngBytes()]]));
    await writeRecovery(dir, '/home/ana/flyer.placard', bytes, 1000);
    await writeRecovery(dir, 'untitled-1', new Uint8Array([1, 2, 3]), 2000);
    const list = await listRecoveries(dir);
    expect(list.map((e) => [e.docKey, e.savedAt, e.size])).toEqual([
      ['untitled-1', 2000, 3],
      ['/home/ana/flyer.placard', 1000, bytes.length],
    ]);
    const restored = await readRecovery(dir, '/home/ana/flyer.placard');
    expect(decodeDocument(restored!).design).toEqual(design);
    await clearRecovery(dir, '/home/ana/flyer.placard');
    await clearRecovery(dir, '/home/ana/flyer.placard'); // clearing twice is fine
    expect((await listRecoveries(dir)).map((e) => e.docKey)).toEqual(['untitled-1']);
    expect(await readRecovery(dir, '/home/ana/flyer.placard')).toBeNull();
  });

  it('a newer copy replaces the older one for the same document', async () => {
    await writeRecovery(dir, 'doc', new Uint8Array([1]), 1);
    await writeRecovery(dir, 'doc', new Uint8Array([2, 2]), 2);
    expect(await readRecovery(dir, 'doc')).toEqual(new Uint8Array([2, 2]));
    expect(await readdir(dir)).toEqual([recoveryFileName('doc')]);
  });

  it('ignores damaged files, temp files and strangers', async () => {
    await writeRecovery(dir, 'good', new Uint8Array([9]), 5);
    await writeFile(path.join(dir, recoveryFileName('torn')), 'PLACARD-RECOVERY\n\x00\x00\xff\xff{"docKey"');
    await writeFile(path.join(dir, '.x.placard-recovery.123.tmp'), 'partial');
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    // A valid header whose key does not hash to the file's name (copied or renamed by hand).
    await writeFile(path.join(dir, recoveryFileName('other')), Buffer.concat([Buffer.from('PLACARD-RECOVERY\n'), Buffer.from([0, 0, 0, 28]), Buffer.from('{"docKey":"good","savedAt":1}')]));
    expect((await listRecoveries(dir)).map((e) => e.docKey)).toEqual(['good']);
  });

  it('refuses empty keys', async () => {
    await expect(writeRecovery(dir, '', new Uint8Array([1]))).rejects.toMatchObject({ code: 'recovery.bad-key' });
  });

  it.skipIf(process.platform === 'win32')('offers the intact copy beside a named pipe, a huge file and a link, without hanging or reading them', async () => {
    await writeRecovery(dir, 'good', new Uint8Array([7, 7]), 5);
    execFileSync('mkfifo', [path.join(dir, recoveryFileName('pipe'))]);
    const huge = path.join(dir, recoveryFileName('huge'));
    await writeFile(huge, Buffer.concat([Buffer.from('PLACARD-RECOVERY\n'), Buffer.from([0, 0, 0, 28]), Buffer.from('{"docKey":"huge","savedAt":9}')]));
    await truncate(huge, MAX_ARCHIVE_BYTES + 64 * 1024); // sparse: no disk used, but over the limit
    await symlink(path.join(dir, recoveryFileName('good')), path.join(dir, recoveryFileName('link')));
    expect((await listRecoveries(dir)).map((e) => e.docKey)).toEqual(['good']);
    expect(await readRecovery(dir, 'pipe')).toBeNull();
    expect(await readRecovery(dir, 'huge')).toBeNull();
    expect(await readRecovery(dir, 'good')).toEqual(new Uint8Array([7, 7]));
  });
});

describe('temp files of interrupted writes', () => {
  const DEAD_PID = 9_999_999; // above every platform's pid limit
  const temp = (target: string, pid: number, hex = 'a1b2c3d4e5f6') => `.${target}.${pid}.${hex}.tmp`;

  it('the next write of a file removes the temps killed writes of it left, and keeps live ones and strangers', async () => {
    await mkdir(dir, { recursive: true });
    const name = recoveryFileName('doc');
    await writeFile(path.join(dir, temp(name, DEAD_PID)), 'torn');
    await writeFile(path.join(dir, temp(name, process.ppid)), 'in flight in a live process');
    await writeFile(path.join(dir, temp(recoveryFileName('other'), DEAD_PID)), 'another file\'s temp');
    await writeFile(path.join(dir, '.hidden.tmp'), 'not ours');
    await writeRecovery(dir, 'doc', new Uint8Array([1]), 1);
    expect((await readdir(dir)).sort()).toEqual([temp(recoveryFileName('other'), DEAD_PID), '.hidden.tmp', temp(name, process.ppid), name].sort());
  });

  it('at start, removes dead and old temps in every folder below, never following links', async () => {
    const nested = path.join(root, 'library', 'templates');
    await mkdir(nested, { recursive: true });
    const outside = await mkdtemp(path.join(tmpdir(), 'placard-outside-'));
    try {
      await writeFile(path.join(outside, temp('x.json', DEAD_PID)), 'not under the root');
      await symlink(outside, path.join(root, 'link'));
      await writeFile(path.join(nested, temp('t.json', DEAD_PID)), 'torn');
      const old = path.join(root, temp('settings.json', process.ppid));
      await writeFile(old, 'eleven minutes old');
      const past = new Date(Date.now() - 11 * 60 * 1000);
      await utimes(old, past, past);
      await writeFile(path.join(root, temp('fresh.json', process.ppid)), 'being written now');
      expect(await removeStaleTempsUnder(root)).toBe(2);
      expect(await readdir(nested)).toEqual([]);
      expect((await readdir(root)).filter((n) => n.endsWith('.tmp'))).toEqual([temp('fresh.json', process.ppid)]);
      expect(await readdir(outside)).toEqual([temp('x.json', DEAD_PID)]);
      expect(await removeStaleTemps(path.join(root, 'missing'))).toBe(0);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
