// Main-process handlers for documents, recent files, recovery copies and the pack library
// (core/api-files.ts). createApiHandlers() spreads these into the full handler set.
//
// Paths: the page never names a file to write on its own. A path becomes usable only after main
// handed it out (a dialog the user answered, the recent list, a file given by the OS), so a
// compromised page cannot overwrite arbitrary files.
import path from 'node:path';
import type { FILE_API, PackDetails, WindowState } from '../core/api-files';
import type { ApiArgs, ApiResult } from '../core/api';
import type { Design } from '../core/model';
import type { PackInstallChoice } from '../core/bundle/pack-install';
import { describeIssues } from '../core/model/issues';
import { validateTemplate, type Template } from '../core/templates/validate';
import { writeFileAtomic } from './services/atomic-write';
import { DOCUMENT_EXTENSION, decodeDocument, encodeDocument, openDocument, readBoundedFile } from './services/documents';
import { PlacardError } from './services/errors';
import { MAX_PACK_FILE_BYTES, PACK_EXTENSION, exportPack, getPack, importPack, listPacks, removePack } from './services/packs';
import { clearRecovery, listRecoveries, readRecovery, writeRecovery } from './services/recovery';
import { createRecentStore } from './services/recent';

export const RECOVERY_DIR = 'recovery';
export const PACK_LIBRARY_DIR = 'pack-library';
const UNTITLED_PREFIX = 'untitled:';

export interface DocumentDialogOptions {
  suggestedName: string;
}

/** Native pickers for documents and packs. Each returns the chosen path, or null when canceled. */
export interface FileDialogs {
  openDocument?(): Promise<string | null>;
  saveDocument?(o: DocumentDialogOptions): Promise<string | null>;
  openPack?(): Promise<string | null>;
  savePack?(o: DocumentDialogOptions): Promise<string | null>;
}

/** Paths the page may use: those main handed out this session. */
export interface FileAccess {
  grant(filePath: string): string;
  isGranted(filePath: string): boolean;
}

export function createFileAccess(): FileAccess {
  const granted = new Set<string>();
  return {
    grant(filePath) {
      const resolved = path.resolve(filePath);
      granted.add(resolved);
      return resolved;
    },
    isGranted: (filePath) => path.isAbsolute(filePath) && granted.has(path.resolve(filePath)),
  };
}

export interface FileHandlerDeps {
  dialogs: FileDialogs;
  userDataDir: string;
  fileAccess?: FileAccess;
  /** Paths the OS asked to open before the page listened (main's queue); empties it. */
  takeOpenRequests?: () => string[];
  /** The page's answer to a close request (main closes the window on true). */
  onCloseAnswer?: (close: boolean) => void;
  /** What the window shows of the document (title, unsaved marker, file, progress). */
  onWindowState?: (state: WindowState) => void;
  /** A document was opened or saved: the OS's recent documents and the Open Recent menu follow. */
  onRecentChanged?: (filePath: string, recent: string[]) => void;
}

type FileMethod = keyof typeof FILE_API;
export type FileHandlers = { [K in FileMethod]: (...args: ApiArgs<K>) => Promise<ApiResult<K>> | ApiResult<K> };

/** "<name>.<ext>" unless the path already ends with it (Linux dialogs do not add extensions). */
export function withExtension(filePath: string, ext: string): string {
  return filePath.toLowerCase().endsWith(ext) ? filePath : filePath + ext;
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const access = deps.fileAccess ?? createFileAccess();
  const recent = createRecentStore(deps.userDataDir);
  const recoveryDir = path.join(deps.userDataDir, RECOVERY_DIR);
  const libraryDir = path.join(deps.userDataDir, PACK_LIBRARY_DIR);

  function dialog<K extends keyof FileDialogs>(name: K): NonNullable<FileDialogs[K]> {
    const fn = deps.dialogs[name];
    if (!fn) throw new PlacardError('dialog.unavailable', `No ${name} dialog is available in this shell`, { dialog: name });
    return fn.bind(deps.dialogs) as NonNullable<FileDialogs[K]>;
  }

  /** A path the page may use: handed out before (or kept in the recent list), with the right extension. */
  async function usablePath(filePath: string, ext: string): Promise<string> {
    const resolved = path.resolve(filePath);
    const known = access.isGranted(resolved) || (path.isAbsolute(filePath) && (await recent.has(resolved)));
    if (!known || !resolved.toLowerCase().endsWith(ext)) {
      throw new PlacardError('document.path-not-allowed', `${filePath} was not chosen by the user`, { path: filePath });
    }
    return access.grant(resolved);
  }

  /** The recent list is a convenience: failing to update it must not fail an open or a save that worked. */
  async function remember(filePath: string): Promise<void> {
    try {
      await recent.add(filePath);
      deps.onRecentChanged?.(filePath, (await recent.list()).recent.map((r) => r.path));
    } catch (err) {
      console.warn('Could not update the recent documents list:', err);
    }
  }

  async function openAt(filePath: string) {
    try {
      const opened = await openDocument(filePath);
      await remember(filePath);
      return { path: filePath, design: opened.design, assets: Object.fromEntries(opened.assets), fonts: Object.fromEntries(opened.fonts) };
    } catch (err) {
      if (err instanceof PlacardError && err.code === 'document.not-found') await recent.remove(filePath);
      throw err;
    }
  }

  async function saveAt(filePath: string, design: Design, assets: Record<string, Uint8Array>, fonts: Record<string, Uint8Array>) {
    await writeFileAtomic(filePath, encodeDocument(design, new Map(Object.entries(assets)), new Map(Object.entries(fonts))));
    await remember(filePath);
    return { status: 'saved' as const, path: filePath };
  }

  async function importFrom(bytes: Uint8Array, choice: PackInstallChoice) {
    const result = await importPack(libraryDir, bytes, { choice });
    return { pack: result.pack, replacedVersion: result.replacedVersion };
  }

  return {
    async openDocumentDialog() {
      const chosen = await dialog('openDocument')();
      return chosen === null ? null : openAt(access.grant(chosen));
    },

    async openDocumentPath(filePath) {
      return openAt(await usablePath(filePath, DOCUMENT_EXTENSION));
    },

    async saveDocument({ path: filePath, design, assets, fonts }) {
      return saveAt(await usablePath(filePath, DOCUMENT_EXTENSION), design, assets, fonts);
    },

    async saveDocumentAs({ suggestedName, design, assets, fonts }) {
      // Check the document before asking where to put it: a bad one fails without a dialog.
      encodeDocument(design, new Map(Object.entries(assets)), new Map(Object.entries(fonts)));
      const chosen = await dialog('saveDocument')({ suggestedName: withExtension(suggestedName, DOCUMENT_EXTENSION) });
      if (chosen === null) return { status: 'canceled' as const };
      return saveAt(access.grant(withExtension(chosen, DOCUMENT_EXTENSION)), design, assets, fonts);
    },

    getRecentDocuments: () => recent.list(),

    takeOpenRequests() {
      const paths = deps.takeOpenRequests?.() ?? [];
      return paths.map((p) => access.grant(p));
    },

    answerClose(close) {
      deps.onCloseAnswer?.(close);
    },

    setWindowState(state) {
      // Only a file main handed to the page may be shown as the window's document.
      const documentPath = state.documentPath && access.isGranted(state.documentPath) ? state.documentPath : state.documentPath === undefined ? undefined : null;
      deps.onWindowState?.({ ...state, ...(documentPath !== undefined ? { documentPath } : {}) });
    },

    async writeRecovery({ docKey, design, assets, fonts }) {
      await writeRecovery(recoveryDir, docKey, encodeDocument(design, new Map(Object.entries(assets)), new Map(Object.entries(fonts))));
    },

    async listRecoveries() {
      const out = [];
      for (const entry of await listRecoveries(recoveryDir)) {
        try {
          // Each copy on its own: one damaged or unreadable copy never hides the intact ones.
          const bytes = await readRecovery(recoveryDir, entry.docKey);
          if (!bytes) continue;
          const { design } = decodeDocument(bytes);
          out.push({ docKey: entry.docKey, savedAt: entry.savedAt, designName: design.name, path: entry.docKey.startsWith(UNTITLED_PREFIX) ? null : entry.docKey });
        } catch {
          // A copy that no longer validates cannot be restored; leave it for inspection, do not offer it.
        }
      }
      return out;
    },

    async readRecovery(docKey) {
      const bytes = await readRecovery(recoveryDir, docKey);
      if (!bytes) return null;
      const { design, assets, fonts } = decodeDocument(bytes);
      // The copy keeps its file only when that file is one the user opened or saved before.
      const filePath = !docKey.startsWith(UNTITLED_PREFIX) && path.isAbsolute(docKey) && (await recent.has(docKey)) ? access.grant(docKey) : null;
      return { path: filePath, design, assets: Object.fromEntries(assets), fonts: Object.fromEntries(fonts) };
    },

    clearRecovery: (docKey) => clearRecovery(recoveryDir, docKey),

    async choosePackFile() {
      const chosen = await dialog('openPack')();
      if (chosen === null) return null;
      const granted = access.grant(chosen);
      return { path: granted, name: path.basename(granted) };
    },

    async importPackFile({ path: filePath, choice }) {
      const usable = await usablePath(filePath, PACK_EXTENSION);
      return importFrom(await readBoundedFile(usable, MAX_PACK_FILE_BYTES), choice);
    },

    importPackBytes: ({ bytes, choice }) => importFrom(bytes, choice),

    listPacks: () => listPacks(libraryDir),

    async getPackDetails(packId): Promise<PackDetails> {
      const contents = await getPack(libraryDir, packId);
      const summary = (await listPacks(libraryDir)).find((p) => p.id === packId);
      if (!summary) throw new PlacardError('pack.not-found', `no pack "${packId}" is installed`, { pack: packId });
      return {
        summary,
        templates: [...contents.templates.values()],
        brandKits: [...contents.brandKits.values()],
        assets: Object.fromEntries(contents.assets),
        fonts: Object.fromEntries(contents.fonts),
      };
    },

    removePack: (packId) => removePack(libraryDir, packId),

    async exportPack({ manifest, templates, brandKits, assets, fonts }) {
      const checked: Template[] = templates.map((input) => {
        const result = validateTemplate(input);
        if (result.ok) return result.template;
        const field = result.issues[0]?.path ?? '';
        throw new PlacardError('bundle.invalid-template', `template "${input.id}": ${describeIssues(result.issues)}`, { entry: `templates/${input.id}.json`, field });
      });
      // writePack checks the whole pack again on the read-back, as an import would.
      const bytes = exportPack(manifest, checked, brandKits, new Map(Object.entries(assets)), new Map(Object.entries(fonts)));
      const suggestedName = withExtension(manifest.name.replace(/[\\/:*?"<>|\0]/g, '-').slice(0, 150) || manifest.id, PACK_EXTENSION);
      const chosen = await dialog('savePack')({ suggestedName });
      if (chosen === null) return { status: 'canceled' as const };
      const target = withExtension(chosen, PACK_EXTENSION);
      await writeFileAtomic(target, bytes);
      return { status: 'saved' as const, path: target };
    },
  };
}
