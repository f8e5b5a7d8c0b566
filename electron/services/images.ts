// Reads an image the user picked, with a size limit, and decides its type from its bytes
// (never from the file name): only PNG, JPEG, WebP, GIF and SVG are accepted.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMAGE_BYTES, type OpenedImage } from '../../core/api';
import { PlacardError, errnoCode } from './errors';
import { sniffImageMime } from '../../core/bundle/image-sniff';

export type { ImageMime } from '../../core/bundle/image-sniff';


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
    const mime = sniffImageMime(bytes);
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
