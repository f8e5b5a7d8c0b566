// The editor's actions. Ids match the native menu's action ids (electron/menu.ts).
import { createImageElement, createShapeElement, createTextElement, findElement } from '../../core/model';
import { getApi } from '../bridge';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { importImageBytes } from '../assets/image-store';
import type { ImageMime } from '../../core/bundle/image-sniff';
import { t } from '../i18n';
import { createDisclaimerElement } from '../../core/brand';
import { currentDesignKit } from '../state/library-store';
import { registerAction } from './registry';
import { useDialogStore } from '../dialogs/dialog-store';
import { errorMessage } from '../i18n/error-message';

const design = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();

export const ZOOM_STEP = 1.25;

function centerBox(width: number, height: number) {
  const d = design().design;
  return { x: Math.round((d.width - width) / 2), y: Math.round((d.height - height) / 2), width, height };
}

export function insertText(): void {
  const d = design().design;
  const width = Math.round(d.width * 0.7);
  const fontSize = Math.max(12, Math.round(d.width / 14));
  const height = Math.round(fontSize * 1.2 * 2);
  const el = createTextElement({ ...centerBox(width, height), text: t('defaults.newText'), fontSize, align: 'center' });
  design().addElements([el]);
  editor().select([el.id]);
}

/** The brand kit's "Paid for by …" line, boxed in the bottom margin, its words locked. */
export function insertDisclaimer(): void {
  const d = design().design;
  const kit = currentDesignKit(d.brandKitId);
  const el = createDisclaimerElement(d, kit, t('defaults.disclaimer'));
  design().addElements([el]);
  editor().select([el.id]);
  if (!Object.values(kit.disclaimer).some((v) => v?.trim())) editor().setStatus({ key: 'kits.disclaimerMissingInKit', tone: 'info' });
}

export function insertShape(shape: 'rect' | 'ellipse'): void {
  const d = design().design;
  const side = Math.round(Math.min(d.width, d.height) * 0.3);
  const el = createShapeElement({ ...centerBox(side, side), shape });
  design().addElements([el]);
  editor().select([el.id]);
}

export async function insertImageFromBytes(bytes: Uint8Array, mime: ImageMime, name: string): Promise<void> {
  const { id, info } = await importImageBytes(bytes, mime, name);
  const d = design().design;
  const scale = Math.min((d.width * 0.6) / info.width, (d.height * 0.6) / info.height, 1);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  const el = createImageElement({ ...centerBox(width, height), assetId: id, name: name.slice(0, 200) });
  design().commit('history.addImage', (doc) => ({ ...doc, assets: { ...doc.assets, [id]: info }, elements: [...doc.elements, el] }));
  editor().select([el.id]);
}

export async function insertImage(): Promise<void> {
  try {
    const opened = await getApi().openImage();
    if (!opened) return;
    await insertImageFromBytes(opened.bytes, opened.mime, opened.name);
    editor().setStatus({ key: 'status.imageAdded', params: { name: opened.name }, tone: 'success' });
  } catch (err) {
    editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
  }
}


function selection() {
  return editor().selectedIds;
}

export function registerAppActions(): void {
  registerAction({ id: 'insert.text', labelKey: 'actions.addText', run: insertText });
  registerAction({ id: 'insert.disclaimer', labelKey: 'actions.addDisclaimer', run: insertDisclaimer });
  registerAction({ id: 'insert.image', labelKey: 'actions.addImage', run: insertImage });
  registerAction({ id: 'insert.rect', labelKey: 'actions.addRect', run: () => insertShape('rect') });
  registerAction({ id: 'insert.ellipse', labelKey: 'actions.addEllipse', run: () => insertShape('ellipse') });
  // The step's name shows beside Undo and Redo ("Undo: Move").
  const step = (entry: { label: string } | undefined) => (entry ? { key: entry.label, params: {} } : null);
  registerAction({ id: 'edit.undo', labelKey: 'actions.undo', enabled: () => design().past.length > 0, run: () => design().undo(), detail: () => step(design().past.at(-1)) });
  registerAction({
    id: 'edit.redo',
    labelKey: 'actions.redo',
    enabled: () => design().future.length > 0,
    run: () => design().redo(),
    detail: () => step(design().future.at(-1)),
  });
  registerAction({
    id: 'edit.delete',
    labelKey: 'actions.delete',
    enabled: () => selection().length > 0,
    run: () => {
      const deleted = design().deleteElements(selection());
      editor().select(selection().filter((id) => !deleted.includes(id)));
    },
  });
  registerAction({
    id: 'edit.selectAll',
    labelKey: 'actions.selectAll',
    run: () => editor().select(design().design.elements.filter((el) => el.visible).map((el) => el.id)),
  });
  registerAction({ id: 'edit.deselect', labelKey: 'actions.deselect', enabled: () => selection().length > 0, run: () => editor().select([]) });
  registerAction({ id: 'view.zoomIn', labelKey: 'actions.zoomIn', run: () => editor().setZoom(editor().zoom * ZOOM_STEP) });
  registerAction({ id: 'view.zoomOut', labelKey: 'actions.zoomOut', run: () => editor().setZoom(editor().zoom / ZOOM_STEP) });
  registerAction({ id: 'view.fit', labelKey: 'actions.zoomFit', run: () => editor().setZoom(editor().zoom, true) });
  registerAction({ id: 'view.actualSize', labelKey: 'actions.zoomActual', run: () => editor().setZoom(1) });
  registerAction({
    id: 'text.edit',
    labelKey: 'actions.editText',
    enabled: () => selection().length === 1 && findElement(design().design.elements, selection()[0]!)?.type === 'text',
    run: () => editor().setEditingText(selection()[0]!),
  });
  registerAction({
    id: 'help.about',
    labelKey: 'actions.about',
    run: () => useDialogStore.getState().open('about', {}),
  });
}
