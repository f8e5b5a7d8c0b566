// Folders the user picked for exports, named by opaque tokens: the renderer can only ever write
// into a folder the user chose in a native dialog during this session, never a path it made up.
// Also the check of images handed to the system clipboard.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PlacardError } from './errors';

/** Tokens stay valid for the session; a few hundred exports at most. */
const MAX_FOLDERS = 256;

export interface ExportFolders {
  register(folderPath: string): { token: string; label: string };
  /** The folder's absolute path; throws 'export.folder-unknown' for a token main never issued. */
  resolve(token: string): string;
}

export function createExportFolders(): ExportFolders {
  const byToken = new Map<string, string>();
  return {
    register(folderPath) {
      const resolved = path.resolve(folderPath);
      // The same folder chosen again keeps its token.
      for (const [token, p] of byToken) if (p === resolved) return { token, label: resolved };
      if (byToken.size >= MAX_FOLDERS) byToken.delete(byToken.keys().next().value!);
      const token = randomBytes(16).toString('hex');
      byToken.set(token, resolved);
      return { token, label: resolved };
    },
    resolve(token) {
      const p = byToken.get(token);
      if (!p) throw new PlacardError('export.folder-unknown', 'The export folder is not known; choose it again', {});
      return p;
    },
  };
}

export interface ClipboardService {
  writePng(png: Uint8Array): void | Promise<void>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The clipboard holds decoded pixels: 100 megapixels is far past any export. */
const MAX_CLIPBOARD_PIXELS = 100_000_000;

/** Width and height from a PNG's IHDR; throws 'clipboard.bad-image' for anything else. */
export function checkClipboardPng(png: Uint8Array): { width: number; height: number } {
  const bad = (reason: string): never => {
    throw new PlacardError('clipboard.bad-image', `Refused clipboard image: ${reason}`, { reason });
  };
  if (png.byteLength < 33 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) bad('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') bad('no IHDR header');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 1 || height < 1 || width * height > MAX_CLIPBOARD_PIXELS) bad(`size ${width}x${height} out of range`);
  return { width, height };
}
