// Reads an image the user picked, with a size limit, and decides its type from its bytes
// (never from the file name): only PNG, JPEG, WebP, GIF and SVG are accepted.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMAGE_BYTES, type OpenedImage } from '../../core/api';
import { PlacardError, errnoCode } from './errors';

export type ImageMime = OpenedImage['mime'];

/** How far into a text file to look for the <svg> root element. */
const SVG_SNIFF_BYTES = 64 * 1024;

export function sniffImageType(bytes: Uint8Array): ImageMime | null {
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

export async function readImageFile(filePath: string, maxBytes: number = MAX_IMAGE_BYTES): Promise<OpenedImage> {
  const name = path.basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (err) {
    throw new PlacardError('image.unreadable', `Could not open image ${filePath} (${errnoCode(err)})`, { name, reason: errnoCode(err) }, { cause: err });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new PlacardError('image.unreadable', `${filePath} is not a regular file`, { name, reason: 'not-a-file' });
    const maxMb = Math.round(maxBytes / 1024 / 1024);
    if (stat.size > maxBytes) throw tooLarge(filePath, name, maxMb);
    // Read at most maxBytes + 1 so a file that grows after stat still cannot exceed the limit.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(filePath, name, maxMb);
    if (length === 0) throw new PlacardError('image.empty', `${filePath} is empty`, { name });
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, length).slice();
    const mime = sniffImageType(bytes);
    if (!mime) throw new PlacardError('image.unsupported', `${filePath} is not a PNG, JPEG, WebP, GIF or SVG image`, { name });
    return { name, mime, bytes };
  } catch (err) {
    if (err instanceof PlacardError) throw err;
    throw new PlacardError('image.unreadable', `Could not read image ${filePath} (${errnoCode(err)})`, { name, reason: errnoCode(err) }, { cause: err });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(filePath: string, name: string, maxMb: number): PlacardError {
  return new PlacardError('image.too-large', `${filePath} is larger than ${maxMb} MB`, { name, maxMb });
}
