// The user's library (brand kits, templates and their images) for the browser build, in
// IndexedDB. Same contract and checks as electron/services/library.ts: arguments are validated
// against core/api.ts, stored records are re-validated on read and skipped (with a console
// warning) when they no longer pass.
import { API, type LibraryAsset, type PlacardApi } from '../../core/api';
import { DEFAULT_BRAND_KIT_ID, validateBrandKit, type BrandKit } from '../../core/brand';
import { validateTemplate, type Template } from '../../core/templates';
import { assetsRefusal, defaultKitRefusal, libraryFullRefusal, sortedLibrary, storedAssetIntact, type LibraryRefusal } from '../../core/library';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { idbGet, idbSet } from './idb';

const KITS_KEY = 'library.kits';
const TEMPLATES_KEY = 'library.templates';
const assetKey = (id: string) => `library.asset.${id}`;

type LibraryMethods = Pick<PlacardApi, 'getLibrary' | 'saveBrandKit' | 'deleteBrandKit' | 'saveTemplate' | 'deleteTemplate' | 'getLibraryAsset'>;

function coded(code: string, message: string, params: Record<string, string | number> = {}): Error {
  return Object.assign(new Error(message), { code, params });
}

async function readRecords(key: string): Promise<Record<string, unknown>> {
  const raw = await idbGet<unknown>(key).catch(() => undefined);
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

function refuse(refusal: LibraryRefusal | null): void {
  if (refusal) throw coded(refusal.code, refusal.message, refusal.params);
}

async function writeAssets(assets: Record<string, LibraryAsset>): Promise<void> {
  refuse(await assetsRefusal(assets));
  for (const [id, asset] of Object.entries(assets)) await idbSet(assetKey(id), { mime: asset.mime, bytes: asset.bytes });
}

export function createBrowserLibrary(): LibraryMethods {
  // Writes are serialized so two quick saves cannot lose each other's record.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    async getLibrary() {
      const brandKits: BrandKit[] = [];
      for (const [id, raw] of Object.entries(await readRecords(KITS_KEY))) {
        const result = validateBrandKit(raw);
        if (result.ok && result.kit.id === id && id !== DEFAULT_BRAND_KIT_ID) brandKits.push(result.kit);
        else console.warn(`library: skipped stored brand kit ${id}`);
      }
      const templates: Template[] = [];
      for (const [id, raw] of Object.entries(await readRecords(TEMPLATES_KEY))) {
        const result = validateTemplate(raw);
        if (result.ok && result.template.id === id) templates.push(result.template);
        else console.warn(`library: skipped stored template ${id}`);
      }
      return sortedLibrary(brandKits, templates);
    },

    saveBrandKit: (args) =>
      serialized(async () => {
        const [{ kit, assets }] = API.saveBrandKit.args.parse([args]);
        refuse(defaultKitRefusal(kit.id, 'save'));
        const records = await readRecords(KITS_KEY);
        refuse(libraryFullRefusal('kits', Object.keys(records).length, Object.hasOwn(records, kit.id)));
        await writeAssets(assets);
        await idbSet(KITS_KEY, { ...records, [kit.id]: kit });
        return kit;
      }),

    deleteBrandKit: (id) =>
      serialized(async () => {
        const [valid] = API.deleteBrandKit.args.parse([id]);
        refuse(defaultKitRefusal(valid, 'delete'));
        const { [valid]: gone, ...rest } = await readRecords(KITS_KEY);
        if (gone === undefined) return false;
        await idbSet(KITS_KEY, rest);
        return true;
      }),

    saveTemplate: (args) =>
      serialized(async () => {
        const [{ template: input, assets }] = API.saveTemplate.args.parse([args]);
        const result = validateTemplate(input);
        if (!result.ok) throw coded('library.invalid-template', `Invalid template (${result.code})`, { details: result.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
        const records = await readRecords(TEMPLATES_KEY);
        refuse(libraryFullRefusal('templates', Object.keys(records).length, Object.hasOwn(records, result.template.id)));
        await writeAssets(assets);
        await idbSet(TEMPLATES_KEY, { ...records, [result.template.id]: result.template });
        return result.template;
      }),

    deleteTemplate: (id) =>
      serialized(async () => {
        const [valid] = API.deleteTemplate.args.parse([id]);
        const { [valid]: gone, ...rest } = await readRecords(TEMPLATES_KEY);
        if (gone === undefined) return false;
        await idbSet(TEMPLATES_KEY, rest);
        return true;
      }),

    async getLibraryAsset(id) {
      const [valid] = API.getLibraryAsset.args.parse([id]);
      const stored = await idbGet<{ mime?: unknown; bytes?: unknown }>(assetKey(valid)).catch(() => undefined);
      if (!stored || !(stored.bytes instanceof Uint8Array)) return null;
      const mime = sniffImageMime(stored.bytes);
      return mime && (await storedAssetIntact(valid, String(stored.mime), stored.bytes)) ? { mime, bytes: stored.bytes as Uint8Array<ArrayBuffer> } : null;
    },
  };
}
