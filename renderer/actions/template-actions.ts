// Templates and brand kits as user actions: open a template in fill-in mode, switch author mode,
// save the design as a template, apply a brand kit, replace a slot's photo, export both languages.
import type { LibraryAsset } from '../../core/api';
import { rethemeDesign, type BrandKit } from '../../core/brand';
import i18next from 'i18next';
import { mapElement, mayAuthor, newId, slugify, type Design } from '../../core/model';
import { designSizePreset } from '../../core/presets';
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, isSamplePhoto, type Template, type TemplateCategory } from '../../core/templates';
import { getApi } from '../bridge';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { confirm } from '../dialogs/dialog-store';
import { useDialogStore } from '../dialogs/dialog-store';
import { loadDesignAssets, openTemplateCopy, uiLanguage } from '../documents/open-template';
import { quickExportDetail } from './export-actions';
import { mayExport } from '../export/fill-gate';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { loadBuiltInTemplates, useLibraryStore } from '../state/library-store';
import { usePackStore } from '../packs/pack-store';
import { errorMessage } from '../i18n/error-message';
import { loadUiLanguage } from '../i18n';
import { registerAction } from './registry';
import { insertImageFromBytes } from './app-actions';


const store = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();


function fail(err: unknown): void {
  editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
}

/** Where a template comes from: only the user's own may switch to author mode without "Edit a copy". */
export type TemplateSource = 'builtin' | 'pack' | 'own';

/** Opens a built-in, pack or library template as a new design in fill-in mode. */
export async function openTemplate(template: Template, source: TemplateSource): Promise<boolean> {
  const language = await openTemplateCopy(template, loadDesignAssets, source === 'own');
  if (!language) return false;
  editor().setStatus({ key: 'templates.status.opened', params: { name: template.name[language] }, tone: 'success' });
  return true;
}

export function setAuthorMode(on: boolean): void {
  if (!store().setAuthorMode(on)) {
    editor().setStatus({ key: 'templates.status.notYours', tone: 'error' });
    return;
  }
  editor().setStatus({ key: on ? 'templates.status.authorOn' : 'templates.status.authorOff', tone: 'info' });
}

/** The template a design was opened from, when it is still in the gallery (built-in, pack or library). */
async function sourceTemplate(id: string): Promise<Template | undefined> {
  const library = useLibraryStore.getState();
  return (await loadBuiltInTemplates()).find((t) => t.id === id) ?? library.userTemplates.find((t) => t.id === id) ?? usePackStore.getState().templates.find((p) => p.template.id === id)?.template;
}

/**
 * "Edit a copy of this template": after asking, saves the open design as a new template of the
 * user's own (the original, built-in or from a pack, stays as it was) and opens it in author mode.
 */
export async function editTemplateCopy(): Promise<boolean> {
  const design = store().design;
  const origin = design.origin;
  const ui = uiLanguage();
  const name = { en: origin?.name.en || design.name || 'Template', es: origin?.name.es || origin?.name.en || design.name || 'Plantilla' };
  const answer = await confirm({
    titleKey: 'templates.copy.title',
    messageKey: 'templates.copy.message',
    params: { name: name[ui] },
    buttons: [
      { id: 'copy', labelKey: 'templates.copy.confirm', kind: 'primary' },
      { id: 'cancel', labelKey: 'templates.discard.cancel' },
    ],
    cancelId: 'cancel',
  });
  if (answer !== 'copy') return false;
  try {
    const source = origin ? await sourceTemplate(origin.templateId) : undefined;
    // The copy is named in both languages, whichever the window shows.
    await Promise.all([loadUiLanguage('en'), loadUiLanguage('es')]);
    const copyName = { en: i18next.t('templates.copy.name', { name: name.en, lng: 'en' }), es: i18next.t('templates.copy.name', { name: name.es, lng: 'es' }) };
    const templateDesign = withoutOrigin({ ...design, id: newId('d'), name: copyName.en });
    const template: Template = {
      format: TEMPLATE_FORMAT,
      formatVersion: TEMPLATE_FORMAT_VERSION,
      id: `${slugify(copyName.en, 'template')}-${Date.now().toString(36)}`,
      name: copyName,
      category: source?.category ?? 'announcements',
      presetId: source?.presetId ?? designSizePreset(design).id,
      tags: source?.tags ?? [],
      design: templateDesign,
    };
    const saved = await useLibraryStore.getState().saveTemplate(template, designAssetBytes(design));
    store().replaceDesign({ ...design, id: templateDesign.id, name: saved.name[ui], origin: { ...(origin ?? { texts: {}, photos: {}, altText: {} }), templateId: saved.id, name: saved.name, owned: true } });
    store().setAuthorMode(true);
    editor().setStatus({ key: 'templates.status.copied', params: { name: saved.name[ui] }, tone: 'success' });
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
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
    // The template is the source: what a design opened from it carries is stamped when it is opened.
    design: { ...withoutOrigin(design), name: details.name.en.trim() },
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
  // Refused in fill-in mode (the template keeps its kit): the refusal says so instead.
  if (store().design.brandKitId === kit.id) editor().setStatus({ key: 'kits.status.applied', params: { name: kit.name }, tone: 'success' });
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

/**
 * Exports what the canvas shows once per language (file names end in -en / -es) into one folder
 * the user picks: one question for both images, and the overwrite question when names exist.
 */
export async function exportBothLanguages(): Promise<void> {
  if (!(await mayExport(['en', 'es']))) return;
  editor().setBusy(true);
  try {
    const folder = await getApi().chooseExportFolder();
    if (!folder) return;
    const [{ quickExport }, { folderSink }] = await Promise.all([import('../export/quick-export'), import('../export/sinks')]);
    // "Keep the old ones" holds for the other language too (as "Replace" does, in folderSink).
    let keepAll = false;
    const ask = async (names: string[]) => {
      if (keepAll) return 'skip' as const;
      const answer = await askReplace(names);
      keepAll = answer === 'skip';
      return answer;
    };
    const summary = await quickExport(folderSink(getApi(), folder.token, ask), ['en', 'es']);
    if (summary.cancelled) return;
    if (summary.files.length === 0 && summary.skipped.length > 0) {
      editor().setStatus({ key: 'export.summary.skipped', params: { names: summary.skipped.join(', ') }, tone: 'info' });
      return;
    }
    editor().setStatus({ key: 'templates.status.exportedBoth', params: { count: summary.files.length, folder: folder.label }, tone: 'success' });
  } catch (err) {
    fail(err);
  } finally {
    editor().setBusy(false);
  }
}

/** The folder already holds files of these names: replace them, keep them, or stop. */
async function askReplace(names: string[]): Promise<'replace' | 'skip' | 'cancel'> {
  const answer = await confirm({
    titleKey: 'templates.exportBoth.existsTitle',
    messageKey: 'export.dialog.exists',
    params: { names: names.join(', ') },
    buttons: [
      { id: 'replace', labelKey: 'export.dialog.replace', kind: 'danger' },
      { id: 'skip', labelKey: 'templates.exportBoth.keep' },
      { id: 'cancel', labelKey: 'templates.discard.cancel' },
    ],
    cancelId: 'cancel',
  });
  return answer === 'replace' || answer === 'skip' ? answer : 'cancel';
}

function withoutOrigin(design: Design): Design {
  const { origin: _origin, ...rest } = design;
  return rest;
}

export function registerTemplateActions(): void {
  registerAction({
    id: 'template.toggleAuthorMode',
    labelKey: 'templates.bar.authorMode',
    enabled: () => mayAuthor(store().design),
    run: () => setAuthorMode(!store().authorMode),
  });
  registerAction({
    id: 'template.editCopy',
    labelKey: 'templates.copy.action',
    enabled: () => !mayAuthor(store().design),
    run: () => void editTemplateCopy(),
  });
  registerAction({
    id: 'template.saveAs',
    labelKey: 'templates.save.action',
    // In fill-in mode the template's locks are not the volunteer's to re-save: "Edit a copy" is the way.
    enabled: () => store().design.elements.length > 0 && store().authorMode,
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
