// The library store: brand kits (the built-in default plus the user's own) and templates (the
// built-ins shipped in templates/ plus the user's own). User items persist through window.placard
// (electron/services/library.ts, or IndexedDB in the browser build).
import { create } from 'zustand';
import { DEFAULT_BRAND_KIT, kitFor, kitResolvers, type BrandKit } from '../../core/brand';
import { validateTemplate, type Template } from '../../core/templates';
import type { Language } from '../../core/model';
import type { LibraryAsset } from '../../core/api';
import { getApi } from '../bridge';
import { useDesignStore } from './design-store';
import { loadZod } from '../zod-deferred';

// Built-ins are bundled at build time, in a chunk of their own loaded on first use (the gallery, a
// template action) and validated then, not at start; thumbnails are URLs.
const THUMBNAIL_URLS = import.meta.glob('../../templates/thumbnails/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

function validBuiltIns(files: Record<string, unknown>): Template[] {
  const out: Template[] = [];
  for (const [file, json] of Object.entries(files)) {
    const result = validateTemplate(json);
    if (result.ok) out.push(result.template);
    else console.error(`built-in template ${file} is invalid (${result.code})`);
  }
  return out.sort((a, b) => a.category.localeCompare(b.category) || a.name.en.localeCompare(b.name.en));
}

/** Generated thumbnails: <id>.png (English) and <id>.es.png (Spanish). */
function thumbnailIndex(): Record<string, Partial<Record<Language, string>>> {
  const out: Record<string, Partial<Record<Language, string>>> = {};
  for (const [file, url] of Object.entries(THUMBNAIL_URLS)) {
    const match = /\/([a-z0-9-]+?)(\.es)?\.png$/.exec(file);
    if (!match) continue;
    const entry = (out[match[1]!] ??= {});
    entry[match[2] ? 'es' : 'en'] = url;
  }
  return out;
}

let builtIns: Promise<readonly Template[]> | null = null;

/** The built-in templates, loaded and validated (with zod, which may not have arrived yet) once, on first call. */
export function loadBuiltInTemplates(): Promise<readonly Template[]> {
  return (builtIns ??= Promise.all([import('./built-in-templates'), loadZod()]).then(([m]) => validBuiltIns(m.TEMPLATE_FILES)));
}

const THUMBNAILS = thumbnailIndex();

/** The built-in thumbnail in the wanted language (else the other one), or undefined for user templates. */
export function thumbnailFor(id: string, language: Language): string | undefined {
  const t = THUMBNAILS[id];
  return t?.[language] ?? t?.en ?? t?.es;
}

export interface LibraryState {
  loaded: boolean;
  userKits: BrandKit[];
  userTemplates: Template[];
  /** The template the open design was started from (shown in the template bar). */
  load(): Promise<void>;
  saveKit(kit: BrandKit, assets?: Record<string, LibraryAsset>): Promise<BrandKit>;
  /** Shows an edited kit at once and saves it shortly after (one write per burst of edits). */
  editKit(kit: BrandKit): void;
  /** The last error of a background save, for the panel to show. */
  saveError: unknown;
  deleteKit(id: string): Promise<void>;
  saveTemplate(template: Template, assets?: Record<string, LibraryAsset>): Promise<Template>;
  deleteTemplate(id: string): Promise<void>;
}

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

const KIT_SAVE_DELAY_MS = 300;
const pendingSaves = new Map<string, ReturnType<typeof setTimeout>>();

export const useLibraryStore = create<LibraryState>()((set, get) => ({
  loaded: false,
  userKits: [],
  userTemplates: [],

  async load() {
    const { brandKits, templates } = await getApi().getLibrary();
    set({ loaded: true, userKits: brandKits, userTemplates: templates });
  },
  async saveKit(kit, assets = {}) {
    const saved = await getApi().saveBrandKit({ kit, assets });
    set({ userKits: upsert(get().userKits, saved) });
    return saved;
  },
  saveError: null,
  editKit(kit) {
    set({ userKits: upsert(get().userKits, kit) });
    clearTimeout(pendingSaves.get(kit.id));
    pendingSaves.set(
      kit.id,
      setTimeout(() => {
        pendingSaves.delete(kit.id);
        getApi()
          .saveBrandKit({ kit, assets: {} })
          .then(() => set({ saveError: null }))
          .catch((saveError: unknown) => set({ saveError }));
      }, KIT_SAVE_DELAY_MS),
    );
  },
  async deleteKit(id) {
    clearTimeout(pendingSaves.get(id));
    pendingSaves.delete(id);
    await getApi().deleteBrandKit(id);
    set({ userKits: get().userKits.filter((k) => k.id !== id) });
  },
  async saveTemplate(template, assets = {}) {
    const saved = await getApi().saveTemplate({ template, assets });
    set({ userTemplates: upsert(get().userTemplates, saved) });
    return saved;
  },
  async deleteTemplate(id) {
    await getApi().deleteTemplate(id);
    set({ userTemplates: get().userTemplates.filter((t) => t.id !== id) });
  },
}));

/** Every kit the user can pick: the read-only default first. */
export function allKits(userKits: readonly BrandKit[]): BrandKit[] {
  return [DEFAULT_BRAND_KIT, ...userKits];
}

/** The kit the open design uses (the default kit when it names none or an unknown one). */
export function useDesignKit(): BrandKit {
  const id = useDesignStore((s) => s.design.brandKitId);
  const userKits = useLibraryStore((s) => s.userKits);
  return kitFor(allKits(userKits), id);
}

export function currentDesignKit(brandKitId: string | null): BrandKit {
  return kitFor(allKits(useLibraryStore.getState().userKits), brandKitId);
}

export { kitResolvers };
