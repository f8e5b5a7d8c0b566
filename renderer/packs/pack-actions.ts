// Pack library actions: import (dialog, drag and drop, file association), update, remove, export,
// and opening a pack template as a new design. A refused import names the problem in the status
// bar; main guarantees the library is untouched by it.
import { apiErrorInfo } from '../../core/api-errors';
import type { PackImportResult, PackSummary } from '../../core/api-files';
import type { PackInstallChoice } from '../../core/bundle/pack-install';
import type { Design } from '../../core/model';
import { SAMPLE_PHOTOS, isSamplePhoto } from '../../core/templates';
import { t } from '../i18n';
import { errorMessage } from '../i18n/error-message';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { getApi } from '../bridge';
import { confirm } from '../dialogs/dialog-store';
import { useEditorStore } from '../state/editor-store';
import { packAsset, usePackStore, type PackTemplate } from './pack-store';
import { openTemplateCopy } from '../documents/open-template';

const SAMPLE_URLS = import.meta.glob('../../assets/samples/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const editor = () => useEditorStore.getState();

function showError(err: unknown): void {
  editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
}

export async function refreshPacks(): Promise<void> {
  try {
    await usePackStore.getState().refresh();
  } catch (err) {
    showError(err);
  }
}

/**
 * Runs an import. When a pack with the same id is installed, main refuses with 'pack.conflict'
 * and both versions and authors; the user then replaces it (same author only), installs the file
 * as a separate pack, or cancels. Resolves with the result, or null when refused or declined.
 */
async function importWith(run: (choice: PackInstallChoice) => Promise<PackImportResult>): Promise<PackImportResult | null> {
  editor().setBusy(true);
  try {
    let result: PackImportResult;
    try {
      result = await run('ask');
    } catch (err) {
      const info = apiErrorInfo(err);
      if (info?.code !== 'pack.conflict') throw err;
      editor().setBusy(false);
      const choice = await askAboutConflict(info.params);
      if (choice === 'cancel') return null;
      editor().setBusy(true);
      result = await run(choice);
    }
    const { pack, replacedVersion } = result;
    editor().setStatus(
      replacedVersion
        ? { key: 'packs.updated', params: { name: pack.name, from: replacedVersion, version: pack.version }, tone: 'success' }
        : { key: 'packs.imported', params: { name: pack.name, version: pack.version }, tone: 'success' },
    );
    await refreshPacks();
    editor().setLeftTab('packs');
    return result;
  } catch (err) {
    showError(err);
    return null;
  } finally {
    editor().setBusy(false);
  }
}

/** Shows the installed pack and the file side by side and asks what to do. */
async function askAboutConflict(params: Record<string, string | number>): Promise<'replace' | 'separate' | 'cancel'> {
  const shown = {
    ...params,
    installedAuthor: params.installedAuthor || t('packs.conflict.noAuthor'),
    incomingAuthor: params.incomingAuthor || t('packs.conflict.noAuthor'),
  };
  const sameAuthor = params.author === 'same';
  const answer = await confirm({
    titleKey: 'packs.conflict.title',
    messageKey: sameAuthor ? `packs.conflict.${params.relation === 'newer' ? 'newer' : params.relation === 'older' ? 'older' : 'same'}` : 'packs.conflict.otherAuthor',
    detailKeys: ['packs.conflict.installed', 'packs.conflict.incoming'],
    params: shown,
    buttons: [
      ...(sameAuthor ? [{ id: 'replace', labelKey: 'packs.conflict.replace', kind: params.relation === 'newer' ? ('primary' as const) : ('danger' as const) }] : []),
      { id: 'separate', labelKey: 'packs.conflict.separate' },
      { id: 'cancel', labelKey: 'packs.exportDialog.cancel' },
    ],
    cancelId: 'cancel',
  });
  return answer === 'replace' || answer === 'separate' ? answer : 'cancel';
}

/** Import (or update) from the open dialog. */
export async function importPackFromDialog(): Promise<PackImportResult | null> {
  let chosen;
  try {
    chosen = await getApi().choosePackFile();
  } catch (err) {
    showError(err);
    return null;
  }
  if (!chosen) return null;
  const { path } = chosen;
  return importWith((choice) => getApi().importPackFile({ path, choice }));
}

/** Import a path the OS handed over (double-click, command line). */
export function importPackAtPath(path: string): Promise<PackImportResult | null> {
  return importWith((choice) => getApi().importPackFile({ path, choice }));
}

/** Import bytes dropped on the window. */
export function importPackBytes(bytes: Uint8Array): Promise<PackImportResult | null> {
  return importWith((choice) => getApi().importPackBytes({ bytes, choice }));
}

export async function removeInstalledPack(pack: PackSummary): Promise<boolean> {
  const answer = await confirm({
    titleKey: 'packs.removeConfirm.title',
    messageKey: 'packs.removeConfirm.message',
    params: { name: pack.name },
    buttons: [
      { id: 'remove', labelKey: 'packs.remove', kind: 'danger' },
      { id: 'cancel', labelKey: 'packs.exportDialog.cancel' },
    ],
    cancelId: 'cancel',
  });
  if (answer !== 'remove') return false;
  try {
    await getApi().removePack(pack.id);
    editor().setStatus({ key: 'packs.removed', params: { name: pack.name }, tone: 'success' });
    return true;
  } catch (err) {
    showError(err);
    return false;
  } finally {
    await refreshPacks();
  }
}

/** Image bytes for an asset id: installed packs, bundled samples, the user's library, the open document. */
export async function assetBytes(id: string): Promise<{ bytes: Uint8Array; mime: Design['assets'][string]['mime'] } | null> {
  const fromPack = packAsset(id);
  if (fromPack) return fromPack;
  if (isSamplePhoto(id)) {
    const url = Object.entries(SAMPLE_URLS).find(([file]) => file.endsWith(`/${SAMPLE_PHOTOS[id].file}`))?.[1];
    if (url) return { bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()), mime: 'image/png' };
  }
  if (/^[0-9a-f]{64}$/.test(id)) {
    const stored = await getApi().getLibraryAsset(id).catch(() => null);
    if (stored) return stored;
  }
  const loaded = useImageStore.getState().assets.get(id);
  return loaded ? { bytes: loaded.bytes, mime: loaded.mime } : null;
}

/** The images of a pack template, stored under the ids its design uses. */
async function loadPackAssets(design: Design): Promise<void> {
  for (const [id, info] of Object.entries(design.assets)) {
    const found = await assetBytes(id);
    if (!found) continue;
    const imported = await importImageBytes(found.bytes, found.mime, info.name);
    if (imported.id !== id) {
      const asset = useImageStore.getState().assets.get(imported.id);
      if (asset) useImageStore.getState().put(id, asset);
    }
  }
}

/** Opens a pack template as a new, unsaved design in fill-in mode (its locks apply). */
export async function openPackTemplate({ template }: PackTemplate): Promise<boolean> {
  try {
    const language = await openTemplateCopy(template, loadPackAssets);
    if (!language) return false;
    editor().setStatus({ key: 'packs.templateOpened', params: { name: template.name[language] }, tone: 'success' });
    return true;
  } catch (err) {
    showError(err);
    return false;
  }
}
