// Asset bytes and decoded images for the open document, keyed by content hash (the asset id).
// Large photos also get a downscaled proxy: the editor draws it, exports draw the original
// (core/scene picks whichever has enough pixels).
import { create } from 'zustand';
import type { AssetInfo } from '../../core/model';
import type { ImageProxies } from '../../core/scene';
import { jpegOrientation } from './exif-orientation';
import type { ImageMime } from '../../core/bundle/image-sniff';
import type { AnimatedFrames } from '../../core/motion';

/** Longest side of the editing proxy; photos at most this large are drawn as they are. */
export const PROXY_MAX_SIDE = 2048;
/** Size given to an SVG that declares none. */
const DEFAULT_SVG_SIDE = 512;

export interface LoadedAsset {
  bytes: Uint8Array;
  mime: ImageMime;
  image: HTMLImageElement;
  /** Downscaled copy for editing, when the image is larger than PROXY_MAX_SIDE. */
  proxy?: ImageBitmap;
  /** Every frame of an animated GIF, with its timing; `image` is the first. */
  frames?: AnimatedFrames<ImageBitmap>;
}

interface ImageStoreState {
  assets: ReadonlyMap<string, LoadedAsset>;
  images: ReadonlyMap<string, HTMLImageElement>;
  /** Frames of the animated images, by asset id. */
  animations: ReadonlyMap<string, AnimatedFrames<ImageBitmap>>;
  put(id: string, asset: LoadedAsset): void;
  /** Drops every asset not in `ids` (after the document was replaced). */
  retainOnly(ids: readonly string[]): void;
  clear(): void;
}

const proxies = new WeakMap<object, ImageBitmap>();

/** The editing proxies of the loaded photos, for the scene context (core/scene picks per draw). */
export const imageProxies: ImageProxies = { get: (original) => proxies.get(original) };

export const useImageStore = create<ImageStoreState>()((set, get) => ({
  assets: new Map(),
  images: new Map(),
  animations: new Map(),
  put(id, asset) {
    if (asset.proxy) proxies.set(asset.image, asset.proxy);
    const assets = new Map(get().assets).set(id, asset);
    const images = new Map(get().images).set(id, asset.image);
    set({ assets, images, ...(asset.frames ? { animations: new Map(get().animations).set(id, asset.frames) } : {}) });
  },
  retainOnly(ids) {
    const keep = new Set(ids);
    const assets = new Map<string, LoadedAsset>();
    const images = new Map<string, HTMLImageElement>();
    const animations = new Map<string, AnimatedFrames<ImageBitmap>>();
    for (const [id, a] of get().assets) {
      if (keep.has(id)) {
        assets.set(id, a);
        images.set(id, a.image);
        if (a.frames) animations.set(id, a.frames);
      } else release(a);
    }
    set({ assets, images, animations });
  },
  clear() {
    for (const a of get().assets.values()) release(a);
    set({ assets: new Map(), images: new Map(), animations: new Map() });
  },
}));

function release(a: LoadedAsset): void {
  URL.revokeObjectURL(a.image.src);
  a.proxy?.close();
  for (const f of a.frames?.frames ?? []) f.close();
}

/** The asset id of an image: the SHA-256 of its bytes (core/bundle/sha256.ts, as bundles name it). */
export async function hashBytes(bytes: Uint8Array): Promise<string> {
  // The checks, the hash and the animation decoders load with the first image, not at start.
  const { sha256HexAsync } = await import('../../core/bundle/sha256');
  return sha256HexAsync(bytes);
}

function corrupt(): Error {
  return Object.assign(new Error('the image could not be decoded'), { code: 'image.corrupt' });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(corrupt());
    };
    img.src = url;
  });
}

export function decodeImage(bytes: Uint8Array, mime: ImageMime): Promise<HTMLImageElement> {
  return loadImage(URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime })));
}

/** A GIF's first frame as a still PNG, so it never animates on the canvas or in exports. */
async function firstFrame(blob: Blob): Promise<HTMLImageElement> {
  const bitmap = await createImageBitmap(blob).catch(() => {
    throw corrupt();
  });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw corrupt();
  return loadImage(URL.createObjectURL(png));
}

async function makeProxy(blob: Blob, size: { width: number; height: number }, uprightJpeg = false): Promise<ImageBitmap | undefined> {
  const side = Math.max(size.width, size.height);
  if (side <= PROXY_MAX_SIDE) return undefined;
  const k = PROXY_MAX_SIDE / side;
  const width = Math.max(1, Math.round(size.width * k));
  const height = Math.max(1, Math.round(size.height * k));
  if (uprightJpeg) {
    const scaled = await scaledJpegDecode(blob, width, height);
    if (scaled) return scaled;
  }
  try {
    return await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  } catch {
    // Without a proxy the editor draws the original: slower, still correct.
    return undefined;
  }
}

/**
 * A JPEG decoded straight at a reduced scale (WebCodecs ImageDecoder with a desired size: the
 * decoder scales in the DCT, by eighths, to at most that size), about a third of the time of a
 * full decode and resize. Only for JPEGs whose pixels are stored upright (EXIF orientation 1):
 * the other orientations take the createImageBitmap path, which applies them. Undefined where
 * ImageDecoder is missing or fails; the caller then takes the other path.
 */
async function scaledJpegDecode(blob: Blob, width: number, height: number): Promise<ImageBitmap | undefined> {
  if (typeof ImageDecoder === 'undefined') return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({ data: blob.stream(), type: 'image/jpeg', desiredWidth: width, desiredHeight: height });
    const { image } = await decoder.decode();
    try {
      // The decoder never goes above the desired size, and a proxy below half of it would show too little.
      if (image.displayWidth > width || image.displayWidth * 2 < width) return undefined;
      return await createImageBitmap(image);
    } finally {
      image.close();
    }
  } catch {
    return undefined;
  } finally {
    decoder?.close();
  }
}

/**
 * Checks (type, declared pixel count, SVG safety) BEFORE decoding, then decodes, hashes and
 * registers an image; returns its id and the model's asset record. Throws ImageCheckError with a
 * stable code for refused images, or an error with code 'image.corrupt'.
 */
export async function importImageBytes(original: Uint8Array, mimeHint: ImageMime, name: string): Promise<{ id: string; info: AssetInfo }> {
  const [{ checkImageBytes }, animated, { stripForDocument }] = await Promise.all([import('./image-check'), import('./animated-images'), import('../../core/export/metadata')]);
  const checked = checkImageBytes(original, name);
  const mime = checked.mime ?? mimeHint;
  // Where and with what a photo was taken never enters a document (so no saved file, pack or
  // recovery copy carries it); the picture and its orientation stay exactly as they were.
  const orientation = mime === 'image/jpeg' ? jpegOrientation(original) : 1;
  const bytes = stripForDocument(original, orientation);
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const uprightJpeg = mime === 'image/jpeg' && orientation === 1;
  // The editing proxy is decoded and scaled off the main thread (createImageBitmap) while the
  // bytes are hashed and the full image loads, not after them.
  const proxyAhead = mime !== 'image/svg+xml' && checked.size ? makeProxy(blob, checked.size, uprightJpeg) : undefined;
  const id = await hashBytes(bytes);
  const known = useImageStore.getState().assets.get(id);
  if (known) void proxyAhead?.then((unused) => unused?.close());
  const image = known?.image ?? (mime === 'image/gif' ? await firstFrame(blob) : await loadImage(URL.createObjectURL(blob)));
  let size = checked.size ?? { width: image.naturalWidth, height: image.naturalHeight };
  if (mime === 'image/svg+xml' && (!size.width || !size.height)) size = { width: DEFAULT_SVG_SIDE, height: DEFAULT_SVG_SIDE };
  if (!known) {
    const proxy = mime === 'image/svg+xml' ? undefined : await (proxyAhead ?? makeProxy(blob, size, uprightJpeg));
    const frames = mime === 'image/gif' ? await animated.gifFrames(bytes, name) : mime === 'image/webp' ? await animated.webpFrames(bytes, name) : undefined;
    useImageStore.getState().put(id, { bytes, mime, image, ...(proxy ? { proxy } : {}), ...(frames ? { frames } : {}) });
  }
  const width = Math.min(100_000, Math.max(1, Math.round(size.width)));
  const height = Math.min(100_000, Math.max(1, Math.round(size.height)));
  return { id, info: { mime, name: name.slice(0, 200), width, height } };
}
