// Asset bytes and decoded images for the open document, keyed by content hash (the asset id).
import { create } from 'zustand';
import type { AssetInfo } from '../../core/model';
import type { ImageMime } from './sniff';

export interface LoadedAsset {
  bytes: Uint8Array;
  mime: ImageMime;
  image: HTMLImageElement;
}

interface ImageStoreState {
  assets: ReadonlyMap<string, LoadedAsset>;
  images: ReadonlyMap<string, HTMLImageElement>;
  put(id: string, asset: LoadedAsset): void;
  clear(): void;
}

export const useImageStore = create<ImageStoreState>()((set, get) => ({
  assets: new Map(),
  images: new Map(),
  put(id, asset) {
    const assets = new Map(get().assets).set(id, asset);
    const images = new Map(get().images).set(id, asset.image);
    set({ assets, images });
  },
  clear() {
    for (const a of get().assets.values()) URL.revokeObjectURL(a.image.src);
    set({ assets: new Map(), images: new Map() });
  },
}));

export async function hashBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function decodeImage(bytes: Uint8Array, mime: ImageMime): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(Object.assign(new Error('the image could not be decoded'), { code: 'image.corrupt' }));
    };
    img.src = url;
  });
}

/** Decodes, hashes and registers an image; returns its id and the model's asset record. */
export async function importImageBytes(bytes: Uint8Array, mime: ImageMime, name: string): Promise<{ id: string; info: AssetInfo }> {
  const [id, image] = await Promise.all([hashBytes(bytes), decodeImage(bytes, mime)]);
  useImageStore.getState().put(id, { bytes, mime, image });
  const width = Math.max(1, image.naturalWidth || image.width);
  const height = Math.max(1, image.naturalHeight || image.height);
  return { id, info: { mime, name: name.slice(0, 200), width, height } };
}
