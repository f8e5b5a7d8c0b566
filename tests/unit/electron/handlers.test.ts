import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../core/api';
import { createApiHandlers, invokeValidated, withExportExtension, type Dialogs } from '../../../electron/handlers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-handlers-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function setup(dialogs: Partial<Dialogs> = {}) {
  const fullDialogs: Dialogs = { openImage: vi.fn(async () => null), saveFile: vi.fn(async () => null), ...dialogs };
  const onSettingsChanged = vi.fn();
  const userDataDir = path.join(dir, 'userData');
  const handlers = createApiHandlers({ dialogs: fullDialogs, userDataDir, appVersion: '9.8.7', platform: 'linux', onSettingsChanged });
  return { handlers, dialogs: fullDialogs, onSettingsChanged, userDataDir };
}

describe('createApiHandlers', () => {
  it('implements exactly the API methods', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...API_METHODS].sort());
  });

  it('getAppInfo reports the electron shell', async () => {
    expect(await setup().handlers.getAppInfo()).toEqual({ version: '9.8.7', platform: 'linux', shell: 'electron' });
  });

  it('openImage returns null on cancel and the sniffed image otherwise', async () => {
    const file = path.join(dir, 'logo.webp');
    await writeFile(file, PNG);
    const canceled = setup();
    expect(await canceled.handlers.openImage()).toBeNull();
    const chosen = setup({ openImage: async () => file });
    const image = await chosen.handlers.openImage();
    expect(image).toMatchObject({ name: 'logo.webp', mime: 'image/png' });
    expect([...image!.bytes]).toEqual([...PNG]);
  });

  it('bulk create opens a spreadsheet and reads the photos its cells name from its folder or a picked one, never outside', async () => {
    const sheetDir = path.join(dir, 'sheet');
    const photos = path.join(dir, 'photos');
    await (await import('node:fs/promises')).mkdir(path.join(sheetDir, 'pics'), { recursive: true });
    await (await import('node:fs/promises')).mkdir(photos);
    await writeFile(path.join(sheetDir, 'rows.csv'), 'name;photo\nAna;pics/ana.png\n');
    await writeFile(path.join(sheetDir, 'pics', 'ana.png'), PNG);
    await writeFile(path.join(photos, 'bo.png'), PNG);
    await writeFile(path.join(dir, 'secret.png'), PNG);
    await writeFile(path.join(sheetDir, 'notes.png'), 'text');
    const { symlink } = await import('node:fs/promises');
    await symlink(path.join(dir, 'secret.png'), path.join(sheetDir, 'link.png'));
    const { handlers } = setup({ openSpreadsheet: async () => path.join(sheetDir, 'rows.csv'), choosePhotoFolder: async () => photos });
    const opened = await handlers.openSpreadsheet();
    expect(opened).toMatchObject({ name: 'rows.csv', folder: { label: sheetDir } });
    expect(new TextDecoder().decode(opened!.bytes)).toBe('name;photo\nAna;pics/ana.png\n');
    const token = opened!.folder.token;
    expect(await handlers.readFolderPhoto({ folder: token, name: 'pics/ana.png' })).toMatchObject({ name: 'ana.png', mime: 'image/png' });
    expect(await handlers.readFolderPhoto({ folder: token, name: 'pics\\ana.png' })).toMatchObject({ name: 'ana.png' });
    for (const name of ['../secret.png', path.join(dir, 'secret.png'), 'link.png', 'pics/../../secret.png']) {
      await expect(handlers.readFolderPhoto({ folder: token, name })).rejects.toMatchObject({ code: 'bulk.photo-outside' });
    }
    await expect(handlers.readFolderPhoto({ folder: token, name: 'gone.png' })).rejects.toMatchObject({ code: 'bulk.photo-not-found' });
    await expect(handlers.readFolderPhoto({ folder: token, name: 'notes.png' })).rejects.toMatchObject({ code: 'image.unsupported' });
    await expect(handlers.readFolderPhoto({ folder: 'f'.repeat(32), name: 'a.png' })).rejects.toMatchObject({ code: 'bulk.folder-unknown' });
    const picked = await handlers.choosePhotoFolder();
    expect(await handlers.readFolderPhoto({ folder: picked!.token, name: 'bo.png' })).toMatchObject({ name: 'bo.png' });
    await expect(invokeValidated(handlers, 'readFolderPhoto', [{ folder: 'nope', name: 'a.png' }])).rejects.toMatchObject({ code: 'ipc.invalid-args' });
  });

  it('bulk create refuses a spreadsheet over the size limit before reading it', async () => {
    const big = path.join(dir, 'big.csv');
    const { MAX_SHEET_BYTES } = await import('../../../electron/services/bulk-files');
    await (await import('node:fs/promises')).truncate(big).catch(() => undefined);
    await writeFile(big, '');
    await (await import('node:fs/promises')).truncate(big, MAX_SHEET_BYTES + 1);
    await expect(setup({ openSpreadsheet: async () => big }).handlers.openSpreadsheet()).rejects.toMatchObject({ code: 'bulk.sheet-too-large' });
    expect(await setup({ openSpreadsheet: async () => null }).handlers.openSpreadsheet()).toBeNull();
  });

  it('openImage refuses a file that is not an image', async () => {
    const file = path.join(dir, 'notes.png');
    await writeFile(file, 'just text');
    await expect(setup({ openImage: async () => file }).handlers.openImage()).rejects.toMatchObject({ code: 'image.unsupported' });
  });

  it('saveExport asks with the suggested name and a filter for the format, and writes atomically', async () => {
    const target = path.join(dir, 'out', 'post.png');
    await rm(path.dirname(target), { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(path.dirname(target));
    const saveFile = vi.fn(async () => target);
    const { handlers } = setup({ saveFile });
    const result = await handlers.saveExport({ suggestedName: 'post.png', mime: 'image/png', bytes: PNG });
    expect(saveFile).toHaveBeenCalledWith({ suggestedName: 'post.png', filters: [{ name: 'PNG', extensions: ['png'] }] });
    expect(result).toEqual({ status: 'saved', path: target });
    expect([...(await readFile(target))]).toEqual([...PNG]);
    expect(await readdir(path.dirname(target))).toEqual(['post.png']);
  });

  it('saveExport adds the extension the bytes need and reports cancel', async () => {
    const { handlers } = setup({ saveFile: async () => path.join(dir, 'flyer') });
    expect(await handlers.saveExport({ suggestedName: 'flyer.jpg', mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) })).toEqual({
      status: 'saved',
      path: path.join(dir, 'flyer.jpg'),
    });
    expect(await setup().handlers.saveExport({ suggestedName: 'a.png', mime: 'image/png', bytes: PNG })).toEqual({ status: 'canceled' });
    expect(withExportExtension('/x/a.JPEG', 'image/jpeg')).toBe('/x/a.JPEG');
    expect(withExportExtension('/x/a.jpg', 'image/png')).toBe('/x/a.jpg.png');
    expect(withExportExtension('/x/a.webp', 'image/webp')).toBe('/x/a.webp');
  });

  it('settings round-trip through the user data folder and notify main', async () => {
    const { handlers, onSettingsChanged, userDataDir } = setup();
    expect(await handlers.getSettings()).toEqual({ language: 'en' });
    expect(await handlers.setSettings({ language: 'es' })).toEqual({ language: 'es' });
    expect(onSettingsChanged).toHaveBeenCalledWith({ language: 'es' });
    expect(JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8'))).toEqual({ language: 'es' });
  });
});

describe('invokeValidated', () => {
  it('rejects unknown methods, including inherited object keys', async () => {
    const { handlers } = setup();
    for (const method of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      await expect(invokeValidated(handlers, method, [])).rejects.toMatchObject({ code: 'ipc.unknown-method' });
    }
  });

  it('rejects bad arguments with the field path in the message, before any handler runs', async () => {
    const saveFile = vi.fn(async () => null);
    const { handlers } = setup({ saveFile });
    const cases: [string, unknown[], RegExp][] = [
      ['saveExport', [{ suggestedName: '../../etc/passwd', mime: 'image/png', bytes: PNG }], /args\.0\.suggestedName/],
      ['saveExport', [{ suggestedName: 'a.png', mime: 'image/bmp', bytes: PNG }], /args\.0\.mime/],
      ['saveExport', [{ suggestedName: 'a.png', mime: 'image/png', bytes: [1, 2, 3] }], /args\.0\.bytes/],
      ['saveExport', [{ suggestedName: 'a.png', mime: 'image/png', bytes: PNG, extra: 1 }], /args\.0/],
      ['saveExport', [], /args: .*expected array/],
      ['setSettings', [{ language: 'fr' }], /args\.0\.language/],
      ['getSettings', ['unexpected'], /args/],
    ];
    for (const [method, args, pathPattern] of cases) {
      const error = await invokeValidated(handlers, method, args).catch((e: unknown) => e);
      expect(error, `${method} ${JSON.stringify(args)}`).toMatchObject({ code: 'ipc.invalid-args' });
      expect((error as Error).message).toMatch(pathPattern);
      expect((error as Error).message).toContain(method);
    }
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('passes valid calls through to the handler', async () => {
    const { handlers } = setup();
    expect(await invokeValidated(handlers, 'getAppInfo', [])).toEqual({ version: '9.8.7', platform: 'linux', shell: 'electron' });
    expect(await invokeValidated(handlers, 'setSettings', [{ language: 'es' }])).toEqual({ language: 'es' });
    // An empty patch must not reset anything to defaults.
    expect(await invokeValidated(handlers, 'setSettings', [{}])).toEqual({ language: 'es' });
  });
});
