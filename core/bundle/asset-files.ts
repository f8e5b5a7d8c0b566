// Asset and font files inside bundles: naming rules and content checks shared by documents
// and packs. Assets are named by the SHA-256 of their bytes, so identical images are stored
// once and a name that does not match its content reveals tampering or damage.
import type { AssetInfo } from '../model/schema';
import { type BundleResult, fail, issue, ok } from './errors';
import { checkFont } from './font-check';
import { readImageSize } from './image-header';
import type { BundleLimits } from './limits';
import { sha256Hex } from './sha256';
import { checkSvg } from './svg-check';

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

/** Checks an asset file's name, hash and content; returns its MIME type. */
export function checkAssetFile(fileName: string, data: Uint8Array, limits: BundleLimits): BundleResult<AssetMime> {
  const entry = ASSETS_DIR + fileName;
  const mime = mimeOfAssetFile(fileName);
  if (!ASSET_FILE_PATTERN.test(fileName) || !mime) {
    return fail(issue('bundle.unexpected-entry', 'asset names must be "<sha256>.<png|jpg|webp|gif|svg>"', { entry }));
  }
  if (sha256Hex(data) !== fileName.slice(0, 64)) return fail(issue('bundle.hash-mismatch', 'content does not match the hash in its name', { entry }));
  if (mime === 'image/svg+xml') return checkSvgAsset(entry, data);
  const size = readImageSize(data);
  if (!size) return fail(issue('bundle.bad-image', 'not a readable PNG, JPEG, WebP or GIF image', { entry }));
  if (EXTENSION_BY_MIME[mime] !== (size.format === 'jpeg' ? 'jpg' : size.format)) {
    return fail(issue('bundle.asset-type-mismatch', `named .${EXTENSION_BY_MIME[mime]} but is a ${size.format.toUpperCase()} image`, { entry }));
  }
  const pixels = size.width * size.height;
  if (pixels > limits.maxImagePixels) {
    return fail(issue('bundle.image-too-large', `image declares ${size.width}x${size.height} pixels; the limit is ${limits.maxImagePixels}`, { entry }, { width: size.width, height: size.height, max: limits.maxImagePixels }));
  }
  return ok(mime);
}

function checkSvgAsset(entry: string, data: Uint8Array): BundleResult<AssetMime> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return fail(issue('bundle.bad-image', 'SVG is not valid UTF-8 text', { entry }));
  }
  const problem = checkSvg(text);
  if (!problem) return ok('image/svg+xml');
  if (problem.kind === 'not-svg') return fail(issue('bundle.bad-image', `not an SVG image (${problem.detail})`, { entry }));
  const code = problem.kind === 'script' ? 'bundle.svg-script' : 'bundle.svg-external-ref';
  return fail(issue(code, `unsafe SVG: ${problem.detail}`, { entry }));
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
