// Labels for the native menu and dialogs, taken from the renderer's message files so that one
// translation serves both (electron/services/translate.ts).
import type { Language } from '../core/model/schema';
import { createTranslator } from './services/translate';

export const NATIVE_LABEL_KEYS = [
  'menu.file.title',
  'menu.file.new',
  'menu.file.open',
  'menu.file.openRecent',
  'menu.file.noRecent',
  'menu.file.save',
  'menu.file.saveAs',
  'menu.file.export',
  'menu.file.exportPng',
  'menu.file.print',
  'menu.file.bulk',
  'menu.file.quit',
  'menu.edit.title',
  'menu.edit.undo',
  'menu.edit.redo',
  'menu.edit.cut',
  'menu.edit.copy',
  'menu.edit.paste',
  'menu.edit.delete',
  'menu.edit.selectAll',
  'menu.view.title',
  'menu.view.zoomIn',
  'menu.view.zoomOut',
  'menu.view.fit',
  'menu.view.actualSize',
  'menu.view.allSizes',
  'menu.view.toggleFullScreen',
  'menu.window.title',
  'menu.window.minimize',
  'menu.window.zoom',
  'menu.window.close',
  'menu.window.front',
  'menu.help.title',
  'menu.help.about',
  'menu.text.addToDictionary',
  'menu.text.noSuggestions',
  'dialog.crashed.title',
  'dialog.crashed.message',
  'dialog.crashed.detail',
  'dialog.crashed.reload',
  'dialog.crashed.quit',
  'dialog.unresponsive.title',
  'dialog.unresponsive.message',
  'dialog.unresponsive.detail',
  'dialog.unresponsive.wait',
  'dialog.unresponsive.reload',
  'dialog.openImage.title',
  'dialog.openImage.filter',
  'dialog.openSheet.title',
  'dialog.openSheet.filter',
  'dialog.photoFolder.title',
  'dialog.export.title',
  'dialog.exportFolder.title',
  'dialog.openDocument.title',
  'dialog.openDocument.filter',
  'dialog.saveDocument.title',
  'dialog.openPack.title',
  'dialog.openPack.filter',
  'dialog.savePack.title',
] as const;
export type NativeLabelKey = (typeof NATIVE_LABEL_KEYS)[number];
export type NativeLabels = Record<NativeLabelKey, string>;

export function nativeLabels(language: Language): NativeLabels {
  const t = createTranslator(language);
  const labels = {} as NativeLabels;
  for (const key of NATIVE_LABEL_KEYS) labels[key] = t(key);
  return labels;
}
