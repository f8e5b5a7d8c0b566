// Installed template packs as the renderer sees them: summaries for the library panel, and each
// pack's templates and brand kits for the templates gallery. Pack images are renamed to their
// content hash (the image store's asset id), so a pack template opens like any other design.
import { create } from 'zustand';
import type { PackDetails, PackSummary } from '../../core/api-files';
import type { BrandKit } from '../../core/brand';
import type { Design } from '../../core/model';
import type { Template } from '../../core/templates';
import { hashBytes } from '../assets/image-store';
import { getApi } from '../bridge';
import { registerCarriedFonts } from '../fonts/user-fonts';

export interface PackTemplate {
  packId: string;
  packName: string;
  template: Template;
}

export interface PackAsset {
  bytes: Uint8Array;
  mime: Design['assets'][string]['mime'];
}

interface PackState {
  loaded: boolean;
  packs: PackSummary[];
  /** Every template of every installed pack, asset ids already content hashes. */
  templates: PackTemplate[];
  brandKits: { packId: string; kit: BrandKit }[];
  /** Image bytes by content hash, for opening pack templates and for exporting packs. */
  assets: ReadonlyMap<string, PackAsset>;
  refresh(): Promise<void>;
}

/** Renames a design's asset ids (and the image elements using them) through `rename`. */
export function renameAssets(design: Design, rename: ReadonlyMap<string, string>): Design {
  const assets: Design['assets'] = {};
  for (const [id, info] of Object.entries(design.assets)) assets[rename.get(id) ?? id] = info;
  const walk = (elements: Design['elements']): Design['elements'] =>
    elements.map((el) => {
      if (el.type === 'image') return { ...el, assetId: rename.get(el.assetId) ?? el.assetId };
      if (el.type === 'group') return { ...el, children: walk(el.children) };
      return el;
    });
  return { ...design, assets, elements: walk(design.elements) };
}

async function normalize(details: PackDetails, assets: Map<string, PackAsset>): Promise<{ templates: PackTemplate[]; kits: { packId: string; kit: BrandKit }[] }> {
  const rename = new Map<string, string>();
  const mimes = new Map<string, PackAsset['mime']>();
  for (const t of details.templates) for (const [id, info] of Object.entries(t.design.assets)) mimes.set(id, info.mime);
  for (const [id, bytes] of Object.entries(details.assets)) {
    const hash = await hashBytes(bytes);
    rename.set(id, hash);
    assets.set(hash, { bytes, mime: mimes.get(id) ?? 'image/png' });
  }
  const packId = details.summary.id;
  return {
    templates: details.templates.map((template) => ({ packId, packName: details.summary.name, template: { ...template, design: renameAssets(template.design, rename) } })),
    kits: details.brandKits.map((kit) => ({ packId, kit: { ...kit, logos: kit.logos.map((id) => rename.get(id) ?? id) } })),
  };
}

export const usePackStore = create<PackState>()((set) => ({
  loaded: false,
  packs: [],
  templates: [],
  brandKits: [],
  assets: new Map(),
  async refresh() {
    const api = getApi();
    const packs = await api.listPacks();
    const assets = new Map<string, PackAsset>();
    const templates: PackTemplate[] = [];
    const brandKits: { packId: string; kit: BrandKit }[] = [];
    for (const summary of packs) {
      try {
        const details = await api.getPackDetails(summary.id);
        // Fonts the pack's templates use become available like fonts the user imported.
        await registerCarriedFonts(details.fonts ?? {});
        const normalized = await normalize(details, assets);
        templates.push(...normalized.templates);
        brandKits.push(...normalized.kits);
      } catch (err) {
        // A pack that no longer validates is still listed (so it can be removed), without templates.
        console.warn(`pack ${summary.id} could not be read:`, err);
      }
    }
    set({ loaded: true, packs, templates, brandKits, assets });
  },
}));

/** Image bytes of an installed pack's asset (by content hash), or undefined. */
export function packAsset(id: string): PackAsset | undefined {
  return usePackStore.getState().assets.get(id);
}
