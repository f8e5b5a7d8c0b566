// window.placard for a plain browser: IndexedDB for storage, a file picker to open, downloads to save.
import { API, settingsSchema, type OpenedImage, type PlacardApi, type Settings } from '../../core/api';
import { createBrowserLibrary } from './browser-library';
import { createBrowserExport } from './browser-export';
import { createBrowserBulk } from './browser-bulk';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { idbGet, idbSet } from './idb';
import { languageOfLocale } from '../../core/model/locale';
import { createBrowserFiles } from './browser-files';
import { download, pickFile } from './browser-dom';

const SETTINGS_KEY = 'settings';

/** Saved settings; what is not saved is the default, the language being the browser's (a first start speaks it). */
async function readSettings(): Promise<Settings> {
  const system = { language: languageOfLocale(navigator.language) };
  const stored = (await idbGet(SETTINGS_KEY).catch(() => undefined)) ?? {};
  const parsed = settingsSchema.safeParse(stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? { ...system, ...stored } : system);
  return parsed.success ? parsed.data : settingsSchema.parse(system);
}

export function createBrowserApi(): PlacardApi {
  const menuListeners = new Set<(id: string) => void>();
  const library = createBrowserLibrary();
  return {
    ...createBrowserFiles(),
    ...library,
    ...createBrowserExport(),
    ...createBrowserBulk(),
    async getAppInfo() {
      return { version: import.meta.env.VITE_PLACARD_VERSION ?? '0.1.0', platform: navigator.platform || 'web', shell: 'browser' };
    },
    async openImage(): Promise<OpenedImage | null> {
      const file = await pickFile('image/png,image/jpeg,image/webp,image/gif,image/svg+xml');
      if (!file) return null;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const mime = sniffImageMime(bytes);
      if (!mime) throw Object.assign(new Error(`"${file.name}" is not a PNG, JPEG, WebP, GIF or SVG image`), { code: 'image.unsupported' });
      return { name: file.name, mime, bytes };
    },
    async saveExport(args) {
      const [valid] = API.saveExport.args.parse([args]);
      download(valid.bytes, valid.suggestedName, valid.mime);
      return { status: 'saved', path: valid.suggestedName };
    },
    getSettings: readSettings,
    async setSettings(patch) {
      const next = settingsSchema.parse({ ...(await readSettings()), ...API.setSettings.args.parse([patch])[0] });
      await idbSet(SETTINGS_KEY, next);
      return next;
    },
    onMenuAction(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
  };
}
