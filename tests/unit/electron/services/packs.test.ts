import { chmod, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPack, writePack } from '../../../../core/bundle';
import { isPlacardError, type PlacardError } from '../../../../electron/services/errors';
import {
  PACKS_DIR,
  STAGING_DIR,
  exportPack,
  getPack,
  importPack,
  listPacks,
  recoverPackLibrary,
  removePack,
} from '../../../../electron/services/packs';
import { sampleBrandKit, samplePackInput, sampleTemplate } from '../../../helpers/hostile-corpus';

let libraryDir: string;
beforeEach(async () => {
  libraryDir = await mkdtemp(path.join(tmpdir(), 'placard-packs-'));
});
afterEach(async () => {
  await rm(libraryDir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return isPlacardError(err) ? (err as PlacardError).code : String(err);
  }
}

const packBytes = (version: string, id = 'org.example.rally') => writePack(samplePackInput(version, id));

describe('pack library', () => {
  it('imports, lists, gets and removes a pack', async () => {
    const result = await importPack(libraryDir, packBytes('1.0.0'));
    expect(result.replacedVersion).toBeNull();
    expect(result.pack).toMatchObject({ id: 'org.example.rally', version: '1.0.0', templateIds: ['rally-flyer'], brandKitIds: ['kit_union'] });
    expect(await listPacks(libraryDir)).toEqual([result.pack]);
    const pack = await getPack(libraryDir, 'org.example.rally');
    expect([...pack.templates.values()]).toEqual([sampleTemplate()]);
    await removePack(libraryDir, 'org.example.rally');
    expect(await listPacks(libraryDir)).toEqual([]);
    expect(await codeOf(getPack(libraryDir, 'org.example.rally'))).toBe('pack.not-found');
    expect(await codeOf(removePack(libraryDir, 'org.example.rally'))).toBe('pack.not-found');
    expect(await readdir(path.join(libraryDir, STAGING_DIR))).toEqual([]);
  });

  it('export then import is deep-equal', async () => {
    const input = samplePackInput('3.2.1');
    const bytes = exportPack(input.manifest, input.templates, input.brandKits, input.assets, input.fonts);
    await importPack(libraryDir, bytes);
    const installed = await getPack(libraryDir, input.manifest.id);
    const original = readPack(bytes);
    if (!original.ok) throw new Error(original.error.message);
    expect(installed).toEqual(original.value);
    expect([...installed.templates.values()]).toEqual([...input.templates]);
    expect(installed.assets).toEqual(input.assets);
    expect(installed.fonts).toEqual(input.fonts);
  });

  it('asks before any install over an installed id, naming both versions and authors, and replaces when the user says so', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    for (const [version, relation] of [['1.1.0', 'newer'], ['1.0.0', 'same'], ['0.9.0', 'older'], ['1.0.0-beta.1', 'older']] as const) {
      const err = await importPack(libraryDir, packBytes(version)).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'pack.conflict', params: { pack: 'org.example.rally', installed: '1.0.0', incoming: version, installedAuthor: 'Local 42', incomingAuthor: 'Local 42', relation, author: 'same' } });
    }
    expect((await listPacks(libraryDir)).map((p) => p.version)).toEqual(['1.0.0']);
    expect((await importPack(libraryDir, packBytes('1.1.0'), { choice: 'replace' })).replacedVersion).toBe('1.0.0');
    expect((await importPack(libraryDir, packBytes('1.0.5'), { choice: 'replace' })).replacedVersion).toBe('1.1.0');
    expect((await listPacks(libraryDir)).map((p) => p.version)).toEqual(['1.0.5']);
  });

  it("never lets another author's pack replace an installed one; the user may keep it as a separate pack", async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    const stranger = samplePackInput('9.0.0');
    stranger.manifest.author = 'Someone Else';
    const bytes = writePack(stranger);
    const before = await getPack(libraryDir, 'org.example.rally');
    expect(await importPack(libraryDir, bytes).catch((e: unknown) => e)).toMatchObject({ code: 'pack.conflict', params: { author: 'other', installedAuthor: 'Local 42', incomingAuthor: 'Someone Else' } });
    expect(await codeOf(importPack(libraryDir, bytes, { choice: 'replace' }))).toBe('pack.other-author');
    expect(await getPack(libraryDir, 'org.example.rally')).toEqual(before);
    const separate = await importPack(libraryDir, bytes, { choice: 'separate' });
    expect(separate).toMatchObject({ pack: { id: 'org.example.rally-2', version: '9.0.0', author: 'Someone Else' }, replacedVersion: null });
    expect((await importPack(libraryDir, bytes, { choice: 'separate' })).pack.id).toBe('org.example.rally-3');
    expect((await listPacks(libraryDir)).map((p) => [p.id, p.author])).toEqual([
      ['org.example.rally', 'Local 42'],
      ['org.example.rally-2', 'Someone Else'],
      ['org.example.rally-3', 'Someone Else'],
    ]);
    expect(await getPack(libraryDir, 'org.example.rally')).toEqual(before);
    expect((await getPack(libraryDir, 'org.example.rally-2')).manifest.id).toBe('org.example.rally-2');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('names the problem when the library folder is read-only, and changes nothing', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    await chmod(libraryDir, 0o555);
    try {
      const err = await importPack(libraryDir, packBytes('1.1.0'), { choice: 'replace' }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'pack.install-failed', params: { reason: 'EACCES' } });
    } finally {
      await chmod(libraryDir, 0o755);
    }
    expect((await listPacks(libraryDir)).map((p) => p.version)).toEqual(['1.0.0']);
  });

  it('names the problem when the disk refuses the staging folder (as root, where read-only folders do not refuse)', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    await rm(path.join(libraryDir, '.staging'), { recursive: true, force: true });
    await writeFile(path.join(libraryDir, '.staging'), 'a file where the staging folder belongs');
    const err = await importPack(libraryDir, packBytes('1.1.0'), { choice: 'replace' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'pack.install-failed', params: { pack: 'org.example.rally' } });
    expect((err as PlacardError).params.reason).toMatch(/^E[A-Z]+$/);
    expect((await listPacks(libraryDir)).map((p) => p.version)).toEqual(['1.0.0']);
  });

  it('an update replaces the whole pack: files of the old version do not linger', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    const input = samplePackInput('2.0.0');
    input.templates = [sampleTemplate('new-flyer', 'tpl_new')];
    input.brandKits = [sampleBrandKit('kit_new')];
    await importPack(libraryDir, writePack(input), { choice: 'replace' });
    const [summary] = await listPacks(libraryDir);
    expect(summary).toMatchObject({ version: '2.0.0', templateIds: ['new-flyer'], brandKitIds: ['kit_new'] });
  });

  it('serializes concurrent imports', async () => {
    const results = await Promise.allSettled([importPack(libraryDir, packBytes('1.0.0')), importPack(libraryDir, packBytes('2.0.0'), { choice: 'replace' }), importPack(libraryDir, packBytes('1.0.0', 'org.other'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect((await listPacks(libraryDir)).map((p) => `${p.id}@${p.version}`).sort()).toEqual(['org.example.rally@2.0.0', 'org.other@1.0.0']);
  });

  it('removes leftover staging folders at start', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    const leftover = path.join(libraryDir, STAGING_DIR, 'import-abc123', 'pack', 'templates');
    await mkdir(leftover, { recursive: true });
    await writeFile(path.join(leftover, 'half.json'), '{"vers');
    await recoverPackLibrary(libraryDir);
    expect(await readdir(path.join(libraryDir, STAGING_DIR))).toEqual([]);
    expect((await listPacks(libraryDir)).map((p) => p.version)).toEqual(['1.0.0']);
  });

  it('restores the previous version when killed between the two renames of an update', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    const before = await getPack(libraryDir, 'org.example.rally');
    // Recreate the exact on-disk state of an update interrupted after moving the old pack aside.
    const stage = path.join(libraryDir, STAGING_DIR, 'import-killed');
    await mkdir(stage, { recursive: true });
    await writeFile(path.join(stage, 'target.json'), JSON.stringify({ packId: 'org.example.rally' }));
    await rename(path.join(libraryDir, PACKS_DIR, 'org.example.rally'), path.join(stage, 'previous'));
    await mkdir(path.join(stage, 'pack'));
    expect(await listPacks(libraryDir)).toEqual([]);
    await recoverPackLibrary(libraryDir);
    expect(await getPack(libraryDir, 'org.example.rally')).toEqual(before);
    expect(await readdir(path.join(libraryDir, STAGING_DIR))).toEqual([]);
  });

  it('refuses to export a pack that would not import', async () => {
    const input = samplePackInput();
    expect(() => exportPack(input.manifest, input.templates, input.brandKits, new Map(), input.fonts)).toThrow(/asset/);
    expect(() => exportPack({ ...input.manifest, version: 'one' }, input.templates, input.brandKits, input.assets, input.fonts)).toThrow(/version/);
  });

  it('skips folders that are not valid packs when listing', async () => {
    await importPack(libraryDir, packBytes('1.0.0'));
    await mkdir(path.join(libraryDir, PACKS_DIR, 'junk'), { recursive: true });
    await writeFile(path.join(libraryDir, PACKS_DIR, 'junk', 'manifest.json'), '{"__proto__": {}}');
    expect((await listPacks(libraryDir)).map((p) => p.id)).toEqual(['org.example.rally']);
    expect(await codeOf(getPack(libraryDir, 'junk'))).toBe('bundle.forbidden-key');
    expect(await codeOf(getPack(libraryDir, '../escape'))).toBe('pack.not-found');
  });
});
