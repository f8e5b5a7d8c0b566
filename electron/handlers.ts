// The main-process implementation of every API method, built from plain Node services with the
// native dialogs passed in. No electron import: unit tests and the end-to-end harness (which binds
// window.placard in Chromium to these handlers) run it in plain Node.
import path from 'node:path';
import { API, API_METHODS, type ApiHandlers, type ApiMethod, type ApiResult, type ExportMime, type Settings } from '../core/api';
import { describeIssues, zodIssues } from '../core/model/issues';
import type { Language } from '../core/model';
import { writeFileAtomic } from './services/atomic-write';
import { createFileHandlers, type FileDialogs, type FileHandlerDeps } from './file-handlers';
import { PlacardError } from './services/errors';
import { readImageFile } from './services/images';
import { createSettingsStore } from './services/settings';
import { writeExportFiles } from './services/export-files';
import { createExportFolders, checkClipboardPng, type ClipboardService } from './services/export-folders';
import { createLibraryStore } from './services/library';
import { createBulkFiles } from './services/bulk-files';

export interface SaveFileOptions {
  suggestedName: string;
  filters: { name: string; extensions: string[] }[];
}

/** Native file pickers. Each returns the chosen path, or null when the user canceled. */
export interface Dialogs extends FileDialogs {
  openImage(): Promise<string | null>;
  saveFile(o: SaveFileOptions): Promise<string | null>;
  /** Folder picker for multi-image exports; returns the folder's path, or null when canceled. */
  chooseFolder?(): Promise<string | null>;
  /** Bulk create's spreadsheet (.csv, .tsv, .txt, .xlsx, .ods). */
  openSpreadsheet?(): Promise<string | null>;
  /** Bulk create's folder of photos. */
  choosePhotoFolder?(): Promise<string | null>;
}

export interface ApiHandlerDeps extends Omit<FileHandlerDeps, 'dialogs' | 'userDataDir'> {
  dialogs: Dialogs;
  userDataDir: string;
  appVersion: string;
  platform: string;
  /** The system's language (main: from app.getLocale()): what a first start speaks. English when absent. */
  systemLanguage?: Language;
  /** Called after settings were saved (main rebuilds the menu when the language changes). */
  onSettingsChanged?: (settings: Settings) => void;
  /** Puts a PNG on the system clipboard (main: electron clipboard.writeImage); absent = unavailable. */
  clipboard?: ClipboardService;
  /** Shows the system print dialog for the window (main: webContents.print); absent = unavailable. */
  printWindow?: () => Promise<{ status: 'printed' | 'cancelled' | 'failed'; reason?: string }>;
}

/** Format names are the same in every language, so the filter labels need no translation. */
export const EXPORT_FILTERS: Record<ExportMime, { name: string; extensions: string[] }> = {
  'image/png': { name: 'PNG', extensions: ['png'] },
  'image/jpeg': { name: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/webp': { name: 'WebP', extensions: ['webp'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'image/gif': { name: 'GIF', extensions: ['gif'] },
  'video/mp4': { name: 'MP4', extensions: ['mp4'] },
  'video/webm': { name: 'WebM', extensions: ['webm'] },
};

/** Linux dialogs do not add the extension; make sure the file name says what the bytes are. */
export function withExportExtension(filePath: string, mime: ExportMime): string {
  const { extensions } = EXPORT_FILTERS[mime];
  const ext = path.extname(filePath).slice(1).toLowerCase();
  return extensions.includes(ext) ? filePath : `${filePath}.${extensions[0]}`;
}

export function createApiHandlers(deps: ApiHandlerDeps): ApiHandlers {
  const settings = createSettingsStore(deps.userDataDir, deps.systemLanguage);
  const exportFolders = createExportFolders();
  const library = createLibraryStore(deps.userDataDir);
  const bulkFiles = createBulkFiles();
  return {
    ...createFileHandlers(deps),
    getAppInfo: () => ({ version: deps.appVersion, platform: deps.platform, shell: 'electron' }),

    async openImage() {
      const chosen = await deps.dialogs.openImage();
      return chosen === null ? null : readImageFile(chosen);
    },

    async saveExport({ suggestedName, mime, bytes }) {
      const chosen = await deps.dialogs.saveFile({ suggestedName, filters: [EXPORT_FILTERS[mime]] });
      if (chosen === null) return { status: 'canceled' };
      const target = withExportExtension(chosen, mime);
      await writeFileAtomic(target, bytes);
      return { status: 'saved', path: target };
    },

    getSettings: () => settings.get(),

    async setSettings(patch) {
      const next = await settings.update(patch);
      deps.onSettingsChanged?.(next);
      return next;
    },

    async getLibrary() {
      const { brandKits, templates } = await library.list();
      return { brandKits, templates };
    },
    saveBrandKit: ({ kit, assets }) => library.saveBrandKit(kit, assets),
    deleteBrandKit: (id) => library.deleteBrandKit(id),
    saveTemplate: ({ template, assets }) => library.saveTemplate(template, assets),
    deleteTemplate: (id) => library.deleteTemplate(id),
    getLibraryAsset: (id) => library.getAsset(id),

    async chooseExportFolder() {
      if (!deps.dialogs.chooseFolder) throw new PlacardError('export.no-folder-dialog', 'No folder dialog is available in this shell', {});
      const chosen = await deps.dialogs.chooseFolder();
      return chosen === null ? null : exportFolders.register(chosen);
    },

    writeExportFiles: ({ folder, files, overwrite }) => writeExportFiles(exportFolders.resolve(folder), files, { overwrite }),

    async copyImageToClipboard({ png }) {
      if (!deps.clipboard) throw new PlacardError('clipboard.unavailable', 'The system clipboard is not available', {});
      checkClipboardPng(png);
      await deps.clipboard.writePng(png);
      return { copied: true as const };
    },

    async openSpreadsheet() {
      if (!deps.dialogs.openSpreadsheet) throw new PlacardError('dialog.unavailable', 'No open dialog is available in this shell', {});
      const chosen = await deps.dialogs.openSpreadsheet();
      return chosen === null ? null : bulkFiles.openSheet(chosen);
    },

    async choosePhotoFolder() {
      if (!deps.dialogs.choosePhotoFolder) throw new PlacardError('dialog.unavailable', 'No folder dialog is available in this shell', {});
      const chosen = await deps.dialogs.choosePhotoFolder();
      return chosen === null ? null : bulkFiles.registerFolder(chosen);
    },

    readFolderPhoto: ({ folder, name }) => bulkFiles.readPhoto(folder, name),

    async printWindow() {
      if (!deps.printWindow) throw new PlacardError('print.unavailable', 'Printing is not available in this shell', {});
      return deps.printWindow();
    },
  };
}

export function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(API, method);
}

/**
 * Validates a call from an untrusted caller against the API contract and runs it. Rejects
 * unknown methods, and arguments that fail the schema with a message naming the field path.
 */
export async function invokeValidated<K extends ApiMethod>(handlers: ApiHandlers, method: K, rawArgs: unknown[]): Promise<ApiResult<K>>;
export async function invokeValidated(handlers: ApiHandlers, method: string, rawArgs: unknown[]): Promise<unknown>;
export async function invokeValidated(handlers: ApiHandlers, method: string, rawArgs: unknown[]): Promise<unknown> {
  if (typeof method !== 'string' || !isApiMethod(method)) {
    throw new PlacardError('ipc.unknown-method', `Unknown API method "${String(method)}"; known: ${API_METHODS.join(', ')}`, {
      method: String(method).slice(0, 100),
    });
  }
  const parsed = API[method].args.safeParse(Array.isArray(rawArgs) ? rawArgs : [rawArgs]);
  if (!parsed.success) {
    // Paths are tuple positions first ("0.suggestedName"), so name the argument explicitly.
    const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: i.path === '' ? 'args' : `args.${i.path}` }));
    const details = describeIssues(issues);
    throw new PlacardError('ipc.invalid-args', `Invalid arguments for ${method}: ${details}`, { method, details });
  }
  const handler = handlers[method] as (...args: unknown[]) => unknown;
  return await handler(...(parsed.data as unknown[]));
}
