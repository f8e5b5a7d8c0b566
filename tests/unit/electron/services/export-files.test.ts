// writeExportFiles and the export channels on real temp folders: names are plain file names,
// nothing leaves the folder, nothing is overwritten unconfirmed, and a failure leaves no file.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ afterWrites: -1, writes: 0 }));
vi.mock('../../../../electron/services/atomic-write', async (importActual) => {
  const actual = await importActual<typeof import('../../../../electron/services/atomic-write')>();
  return {
    ...actual,
    async writeFileAtomic(p: string, data: Uint8Array | string) {
      if (failing.afterWrites >= 0 && failing.writes++ >= failing.afterWrites) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return actual.writeFileAtomic(p, data);
    },
  };
});

import { checkExportFileName, writeExportFiles } from '../../../../electron/services/export-files';
import { checkClipboardPng } from '../../../../electron/services/export-folders';
import { createApiHandlers, invokeValidated, type Dialogs } from '../../../../electron/handlers';

const bytes = (s: string) => new TextEncoder().encode(s);

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-export-files-'));
  out = path.join(dir, 'out');
  await mkdir(out);
  failing.afterWrites = -1;
  failing.writes = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('checkExportFileName', () => {
  it.each(['../evil.png', 'a/b.png', 'a\\b.png', '..', '.hidden.png', 'x.exe', 'x.png.sh', 'con.png', 'a\u202egnp.txt', 'a:b.png', 'trail.png ', ''])('refuses %j', (name) => {
    expect(() => checkExportFileName(name)).toThrow(expect.objectContaining({ code: 'export.bad-file-name' }));
  });
  it.each(['march-instagram-story.png', 'Marcha 1080x1920.jpg', 'cartel.webp', 'cartel.txt', 'ñandú.JPEG'])('accepts %j', (name) => {
    expect(() => checkExportFileName(name)).not.toThrow();
  });
});

describe('writeExportFiles', () => {
  it('writes every file with its exact bytes and leaves no staging files', async () => {
    const r = await writeExportFiles(out, [{ name: 'a.png', bytes: bytes('PNG!') }, { name: 'a.txt', bytes: bytes('alt text\n') }], { overwrite: false });
    expect(r).toEqual({ status: 'written', paths: [path.join(out, 'a.png'), path.join(out, 'a.txt')] });
    expect((await readdir(out)).sort()).toEqual(['a.png', 'a.txt']);
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('alt text\n');
  });

  it('refuses traversal names before writing anything', async () => {
    await expect(writeExportFiles(out, [{ name: 'ok.png', bytes: bytes('1') }, { name: '../escape.png', bytes: bytes('2') }], { overwrite: true })).rejects.toMatchObject({
      code: 'export.bad-file-name',
    });
    expect(await readdir(out)).toEqual([]);
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('reports existing names and writes nothing unless the user confirmed', async () => {
    await writeFile(path.join(out, 'a.png'), 'old');
    const r = await writeExportFiles(out, [{ name: 'a.png', bytes: bytes('new') }, { name: 'a.txt', bytes: bytes('t') }], { overwrite: false });
    expect(r).toEqual({ status: 'exists', names: ['a.png'] });
    expect(await readdir(out)).toEqual(['a.png']);
    expect(await readFile(path.join(out, 'a.png'), 'utf8')).toBe('old');
    await writeExportFiles(out, [{ name: 'a.png', bytes: bytes('new') }, { name: 'a.txt', bytes: bytes('t') }], { overwrite: true });
    expect(await readFile(path.join(out, 'a.png'), 'utf8')).toBe('new');
  });

  it('never replaces a symlink or folder of the same name, even when confirmed', async () => {
    await writeFile(path.join(dir, 'secret.png'), 'secret');
    await symlink(path.join(dir, 'secret.png'), path.join(out, 'link.png'));
    await mkdir(path.join(out, 'dir.png'));
    await expect(writeExportFiles(out, [{ name: 'link.png', bytes: bytes('x') }], { overwrite: true })).rejects.toMatchObject({ code: 'export.bad-file-name' });
    await expect(writeExportFiles(out, [{ name: 'dir.png', bytes: bytes('x') }], { overwrite: true })).rejects.toMatchObject({ code: 'export.bad-file-name' });
    expect(await readFile(path.join(dir, 'secret.png'), 'utf8')).toBe('secret');
  });

  it('leaves no file at all when a write fails half way (image written, alt text fails)', async () => {
    failing.afterWrites = 1;
    await expect(writeExportFiles(out, [{ name: 'b.png', bytes: bytes('image') }, { name: 'b.txt', bytes: bytes('alt') }], { overwrite: false })).rejects.toMatchObject({
      code: 'file.write-failed',
    });
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses duplicate names (also differing only in case), too many files and a missing folder', async () => {
    await expect(writeExportFiles(out, [{ name: 'A.png', bytes: bytes('1') }, { name: 'a.PNG', bytes: bytes('2') }], { overwrite: false })).rejects.toMatchObject({
      code: 'export.bad-file-name',
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.png`, bytes: bytes('x') }));
    await expect(writeExportFiles(out, many, { overwrite: false })).rejects.toMatchObject({ code: 'export.too-many-files' });
    await expect(writeExportFiles(path.join(dir, 'gone'), [{ name: 'a.png', bytes: bytes('1') }], { overwrite: false })).rejects.toMatchObject({
      code: 'export.folder-missing',
    });
    expect(await readdir(out)).toEqual([]);
  });
});

describe('export channels', () => {
  function setup(chooseFolder: Dialogs['chooseFolder'], clipboard?: { writePng: (png: Uint8Array) => void }) {
    const dialogs: Dialogs = { openImage: async () => null, saveFile: async () => null, chooseFolder };
    return createApiHandlers({ dialogs, clipboard, userDataDir: path.join(dir, 'user'), appVersion: '0', platform: 'test' });
  }

  it('writes only into a folder the user chose, through its token', async () => {
    const handlers = setup(async () => out);
    const folder = await invokeValidated(handlers, 'chooseExportFolder', []);
    expect(folder?.label).toBe(out);
    expect(folder?.token).toMatch(/^[0-9a-f]{32}$/);
    const r = await invokeValidated(handlers, 'writeExportFiles', [{ folder: folder!.token, files: [{ name: 'x.png', bytes: bytes('1') }], overwrite: false }]);
    expect(r.status).toBe('written');
    expect(await readdir(out)).toEqual(['x.png']);
    await expect(invokeValidated(handlers, 'writeExportFiles', [{ folder: 'f'.repeat(32), files: [{ name: 'y.png', bytes: bytes('1') }], overwrite: false }])).rejects.toMatchObject({
      code: 'export.folder-unknown',
    });
    await expect(invokeValidated(handlers, 'writeExportFiles', [{ folder: folder!.token, files: [{ name: '../y.png', bytes: bytes('1') }], overwrite: false }])).rejects.toMatchObject({
      code: 'ipc.invalid-args',
    });
    expect(await readdir(dir)).toEqual(['out']);
  });

  it('returns null when the folder dialog is canceled', async () => {
    expect(await invokeValidated(setup(async () => null), 'chooseExportFolder', [])).toBeNull();
  });

  it('hands a valid PNG to the clipboard service and refuses anything else', async () => {
    const writes: Uint8Array[] = [];
    const handlers = setup(undefined, { writePng: (png) => void writes.push(png) });
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 40, 0, 0, 0, 30]);
    expect(checkClipboardPng(png)).toEqual({ width: 40, height: 30 });
    expect(await invokeValidated(handlers, 'copyImageToClipboard', [{ png }])).toEqual({ copied: true });
    expect(writes).toHaveLength(1);
    await expect(invokeValidated(handlers, 'copyImageToClipboard', [{ png: bytes('GIF89a not a png at all, really not') }])).rejects.toMatchObject({ code: 'clipboard.bad-image' });
    expect(writes).toHaveLength(1);
    await expect(invokeValidated(setup(undefined), 'copyImageToClipboard', [{ png }])).rejects.toMatchObject({ code: 'clipboard.unavailable' });
  });
});
