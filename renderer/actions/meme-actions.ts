// Meme mode and the image/text tools of issue 4: new meme from a photo (classic captions, caption
// bars, free labels), free label, blur/pixelate box, crop, flip, font import.
import { findElement, type Element, type ImageElement } from '../../core/model';
import { getApi } from '../bridge';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { buildMemeDesign, createRedactBox, freeLabel, type MemeVariant } from '../meme/meme-layout';
import { useCropStore } from '../meme/crop-store';
import { importUserFont } from '../fonts/user-fonts';
import { t } from '../i18n';
import { registerAction } from './registry';
import { errorMessage } from '../i18n/error-message';
import { confirm } from '../dialogs/dialog-store';

const design = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();

function fail(err: unknown): void {
  editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
}

function selectedElement(): Element | undefined {
  const ids = editor().selectedIds;
  return ids.length === 1 ? findElement(design().design.elements, ids[0]!) : undefined;
}

function selectedImage(): ImageElement | undefined {
  const el = selectedElement();
  return el?.type === 'image' ? el : undefined;
}

/** Asks for a photo and replaces the document with a meme of `variant` built around it. */
export async function newMemeFromPhoto(variant: MemeVariant): Promise<void> {
  const { revision, savedRevision, design: current } = design();
  if (revision !== savedRevision && current.elements.length > 0) {
    const answer = await confirm({
      titleKey: 'meme.replace.title',
      messageKey: 'meme.replace.message',
      buttons: [
        { id: 'replace', labelKey: 'meme.replace.confirm', kind: 'primary' },
        { id: 'cancel', labelKey: 'meme.replace.cancel' },
      ],
      cancelId: 'cancel',
    });
    if (answer !== 'replace') return;
  }
  try {
    const opened = await getApi().openImage();
    if (!opened) return;
    editor().setBusy(true);
    const asset = await importImageBytes(opened.bytes, opened.mime, opened.name);
    const doc = buildMemeDesign(variant, asset, { top: t('meme.topText'), bottom: t('meme.bottomText'), label: t('meme.labelText') }, design().design.language);
    useCropStore.getState().stop();
    design().replaceDesign(doc);
    useImageStore.getState().retainOnly([asset.id]);
    const firstText = doc.elements.find((e) => e.type === 'text');
    editor().select(firstText ? [firstText.id] : []);
    editor().setZoom(editor().zoom, true);
    editor().setStatus({ key: 'status.memeCreated', params: { name: opened.name }, tone: 'success' });
  } catch (err) {
    fail(err);
  } finally {
    editor().setBusy(false);
  }
}

export function insertFreeLabel(): void {
  const d = design().design;
  const size = Math.max(16, Math.round(d.width * 0.045));
  const width = Math.round(d.width * 0.34);
  const el = freeLabel({ x: Math.round((d.width - width) / 2), y: Math.round(d.height * 0.45) }, width, t('meme.labelText'), size);
  design().addElements([el]);
  editor().select([el.id]);
}

/** A pixelate box over the selected image (or the middle of the page) to hide a face. */
export function insertRedactBox(): void {
  const d = design().design;
  const within = selectedImage() ?? { x: 0, y: 0, width: d.width, height: d.height };
  const el = createRedactBox(within);
  design().addElements([el]);
  editor().select([el.id]);
}

export function flipSelected(axis: 'x' | 'y'): void {
  const img = selectedImage();
  if (!img) return;
  const patch = axis === 'x' ? { flipX: !img.flipX } : { flipY: !img.flipY };
  design().updateElement<ImageElement>(img.id, patch, 'history.property');
}

/** Opens the system file chooser for a font; a damaged file is refused with a message. */
export function importFontFromDisk(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.ttf,.otf,.woff,.woff2,font/ttf,font/otf,font/woff,font/woff2';
    input.style.display = 'none';
    input.dataset.testid = 'font-file-input';
    document.body.appendChild(input);
    const done = (family: string | null) => {
      input.remove();
      resolve(family);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return done(null);
      try {
        const family = await importUserFont(new Uint8Array(await file.arrayBuffer()), file.name);
        editor().setStatus({ key: 'status.fontAdded', params: { family }, tone: 'success' });
        done(family);
      } catch (err) {
        fail(err);
        done(null);
      }
    });
    input.click();
  });
}

export function registerMemeActions(): void {
  registerAction({ id: 'meme.newClassic', labelKey: 'meme.newClassic', enabled: () => !editor().busy, run: () => newMemeFromPhoto('classic') });
  registerAction({ id: 'meme.newBarTop', labelKey: 'meme.newBarTop', enabled: () => !editor().busy, run: () => newMemeFromPhoto('bar-top') });
  registerAction({ id: 'meme.newBars', labelKey: 'meme.newBars', enabled: () => !editor().busy, run: () => newMemeFromPhoto('bars') });
  registerAction({ id: 'meme.newLabels', labelKey: 'meme.newLabels', enabled: () => !editor().busy, run: () => newMemeFromPhoto('labels') });
  registerAction({ id: 'insert.label', labelKey: 'meme.addLabel', run: insertFreeLabel });
  registerAction({ id: 'insert.redact', labelKey: 'meme.addRedact', run: insertRedactBox });
  registerAction({
    id: 'image.crop',
    labelKey: 'meme.crop',
    enabled: () => !!selectedImage() && !selectedImage()!.locks.style,
    run: () => {
      const img = selectedImage();
      const crop = useCropStore.getState();
      if (!img || crop.croppingId === img.id) crop.stop();
      else crop.start(img.id);
    },
  });
  registerAction({ id: 'image.flipX', labelKey: 'meme.flipX', enabled: () => !!selectedImage(), run: () => flipSelected('x') });
  registerAction({ id: 'image.flipY', labelKey: 'meme.flipY', enabled: () => !!selectedImage(), run: () => flipSelected('y') });
  registerAction({ id: 'fonts.import', labelKey: 'meme.importFont', run: () => importFontFromDisk().then(() => undefined) });
}
