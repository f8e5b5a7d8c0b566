// Templates and brand kits as user actions: open a template in fill-in mode, switch author mode,
// save the design as a template, apply a brand kit, replace a slot's photo, export both languages.
import type { LibraryAsset } from '../../core/api';
import { rethemeDesign, type BrandKit } from '../../core/brand';
import { mapElement, slugify, type Design } from '../../core/model';
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, isSamplePhoto, type Template, type TemplateCategory } from '../../core/templates';
import { getApi } from '../bridge';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { confirm } from '../dialogs/dialog-store';
import { useDialogStore } from '../dialogs/dialog-store';
import { quickExport, quickSaveSink } from '../export/quick-export';
import { loadDesignAssets, openTemplateCopy, uiLanguage } from '../documents/open-template';
import { quickExportDetail } from './export-actions';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { useLibraryStore } from '../state/library-store';
import { errorMessage } from '../i18n/error-message';
import { registerAction } from './registry';
import { insertImageFromBytes } from './app-actions';


const store = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();


function fail(err: unknown): void {
  editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
}

/** Opens a built-in or library template as a new design in fill-in mode. */
export async function openTemplate(template: Template, builtIn: boolean): Promise<boolean> {
  const language = await openTemplateCopy(template, loadDesignAssets);
  if (!language) return false;
  useLibraryStore.getState().setActiveTemplate({ id: template.id, name: template.name, builtIn });
  editor().setStatus({ key: 'templates.status.opened', params: { name: template.name[language] }, tone: 'success' });
  return true;
}

export function setAuthorMode(on: boolean): void {
  store().setAuthorMode(on);
  editor().setStatus({ key: on ? 'templates.status.authorOn' : 'templates.status.authorOff', tone: 'info' });
}

/** The images a design uses that must travel with it into the library (samples ship with the app). */
export function designAssetBytes(design: Design): Record<string, LibraryAsset> {
  const out: Record<string, LibraryAsset> = {};
  const loaded = useImageStore.getState().assets;
  for (const id of Object.keys(design.assets)) {
    if (isSamplePhoto(id)) continue;
    const asset = loaded.get(id);
    if (asset && /^[0-9a-f]{64}$/.test(id)) out[id] = { mime: asset.mime, bytes: asset.bytes as Uint8Array<ArrayBuffer> };
  }
  return out;
}


export interface TemplateDetails {
  name: { en: string; es: string };
  category: TemplateCategory;
  presetId: string;
}

/** Saves the open design (locks and slots included) as a new template in the user's library. */
export async function saveDesignAsTemplate(details: TemplateDetails): Promise<Template> {
  const design = store().design;
  const template: Template = {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    id: `${slugify(details.name.en, 'template')}-${Date.now().toString(36)}`,
    name: { en: details.name.en.trim(), es: details.name.es.trim() },
    category: details.category,
    presetId: details.presetId,
    tags: [],
    design: { ...design, name: details.name.en.trim() },
  };
  const saved = await useLibraryStore.getState().saveTemplate(template, designAssetBytes(design));
  editor().setStatus({ key: 'templates.status.saved', params: { name: saved.name[uiLanguage()] }, tone: 'success' });
  return saved;
}

export async function deleteUserTemplate(template: Template): Promise<void> {
  const answer = await confirm({
    titleKey: 'templates.delete.title',
    messageKey: 'templates.delete.message',
    params: { name: template.name[uiLanguage()] },
    buttons: [
      { id: 'delete', labelKey: 'templates.delete.confirm', kind: 'danger' },
      { id: 'cancel', labelKey: 'templates.discard.cancel' },
    ],
    cancelId: 'cancel',
  });
  if (answer !== 'delete') return;
  try {
    await useLibraryStore.getState().deleteTemplate(template.id);
  } catch (err) {
    fail(err);
  }
}

/** Switches the design to `kit` and re-themes its tokens: one undo step. */
export function applyBrandKit(kit: BrandKit): void {
  store().commit('history.brandKit', (d) => rethemeDesign(d, kit));
  editor().setStatus({ key: 'kits.status.applied', params: { name: kit.name }, tone: 'success' });
}

/** Asks for an image and puts it into an image slot (refused by the store when content is locked). */
export async function replaceSlotPhoto(elementId: string): Promise<void> {
  try {
    const opened = await getApi().openImage();
    if (!opened) return;
    const mime = sniffImageMime(opened.bytes) ?? opened.mime;
    const { id, info } = await importImageBytes(opened.bytes, mime, opened.name);
    store().commit('history.replacePhoto', (d) => ({
      ...d,
      assets: { ...d.assets, [id]: info },
      elements: mapElement(d.elements, elementId, (el) => (el.type === 'image' ? { ...el, assetId: id, crop: undefined } : el)),
    }));
    editor().setStatus({ key: 'status.imageAdded', params: { name: opened.name }, tone: 'success' });
  } catch (err) {
    fail(err);
  }
}

/** Exports what the canvas shows once per language (file names end in -en / -es) through the save dialog. */
export async function exportBothLanguages(): Promise<void> {
  editor().setBusy(true);
  try {
    const summary = await quickExport(quickSaveSink(), ['en', 'es']);
    if (summary.cancelled) return;
    editor().setStatus({ key: 'templates.status.exportedBoth', params: { count: summary.files.length }, tone: 'success' });
  } catch (err) {
    fail(err);
  } finally {
    editor().setBusy(false);
  }
}

export function registerTemplateActions(): void {
  registerAction({
    id: 'template.toggleAuthorMode',
    labelKey: 'templates.bar.authorMode',
    run: () => setAuthorMode(!store().authorMode),
  });
  registerAction({
    id: 'template.saveAs',
    labelKey: 'templates.save.action',
    enabled: () => store().design.elements.length > 0,
    run: () => useDialogStore.getState().open('saveTemplate', {}),
  });
  registerAction({ id: 'template.exportBothLanguages', labelKey: 'templates.bar.exportBoth', enabled: () => !editor().busy, run: exportBothLanguages, detail: quickExportDetail });
}

/** Makes library images (kit logos) drawable: loads the ones the image store lacks. */
export async function loadLibraryImages(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    if (useImageStore.getState().assets.has(id)) continue;
    try {
      const stored = await getApi().getLibraryAsset(id);
      if (stored) await importImageBytes(stored.bytes, stored.mime, 'logo');
    } catch (err) {
      console.warn(`could not load logo ${id}: ${errorMessage(err)}`);
    }
  }
}

/** Asks for an image and adds it to the kit's logos (saved with its bytes). */
export async function addKitLogo(kit: BrandKit): Promise<void> {
  try {
    const opened = await getApi().openImage();
    if (!opened) return;
    const mime = sniffImageMime(opened.bytes) ?? opened.mime;
    const { id } = await importImageBytes(opened.bytes, mime, opened.name);
    const asset = useImageStore.getState().assets.get(id);
    if (!asset) return;
    const logos = kit.logos.includes(id) ? kit.logos : [...kit.logos, id].slice(-16);
    await useLibraryStore.getState().saveKit({ ...kit, logos }, { [id]: { mime: asset.mime, bytes: asset.bytes as Uint8Array<ArrayBuffer> } });
  } catch (err) {
    fail(err);
  }
}

/** Puts one of the kit's logos on the canvas. */
export async function insertKitLogo(id: string): Promise<void> {
  await loadLibraryImages([id]);
  const asset = useImageStore.getState().assets.get(id);
  if (!asset) return;
  try {
    await insertImageFromBytes(asset.bytes, asset.mime, 'Logo');
  } catch (err) {
    fail(err);
  }
}
