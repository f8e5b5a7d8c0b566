// Asset and font files inside bundles: naming rules and content checks shared by documents
// and packs. Assets are named by the SHA-256 of their bytes, so identical images are stored
// once and a name that does not match its content reveals tampering or damage.
import type { AssetInfo } from '../model/schema';
import { type BundleErrorCode, type BundleResult, fail, issue, ok } from './errors';
import { checkFont } from './font-check';
import { acceptImageContent, acceptImageHeader, type AcceptedImage, type ImageRefusal, type ImageRefusalCode } from './image-accept';
import { sniffImageMime } from './image-sniff';
import type { BundleLimits } from './limits';
import { sha256Hex } from './sha256';

export type AssetMime = AssetInfo['mime'];

export const EXTENSION_BY_MIME: Readonly<Record<AssetMime, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
};
const MIME_BY_EXTENSION: Readonly<Record<string, AssetMime>> = Object.fromEntries(
  Object.entries(EXTENSION_BY_MIME).map(([mime, ext]) => [ext, mime as AssetMime]),
);

/** "<sha256>.<ext>", the only form of file name under assets/. */
export const ASSET_FILE_PATTERN = /^[0-9a-f]{64}\.(png|jpg|webp|gif|svg)$/;
/** Font file names under fonts/: a plain name with a font extension. */
export const FONT_FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.(ttf|otf|woff|woff2)$/;

export const ASSETS_DIR = 'assets/';
export const FONTS_DIR = 'fonts/';

export function assetFileName(data: Uint8Array, mime: AssetMime): string {
  return `${sha256Hex(data)}.${EXTENSION_BY_MIME[mime]}`;
}

export function mimeOfAssetFile(fileName: string): AssetMime | undefined {
  return MIME_BY_EXTENSION[fileName.slice(fileName.lastIndexOf('.') + 1)];
}

/** What the checks learn about an asset file: its type and, for raster images, its pixel size. */
export interface CheckedAsset {
  mime: AssetMime;
  /** Declared pixels (0 for SVG, which is drawn at the element's size). */
  pixels: number;
  /** What the header check learned, for checkAssetContent. */
  image: AcceptedImage;
}

const BUNDLE_CODE_FOR_REFUSAL: Readonly<Record<ImageRefusalCode, BundleErrorCode>> = {
  unsupported: 'bundle.bad-image',
  'bad-header': 'bundle.bad-image',
  damaged: 'bundle.bad-image',
  'not-svg': 'bundle.bad-image',
  'too-many-pixels': 'bundle.image-too-large',
  'svg-script': 'bundle.svg-script',
  'svg-external': 'bundle.svg-external-ref',
  'svg-too-complex': 'bundle.svg-too-complex',
};

/**
 * Checks an asset file's name, hash, type and header (the cheap half of the one image decision,
 * image-accept.ts); checkAssetContent does the rest once every asset's header has passed.
 */
export function checkAssetFile(fileName: string, data: Uint8Array, limits: BundleLimits): BundleResult<CheckedAsset> {
  const entry = ASSETS_DIR + fileName;
  const mime = mimeOfAssetFile(fileName);
  if (!ASSET_FILE_PATTERN.test(fileName) || !mime) {
    return fail(issue('bundle.unexpected-entry', 'asset names must be "<sha256>.<png|jpg|webp|gif|svg>"', { entry }));
  }
  const actual = sniffImageMime(data);
  if (actual && actual !== mime) {
    return fail(issue('bundle.asset-type-mismatch', `named .${EXTENSION_BY_MIME[mime]} but is a ${EXTENSION_BY_MIME[actual].toUpperCase()} image`, { entry }));
  }
  const accepted = acceptImageHeader(data, imageLimits(limits));
  if (!accepted.ok) return refusedAsset(entry, accepted.refusal);
  // Hashing reads every byte, so it comes after the checks that refuse from the header alone.
  if (sha256Hex(data) !== fileName.slice(0, 64)) return fail(issue('bundle.hash-mismatch', 'content does not match the hash in its name', { entry }));
  const { image } = accepted;
  return ok({ mime, pixels: image.width === null ? 0 : image.width * image.height, image });
}

/** The whole file is intact (it decodes) and an SVG is inert and within its drawing budget. */
export function checkAssetContent(fileName: string, data: Uint8Array, checked: CheckedAsset, limits: BundleLimits): BundleResult<void> {
  const content = acceptImageContent(data, checked.image, imageLimits(limits));
  return content.ok ? ok(undefined) : refusedAsset(ASSETS_DIR + fileName, content.refusal);
}

const imageLimits = (limits: BundleLimits) => ({ maxImagePixels: limits.maxImagePixels, svg: limits.svg });

function refusedAsset<T>(entry: string, refusal: ImageRefusal): BundleResult<T> {
  // "context" picks the message naming the limit (errors.bundle.svg-too-complex_elements, ...).
  const params = typeof refusal.params.limit === 'string' ? { ...refusal.params, context: refusal.params.limit } : refusal.params;
  return fail(issue(BUNDLE_CODE_FOR_REFUSAL[refusal.code], refusal.detail, { entry }, params));
}

export function checkFontFile(fileName: string, data: Uint8Array): BundleResult<void> {
  const entry = FONTS_DIR + fileName;
  if (!FONT_FILE_PATTERN.test(fileName)) {
    return fail(issue('bundle.unexpected-entry', 'font names must be plain names ending in .ttf, .otf, .woff or .woff2', { entry }));
  }
  const result = checkFont(data);
  if (!result.ok) return fail(issue('bundle.bad-font', `corrupt font: ${result.detail}`, { entry }));
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1);
  const expected = result.flavor === 'woff' ? ['woff'] : result.flavor === 'woff2' ? ['woff2'] : ['ttf', 'otf'];
  if (!expected.includes(ext)) return fail(issue('bundle.bad-font', `named .${ext} but is a ${result.flavor} font`, { entry }));
  return ok(undefined);
}
