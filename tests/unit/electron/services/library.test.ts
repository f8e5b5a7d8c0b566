import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBrandKit, DEFAULT_BRAND_KIT } from '../../../../core/brand';
import { createDesign, createTextElement } from '../../../../core/model';
import { createLibraryStore } from '../../../../electron/services/library';
import { createApiHandlers, invokeValidated } from '../../../../electron/handlers';

let dir: string;
let logs: string[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-library-'));
  logs = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const store = () => createLibraryStore(dir, { log: (m) => logs.push(m) });

function template(id = 'my-flyer') {
  const design = { ...createDesign({ width: 1080, height: 1080 }), elements: [createTextElement({ x: 0, y: 0, width: 100, height: 50, text: 'Hi', slot: { kind: 'text', label: { en: 'Headline' }, hint: {} } })] };
  return { format: 'placard-template', formatVersion: 1, id, name: { en: 'My flyer', es: 'Mi volante' }, category: 'events', presetId: 'instagram-square', tags: ['mine'], design };
}

// The smallest valid PNG signature plus padding is enough: the service checks type and hash.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pngId = createHash('sha256').update(png).digest('hex');

describe('library service', () => {
  it('starts empty without creating anything', async () => {
    expect(await store().list()).toEqual({ brandKits: [], templates: [], skipped: [] });
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves, lists (in a fresh store) and deletes brand kits', async () => {
    const kit = createBrandKit('Tenants United');
    await store().saveBrandKit({ ...kit, colors: { ...kit.colors, primary: '#00AA55' } });
    const listed = await store().list();
    expect(listed.brandKits).toHaveLength(1);
    expect(listed.brandKits[0]).toMatchObject({ id: kit.id, name: 'Tenants United', colors: { primary: '#00AA55' } });
    expect(await store().deleteBrandKit(kit.id)).toBe(true);
    expect(await store().deleteBrandKit(kit.id)).toBe(false);
    expect((await store().list()).brandKits).toEqual([]);
  });

  it('refuses to store or delete the default kit, and invalid kits', async () => {
    await expect(store().saveBrandKit(DEFAULT_BRAND_KIT)).rejects.toMatchObject({ code: 'brand.default-kit-readonly' });
    await expect(store().deleteBrandKit(DEFAULT_BRAND_KIT.id)).rejects.toMatchObject({ code: 'brand.default-kit-readonly' });
    await expect(store().saveBrandKit({ ...createBrandKit('x'), colors: { primary: '#fff' } })).rejects.toMatchObject({ code: 'library.invalid-kit' });
    await expect(store().deleteBrandKit('../settings')).rejects.toMatchObject({ code: 'library.invalid-id' });
  });

  it('round-trips a template with its design, slots and images', async () => {
    const saved = await store().saveTemplate(template(), { [pngId]: { mime: 'image/png', bytes: png } });
    expect(saved.design.elements[0]!.slot?.label.en).toBe('Headline');
    const listed = await store().list();
    expect(listed.templates.map((t) => t.id)).toEqual(['my-flyer']);
    expect(listed.templates[0]!.name.es).toBe('Mi volante');
    expect(await store().getAsset(pngId)).toEqual({ mime: 'image/png', bytes: png });
    expect(await store().deleteTemplate('my-flyer')).toBe(true);
    expect((await store().list()).templates).toEqual([]);
  });

  it('refuses images whose bytes do not match their id or claimed type, writing nothing', async () => {
    await expect(store().saveTemplate(template(), { ['0'.repeat(64)]: { mime: 'image/png', bytes: png } })).rejects.toMatchObject({ code: 'library.asset-mismatch' });
    await expect(store().saveTemplate(template(), { [pngId]: { mime: 'image/jpeg', bytes: png } })).rejects.toMatchObject({ code: 'library.asset-mismatch' });
    expect((await store().list()).templates).toEqual([]);
    expect(await store().getAsset(pngId)).toBeNull();
  });

  it('refuses an invalid template with a coded error naming the problem', async () => {
    const bad = { ...template(), design: { ...template().design, width: -5 } };
    await expect(store().saveTemplate(bad)).rejects.toMatchObject({ code: 'library.invalid-template', message: expect.stringContaining('width') });
  });

  it('skips corrupt, oversized, mismatched and hostile files with a logged reason, keeping the good ones', async () => {
    const s = store();
    const good = createBrandKit('Good');
    await s.saveBrandKit(good);
    await s.saveTemplate(template());
    const kits = path.join(dir, 'library', 'kits');
    const templates = path.join(dir, 'library', 'templates');
    await writeFile(path.join(kits, 'broken.json'), '{"id": "broken", ');
    await writeFile(path.join(kits, 'placard-default.json'), JSON.stringify(DEFAULT_BRAND_KIT));
    await writeFile(path.join(kits, 'renamed.json'), JSON.stringify({ ...createBrandKit('Other') }));
    await writeFile(path.join(kits, 'huge.json'), ' '.repeat(300 * 1024));
    await writeFile(path.join(templates, 'evil.json'), JSON.stringify({ ...template('evil'), design: { version: 99 } }));
    await mkdir(path.join(templates, 'folder.json'));
    const listed = await store().list();
    expect(listed.brandKits.map((k) => k.id)).toEqual([good.id]);
    expect(listed.templates.map((t) => t.id)).toEqual(['my-flyer']);
    expect(listed.skipped.map((x) => path.basename(x.file)).sort()).toEqual(['broken.json', 'evil.json', 'huge.json', 'placard-default.json', 'renamed.json']);
    expect(logs).toHaveLength(5);
    expect(logs.join('\n')).toMatch(/not valid JSON/);
  });

  it('writes atomically: no temp files are left, and a rewrite replaces the file whole', async () => {
    const kit = createBrandKit('A');
    await store().saveBrandKit(kit);
    await store().saveBrandKit({ ...kit, name: 'B' });
    const files = await readdir(path.join(dir, 'library', 'kits'));
    expect(files).toEqual([`${kit.id}.json`]);
    expect(JSON.parse(await readFile(path.join(dir, 'library', 'kits', files[0]!), 'utf8')).name).toBe('B');
  });

  it('serializes concurrent saves so none is lost', async () => {
    const s = store();
    const kits = Array.from({ length: 8 }, (_, i) => createBrandKit(`Kit ${i}`));
    await Promise.all(kits.map((k) => s.saveBrandKit(k)));
    expect((await s.list()).brandKits).toHaveLength(8);
  });

  it('is reachable through the validated API handlers, which reject bad arguments', async () => {
    const handlers = createApiHandlers({ dialogs: { openImage: async () => null, saveFile: async () => null }, userDataDir: dir, appVersion: '0', platform: 'test' });
    await invokeValidated(handlers, 'saveTemplate', [{ template: template(), assets: {} }]);
    const library = await invokeValidated(handlers, 'getLibrary', []);
    expect(library.templates.map((t) => t.id)).toEqual(['my-flyer']);
    await expect(invokeValidated(handlers, 'saveTemplate', [{ template: { ...template(), id: 'Bad Id!' } }])).rejects.toMatchObject({ code: 'ipc.invalid-args' });
    await expect(invokeValidated(handlers, 'getLibraryAsset', ['../../etc/passwd'])).rejects.toMatchObject({ code: 'ipc.invalid-args' });
    expect(await invokeValidated(handlers, 'deleteTemplate', ['my-flyer'])).toBe(true);
  });
});
