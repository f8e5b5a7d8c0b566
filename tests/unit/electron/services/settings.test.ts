import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, repairSettings, SETTINGS_FILE } from '../../../../electron/services/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('returns defaults when there is no file, and persists updates as JSON', async () => {
    const store = createSettingsStore(dir);
    expect(await store.get()).toEqual({ language: 'en' });
    expect(await store.update({ language: 'es' })).toEqual({ language: 'es' });
    expect(JSON.parse(await readFile(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual({ language: 'es' });
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'es' });
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
  });

  it("speaks the system's language until one is saved: no file, a file without it, or with a broken one", async () => {
    const store = createSettingsStore(dir, 'es');
    expect(await store.get()).toEqual({ language: 'es' });
    await writeFile(path.join(dir, SETTINGS_FILE), '{"customPresets": []}');
    expect((await store.get()).language).toBe('es');
    await writeFile(path.join(dir, SETTINGS_FILE), '{"language":"xx"}');
    expect((await store.get()).language).toBe('es');
    await writeFile(path.join(dir, SETTINGS_FILE), 'not json');
    expect((await store.get()).language).toBe('es');
    // A saved choice wins over the system's.
    expect(await store.update({ language: 'en' })).toEqual({ language: 'en' });
    expect(await createSettingsStore(dir, 'es').get()).toEqual({ language: 'en' });
    expect(repairSettings({ language: 'en' }, 'es')).toEqual({ language: 'en' });
    expect(repairSettings({}, 'es')).toEqual({ language: 'es' });
  });

  it('an empty patch changes nothing', async () => {
    const store = createSettingsStore(dir);
    await store.update({ language: 'es' });
    expect(await store.update({})).toEqual({ language: 'es' });
  });

  it.each([
    ['not JSON', '{"language": "es"'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['binary garbage', '\u0000\u0001\u0002'],
    ['an unknown language', '{"language":"xx"}'],
  ])('falls back to defaults when the file is %s', async (_label, content) => {
    await writeFile(path.join(dir, SETTINGS_FILE), content);
    const store = createSettingsStore(dir);
    expect(await store.get()).toEqual({ language: 'en' });
    // and it can still be saved over
    expect(await store.update({ language: 'es' })).toEqual({ language: 'es' });
  });

  it('keeps valid fields and drops unknown ones from a newer version', async () => {
    await writeFile(path.join(dir, SETTINGS_FILE), JSON.stringify({ language: 'es', futureOption: true }));
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'es' });
  });

  it('ignores an oversized file', async () => {
    await writeFile(path.join(dir, SETTINGS_FILE), JSON.stringify({ language: 'es', pad: 'x'.repeat(200_000) }));
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'en' });
  });

  it('rejects invalid patches without touching the file', async () => {
    const store = createSettingsStore(dir);
    await store.update({ language: 'es' });
    await expect(store.update({ language: 'fr' } as never)).rejects.toThrow();
    await expect(store.update({ theme: 'dark' } as never)).rejects.toThrow();
    expect(await store.get()).toEqual({ language: 'es' });
  });

  it('serializes concurrent updates so the last one wins', async () => {
    const store = createSettingsStore(dir);
    await Promise.all([store.update({ language: 'es' }), store.update({ language: 'en' }), store.update({ language: 'es' })]);
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'es' });
  });

  it('creates the user data folder when it does not exist yet', async () => {
    const nested = path.join(dir, 'Placard');
    expect(await createSettingsStore(nested).update({ language: 'es' })).toEqual({ language: 'es' });
    expect(await readdir(nested)).toEqual([SETTINGS_FILE]);
  });

  it('repairSettings keeps good fields only', () => {
    expect(repairSettings({ language: 'es' })).toEqual({ language: 'es' });
    expect(repairSettings({ language: 3 })).toEqual({ language: 'en' });
    expect(repairSettings('es')).toEqual({ language: 'en' });
  });
});
