// The one image sniffer: what an image is, from its leading bytes, never from its file name, and
// its declared pixel size from its header (core/bundle/image-header.ts). The renderer, the main
// process and the bundle readers all decide with it.
import { readImageSize } from './image-header';

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'image/svg+xml';

/** How far into a text file to look for the <svg> root element. */
const SVG_SNIFF_BYTES = 64 * 1024;

export function sniffImageMime(bytes: Uint8Array): ImageMime | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, SVG_SNIFF_BYTES));
  } catch {
    // Truncating at the sniff window may split a multi-byte character; decode leniently then.
    if (bytes.byteLength <= SVG_SNIFF_BYTES) return false;
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, SVG_SNIFF_BYTES));
  }
  text = text.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) return false;
  // Skip the XML declaration, comments, processing instructions and a doctype; the first real
  // element must be <svg>.
  const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|\s+)*/i;
  const rest = text.replace(prolog, '');
  return /^<svg[\s>/]/i.test(rest) || /^<[A-Za-z_][\w.-]*:svg[\s>/]/.test(rest);
}

export type SniffedImage = { ok: true; mime: ImageMime; width: number; height: number } | { ok: true; mime: 'image/svg+xml'; width: null; height: null } | { ok: false; reason: 'unsupported' | 'bad-header' };

/** Type and declared size (SVG has none until drawn), or why the bytes are no image we take. */
export function sniffImage(bytes: Uint8Array): SniffedImage {
  const mime = sniffImageMime(bytes);
  if (!mime) return { ok: false, reason: 'unsupported' };
  if (mime === 'image/svg+xml') return { ok: true, mime, width: null, height: null };
  const size = readImageSize(bytes);
  if (!size) return { ok: false, reason: 'bad-header' };
  return { ok: true, mime, width: size.width, height: size.height };
}
