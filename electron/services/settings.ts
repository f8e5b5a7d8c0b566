// App settings in <userData>/settings.json. Reads never fail: a missing, unreadable or corrupt
// file yields defaults (field by field, so one bad value does not reset the others); the default
// language is the system's, so a first start speaks it. Writes are atomic and serialized so
// concurrent updates are not lost.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { settingsPatchSchema, settingsSchema, type Settings } from '../../core/api';
import type { Language } from '../../core/model';
import { writeFileAtomic } from './atomic-write';

export const SETTINGS_FILE = 'settings.json';
/** Settings are tiny; anything bigger is not ours. */
const MAX_SETTINGS_BYTES = 64 * 1024;

export interface SettingsStore {
  readonly filePath: string;
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

/** The defaults, speaking `language` (the system's; English when not given). */
export function defaultSettings(language?: Language): Settings {
  return settingsSchema.parse(language ? { language } : {});
}

/** Keeps every known field that is valid on its own; everything else falls back to its default (the language to `language`). */
export function repairSettings(raw: unknown, language?: Language): Settings {
  const result: Record<string, unknown> = language ? { language } : {};
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [key, fieldSchema] of Object.entries(settingsSchema.shape)) {
      const value = (raw as Record<string, unknown>)[key];
      // An absent field keeps the default given here (a field's own default would hide it).
      if (value === undefined) continue;
      const parsed = fieldSchema.safeParse(value);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return settingsSchema.parse(result);
}

export function createSettingsStore(userDataDir: string, systemLanguage?: Language): SettingsStore {
  const filePath = path.join(userDataDir, SETTINGS_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Settings> {
    let text: string;
    try {
      const buffer = await readFile(filePath);
      if (buffer.byteLength > MAX_SETTINGS_BYTES) return defaultSettings(systemLanguage);
      text = buffer.toString('utf8');
    } catch {
      return defaultSettings(systemLanguage);
    }
    try {
      return repairSettings(JSON.parse(text), systemLanguage);
    } catch {
      return defaultSettings(systemLanguage);
    }
  }

  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    filePath,
    get: () => serialized(load),
    update: (patch) =>
      serialized(async () => {
        const next = settingsSchema.parse({ ...(await load()), ...settingsPatchSchema.parse(patch) });
        await mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(filePath, JSON.stringify(next, null, 2) + '\n');
        return next;
      }),
  };
}
