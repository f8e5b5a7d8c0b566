// Export actions: the export dialog (file.export, the toolbar's Export button and the native
// menu item) and copying the image at the size shown to the system clipboard.
import { getApi } from '../bridge';
import { useDialogStore } from '../dialogs/dialog-store';
import { useEditorStore } from '../state/editor-store';
import { ExportDialog } from '../export/ExportDialog';
import { canvasToBytes, drawDesignExact } from '../export/browser-encoder';
import { loadDesignFonts } from '../export/render';
import { sceneContextFor } from '../export/scene-context';
import { getViewDesign } from '../export/size-view';
import { registerAction } from './registry';
import { errorMessage } from './errors';

const editor = () => useEditorStore.getState();

export function openExportDialog(): void {
  useDialogStore.getState().open(ExportDialog, {});
}

/** The design as the canvas shows it (adapted to the active size) as PNG bytes, at 1x. */
export async function currentViewPng(): Promise<Uint8Array<ArrayBuffer>> {
  const view = getViewDesign();
  await loadDesignFonts(view);
  const canvas = drawDesignExact(view, sceneContextFor(view), view.width, view.height, 1);
  try {
    return (await canvasToBytes(canvas, 'image/png')) as Uint8Array<ArrayBuffer>;
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

export async function copyImage(): Promise<void> {
  editor().setBusy(true);
  try {
    const png = await currentViewPng();
    await getApi().copyImageToClipboard({ png });
    const view = getViewDesign();
    editor().setStatus({ key: 'export.status.copied', params: { width: view.width, height: view.height }, tone: 'success' });
  } catch (err) {
    editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
  } finally {
    editor().setBusy(false);
  }
}

export function registerExportActions(): void {
  registerAction({ id: 'file.export', labelKey: 'actions.export', shortcuts: ['Mod+E'], enabled: () => !editor().busy, run: openExportDialog });
  registerAction({ id: 'edit.copyImage', labelKey: 'actions.copyImage', shortcuts: ['Mod+Shift+C'], enabled: () => !editor().busy, run: copyImage });
}
