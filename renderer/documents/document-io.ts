// New, Open, Save and Save As for .placard documents, with the unsaved-changes prompt. Images
// travel with the document: saving sends the bytes the image store holds for each asset, opening
// puts every asset back into the image store before the design is shown.
import { withoutUnusedAssets } from '../../core/model/asset-budget';
import { ownValue } from '../../core/model/own';
import i18next from 'i18next';
import type { DocumentPayload } from '../../core/api-files';
import type { Design } from '../../core/model';
import { newDesign } from './new-design';
import { errorMessage } from '../i18n/error-message';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { familyFromFileName } from '../fonts/user-fonts';
import { documentFonts, registerCarriedFonts } from '../fonts/user-fonts';
import { getApi } from '../bridge';
import { confirm } from '../dialogs/dialog-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { cancelAutosave, clearRecoveryFor, docKeyOf } from './autosave';
import { fileNameOf, useDocumentStore } from './document-store';
import { loadZod } from '../zod-deferred';

const design = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();
const docs = () => useDocumentStore.getState();

export function isDirty(): boolean {
  const { revision, savedRevision } = design();
  return revision !== savedRevision;
}

function displayName(): string {
  const { path } = docs();
  return path ? fileNameOf(path) : design().design.name || i18next.t('document.untitled');
}

function fail(key: string, name: string, err: unknown): void {
  editor().setStatus({ key, params: { name, message: errorMessage(err) }, tone: 'error' });
}

/** The bytes of every image the design lists, from the image store. */
export function documentAssets(d: Design): Record<string, Uint8Array> {
  const loaded = useImageStore.getState().assets;
  const out: Record<string, Uint8Array> = {};
  for (const id of Object.keys(d.assets)) {
    const asset = loaded.get(id);
    if (asset) out[id] = asset.bytes;
  }
  return out;
}

/** What a saved document carries: the design without images no element shows any more, their bytes, and imported fonts. */
export function documentContents(d: Design): { design: Design; assets: Record<string, Uint8Array>; fonts: Record<string, Uint8Array> } {
  const saved = withoutUnusedAssets(d);
  return { design: saved, assets: documentAssets(saved), fonts: documentFonts(saved, familyFromFileName) };
}

/** Shows a document: its images into the image store first, then the design. */
export async function loadDocument(payload: DocumentPayload, options: { dirty?: boolean } = {}): Promise<void> {
  useImageStore.getState().clear();
  for (const [id, bytes] of Object.entries(payload.assets)) {
    const info = ownValue(payload.design.assets, id);
    if (!info) continue;
    const imported = await importImageBytes(bytes, info.mime, info.name);
    // Documents made elsewhere may name assets by something other than their hash.
    if (imported.id !== id) {
      const asset = useImageStore.getState().assets.get(imported.id);
      if (asset) useImageStore.getState().put(id, asset);
    }
  }
  await registerCarriedFonts(payload.fonts ?? {});
  design().replaceDesign(payload.design);
  // A restored recovery copy is unsaved work: keep the unsaved marker until the user saves.
  if (options.dirty) useDesignStore.setState({ savedRevision: -1 });
  docs().setPath(payload.path);
  editor().select([]);
  editor().setZoom(editor().zoom, true);
}

async function saveWith(run: () => Promise<{ status: 'saved'; path: string } | { status: 'canceled' }>): Promise<boolean> {
  const before = docKeyOf();
  const revision = design().revision;
  const name = displayName();
  editor().setBusy(true);
  try {
    const result = await run();
    if (result.status === 'canceled') return false;
    cancelAutosave();
    // Changes made while the file was written stay unsaved.
    useDesignStore.setState({ savedRevision: revision });
    docs().setPath(result.path);
    await clearRecoveryFor(before);
    await clearRecoveryFor(docKeyOf());
    editor().setStatus({ key: 'file.saved', params: { name: fileNameOf(result.path) }, tone: 'success' });
    void refreshRecent();
    return true;
  } catch (err) {
    fail('file.saveFailedStatus', name, err);
    return false;
  } finally {
    editor().setBusy(false);
  }
}

export function saveDocumentAs(): Promise<boolean> {
  const d = design().design;
  const suggestedName = (displayName().replace(/\.placard$/i, '').replace(/[\\/:*?"<>|\0]/g, '-').trim() || 'design').slice(0, 150);
  return saveWith(() => getApi().saveDocumentAs({ suggestedName, ...documentContents(d) }));
}

export function saveDocument(): Promise<boolean> {
  const path = docs().path;
  if (!path) return saveDocumentAs();
  const d = design().design;
  return saveWith(() => getApi().saveDocument({ path, ...documentContents(d) }));
}

/**
 * Before replacing or closing a document with unsaved changes: Save / Don't save / Cancel.
 * Resolves true when the caller may go on (saved, or the user chose to discard).
 */
export async function confirmUnsaved(): Promise<boolean> {
  if (!isDirty()) return true;
  const answer = await confirm({
    titleKey: 'file.unsaved.title',
    messageKey: 'file.unsaved.message',
    params: { name: displayName() },
    buttons: [
      { id: 'save', labelKey: 'file.unsaved.save', kind: 'primary' },
      { id: 'discard', labelKey: 'file.unsaved.discard', kind: 'danger' },
      { id: 'cancel', labelKey: 'file.unsaved.cancel' },
    ],
    cancelId: 'cancel',
  });
  if (answer === 'save') return saveDocument();
  if (answer === 'discard') {
    // Discarded on purpose: its recovery copy must not be offered at the next start.
    cancelAutosave();
    await clearRecoveryFor(docKeyOf());
    return true;
  }
  return false;
}

export async function newDocument(): Promise<void> {
  if (!(await confirmUnsaved())) return;
  newDesign();
  docs().setPath(null);
}

async function openWith(name: string, run: () => Promise<DocumentPayload | null>): Promise<boolean> {
  if (!(await confirmUnsaved())) return false;
  editor().setBusy(true);
  try {
    const payload = await run();
    if (!payload) return false;
    await loadDocument(payload);
    editor().setStatus({ key: 'file.opened', params: { name: payload.path ? fileNameOf(payload.path) : payload.design.name }, tone: 'success' });
    return true;
  } catch (err) {
    fail('file.openFailedStatus', name, err);
    return false;
  } finally {
    editor().setBusy(false);
    void refreshRecent();
  }
}

export function openDocumentDialog(): Promise<boolean> {
  return openWith('', () => getApi().openDocumentDialog());
}

export function openDocumentAt(path: string): Promise<boolean> {
  return openWith(fileNameOf(path), () => getApi().openDocumentPath(path));
}

/**
 * Opens a .placard dropped on the window, read and checked here like any untrusted file. The page
 * cannot name a file on disk to the main process, so it opens as a new document: Save asks where.
 */
export function openDocumentBytes(bytes: Uint8Array, name: string): Promise<boolean> {
  return openWith(name, async () => {
    const [{ readDocumentBundle }] = await Promise.all([import('../../core/bundle/document'), loadZod()]);
    const result = readDocumentBundle(bytes);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, params: result.error.params });
    const { design, assets, fonts } = result.value;
    return { path: null, design, assets: Object.fromEntries(assets), fonts: Object.fromEntries(fonts) };
  });
}

/** Reloads the recent list; files that disappeared are dropped and named in the status bar. */
export async function refreshRecent(): Promise<void> {
  try {
    const { recent, pruned } = await getApi().getRecentDocuments();
    docs().setRecent(recent);
    if (pruned.length > 0) editor().setStatus({ key: 'file.pruned', params: { names: pruned.join(', ') }, tone: 'info' });
  } catch (err) {
    console.warn('could not read the recent documents list:', errorMessage(err));
  }
}
