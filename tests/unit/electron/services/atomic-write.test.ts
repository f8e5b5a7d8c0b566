import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Fault injection: when `failAfterBytes` is set, FileHandle.writeFile writes that many bytes for
// real and then fails like a full disk would, so a half-written temp file exists at that moment.
const faults = vi.hoisted(() => ({ failAfterBytes: null as number | null, failRename: false, holdRename: null as null | (() => Promise<void>) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const limit = faults.failAfterBytes;
      if (limit === null) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile') {
            return async (data: Uint8Array) => {
              await target.write(data.subarray(0, limit));
              throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (faults.holdRename) await faults.holdRename();
      if (faults.failRename) throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      return real.rename(...args);
    },
  };
});

const { removeTempsInFlight, writeFileAtomic } = await import('../../../../electron/services/atomic-write');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-atomic-'));
  faults.failAfterBytes = null;
  faults.failRename = false;
  faults.holdRename = null;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates and replaces files with exactly the given bytes, leaving nothing else behind', async () => {
    const target = path.join(dir, 'out.png');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    await writeFileAtomic(target, 'hello');
    expect(await readFile(target, 'utf8')).toBe('hello');
    expect(await readdir(dir)).toEqual(['out.png']);
  });

  it('keeps the old file and removes the temp file when the write fails midway', async () => {
    const target = path.join(dir, 'design.json');
    await writeFile(target, 'old complete content');
    faults.failAfterBytes = 4;
    const error = await writeFileAtomic(target, 'new content that never fully lands').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'file.write-failed', params: { path: target, reason: 'ENOSPC' } });
    expect(await readFile(target, 'utf8')).toBe('old complete content');
    expect(await readdir(dir)).toEqual(['design.json']);
  });

  it('never creates a half file when there was no file before', async () => {
    faults.failAfterBytes = 2;
    await expect(writeFileAtomic(path.join(dir, 'new.png'), new Uint8Array(100))).rejects.toMatchObject({ code: 'file.write-failed' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'a.txt');
    faults.failRename = true;
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'file.write-failed', params: { reason: 'EXDEV' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temp file of a write in flight when the process is about to exit midway', async () => {
    const target = path.join(dir, 'poster.png');
    await writeFile(target, 'old');
    let release = () => {};
    const reached = new Promise<void>((resolve) => {
      faults.holdRename = () => {
        resolve();
        return new Promise<void>((r) => (release = r));
      };
    });
    const writing = writeFileAtomic(target, 'new bytes').catch((e: unknown) => e);
    await reached;
    // The written temp sits beside the target, as a forced exit would leave it.
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    removeTempsInFlight();
    expect(await readdir(dir)).toEqual(['poster.png']);
    release();
    expect(await writing).toMatchObject({ code: 'file.write-failed' });
    expect(await readFile(target, 'utf8')).toBe('old');
    // Nothing is in flight any more: a second call removes nothing.
    await writeFile(path.join(dir, '.other.tmp'), 'x');
    removeTempsInFlight();
    expect((await readdir(dir)).sort()).toEqual(['.other.tmp', 'poster.png']);
  });

  it('fails cleanly when the target is a folder or the folder is missing', async () => {
    await mkdir(path.join(dir, 'taken'));
    await writeFile(path.join(dir, 'taken', 'keep.txt'), 'keep');
    await expect(writeFileAtomic(path.join(dir, 'taken'), 'x')).rejects.toMatchObject({ code: 'file.write-failed' });
    expect(await readFile(path.join(dir, 'taken', 'keep.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.txt'), 'x')).rejects.toMatchObject({ code: 'file.write-failed', params: { reason: 'ENOENT' } });
  });
});
