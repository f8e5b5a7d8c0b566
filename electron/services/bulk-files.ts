// Bulk create's files: the spreadsheet the user opened, and the photos its cells name, read only
// from the spreadsheet's folder or a folder the user picked, both named to the renderer by opaque
// tokens. A cell can never reach outside its folder (`..`, an absolute path, a link out of it).
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_IMAGE_BYTES, type OpenedImage } from '../../core/api';
import { CSV_LIMITS, WORKBOOK_LIMITS } from '../../core/bulk';
import { readBoundedFile } from './documents';
import { PlacardError } from './errors';
import { readImageFile } from './images';
import { createExportFolders } from './export-folders';

/** UTF-16 takes two bytes a character; workbooks are zipped. */
export const MAX_SHEET_BYTES = Math.max(CSV_LIMITS.maxBytes * 2, WORKBOOK_LIMITS.maxBytes);

export type FolderFile = { ok: true; path: string } | { ok: false; code: 'bulk.photo-outside' | 'bulk.photo-not-found' };

/** The file `name` (relative, "/" or "\" separated) names inside `folder`, or why it may not be read. */
// Hand-written because it is a security limit: untrusted cells name files on the user's disk.
export function fileInFolder(folder: string, name: string): FolderFile {
  const root = realpathSync(path.resolve(folder));
  const relativeName = name.trim().replace(/\\/g, '/');
  if (!relativeName || path.isAbsolute(relativeName) || /^[A-Za-z]:/.test(relativeName)) return { ok: false, code: 'bulk.photo-outside' };
  const target = path.resolve(root, relativeName);
  if (path.relative(root, target).startsWith('..')) return { ok: false, code: 'bulk.photo-outside' };
  if (!existsSync(target) || !statSync(target).isFile()) return { ok: false, code: 'bulk.photo-not-found' };
  const real = realpathSync(target);
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, code: 'bulk.photo-outside' };
  return { ok: true, path: real };
}

export interface BulkFiles {
  /** Reads a spreadsheet the user chose, and lets its folder's photos be read. */
  openSheet(filePath: string): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer>; folder: { token: string; label: string } }>;
  registerFolder(folderPath: string): { token: string; label: string };
  readPhoto(token: string, name: string): Promise<OpenedImage>;
}

export function createBulkFiles(): BulkFiles {
  // The same opaque tokens as export folders, in a registry of their own: a folder picked to
  // read photos from is never one the renderer may write into, and the other way round.
  const folders = createExportFolders();
  const registerFolder = (folderPath: string) => folders.register(folderPath);
  return {
    registerFolder,
    async openSheet(filePath) {
      const name = path.basename(filePath);
      let bytes: Uint8Array;
      try {
        bytes = await readBoundedFile(filePath, MAX_SHEET_BYTES);
      } catch (e) {
        if (e instanceof PlacardError && e.code === 'bundle.too-large') throw new PlacardError('bulk.sheet-too-large', `${filePath} is larger than ${MAX_SHEET_BYTES} bytes`, { name, mb: MAX_SHEET_BYTES / 1e6 });
        throw e;
      }
      return { name, bytes: bytes as Uint8Array<ArrayBuffer>, folder: registerFolder(path.dirname(filePath)) };
    },
    async readPhoto(token, name) {
      let folder: string;
      try {
        folder = folders.resolve(token);
      } catch {
        throw new PlacardError('bulk.folder-unknown', 'The photo folder is not known; choose it again', {});
      }
      const found = fileInFolder(folder, name);
      if (!found.ok) throw new PlacardError(found.code, `${name}: ${found.code === 'bulk.photo-outside' ? 'outside the folder' : 'no such file'} (${folder})`, { name: name.slice(0, 200) });
      return readImageFile(found.path, MAX_IMAGE_BYTES);
    },
  };
}
