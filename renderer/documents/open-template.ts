// Opening a template: its images into the image store (bundled samples, library and pack
// images), then a copy of its design as a new, unsaved document in fill-in mode.
import i18next from 'i18next';
import { newId, type Design, type Language } from '../../core/model';
import { SAMPLE_PHOTOS, isSamplePhoto, withOrigin, type Template } from '../../core/templates';
import { getApi } from '../bridge';
import { decodeImage, importImageBytes, useImageStore } from '../assets/image-store';
import { errorMessage } from '../i18n/error-message';
import { packAsset } from '../packs/pack-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { confirmUnsaved } from './document-io';
import { rememberTemplateSize } from '../export/dialog/initial-choices';
import { useDocumentStore } from './document-store';
import { languageOfLocale } from '../../core/model/locale';

const SAMPLE_URLS = import.meta.glob('../../assets/samples/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const store = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();

export function uiLanguage(): Language {
  return languageOfLocale(i18next.language);
}

/** Puts every image a design needs into the image store: bundled samples and library images. */
export async function loadDesignAssets(design: Design): Promise<void> {
  const images = useImageStore.getState();
  for (const [id, info] of Object.entries(design.assets)) {
    if (images.assets.has(id)) continue;
    try {
      if (isSamplePhoto(id)) {
        const url = Object.entries(SAMPLE_URLS).find(([file]) => file.endsWith(`/${SAMPLE_PHOTOS[id].file}`))?.[1];
        if (!url) continue;
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        useImageStore.getState().put(id, { bytes, mime: 'image/png', image: await decodeImage(bytes, 'image/png') });
      } else {
        // Installed packs hold their templates' images (named by content hash, like the library's).
        const stored = packAsset(id) ?? (await getApi().getLibraryAsset(id));
        if (stored) await importImageBytes(stored.bytes, stored.mime, info.name);
      }
    } catch (err) {
      // A missing image draws as a placeholder; say so once rather than refusing the template.
      console.warn(`could not load image ${id}: ${errorMessage(err)}`);
    }
  }
}

/**
 * Opens a copy of a template's design as a new, unsaved document in fill-in mode (locks apply),
 * in the UI language, after asking about unsaved work. `owned`: the user's own template, which
 * they may switch to author mode. Returns the language, or null if the user
 * kept their current document.
 */
export async function openTemplateCopy(template: Template, loadAssets: (design: Design) => Promise<void>, owned = false): Promise<Language | null> {
  // Save / Don't save / Cancel for unsaved work, like every other way of replacing the document.
  if (!(await confirmUnsaved())) return null;
  const language = uiLanguage();
  // The origin remembers the template's samples, so the form and the export can tell what is filled in.
  const design: Design = withOrigin({ ...structuredClone(template.design), id: newId('d'), name: template.name[language], language }, template, owned);
  // The export dialog starts with the size the template was made for.
  rememberTemplateSize(design.id, template.presetId);
  editor().setBusy(true);
  try {
    useImageStore.getState().clear();
    await loadAssets(design);
    store().replaceDesign(design);
    // A new, unsaved design: saving must never overwrite the file that was open before.
    useDocumentStore.getState().setPath(null);
    editor().select([]);
    editor().setZoom(editor().zoom, true);
    return language;
  } finally {
    editor().setBusy(false);
  }
}
