// The rules of the user's library, the same for the desktop app (electron/services/library.ts,
// files on disk) and the browser build (renderer/bridge/browser-library.ts, IndexedDB): the
// default kit is read-only, images are stored by content hash and must be what they claim, the
// library has room for so many kits and templates, and lists come sorted by name.
import { LIBRARY_LIMITS, type LibraryAsset } from './api';
import { DEFAULT_BRAND_KIT_ID, type BrandKit } from './brand';
import { sha256HexAsync } from './bundle/sha256';
import { sniffImageMime } from './bundle/image-sniff';
import type { Template } from './templates';

export interface LibraryRefusal {
  code: 'brand.default-kit-readonly' | 'library.full' | 'library.asset-mismatch' | 'library.too-many-assets';
  message: string;
  params: Record<string, string | number>;
}

/** Largest image the library stores. */
export const MAX_LIBRARY_ASSET_BYTES = 64 * 1024 * 1024;
const ASSET_ID = /^[0-9a-f]{64}$/;

export function isLibraryAssetId(id: string): boolean {
  return ASSET_ID.test(id);
}

/** The default kit ships with the app: it is never saved over or deleted. */
export function defaultKitRefusal(id: string, change: 'save' | 'delete'): LibraryRefusal | null {
  if (id !== DEFAULT_BRAND_KIT_ID) return null;
  const message = change === 'save' ? 'The Placard default kit cannot be changed; duplicate it first' : 'The Placard default kit cannot be deleted';
  return { code: 'brand.default-kit-readonly', message, params: { id } };
}

/** A new kit or template (not one already stored under its id) needs room. */
export function libraryFullRefusal(kind: 'kits' | 'templates', stored: number, replacing: boolean): LibraryRefusal | null {
  const max = kind === 'kits' ? LIBRARY_LIMITS.maxKits : LIBRARY_LIMITS.maxTemplates;
  if (replacing || stored < max) return null;
  return { code: 'library.full', message: `The library holds at most ${max} ${kind === 'kits' ? 'brand kits' : 'templates'}`, params: { max } };
}

/** Every image must be named by the SHA-256 of its bytes and be the type it claims. */
export async function assetsRefusal(assets: Readonly<Record<string, LibraryAsset>>): Promise<LibraryRefusal | null> {
  const entries = Object.entries(assets);
  if (entries.length > LIBRARY_LIMITS.maxAssetsPerItem)
    return { code: 'library.too-many-assets', message: `At most ${LIBRARY_LIMITS.maxAssetsPerItem} images per item`, params: { max: LIBRARY_LIMITS.maxAssetsPerItem } };
  for (const [id, asset] of entries) {
    const mismatch = (message: string): LibraryRefusal => ({ code: 'library.asset-mismatch', message, params: { id: id.slice(0, 80) } });
    if (!ASSET_ID.test(id)) return mismatch(`Image id "${id.slice(0, 80)}" is not a SHA-256 hash`);
    if (asset.bytes.byteLength > MAX_LIBRARY_ASSET_BYTES) return mismatch(`Image ${id} is too large`);
    if ((await sha256HexAsync(asset.bytes)) !== id) return mismatch(`Image ${id} does not match its bytes`);
    if (sniffImageMime(asset.bytes) !== asset.mime) return mismatch(`Image ${id} is not the ${asset.mime} it claims to be`);
  }
  return null;
}

/** Whether stored image bytes may still be served under `id` as `mime` (a changed file is not). */
export async function storedAssetIntact(id: string, mime: string, bytes: Uint8Array): Promise<boolean> {
  return sniffImageMime(bytes) === mime && (await sha256HexAsync(bytes)) === id;
}

/** Kits and templates as every list shows them: by name, within the library's limits. */
export function sortedLibrary(brandKits: BrandKit[], templates: Template[]): { brandKits: BrandKit[]; templates: Template[] } {
  return {
    brandKits: [...brandKits].sort((a, b) => a.name.localeCompare(b.name)).slice(0, LIBRARY_LIMITS.maxKits),
    templates: [...templates].sort((a, b) => a.name.en.localeCompare(b.name.en)).slice(0, LIBRARY_LIMITS.maxTemplates),
  };
}
